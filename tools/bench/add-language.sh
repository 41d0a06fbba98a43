#!/usr/bin/env bash
# Times `langexpand add-language spa --from eng` (the README's main command, tools/add-language.sh) from scratch RUNS
# times (default 3) and once more as a rerun with every step unchanged; prints each run's per-step seconds from the
# manifest and the medians. Needs the Debian packages tools/add-language.sh installs and ../shared/data/ud. Further
# arguments go to add-language (e.g. --no-adapt, --preset tiny).
# Usage: tools/bench/add-language.sh [RUNS] [add-language options…]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/bench/timing.sh
runs="${1:-3}"
shift || true
build_cli
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { "$exe" add-language spa --from eng --lexicon apertium:eng-spa --unimorph apertium:eng-spa --parallel sword:engKJV2006eb \
  --parallel sword:spaRV1909eb --task-data ../shared/data/ud/en_ewt-ud-dev.conllu --target-ud ../shared/data/ud/es_gsd-ud-dev.conllu --out "$out/spa" "$@" 2>/dev/null; }
for i in $(seq "$runs"); do
  rm -rf "$out/spa"
  wall run "$@" | tee -a "$out/fresh"
  sed -n '/^timings:/,$p' "$out/spa/manifest.yaml" | awk '/- name:/ {n = $3} /^    seconds:/ {print "   ", n, $2}'
done
for i in $(seq "$runs"); do wall run "$@" >> "$out/rerun"; done
echo "median from scratch: $(median < "$out/fresh") s; median rerun (all steps skipped): $(median < "$out/rerun") s"
