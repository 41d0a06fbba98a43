#!/usr/bin/env bash
# Benchmark: lexicon induction quality, English -> Spanish, on the whole KJV and Reina-Valera 1909 Bibles
# (../shared/data/bibles-full, verse-aligned). Measures precision@1 against Apertium's eng-spa dictionary (Debian
# package apertium-eng-spa, printed with lt-print and imported with `lexicon import --format apertium-att`) for English
# words seen >= 5 times, once with word forms and once lemma-aware (forms vote for lemmas through Apertium's English
# and Spanish analysers, eng-spa.automorf.bin and spa-eng.automorf.bin). Prints each run's wall time and the scores.
# Needs lttoolbox-dev (lt-print) and apertium-eng-spa installed (tools/quickstart.sh installs them).
# Usage: tools/bench/induce-lexicon.sh [WORK_DIR]   (default work/induce-lexicon)
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
work="${1:-work/induce-lexicon}"
bibles=../shared/data/bibles-full
pair=/usr/share/apertium/apertium-eng-spa
[ -d "$bibles" ] || { echo "no Bibles at $bibles (see ../shared/README.md)" >&2; exit 1; }
command -v lt-print >/dev/null && [ -f "$pair/eng-spa.autobil.bin" ] || { echo "needs lt-print and apertium-eng-spa (run tools/quickstart.sh)" >&2; exit 1; }
mkdir -p "$work"
build_cli
lt-print "$pair/eng-spa.autobil.bin" > "$work/eng-spa.autobil.att"
lt-print "$pair/eng-spa.automorf.bin" > "$work/eng.automorf.att"
lt-print "$pair/spa-eng.automorf.bin" > "$work/spa.automorf.att"
"$exe" lexicon import --format apertium-att --in "$work/eng-spa.autobil.att" --out "$work/reference.tsv" >/dev/null

common=(parallel induce-lexicon --src-lang eng --tgt-lang spa --parallel "$bibles/English-KJV.tsv" "$bibles/Spanish-RV1909.tsv" --min-source-frequency 5)
echo "forms:  $(wall "$exe" "${common[@]}" --out "$work/forms.tsv") s wall"
echo "        $("$exe" lexicon evaluate --in "$work/forms.tsv" --reference "$work/reference.tsv")"
echo "lemmas: $(wall "$exe" "${common[@]}" --src-lemmas "$work/eng.automorf.att" --tgt-lemmas "$work/spa.automorf.att" --out "$work/lemmas.tsv") s wall"
echo "        $("$exe" lexicon evaluate --in "$work/lemmas.tsv" --reference "$work/reference.tsv")"
