#!/usr/bin/env bash
# Benchmark: the task model of a language pack (the task-model issue's figures). Builds (or resumes) a pack with
# `add-language` and prints PACK/task/evaluation.json as a table: UPOS and UFeats accuracy of every stage (zero-shot,
# synthetic, synthetic+source, synthetic+projected, distilled, final) and of the peers (lookup, perceptron; on the same
# data as the encoder and on the synthetic data alone) on the target test file, with
# the teacher and final stage chosen on the target dev file. Task data: English EWT dev + test (../shared/data/ud).
#
# Usage: tools/bench/task-model.sh LANG OUT DEV.conllu TEST.conllu [add-language options…]
#   spa: Apertium eng-spa lexicon and generator, KJV/RV1909 (needs tools/add-language.sh's Debian packages);
#   any other ISO code: give its inputs as options, e.g. for Wolof (lexicon induced from the New Testament alone):
#   tools/bench/task-model.sh wol packs/wol ../shared/data/ud/wo_wtb-ud-train.conllu ../shared/data/ud/wo_wtb-ud-dev.conllu \
#     --parallel sword:engKJV2006eb --parallel ../shared/data/bible-nt/Wolof-NT.xml
# Add --no-reinflect (with another OUT) for the same pack without re-inflection. Tune on dev files only.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
[ $# -ge 4 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
lang="$1" out="$2" dev="$3" test="$4"; shift 4
inputs=()
if [ "$lang" = spa ]; then
  inputs=(--lexicon apertium:eng-spa --unimorph apertium:eng-spa --parallel sword:engKJV2006eb --parallel sword:spaRV1909eb)
fi
build_cli
ud=../shared/data/ud
start=$(date +%s)
"$exe" add-language "$lang" --from eng "${inputs[@]}" --task-data "$ud/en_ewt-ud-dev.conllu" --task-data "$ud/en_ewt-ud-test.conllu" \
  --target-dev "$dev" --target-test "$test" --out "$out" --seed 1 "$@" >/dev/null
echo "add-language $lang: $(( $(date +%s) - start )) s (resumed steps are skipped)"
python3 - "$out/task/evaluation.json" <<'PY'
import json, sys
e = json.load(open(sys.argv[1]))
print(f"teacher {e['teacher']}, final = {e['final_stage']}")
print(f"{'stage':26} {'UPOS':>7} {'UFeats':>7}")
for stage, upos in e["upos_accuracy"].items():
    print(f"{stage:26} {upos:7.2f} {e['ufeats_accuracy'][stage]:7.2f}")
PY
