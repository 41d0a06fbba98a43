#!/usr/bin/env bash
# Quickstart: the toolkit's inflection job on real data that the repository fetches by itself.
#
# 1. Installs Debian's Apertium packages: lttoolbox, lttoolbox-dev (which holds lt-print) and apertium-eng-spa (the
#    English-Spanish pair, GPL-2; its eng-spa.autogen.bin is the Spanish morphological generator). Uses apt-get,
#    through sudo unless run as root; skipped when they are already installed.
# 2. Prints the Spanish generator as AT&T text with lt-print (work/quickstart/eng-spa.autogen.att, kept so that the
#    command in the data's README can be rerun). The generator, rather than the analyser spa-eng.automorf.bin, gives
#    the forms Apertium itself writes (no analysis-only spellings).
# 3. Imports it with `langexpand inflect import-apertium` into work/quickstart/spa/: lemma-disjoint spa.trn, spa.dev,
#    spa.tst in the SIGMORPHON 2023 layout (10,000 / 1,000 / 1,000 examples) and a README saying where they came from.
# 4. Trains, predicts and scores the baseline on it with `langexpand inflect bench --split dev`, and says where the
#    JSON report is.
#
# Builds and runs this checkout's CLI (needs the .NET 10 SDK), so an older installed `langexpand` cannot get in the way.
# Usage: tools/quickstart.sh [SEED]   (default 1; the same seed gives the same files)
set -euo pipefail
cd "$(dirname "$0")/.."

seed="${1:-1}"
packages=(lttoolbox lttoolbox-dev apertium-eng-spa)
generator=/usr/share/apertium/apertium-eng-spa/eng-spa.autogen.bin
out=work/quickstart
data="$out/spa"
report="$out/inflect-bench-spa-dev.json"

installed() { [ "$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c 'install ok installed')" -eq "${#packages[@]}" ]; }
if installed; then
  echo "== Apertium packages already installed: ${packages[*]}"
else
  echo "== Installing ${packages[*]} from Debian"
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi
version="$(dpkg-query -W -f='${Version}' apertium-eng-spa)"

command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK is required (dotnet not on PATH); see README.md#install" >&2; exit 1; }
echo "== Building langexpand (Release)"
dotnet build src/LangExpand.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/LangExpand.Cli/bin/Release/net10.0/langexpand.dll)

att="$out/eng-spa.autogen.att"
mkdir -p "$out"
echo "== lt-print $generator"
lt-print "$generator" "$att.tmp" && mv "$att.tmp" "$att"

echo "== Importing into $data"
"${cli[@]}" inflect import-apertium --analyser "$att" --language spa --out "$data" --seed "$seed" \
  --source "Debian package apertium-eng-spa $version (GPL-2): lt-print $generator (the Spanish generator)"

echo "== Benchmarking the baseline on $data (dev split)"
"${cli[@]}" inflect bench --data "$data" --split dev --report "$report"

echo
echo "Data:   $data/ (README.md says where it came from)"
echo "Report: $report"
