#!/usr/bin/env bash
# Wall time of `inflect predict` with a trained model directory (issue 5: the neural model's beam search), for this
# repo's Release build and, when PEER names another build's CLI, for it too, runs alternating; checks that both write the
# same forms. Usage: tools/bench/inflect-predict.sh MODEL_DIR INPUT RUNS [PEER]
# Prints each run, then the medians (and their ratio with a peer).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/bench/timing.sh
model=$1 input=$2 runs=$3 peer=${4:-}
build_cli
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for run in $(seq "$runs"); do
  echo "this $(wall "$exe" inflect predict --model "$model" --input "$input" --out "$scratch/this.pred" 2>/dev/null)" | tee -a "$scratch/times"
  if [[ -n "$peer" ]]; then
    echo "peer $(wall "$peer" inflect predict --model "$model" --input "$input" --out "$scratch/peer.pred" 2>/dev/null)" | tee -a "$scratch/times"
  fi
done
this=$(awk '$1 == "this" {print $2}' "$scratch/times" | median)
echo "median wall: this build ${this}s"
if [[ -n "$peer" ]]; then
  other=$(awk '$1 == "peer" {print $2}' "$scratch/times" | median)
  echo "median wall: peer ${other}s; peer / this = $(awk -v a="$other" -v b="$this" 'BEGIN {printf "%.2f", a / b}')"
  cmp -s "$scratch/this.pred" "$scratch/peer.pred" && echo "same forms" || echo "forms differ"
fi
