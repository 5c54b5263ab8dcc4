#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine: installs what is missing, builds, then runs.
#   ./run.sh app        build and start Masar
#   ./run.sh test       build and run the whole test suite (what CI runs)
#   ./run.sh sanitize   build and run the tests under AddressSanitizer + UBSan
#   ./run.sh fuzz [s]   build and run the libFuzzer harness for s seconds (default 60)
#   ./run.sh package    build the Debian package build/masar_<version>_<arch>.deb (packaging/README.md)
#   ./run.sh cleanroom  the README's two lines in a fresh minimal Debian 12 root (packaging/cleanroom.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6opengl6-dev libicu-dev libxml2-dev libpng-dev libgl-dev
    fonts-noto-core xvfb xauth
    clang libclang-rt-14-dev
    desktop-file-utils appstream librsvg2-bin dpkg-dev file poppler-utils
)

install_missing() { # [package…] (default: what the build, the tests and the app need)
    local missing=()
    local wanted=("${packages[@]}")
    [ $# -gt 0 ] && wanted=("$@")
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "run.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs="$(nproc 2>/dev/null || echo 2)"

configure_and_build() { # <build dir> [cmake args…]
    local dir="$1"; shift
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$dir" -G Ninja -DMASAR_WERROR="$werror" "$@"
    cmake --build "$dir" --parallel "$jobs"
}

cmd="${1:-app}"
case "$cmd" in
app)
    install_missing
    configure_and_build build
    exec ./build/app/masar "${@:2}"
    ;;
test)
    install_missing
    configure_and_build build
    ctest --test-dir build --output-on-failure --parallel "$jobs" "${@:2}"
    ;;
sanitize)
    install_missing
    configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DMASAR_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure --parallel "$jobs" -LE bench "${@:2}"
    ;;
fuzz)
    install_missing
    seconds="${2:-60}"
    CC=clang CXX=clang++ configure_and_build build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMASAR_FUZZ=ON \
        -DMASAR_BUILD_UI=OFF -DBUILD_TESTING=OFF
    mkdir -p build-fuzz/corpus
    cp -n tests/data/seeds/*.txt tests/data/html/*.html build-fuzz/corpus/ 2>/dev/null || true
    ./build-fuzz/tests/fuzz/fuzz_analyze -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
        -timeout=10 build-fuzz/corpus
    ;;
package)
    install_missing
    configure_and_build build
    # CPack writes the .deb into the build folder; stale ones from another version would be ambiguous.
    rm -f build/masar_*.deb
    (cd build && cpack -G DEB)
    ls -l build/masar_*.deb
    ;;
cleanroom)
    # Only the host's tools: everything else is installed by the README's lines inside the root.
    install_missing mmdebstrap git
    if [ "$(id -u)" -ne 0 ]; then
        exec sudo packaging/cleanroom.sh
    fi
    exec packaging/cleanroom.sh
    ;;
*)
    echo "usage: ./run.sh app|test|sanitize|fuzz [seconds]|package|cleanroom" >&2
    exit 2
    ;;
esac
