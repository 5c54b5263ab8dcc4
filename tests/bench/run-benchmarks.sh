#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Release, generates the corpora, runs every benchmark of issue 5 and prints one table
# (Markdown), each figure beside its baseline from the same run.
#
#   tests/bench/run-benchmarks.sh            # 1k, 10k and 100k articles
#   MASAR_BENCH_SIZES="1000 10000" tests/bench/run-benchmarks.sh
#
# Environment: MASAR_BENCH_BUILD (build dir, default build-bench), MASAR_BENCH_WORK (corpora and
# logs, default /tmp/masar-bench), MASAR_BENCH_SIZES.
set -euo pipefail

SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${MASAR_BENCH_BUILD:-$SRC/build-bench}
WORK=${MASAR_BENCH_WORK:-/tmp/masar-bench}
SIZES=${MASAR_BENCH_SIZES:-"1000 10000 100000"}
CORES=$(nproc)
SEED=1
mkdir -p "$WORK"
LOG="$WORK/run.log"
: >"$LOG"

if ! command -v rg >/dev/null; then
    if [ "$(id -u)" = 0 ]; then apt-get install -y ripgrep >>"$LOG" 2>&1; else sudo apt-get install -y ripgrep >>"$LOG" 2>&1; fi
fi

echo "building Release in $BUILD …" >&2
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >>"$LOG"
cmake --build "$BUILD" --parallel "$CORES" \
    --target masar masar_bench masar_corpusgen masar_accuracy masar_minimalwindow >>"$LOG"
BENCH="$BUILD/tests/bench/masar_bench"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false'

for n in $SIZES; do
    dir="$WORK/corpus-$n"
    if [ ! -e "$dir/.done" ]; then
        echo "generating $n articles …" >&2
        rm -rf "$dir"
        "$BUILD/tests/bench/masar_corpusgen" --count "$n" --seed "$SEED" "$dir" >>"$LOG"
        touch "$dir/.done"
    fi
done

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
fmt() { LC_ALL=C printf "%.${2:-1}f" "$1"; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b == 0 ? 0 : a / b) }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
bench() { "$BENCH" "$@" 2>>"$LOG" | tee -a "$LOG" | grep '^RESULT'; }

# Seconds for ripgrep with the theme lexicon over the same files (median of 3).
rg_seconds() {
    local dir=$1 threads=$2
    for _ in 1 2 3; do
        local t0 t1
        t0=$(date +%s%N)
        rg -j "$threads" --count-matches -F -f "$dir/terms.txt" "$dir/articles" >/dev/null || true
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000))
    done | median | awk '{ print $1 / 1e6 }'
}

# --- a. analysis throughput --------------------------------------------------------------------
for n in $SIZES; do
    dir="$WORK/corpus-$n"
    repeat=3
    [ "$n" -ge 100000 ] && repeat=1
    for threads in 1 "$CORES"; do
        an=$(bench analyze --threads "$threads" --repeat "$repeat" "$dir")
        de=$(bench analyze --threads "$threads" --repeat "$repeat" --mode decode "$dir")
        th=$(bench analyze --threads "$threads" --repeat "$repeat" --mode themes "$dir")
        rgs=$(rg_seconds "$dir" "$threads")
        mb=$(field "$an" bytes)
        rgmbps=$(awk -v b="$mb" -v s="$rgs" 'BEGIN { printf "%.1f", b / 1e6 / s }')
        row "analysis, ${threads} thread(s)" "$n" "$(fmt "$(field "$an" MBps)") MB/s, $(fmt "$(field "$an" articles_per_s)" 0) art/s" \
            "read+decode only: $(fmt "$(field "$de" MBps)") MB/s" "$(div "$(field "$de" MBps)" "$(field "$an" MBps)")× slower" \
            "≥ 40 MB/s per core"
        row "lexicon alone (decode+fold+themes), ${threads} thread(s)" "$n" "$(fmt "$(field "$th" seconds)" 3) s ($(fmt "$(field "$th" MBps)") MB/s)" \
            "rg -j$threads -F -f terms.txt: $(fmt "$rgs" 3) s ($rgmbps MB/s)" "masar/rg $(div "$(field "$th" seconds)" "$rgs")×" "≤ 4×"
        row "full analysis vs rg, ${threads} thread(s)" "$n" "$(fmt "$(field "$an" seconds)" 3) s" \
            "rg: $(fmt "$rgs" 3) s" "masar/rg $(div "$(field "$an" seconds)" "$rgs")×" "—"
    done
done

# --- b. library import (issue 4) ----------------------------------------------------------------
# Hook for the lead once the library is merged: import $WORK/corpus-$n/articles into a fresh
# library, time it against `masar analyze` of the same files, and report the database's size.
bench_library_import() {
    # Import into a fresh library, against analysing the same files without storing them.
    local n=$1 dir="$WORK/corpus-$n/articles" db="$WORK/library-$n.sqlite"
    rm -f "$db" "$db-wal" "$db-shm"
    local t0 t1 a0 a1
    t0=$(date +%s%N)
    "$BUILD/app/masar" import --library "$db" "$dir" >>"$LOG" 2>&1 || true
    t1=$(date +%s%N)
    a0=$(date +%s%N)
    "$BUILD/app/masar" analyze "$dir" >/dev/null 2>>"$LOG" || true
    a1=$(date +%s%N)
    local imp=$(((t1 - t0) / 1000000)) ana=$(((a1 - a0) / 1000000))
    local size
    size=$(du -cb "$db"* | tail -1 | cut -f1)
    row "library import" "$n" "${imp} ms" "masar analyze (nothing stored): ${ana} ms" \
        "$(awk -v a="$imp" -v b="$ana" 'BEGIN { printf "%.2f×", a / b }')" "—"
    row "library size" "$n" "$((size / 1024 / 1024)) MiB, $((size / n)) B/article" "—" "—" "—"
}
for n in $SIZES; do [ "$n" -ge 10000 ] && bench_library_import "$n"; done

# --- c. start-up ---------------------------------------------------------------------------------
probe_ms() {
    for _ in 1 2 3 4 5 6 7 8 9 10 11; do
        "$@" 2>>"$LOG" | sed -n 's/^startup-probe: \([0-9.]*\) ms$/\1/p'
    done | median
}
XVFB_PID=
if command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1920x1080x24 -nolisten tcp >>"$LOG" 2>&1 &
    XVFB_PID=$!
    sleep 1
fi
if [ -n "$XVFB_PID" ]; then
    platform="xcb (Xvfb)"
    masar_ms=$(DISPLAY=:97 QT_QPA_PLATFORM=xcb probe_ms "$BUILD/app/masar" --startup-probe)
    minimal_ms=$(DISPLAY=:97 QT_QPA_PLATFORM=xcb probe_ms "$BUILD/tests/bench/masar_minimalwindow")
    kill "$XVFB_PID"
else
    platform="offscreen"
    masar_ms=$(probe_ms "$BUILD/app/masar" --startup-probe)
    minimal_ms=$(probe_ms "$BUILD/tests/bench/masar_minimalwindow")
fi
row "start-up to first paint, $platform, sample corpus (median of 11)" "5" "$(fmt "$masar_ms" 0) ms" \
    "minimal Qt window: $(fmt "$minimal_ms" 0) ms" "$(div "$masar_ms" "$minimal_ms")×" "≤ 1.5×"

# --- d. timeline ---------------------------------------------------------------------------------
base=$(bench timeline --statements 0)
for s in 1000 10000 100000; do
    t=$(bench timeline --statements "$s")
    target="—"
    [ "$s" = 10000 ] && target="≤ 8 ms"
    [ "$s" = 100000 ] && target="≤ 16 ms"
    row "timeline repaint 1600×500 (median of 20)" "$s stmts" "$(fmt "$(field "$t" repaint_ms)" 2) ms" \
        "no statements: $(fmt "$(field "$base" repaint_ms)" 2) ms" "$(div "$(field "$t" repaint_ms)" "$(field "$base" repaint_ms)")×" "$target"
    row "timeline zoom / pan step incl. repaint" "$s stmts" "$(fmt "$(field "$t" zoom_ms)" 2) / $(fmt "$(field "$t" pan_ms)" 2) ms" \
        "no statements: $(fmt "$(field "$base" zoom_ms)" 2) / $(fmt "$(field "$base" pan_ms)" 2) ms" "—" "—"
done

# --- e. PNG export -------------------------------------------------------------------------------
for size in 1920x1080 7680x4320; do
    w=${size%x*}
    h=${size#*x}
    e0=$(bench export --statements 0 --width "$w" --height "$h")
    e=$(bench export --statements 10000 --width "$w" --height "$h")
    target="—"
    [ "$w" = 7680 ] && target="≤ 1000 ms"
    row "PNG export $size (render + save)" "10000 stmts" \
        "$(fmt "$(field "$e" total_ms)" 0) ms ($(fmt "$(field "$e" render_ms)" 0) + $(fmt "$(field "$e" save_ms)" 0))" \
        "no statements: $(fmt "$(field "$e0" total_ms)" 0) ms" "$(div "$(field "$e" total_ms)" "$(field "$e0" total_ms)")×" "$target"
done

# --- f. memory -----------------------------------------------------------------------------------
for n in $SIZES; do
    [ "$n" -lt 10000 ] && continue
    for ui in 0 1; do
        if [ "$ui" = 1 ]; then r=$(bench rss --ui "$WORK/corpus-$n"); what="peak RSS, articles in the shown main window"; target="< 400 MB (100k, UI open)"
        else r=$(bench rss "$WORK/corpus-$n"); what="peak RSS, articles in RoundsModel"; target="—"; fi
        row "$what" "$n" "$(fmt "$(field "$r" peak_MiB)" 0) MiB (load $(fmt "$(field "$r" load_ms)" 0) ms)" \
            "process before loading: $(fmt "$(field "$r" baseline_MiB)" 0) MiB" "—" "$target"
    done
done

{
    echo "Masar benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Corpus: masar_corpusgen --seed $SEED; sizes in bytes: $(for n in $SIZES; do printf '%s=%s ' "$n" "$(du -sb "$WORK/corpus-$n/articles" | cut -f1)"; done)"
    echo
    echo "| Measure | N | Masar | Baseline (same run) | Ratio | Target |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
} | tee "$WORK/benchmarks.md"
