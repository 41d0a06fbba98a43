#!/usr/bin/env bash
# Benchmark: word alignment of two whole Bibles (issue 3, "KJV <-> RV1909, both directions + grow-diag-final-and in
# <= 33 s wall, goal <= 17 s" on the 2-core development machine), then alignment error rate on the gold sets.
# Builds the CLI in Release, then runs RUNS times (default 3)
#   langexpand parallel align --src-lang eng --tgt-lang spa --parallel KJV.tsv RV1909.tsv --symmetrize gdfa --out FILE
# on ../shared/data/bibles-full (31,084 verse pairs; lower-cased, punctuation split, 4-character prefixes, 4 EM iterations per direction by agreement, the
# two directions on two threads), printing each run's wall time and peak resident memory (GNU time), the medians, and
# a peer run in the same session (`langexpand --version`, process start-up alone) so noisy machines compare by ratio.
# Then aligns each gold set of ../shared/data/alignment-gold alone (its own sentences are all the training data;
# whitespace tokens, lower-cased) and prints `parallel aer` for the forward, reverse and grow-diag-final-and links.
# Usage: tools/bench/parallel-align.sh [RUNS] [SHARED_DATA_DIR]
# Results go to docs/BENCHMARKS.md by hand, with the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
data="${2:-../shared/data}"
bibles="$data/bibles-full"
[ -f "$bibles/English-KJV.tsv" ] || { echo "no Bibles at $bibles (see ../shared/README.md)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time, Debian package 'time') is needed for peak memory" >&2; exit 1; }
. tools/bench/timing.sh
build_cli
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; cat "$work/time"; }

walls=(); rss=(); peer=()
for _ in $(seq "$runs"); do
  read -r wall kb < <(measure "$exe" parallel align --src-lang eng --tgt-lang spa \
    --parallel "$bibles/English-KJV.tsv" "$bibles/Spanish-RV1909.tsv" --symmetrize gdfa --out "$work/kjv-rv.gdfa")
  walls+=("$wall"); rss+=("$kb"); cp "$work/stderr" "$work/report"
  read -r p _ < <(measure "$exe" --version)
  peer+=("$p")
done
printf 'align wall (s): %s\n' "${walls[*]}"
printf 'peak RSS (MiB): %s\n' "$(for k in "${rss[@]}"; do awk -v k="$k" 'BEGIN {printf "%.0f ", k / 1024}'; done)"
printf 'peer --version wall (s): %s\n' "${peer[*]}"
printf 'median align %.2f s, median peak RSS %.0f MiB, median start-up %.2f s; %s pairs, %s links\n' \
  "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median | awk '{print $1 / 1024}')" \
  "$(printf '%s\n' "${peer[@]}" | median)" "$(wc -l < "$work/kjv-rv.gdfa")" "$(wc -w < "$work/kjv-rv.gdfa")"
head -3 "$work/report"

gold="$data/alignment-gold"
for set in enfr roen; do
  [ -f "$gold/$set.src-tgt" ] || continue
  for mode in "forward --symmetrize none" "reverse --symmetrize none --direction reverse" "gdfa --symmetrize gdfa"; do
    read -r name args <<<"$mode"
    # shellcheck disable=SC2086  # the mode's options are meant to split
    "$exe" parallel align --parallel "$gold/$set.src-tgt" --format pipes --tokenizer whitespace $args --out "$work/$set.$name" >/dev/null 2>&1
    printf '%s %-8s %s\n' "$set" "$name" "$("$exe" parallel aer --gold "$gold/$set.gold" --test "$work/$set.$name")"
  done
done
