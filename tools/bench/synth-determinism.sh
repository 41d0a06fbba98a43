#!/usr/bin/env bash
# Check: determinism of synthesis (synthesis issue). Same inputs + seed give identical bytes, with and without sharding:
# `synth labelled` (CoNLL-U, --choice sample) twice on EWT dev+test, and `synth mono` (--choice sample) on the whole KJV
# once as one run, again as one run, and as SHARDS shards (default 4) concatenated. Prints the SHA-256 of each and the
# wall time of each mono run. Needs the lexicon and Spanish paradigms of synth-attested.sh (run that first).
# Usage: tools/bench/synth-determinism.sh [SHARDS] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
shards="${1:-4}"
work="${2:-work/synth-determinism}"
attested=work/synth-attested
shared=../shared/data
[ -f "$attested/eng-spa.tsv" ] || { echo "run tools/bench/synth-attested.sh first (it builds the lexicon and paradigms)" >&2; exit 1; }
mkdir -p "$work"
build_cli
cut -f2 "$shared/bibles-full/English-KJV.tsv" > "$work/kjv.txt"
cat "$shared"/ud/en_ewt-ud-{dev,test}.conllu > "$work/ewt.conllu"
resources=(--source-lang eng --target-lang spa --lexicon "$attested/eng-spa.tsv" --unimorph "$attested/spa-all.trn" --choice sample --seed 7)
for run in 1 2; do
  "$exe" synth labelled "${resources[@]}" --inflector "$attested/spa-model" --in "$work/ewt.conllu" --out "$work/labelled-$run.conllu" 2>/dev/null >/dev/null
done
mono=(synth mono "${resources[@]}" --source-unimorph "$shared/sigmorphon2023/eng.trn" --in "$work/kjv.txt")
for run in 1 2; do echo "mono run $run: $(wall "$exe" "${mono[@]}" --out "$work/mono-$run.txt") s"; done
for i in $(seq "$shards"); do echo "mono shard $i/$shards: $(wall "$exe" "${mono[@]}" --shard "$i/$shards" --out "$work/mono-shard-$i.txt") s"; done
for i in $(seq "$shards"); do cat "$work/mono-shard-$i.txt"; done > "$work/mono-shards.txt"
sha256sum "$work"/labelled-{1,2}.conllu "$work"/mono-{1,2}.txt "$work/mono-shards.txt" | sed "s|$work/||"
cmp -s "$work/labelled-1.conllu" "$work/labelled-2.conllu" && cmp -s "$work/mono-1.txt" "$work/mono-2.txt" && cmp -s "$work/mono-1.txt" "$work/mono-shards.txt" \
  && echo "identical: labelled twice, mono twice, mono = $shards shards concatenated" || { echo "DIFFERENT" >&2; exit 1; }
