#!/usr/bin/env bash
# `inflect train --model auto --with-neural` on many SIGMORPHON 2023-layout languages at once (issue 5: auto with the
# neural transducer). Each language trains baseline, classifier and the neural model (cpu preset unless CONFIG), keeps the
# most accurate on its dev file, and writes metrics.json; the languages run JOBS at a time, so a GPU can be shared.
# Usage: tools/bench/inflect-auto-neural.sh DATA_DIR OUT_DIR LANG...
#   env: LANGEXPAND (the command to run; default: this repo's Release build), DEVICE (default auto), THREADS (libtorch
#        CPU threads per job, default 1), JOBS (default 4), CONFIG (a neural YAML file), LIMIT (seconds per language),
#        TRAIN and DEV (file names with {} for the language; default {}.trn and {}.dev, for CoNLL 2017 low
#        TRAIN={}-train-low DEV={}-dev)
# Prints one row per language (dev accuracy of each model, `gated` included, the selected one, and — when the neural model was kept — its
# steps and training minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=$1 out=$2; shift 2
if [[ -z "${LANGEXPAND:-}" ]]; then
  source tools/bench/timing.sh
  build_cli
  LANGEXPAND="$PWD/$exe"
fi
mkdir -p "$out"
config=(); [[ -n "${CONFIG:-}" ]] && config=(--config "$CONFIG")
TRAIN=${TRAIN:-"{}.trn"} DEV=${DEV:-"{}.dev"}
export LANGEXPAND data out DEVICE THREADS LIMIT TRAIN DEV
train_one() {
  local lang=$1
  timeout "${LIMIT:-3600}" $LANGEXPAND inflect train --train "$data/${TRAIN//\{\}/$lang}" --dev "$data/${DEV//\{\}/$lang}" --model auto --with-neural \
    --device "${DEVICE:-auto}" --threads "${THREADS:-1}" "${@:2}" --out "$out/$lang" > "$out/$lang.log" 2>&1 || echo "$lang failed or timed out" >&2
}
export -f train_one
printf '%s\n' "$@" | xargs -P "${JOBS:-4}" -I{} bash -c 'train_one "$@"' _ {} "${config[@]}"
python3 - "$out" "$@" <<'PY'
import json, os, sys
out, langs = sys.argv[1], sys.argv[2:]
print("| language | baseline | classifier | neural | gated | auto | selected | neural steps (best) | neural minutes |")
print("| :-- | --: | --: | --: | --: | --: | :-- | --: | --: |")
for lang in langs:
    path = os.path.join(out, lang, "metrics.json")
    if not os.path.exists(path):
        print(f"| {lang} | – | – | – | – | – | (no model) | – | – |")
        continue
    m = json.load(open(path))
    acc, t = m["dev_accuracy"], m.get("neural_training", {})
    steps = f"{t['steps']} ({t['best_step']}) | {t['training_seconds'] / 60:.1f}" if t else "– | – (not kept)"
    print(f"| {lang} | {acc.get('baseline', float('nan')):.2f} | {acc.get('classifier', float('nan')):.2f} | {acc.get('neural', float('nan')):.2f} | {acc.get('gated', float('nan')):.2f} "
          f"| {acc[m['selected_model']]:.2f} | {m['selected_model']} | {steps} |")
PY
