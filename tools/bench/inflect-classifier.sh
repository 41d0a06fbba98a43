#!/usr/bin/env bash
# Benchmark: the edit-script classifier and `--model auto` (issue 5, part 1). Builds the CLI in Release, then
#  1. runs `langexpand inflect bench --model baseline|classifier|auto` on SIGMORPHON 2023 dev (train on .trn, score on .dev)
#     and prints the per-language table (auto: the accuracy of the model it selected, and which);
#  2. the same on CoNLL-SIGMORPHON 2017 task 1, low setting (`--train-size low`, scored on -dev), macro averages only;
#  3. times `inflect bench --model classifier` on 2023 dev RUNS times (default 5): reading, training, predicting and
#     scoring all 27 languages; prints each wall time, the median, and the median of a peer run (`langexpand --version`).
# Usage: tools/bench/inflect-classifier.sh [RUNS] [SHARED_DATA_DIR]
# Results go to docs/BENCHMARKS.md by hand, with the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
runs="${1:-5}"
shared="${2:-../shared/data}"
[ -d "$shared/sigmorphon2023" ] || { echo "no data at $shared/sigmorphon2023 (see ../shared/README.md)" >&2; exit 1; }
build_cli
out="$(mktemp -d)"

for model in baseline classifier auto; do
  "$exe" inflect bench --data "$shared/sigmorphon2023" --split dev --model "$model" --report "$out/2023-$model.json" >/dev/null
  "$exe" inflect bench --data "$shared/conll2017/task1" --split dev --train-size low --model "$model" --report "$out/2017-low-$model.json" >/dev/null
done

echo "SIGMORPHON 2023 dev accuracy"
echo "| language | baseline | classifier | auto | auto chose |"
echo "| :-- | --: | --: | --: | :-- |"
jq -r --slurpfile c "$out/2023-classifier.json" --slurpfile a "$out/2023-auto.json" '
  .report.languages as $b
  | range(0; $b | length) as $i
  | [$b[$i].language, $b[$i].accuracy, $c[0].report.languages[$i].accuracy, $a[0].report.languages[$i].accuracy, $a[0].models[$b[$i].language]]
  | "| \(.[0]) | \(.[1] * 100 | round / 100) | \(.[2] * 100 | round / 100) | \(.[3] * 100 | round / 100) | \(.[4]) |"' "$out/2023-baseline.json"
for set in 2023 2017-low; do
  printf '%s macro: ' "$set"
  for model in baseline classifier auto; do
    printf '%s %.2f  ' "$model" "$(jq .report.macroAccuracy "$out/$set-$model.json")"
  done
  echo
done

bench=(); peer=()
for _ in $(seq "$runs"); do
  bench+=("$(wall "$exe" inflect bench --data "$shared/sigmorphon2023" --split dev --model classifier --report "$out/timing.json")")
  peer+=("$(wall "$exe" --version)")
done
printf 'classifier bench wall (s): %s\n' "${bench[*]}"
printf 'peer --version wall (s): %s\n' "${peer[*]}"
printf 'median bench %.2f s, median start-up %.2f s\n' "$(printf '%s\n' "${bench[@]}" | median)" "$(printf '%s\n' "${peer[@]}" | median)"
