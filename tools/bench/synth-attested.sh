#!/usr/bin/env bash
# Benchmark: the value of re-inflection in `synth labelled`, English -> Spanish (synthesis issue). Input: the English
# EWT dev and test CoNLL-U files of ../shared/data/ud (concatenated). Lexicon: Apertium's eng-spa dictionary from Debian
# (lt-print + `lexicon import --format apertium-att`, numerals dropped with `lexicon merge --drop numerals`). Spanish
# paradigms: every triple `inflect import-apertium` gets from Apertium's Spanish generator, plus an edit-classifier
# trained on them for missing cells. Runs synthesis twice — without re-inflection (word forms translated as the
# lexicon writes them) and with it (lemmas translated and re-inflected) — and prints, for each, the share of
# substituted Spanish tokens that are attested (also: the same re-inflected tokens written as the bare target lemma) Spanish word forms: present in the Reina-Valera 1909 Bible
# (../shared/data/bibles-full/Spanish-RV1909.tsv, lower-cased words) or among the generator's forms. Also prints, for the
# substituted nouns, verbs and adjectives whose UD features have Number or Tense, the share whose Spanish form is one the
# generator analyses with the same number/tense (SG, PL, PST, PRS) — what re-inflection is for.
# Needs lttoolbox-dev and apertium-eng-spa (tools/quickstart.sh installs them). Usage: tools/bench/synth-attested.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
work="${1:-work/synth-attested}"
shared=../shared/data
pair=/usr/share/apertium/apertium-eng-spa
command -v lt-print >/dev/null && [ -f "$pair/eng-spa.autobil.bin" ] || { echo "needs lt-print and apertium-eng-spa (run tools/quickstart.sh)" >&2; exit 1; }
mkdir -p "$work"
build_cli
lt-print "$pair/eng-spa.autobil.bin" > "$work/eng-spa.autobil.att"
lt-print "$pair/eng-spa.autogen.bin" > "$work/eng-spa.autogen.att"
"$exe" lexicon import --format apertium-att --in "$work/eng-spa.autobil.att" --out "$work/eng-spa.all.tsv" >/dev/null
"$exe" lexicon merge --in "$work/eng-spa.all.tsv" --drop numerals --out "$work/eng-spa.tsv" >/dev/null
"$exe" inflect import-apertium --analyser "$work/eng-spa.autogen.att" --language spa --out "$work/spa" --max-train 1000000 >/dev/null
cat "$work/spa/spa.trn" "$work/spa/spa.dev" "$work/spa/spa.tst" > "$work/spa-all.trn"
"$exe" inflect train --train "$work/spa/spa.trn" --dev "$work/spa/spa.dev" --model classifier --out "$work/spa-model" >/dev/null
cat "$shared/ud/en_ewt-ud-dev.conllu" "$shared/ud/en_ewt-ud-test.conllu" > "$work/ewt.conllu"

common=(synth labelled --source-lang eng --target-lang spa --lexicon "$work/eng-spa.tsv" --in "$work/ewt.conllu")
"$exe" "${common[@]}" --out "$work/forms.conllu" 2>"$work/forms.log" >/dev/null
"$exe" "${common[@]}" --unimorph "$work/spa-all.trn" --inflector "$work/spa-model" --out "$work/reinflected.conllu" 2>"$work/reinflected.log" >/dev/null

attested() {  # share of substituted tokens (MISC has LexEntry=) whose lower-cased column $2 is an attested Spanish word
  awk -F'\t' -v column="$2" 'FNR == NR { for (i = 1; i <= NF; i++) seen[$i] = 1; next }
              NF == 10 && $10 ~ /LexEntry=/ { n++; if (tolower($column) in seen) a++ }
              END { printf "%d of %d substituted tokens attested (%.1f %%)\n", a, n, 100 * a / n }' \
    <(cut -f2 "$shared/bibles-full/Spanish-RV1909.tsv" | tr '[:upper:]' '[:lower:]' | tr -cs '[:alpha:]áéíóúüñ' '\t'; cut -f3 "$work/spa-all.trn" | tr '[:upper:]' '[:lower:]') "$1"
}
echo "== the same tokens (lemmas translated), written as the target lemma vs re-inflected:"
echo "without re-inflection (target lemma): $(attested "$work/reinflected.conllu" 3)"
echo "with re-inflection (FORM):            $(attested "$work/reinflected.conllu" 2)   [$(cat "$work/reinflected.log")]"
carries() {  # share of substituted NOUN/VERB/ADJ tokens with UD Number or Tense whose column $2 is a Spanish form with those features
  awk -F'\t' -v column="$2" '
    FNR == NR { n = split($2, v, /[;(),]/); for (i = 1; i <= n; i++) if (v[i] != "") values[tolower($3) SUBSEP NR] = values[tolower($3) SUBSEP NR] ";" v[i] ";";
                bundles[tolower($3)] = bundles[tolower($3)] " " NR; next }
    NF == 10 && $10 ~ /LexEntry=/ && $4 ~ /^(NOUN|VERB|ADJ)$/ && $6 ~ /(Number|Tense)=/ {
      need = ""; if ($6 ~ /Number=Sing/) need = need " SG"; if ($6 ~ /Number=Plur/) need = need " PL";
      if ($6 ~ /Tense=Past/) need = need " PST"; if ($6 ~ /Tense=Pres/) need = need " PRS";
      if (need == "") next; total++; form = tolower($column); split(bundles[form], ids, " "); ok = 0
      for (j in ids) { all = 1; k = split(need, w, " "); for (i = 1; i <= k; i++) if (index(values[form SUBSEP ids[j]], ";" w[i] ";") == 0) all = 0; if (all) ok = 1 }
      good += ok }
    END { printf "%d of %d tokens carry their Number/Tense (%.1f %%)\n", good, total, 100 * good / total }' "$work/spa-all.trn" "$1"
}
echo "== feature agreement: substituted nouns, verbs and adjectives with Number or Tense whose Spanish form has them too"
echo "without re-inflection (target lemma): $(carries "$work/reinflected.conllu" 3)"
echo "with re-inflection (FORM):            $(carries "$work/reinflected.conllu" 2)"
echo "== word forms translated as the lexicon writes them (no lemma step; other tokens):"
echo "forms as written:                     $(attested "$work/forms.conllu" 2)   [$(cat "$work/forms.log")]"
