#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts Masar on a private X server and saves a PNG of its main window; fails when the app does
# not start, dies, or paints nothing.
#   packaging/screenshot.sh OUT.png [masar arguments…]
# MASAR is the command that starts the app, split into words (default: masar); the clean-room
# check gives it the README's line, MASAR="./run.sh app". MASAR_WAIT is how many seconds the
# window may take to appear (default 60; that command may still have to build).
# Needs xvfb-run (xvfb, xauth), xwininfo (x11-utils) and ImageMagick (import, identify).
set -euo pipefail

out="$1"
shift
if [ -z "${MASAR_SCREENSHOT_DISPLAY:-}" ]; then
    exec env MASAR_SCREENSHOT_DISPLAY=1 xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$out" "$@"
fi

read -r -a masar <<<"${MASAR:-masar}"
wait_seconds="${MASAR_WAIT:-60}"
work="$(mktemp -d)"
pid=""
cleanup() {
    local status=$?
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
fail() {
    echo "screenshot: $*" >&2
    [ -s "$work/log" ] && sed 's/^/  masar: /' "$work/log" >&2
    exit 1
}

# Fresh settings and library: the default window size, no language stored by an earlier run, and
# the user's own library left alone.
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "${masar[@]}" "$@" >"$work/log" 2>&1 &
pid=$!

window=""
for _ in $(seq 1 "$wait_seconds"); do
    kill -0 "$pid" 2>/dev/null || { pid=""; fail "masar exited before showing a window"; }
    # The largest mapped top-level window whose WM_CLASS is masar's (StartupWMClass in the .desktop).
    window="$(xwininfo -root -children 2>/dev/null \
        | awk '/\("masar" "masar"\)/ { split($NF, a, "+"); split($(NF-1), s, "x");
               if (s[1] * s[2] > best) { best = s[1] * s[2]; id = $1 } } END { print id }')"
    [ -n "$window" ] && break
    sleep 1
done
[ -n "$window" ] || fail "no masar window appeared within $wait_seconds s"
sleep 4 # the timeline and the chart paint after the first show
kill -0 "$pid" 2>/dev/null || { pid=""; fail "masar exited after showing its window"; }

import -window "$window" "$out"
read -r width height colours deviation < <(identify -format '%w %h %k %[fx:standard_deviation]\n' "$out")
echo "screenshot: $out ${width}x${height}, $colours colours, deviation $deviation"
[ "$width" -ge 800 ] && [ "$height" -ge 500 ] || fail "the window is only ${width}x${height}"
# A blank or single-colour window has a handful of colours; text, the timeline and the chart have hundreds.
[ "$colours" -ge 64 ] || fail "the window looks blank ($colours colours)"
