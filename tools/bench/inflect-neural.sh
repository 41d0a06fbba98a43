#!/usr/bin/env bash
# The neural transducer (cpu preset) on the CPU: training throughput (source + target symbols per second) with 1 and 2
# libtorch threads, then dev accuracy and minutes per language on a few SIGMORPHON 2023 and CoNLL 2017 (low) languages.
# Usage: tools/bench/inflect-neural.sh [speed|accuracy|all]
#   env: LANGS_2023 (default "deu ita swa"), LANGS_2017 (default "albanian basque welsh"), STEPS (default: the preset's),
#        THREADS (accuracy runs, default 1), SPEED_STEPS (default 100), REPEATS (default 3), DATA (default ../shared/data)
# Dev accuracy is beam search (width 5) on the dev file, which also chose the best checkpoint (as in Wu et al.).
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/bench/timing.sh
data=${DATA:-../shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build_cli
steps=(); [[ -n "${STEPS:-}" ]] && steps=(--max-steps "$STEPS")
figure() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); t=m['neural_training']; print(sys.argv[2], m['dev_accuracy'].get('neural', float('nan')), t['steps'], t['best_step'], round(t['training_seconds']/60, 2), t['symbols_per_second'])" "$@"; }

if [[ "${1:-all}" != accuracy ]]; then
  echo "threads symbols_per_second (median of ${REPEATS:-3}, ${SPEED_STEPS:-100} steps on deu)"
  for threads in 1 2; do
    for _ in $(seq "${REPEATS:-3}"); do
      "$exe" inflect train --train "$data/sigmorphon2023/deu.trn" --model neural --device cpu --threads "$threads" --max-steps "${SPEED_STEPS:-100}" --out "$work/speed" 2>/dev/null >/dev/null
      python3 -c "import json; print(json.load(open('$work/speed/metrics.json'))['neural_training']['symbols_per_second'])"
    done | median | sed "s/^/$threads /"
  done
fi

if [[ "${1:-all}" != speed ]]; then
  echo "language dev_accuracy steps best_step training_minutes symbols_per_second wall_seconds"
  for lang in ${LANGS_2023-deu ita swa}; do
    s=$(wall "$exe" inflect train --train "$data/sigmorphon2023/$lang.trn" --dev "$data/sigmorphon2023/$lang.dev" --model neural --device cpu --threads "${THREADS:-1}" "${steps[@]}" --out "$work/$lang")
    echo "$(figure "$work/$lang/metrics.json" "2023/$lang") $s"
  done
  for lang in ${LANGS_2017-albanian basque welsh}; do
    s=$(wall "$exe" inflect train --train "$data/conll2017/task1/$lang-train-low" --dev "$data/conll2017/task1/$lang-dev" --model neural --device cpu --threads "${THREADS:-1}" "${steps[@]}" --out "$work/$lang")
    echo "$(figure "$work/$lang/metrics.json" "2017/$lang") $s"
  done
fi
