#!/usr/bin/env bash
# Benchmark: lexicon import (lexicon issue, "measure import time for the eng-spa autobil and the eu-en .dix"). Builds the
# CLI in Release, prints Debian's eng-spa.autobil.bin as AT&T text once (lt-print, timed), then runs RUNS times (default 5)
# `langexpand lexicon import` on that AT&T file and on ../shared/data/lexicons/apertium-eu-en.eu-en.dix, and prints each
# wall time, the medians, the entry counts and the median of a peer run in the same session (`langexpand --version`).
# Needs: apt-get install lttoolbox lttoolbox-dev apertium-eng-spa.
# Usage: tools/bench/lexicon-import.sh [RUNS]
# Results go to docs/BENCHMARKS.md by hand, with the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
bin=/usr/share/apertium/apertium-eng-spa/eng-spa.autobil.bin
dix=../shared/data/lexicons/apertium-eu-en.eu-en.dix
[ -f "$bin" ] && command -v lt-print >/dev/null || { echo "needs lt-print and $bin (apt-get install lttoolbox-dev apertium-eng-spa)" >&2; exit 1; }
[ -f "$dix" ] || { echo "no $dix (the shared data; see ../shared/README.md)" >&2; exit 1; }
source tools/bench/timing.sh
build_cli
work="$(mktemp -d)"
att="$work/eng-spa.autobil.att"
printf 'lt-print wall (s): %s\n' "$(wall lt-print "$bin" "$att")"

att_runs=(); dix_runs=(); peer=()
for _ in $(seq "$runs"); do
  att_runs+=("$(wall "$exe" lexicon import --format apertium-att --in "$att" --out "$work/eng-spa.tsv")")
  dix_runs+=("$(wall "$exe" lexicon import --format apertium-dix --in "$dix" --out "$work/eu-en.tsv")")
  peer+=("$(wall "$exe" --version)")
done
printf 'apertium-att wall (s): %s\napertium-dix wall (s): %s\npeer --version wall (s): %s\n' "${att_runs[*]}" "${dix_runs[*]}" "${peer[*]}"
printf 'median apertium-att %.2f s (%d entries), apertium-dix %.2f s (%d entries), start-up %.2f s\n' \
  "$(printf '%s\n' "${att_runs[@]}" | median)" "$(($(wc -l <"$work/eng-spa.tsv") - 1))" \
  "$(printf '%s\n' "${dix_runs[@]}" | median)" "$(($(wc -l <"$work/eu-en.tsv") - 1))" "$(printf '%s\n' "${peer[@]}" | median)"
