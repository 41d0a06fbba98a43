#!/usr/bin/env bash
# Benchmark: SentencePiece Unigram training (LangExpand.Tokenization's UnigramTrainer) of an 8,000-piece vocabulary on
# one New Testament (verse TSV, text column), single-threaded. Runs tools/bench/TokenizerTrain.cs (a .NET file-based
# program, Release) three times per corpus and prints the median training seconds (the stopwatch covers training only,
# not reading the file or writing the model), the piece count and tokens per word when the written model is loaded back
# with Microsoft.ML.Tokenizers. The peer run trains a 4,000-piece vocabulary on the same corpus.
# Usage: tools/bench/tokenizer-train.sh [NT.tsv] [WORK_DIR]   (defaults: Wolaytta NT, work/tokenizer-train)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
corpus="${1:-../shared/data/bible-nt-tsv/Wolaytta-NT.tsv}"
work="${2:-work/tokenizer-train}"
[ -f "$corpus" ] || { echo "no corpus at $corpus (see ../shared/README.md)" >&2; exit 1; }
mkdir -p "$work"
dotnet build tools/bench/TokenizerTrain.cs -c Release -v quiet -nologo >/dev/null
for size in 8000 4000; do
  runs=()
  for i in 1 2 3; do
    line=$(dotnet run --no-build tools/bench/TokenizerTrain.cs -c Release -- "$corpus" "$size" "$work/unigram-$size.model")
    runs+=("${line%% *}")
    detail="${line#* seconds, }"
  done
  median_s=$(printf '%s\n' "${runs[@]}" | median)
  echo "vocabulary $size: median ${median_s} s of ${runs[*]}; $detail"
done
