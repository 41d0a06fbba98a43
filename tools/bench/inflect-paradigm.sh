#!/usr/bin/env bash
# Benchmark: paradigm-aware inflection (issue 18, part 1). Builds the CLI in Release, then, on SIGMORPHON 2020 task 0 dev
# (random splits: a dev lemma usually has other cells in training), runs `langexpand inflect bench --model classifier` and
# `--model paradigm` (add more with MODELS="classifier paradigm auto") on the languages LANGS with each training file cut
# to its first SIZE lines (`head -n SIZE`; 0 = the whole file; dev files whole), and prints each model's per-language
# table and macro average with its wall time. With CHECK_2023=1 it also runs `--model paradigm` on SIGMORPHON 2023 dev
# (lemma-disjoint: no dev lemma has known cells), whose classifier figure is 82.04.
# Usage: [SIZE=1000] [LANGS="ang deu …"] [MODELS=…] [CHECK_2023=1] tools/bench/inflect-paradigm.sh [SHARED_DATA_DIR]
# Run it under `nice -n 15` on a shared machine. Results go to docs/BENCHMARKS.md by hand, with the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
shared="${1:-../shared/data}"
size="${SIZE:-1000}"
langs="${LANGS:-ang deu est fin isl nld ote san sme tuk}"
models="${MODELS:-classifier paradigm}"
data="$shared/sigmorphon2020-task0"
[ -d "$data" ] || { echo "no data at $data (see ../shared/README.md)" >&2; exit 1; }
build_cli
out="$(mktemp -d)"
for lang in $langs; do
  if [ "$size" = 0 ]; then cp "$data/$lang.trn" "$out/"; else head -n "$size" "$data/$lang.trn" > "$out/$lang.trn"; fi
  cp "$data/$lang.dev" "$out/"
done

for model in $models; do
  echo "== $model, training size ${size/#0/full}"
  seconds="$(wall "$exe" inflect bench --data "$out" --split dev --model "$model" --report "$out/$model.json")"
  jq -r '.report.languages[] | "| \(.language) | \(.accuracy * 100 | round / 100) |"' "$out/$model.json"
  printf 'macro %.2f, %s s wall\n' "$(jq .report.macroAccuracy "$out/$model.json")" "$seconds"
done
if [ "${CHECK_2023:-0}" = 1 ]; then
  seconds="$(wall "$exe" inflect bench --data "$shared/sigmorphon2023" --split dev --model paradigm --report "$out/2023.json")"
  printf '2023 dev paradigm macro %.2f, %s s wall\n' "$(jq .report.macroAccuracy "$out/2023.json")" "$seconds"
fi
rm -rf "$out"
