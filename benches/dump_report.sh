#!/usr/bin/env bash
# The dump benchmark: build multistream bz2 dumps of the wikitext corpus repeated (default
# 150 and 300 MB of XML, 100 pages per stream, with their index), then read each with
# `wikiparse dump --index` at --jobs 1 and 2, beside `--decompress-only` with the same
# parallelism (the speed limit), each the best of RUNS (default 3) interleaved runs. Reports
# MB/s of XML, pages/s, the share of the decompression-only throughput (by wall time, and by
# CPU time), and peak RSS (GNU time), for whole Articles and for `--infobox-only` (facts).
#
#   benches/dump_report.sh            # 150 and 300 MB
#   benches/dump_report.sh 50 100     # other sizes
#   RUNS=1 KEEP=1 benches/dump_report.sh 300
#   BIN=/tmp/wikiparse-before benches/dump_report.sh 150
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(150 300)
runs=${RUNS:-3}
dir=${TMPDIR:-/tmp}/wikiparse-dump-bench
mkdir -p "$dir"
cargo build --release --quiet --example make_dump
# BIN=path measures another build (say, the last commit's) against the same dumps
bin=${BIN:-target/release/wikiparse}
[ -n "${BIN:-}" ] || cargo build --release --quiet
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time) for peak RSS" >&2; exit 2; }

# Runs are interleaved (decompress, full, facts, decompress, …) so that a change in the
# machine's load hits all three alike; each figure is the best of `runs`. The CPU share
# (decompression's user+sys seconds over the run's) does not depend on the load at all.
# one run: wall seconds, CPU seconds, peak RSS (KB)
once() {
    /usr/bin/time -f "%e %U %S %M" -o "$dir/time" "$@" > /dev/null 2> "$dir/err"
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$dir/time"
}
# keep the smaller wall time (and its RSS) and the smaller CPU time of two "wall cpu kb" lines
better() {
    if [ -z "$1" ]; then echo "$2"; return; fi
    echo "$1 $2" | awk '{ w = $1; k = $3; if ($4 < $1) { w = $4; k = $6 }
        c = $2 < $5 ? $2 : $5; print w, c, k }'
}

printf '%-7s %-4s %11s %10s %8s %6s %6s %10s %8s %6s %6s %10s %10s\n' \
    "XML MB" jobs "decomp MB/s" "full MB/s" "pages/s" share cpu "facts MB/s" "pages/s" share cpu \
    "decomp RSS" "full RSS"
for size in "${sizes[@]}"; do
    prefix="$dir/dump-$size"
    [ -s "$prefix.xml.bz2" ] || cargo run --release --quiet --example make_dump -- "$prefix" "$size"
    # pages and XML bytes, from a run's summary line
    "$bin" dump "$prefix.xml.bz2" --index "$prefix-index.txt.bz2" --ns all > /dev/null 2> "$dir/summary"
    pages=$(sed -n 's/^wikiparse: \([0-9]*\) pages\{0,1\} .*/\1/p' "$dir/summary")
    mb=$(sed -n 's/.*s (\([0-9.]*\) MB of XML.*/\1/p' "$dir/summary")
    for jobs in 1 2; do
        common=("$prefix.xml.bz2" --index "$prefix-index.txt.bz2" -j "$jobs")
        d="" p="" f=""
        for _ in $(seq "$runs"); do
            d=$(better "$d" "$(once "$bin" dump "${common[@]}" --decompress-only)")
            p=$(better "$p" "$(once "$bin" dump "${common[@]}" --ns all -q)")
            f=$(better "$f" "$(once "$bin" dump "${common[@]}" --ns all -q --infobox-only)")
        done
        read -r ds dc dkb <<< "$d"
        read -r ps pc pkb <<< "$p"
        read -r fs fc _ <<< "$f"
        awk -v mb="$mb" -v j="$jobs" -v ds="$ds" -v ps="$ps" -v fs="$fs" -v dc="$dc" -v pc="$pc" \
            -v fc="$fc" -v pages="$pages" -v dkb="$dkb" -v pkb="$pkb" 'BEGIN {
            printf "%-7.1f %-4d %11.1f %10.1f %8.0f %5.0f%% %5.0f%% %10.1f %8.0f %5.0f%% %5.0f%% %7.0f MB %7.0f MB\n",
                mb, j, mb / ds, mb / ps, pages / ps, 100 * ds / ps, 100 * dc / pc, mb / fs,
                pages / fs, 100 * ds / fs, 100 * dc / fc, dkb / 1024, pkb / 1024 }'
    done
done
[ -n "${KEEP:-}" ] || rm -rf "$dir"
