#!/usr/bin/env bash
# CPU MLM training throughput (real tokens/s) of the small preset (4 layers, width 256, 8k Unigram ids, 32 × 128-token
# sequences, masked-only head) at 1 and 2 threads: pretrain on the English and Spanish Bibles for STEPS steps, three runs
# per thread count, median of the tokens/s the command reports. Usage: tools/bench/mlm-throughput.sh [STEPS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
steps=${1:-30}
data=${LANGEXPAND_DATA:-../shared/data}
build_cli
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for threads in 1 2; do
  for run in 1 2 3; do
    "$exe" pretrain --preset small --steps "$steps" --threads "$threads" --device cpu \
      --corpus "$data/bibles-full/English-KJV.tsv" "$data/bibles-full/Spanish-RV1909.tsv" --out "$scratch/t$threads-r$run" 2>/dev/null \
      | sed -n 's/.* \([0-9]*\) tokens\/s.*/\1/p'
  done | median | sed "s/^/threads=$threads median_tokens_per_s=/"
done
