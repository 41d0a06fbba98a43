#!/usr/bin/env bash
# The README's main command: a Spanish language pack from English, on CPU, from registry packages only.
#
# 1. Installs from Debian (apt-get, through sudo unless run as root; skipped when installed): lttoolbox and lttoolbox-dev
#    (lt-print), apertium-eng-spa (the English-Spanish pair, GPL-2: bilingual dictionary and Spanish generator), diatheke,
#    sword-text-kjv and sword-text-sparv (the King James and Reina-Valera 1909 Bibles as SWORD modules).
# 2. Builds this checkout's CLI (needs the .NET 10 SDK).
# 3. Runs `langexpand add-language spa --from eng` with the Apertium lexicon (apertium:eng-spa), Apertium-derived Spanish
#    inflection data (the pair's generator), KJV/RV1909 as parallel text (sword:MODULE, exported with diatheke) and, when
#    the shared development data is beside the repository, English EWT CoNLL-U (../shared/data/ud) as task data and
#    Spanish GSD as the POS-transfer test. Then synth-mono, and the encoder steps on CPU: a small base model pretrained on
#    the English side (--preset small, 1000 steps of 16 x 64 tokens), Spanish vocabulary extension, 300 steps of continued MLM, and
#    before/after evaluation (retrieval over 500 held-out verse pairs, POS transfer). Pass --no-adapt after OUT SEED to skip them.
# 4. Prints where the pack and its report are. Rerunning resumes: unchanged steps are skipped.
#
# Usage: tools/add-language.sh [OUT] [SEED] [add-language options…]   (defaults packs/spa and 1)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-packs/spa}"
seed="${2:-1}"
packages=(lttoolbox lttoolbox-dev apertium-eng-spa diatheke sword-text-kjv sword-text-sparv)
installed() { [ "$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c 'install ok installed')" -eq "${#packages[@]}" ]; }
if installed; then
  echo "== Debian packages already installed: ${packages[*]}"
else
  echo "== Installing ${packages[*]} from Debian"
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi

command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK is required (dotnet not on PATH); see README.md#install" >&2; exit 1; }
echo "== Building langexpand (Release)"
dotnet build src/LangExpand.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/LangExpand.Cli/bin/Release/net10.0/langexpand.dll)

task=()
ewt=../shared/data/ud/en_ewt-ud-dev.conllu
gsd=../shared/data/ud/es_gsd-ud-dev.conllu
if [ -f "$ewt" ]; then task=(--task-data "$ewt"); else echo "== $ewt not found: no task data, no synthetic labelled data, no POS transfer"; fi
# POS transfer is an encoder step: no --target-ud when the encoder steps are skipped (add-language refuses the pair).
if [ -f "$ewt" ] && [ -f "$gsd" ] && [[ " ${*:3} " != *" --no-adapt "* ]]; then task+=(--target-ud "$gsd"); fi

echo "== add-language spa --from eng -> $out"
"${cli[@]}" add-language spa --from eng --lexicon apertium:eng-spa --unimorph apertium:eng-spa \
  --parallel sword:engKJV2006eb --parallel sword:spaRV1909eb "${task[@]}" --out "$out" --seed "$seed" "${@:3}"

echo
echo "Pack:   $out/ (manifest.yaml lists inputs, hashes, counts, metrics and timings)"
echo "Report: $out/report.md"
