#!/usr/bin/env bash
# Benchmark: the affix-rule baseline on SIGMORPHON 2023 dev (issue: foundation, "all 27 languages train + predict in
# <= 3 s wall"). Builds the CLI in Release, then runs `langexpand inflect bench` RUNS times (default 7) on
# ../shared/data/sigmorphon2023 and prints each wall time, the median, and the median of a peer run in the same session
# (`langexpand --version`, i.e. process start-up alone), so noisy machines can be compared by ratio.
# Usage: tools/bench/inflect-baseline.sh [RUNS] [DATA_DIR]
# Results go to docs/BENCHMARKS.md by hand, with the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-7}"
data="${2:-../shared/data/sigmorphon2023}"
[ -d "$data" ] || { echo "no data at $data (the SIGMORPHON 2023 folder; see ../shared/README.md)" >&2; exit 1; }
. tools/bench/timing.sh
build_cli
report="$(mktemp -d)/bench.json"

bench=(); peer=()
for _ in $(seq "$runs"); do
  bench+=("$(wall "$exe" inflect bench --data "$data" --split dev --report "$report")")
  peer+=("$(wall "$exe" --version)")
done
printf 'inflect bench wall (s): %s\n' "${bench[*]}"
printf 'peer --version wall (s): %s\n' "${peer[*]}"
mb=$(printf '%s\n' "${bench[@]}" | median); mp=$(printf '%s\n' "${peer[@]}" | median)
printf 'median bench %.2f s, median start-up %.2f s, ratio %.1fx; macro accuracy %s\n' "$mb" "$mp" "$(awk -v a="$mb" -v b="$mp" 'BEGIN {print a / b}')" \
  "$(grep -o '"macroAccuracy": [0-9.]*' "$report" | head -1 | cut -d' ' -f2)"
