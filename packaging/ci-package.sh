#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CI, after ./run.sh test: builds the .deb, installs it on this machine the way a user would, runs
# the installed binary headless, then starts the installed app under Xvfb for a screenshot
# (build/ci-screenshot.png). Any step that fails fails the script. The package is removed at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
here="$PWD"

app_id="io.github.masar.Masar"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "ci-package: need root or sudo to install the package" >&2; exit 1; }
    sudo=(sudo)
fi
apt_get() { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q "$@"; }

step() { printf '\n== %s\n' "$*"; }

# The screenshot tools; run.sh installs everything the build needs.
missing=()
for p in xvfb xauth x11-utils imagemagick; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt_get update
    apt_get install --no-install-recommends "${missing[@]}"
fi

step "build the package"
./run.sh package
debs=(build/masar_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "ci-package: expected one build/masar_*.deb, found ${debs[*]}" >&2; exit 1; }
deb="${debs[0]}"
dpkg-deb --field "$deb" Package Version Architecture Depends

step "install $deb"
apt_get install "./$deb"
trap 'step "remove the package"; apt_get remove masar >/dev/null || true' EXIT
for file in /usr/bin/masar \
    "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "/usr/share/icons/hicolor/48x48/apps/$app_id.png"; do
    [ -f "$file" ] || { echo "ci-package: the package did not install $file" >&2; exit 1; }
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"

step "installed masar --version (no display)"
version="$(dpkg-query -W -f='${Version}' masar)"
out="$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/masar --version)"
echo "$out"
[ "$out" = "masar ${version%%-*}" ] || { echo "ci-package: --version says '$out', the package is $version" >&2; exit 1; }

step "installed masar analyze on a seed"
seed="tests/data/seeds/000_9e61edb7ab7a6c13.txt"
# From another folder: the installed binary must not need the source or build tree.
(cd /tmp && /usr/bin/masar analyze --format json "$here/$seed") >build/ci-analyze.json
grep -q '"tool": *"masar"' build/ci-analyze.json
grep -q '"ok": *true' build/ci-analyze.json
grep -q '"round": *[1-9]' build/ci-analyze.json
echo "analysed $seed: $(wc -c <build/ci-analyze.json) bytes of JSON"

step "installed app under Xvfb: the sample corpus, round 22 selected"
MASAR=/usr/bin/masar packaging/screenshot.sh build/ci-screenshot.png --lang ar --round 22

step "installed app under Xvfb: masar FILE opens an article"
MASAR=/usr/bin/masar packaging/screenshot.sh build/ci-screenshot-open.png --lang en "$seed"

echo "ci-package: the installed package works"
