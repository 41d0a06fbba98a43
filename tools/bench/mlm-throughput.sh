#!/usr/bin/env bash
# CPU MLM training throughput (real tokens/s) of the small preset (4 layers, width 128, FFN 512, 8k Unigram ids, no dropout,
# 32 × 128-token packed sequences, masked-only head) at 1 and 2 threads: pretrain on the English and Spanish Bibles for
# STEPS steps, three runs per thread count, medians of the wall-clock tokens/s and of the tokens per CPU second (the
# process's processor time during training, which other work on a shared machine disturbs less) the command reports.
# Usage: tools/bench/mlm-throughput.sh [STEPS]
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
      | sed -n 's/.* \([0-9]*\) tokens\/s (\([0-9]*\) per CPU second).*/\1 \2/p' >> "$scratch/t$threads"
  done
  wall=$(cut -d' ' -f1 "$scratch/t$threads" | median)
  cpu=$(cut -d' ' -f2 "$scratch/t$threads" | median)
  echo "threads=$threads median_tokens_per_s=$wall median_tokens_per_cpu_s=$cpu"
done
