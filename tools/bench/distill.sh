#!/usr/bin/env bash
# Benchmark: teacher -> student distillation of a pack's task model (the base-model issue's "student >= 4x faster on the
# CPU at <= 2 points lower accuracy"). Runs, on one CPU thread,
#   langexpand adapt distill --teacher PACK/task/model --text TEXT --test GOLD --out OUT --json [options]
# and prints the JSON: parameters, CPU milliseconds per sentence (one sentence at a time) and accuracy of both models.
# Usage: tools/bench/distill.sh PACK TEXT GOLD OUT [adapt distill options, e.g. --student-layers 1]
# Example: tools/bench/distill.sh packs/hye packs/hye/parallel/train/hye.verses.tsv hye-a.conllu /tmp/student
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
[ $# -ge 4 ] || { sed -n '2,8p' "$0" >&2; exit 2; }
pack="$1" text="$2" gold="$3" out="$4"; shift 4
build_cli
"$exe" adapt distill --teacher "$pack/task/model" --text "$text" --test "$gold" --out "$out" --threads 1 --json "$@"
