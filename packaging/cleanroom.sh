#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The clean-room check: what a new user on a fresh Debian 12 gets from the README. It makes a
# minimal Debian 12 root with mmdebstrap (cached as a tarball, rebuilt when older than a week), puts
# a clean `git clone` of HEAD in it, and runs there, as root, the README's two lines as written:
# the test command, then the app command under Xvfb, which must show a painted window.
# Run through `./run.sh cleanroom`, which installs mmdebstrap. Needs root (chroot and mounts).
#   MASAR_CLEANROOM_CACHE   where the root tarball is kept (default ~/.cache/masar)
#   MASAR_CLEANROOM_OUT     where the log and the screenshot go (default build-cleanroom/)
set -euo pipefail

repo="$(git -C "$(dirname "${BASH_SOURCE[0]}")/.." rev-parse --show-toplevel)"
cache="${MASAR_CLEANROOM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/masar}"
out="${MASAR_CLEANROOM_OUT:-$repo/build-cleanroom}"
tarball="$cache/bookworm-minbase.tar"

[ "$(id -u)" -eq 0 ] || { echo "cleanroom: needs root (it chroots and mounts)" >&2; exit 1; }
mkdir -p "$cache" "$out"
out="$(cd "$out" && pwd)"
step() { printf '\n== cleanroom: %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

# The README's two lines, read from the README itself so that the check cannot drift from it.
readme_line() { # <word after ./run.sh>
    sed -n '/^```sh$/,/^```$/p' "$repo/README.md" | grep -m1 -E "^\./run\.sh $1( |$)" \
        | sed 's/[[:space:]]*#.*$//'
}
test_line="$(readme_line test)"
app_line="$(readme_line app)"
[ -n "$test_line" ] && [ -n "$app_line" ] \
    || { echo "cleanroom: the README's first block has no ./run.sh test and ./run.sh app lines" >&2; exit 1; }

if [ ! -s "$tarball" ] || [ -n "$(find "$tarball" -mtime +7 2>/dev/null)" ]; then
    step "making a minimal Debian 12 root ($tarball)"
    rm -f "$tarball.part"
    mmdebstrap --variant=minbase --format=tar bookworm "$tarball.part" \
        "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main"
    mv "$tarball.part" "$tarball"
else
    step "reusing the root made $(date -u -r "$tarball" +%F)"
fi

root="$(mktemp -d /tmp/masar-cleanroom.XXXXXX)"
cleanup() { rm -rf --one-file-system "$root"; }
trap cleanup EXIT
tar -C "$root" -xf "$tarball"
step "cloning $(git -C "$repo" rev-parse --short HEAD) into the root"
git clone --quiet --no-hardlinks "$repo" "$root/root/masar"
cp /etc/resolv.conf "$root/etc/resolv.conf"

# What runs inside: the two lines, nothing installed by hand before them. The screenshot tools
# (x11-utils, ImageMagick) are the checker's, installed only after the test line has run.
cat >"$root/root/cleanroom-inside.sh" <<INSIDE
set -euo pipefail
cd /root/masar
export HOME=/root LANG=C.UTF-8
printf '\n== inside: %s\n' '$test_line'
$test_line
printf '\n== inside: the checker installs its screenshot tools\n'
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends x11-utils imagemagick >/dev/null
printf '\n== inside: %s (under Xvfb)\n' '$app_line'
MASAR='$app_line' MASAR_WAIT=600 packaging/screenshot.sh /root/cleanroom-app.png
INSIDE

step "running the README's lines in the root: '$test_line', then '$app_line'"
started=$SECONDS
# A private mount namespace: /proc, /sys and /dev vanish with it, whatever happens.
status=0
unshare --mount --propagation private --fork bash -c '
    set -e
    root="$1"
    mount -t proc proc "$root/proc"
    mount -t sysfs sys "$root/sys"
    mount --rbind /dev "$root/dev"
    mount -t tmpfs tmpfs "$root/tmp"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin TERM=dumb \
        /bin/bash /root/cleanroom-inside.sh
' cleanroom "$root" 2>&1 | tee "$out/cleanroom.log" || status=$?
elapsed=$((SECONDS - started))
[ -f "$root/root/cleanroom-app.png" ] && cp "$root/root/cleanroom-app.png" "$out/app.png"
if [ "$status" -ne 0 ]; then
    echo "cleanroom: FAILED after ${elapsed} s (exit $status); log in $out/cleanroom.log" >&2
    exit 1
fi
echo "cleanroom: the README's two lines work on a fresh Debian 12 (${elapsed} s; screenshot $out/app.png)"
