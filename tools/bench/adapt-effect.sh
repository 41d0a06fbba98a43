#!/usr/bin/env bash
# Adaptation effect of the small base model on languages it never saw (Basque, Ukrainian, Wolof, Latvian): retrieval top-1
# (English KJV verse → its translation among the held-out verses), pseudo-perplexity on the held-out target verses, and
# zero-shot POS accuracy (tagger fine-tuned on English UD, tested on the target UD dev file), before and after adaptation.
#
# Held out: the last HELD (500) non-empty verses of each target NT (Revelation and the end of Jude/3 John), left out of
# extend-vocab and MLM with --held-out-last and retrieved with the same flag; the English side is never trained on during
# adaptation except as the other side of translation pairs of *training* verses (--parallel-source: the aligned start of
# new subwords, translation language modelling); the base model saw all of the KJV in pretraining.
# POS training data: en_ewt-ud-dev.conllu (the EWT train file is not in ../shared/data).
# Basque also gets pseudo-monolingual text: the English Old Testament (no overlap with the held-out NT verses) through
# Apertium's eu-en dictionary reversed to en→eu ('langexpand synth mono'); Wolof has no lexicon in ../shared/data.
#
# Latvian (lv) and Ukrainian (uk) run like Wolof (NT only). LANGS picks the languages.
#
# Usage: tools/bench/adapt-effect.sh WORKDIR   (env: PRETRAIN_STEPS=3000 MLM_STEPS=400 HELD=500 MAX_NEW=5000 LANGS="eu uk wo lv" THREADS=1; an existing
# WORKDIR/base is reused). Prints one JSON line per evaluation and the wall/CPU seconds of every command to WORKDIR/times.log.
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
work=$(realpath -m "${1:?usage: adapt-effect.sh WORKDIR}")
data=$(realpath "${LANGEXPAND_DATA:-../shared/data}")
pretrain_steps=${PRETRAIN_STEPS:-3000}
mlm_steps=${MLM_STEPS:-400}
held=${HELD:-500}
max_new=${MAX_NEW:-5000}
threads=${THREADS:-1}
english=$data/bibles-full/English-KJV.tsv
build_cli
mkdir -p "$work"
timed() { /usr/bin/time -a -o "$work/times.log" -f "%e s wall, %U s user, %S s sys: %C" "$@"; }

if [ ! -f "$work/base/config.json" ]; then
  timed "$exe" pretrain --preset small --steps "$pretrain_steps" --threads "$threads" --device cpu \
    --corpus "$english" "$data/bibles-full/Spanish-RV1909.tsv" --out "$work/base" 2>/dev/null
fi

# Pseudo-monolingual Basque from the English Old Testament.
awk -F'\t' '/^b\.MAT\.1\.1\t/ {exit} {print $2}' "$english" > "$work/en-ot.txt"
timed "$exe" lexicon import --format apertium-dix --in "$data/lexicons/apertium-eu-en.eu-en.dix" --out "$work/eu-en.tsv" >/dev/null
awk -F'\t' 'BEGIN {OFS = "\t"} NR == 1 {print; next}
  {d = $8; if (d == "source-to-target") d = "target-to-source"; else if (d == "target-to-source") d = "source-to-target";
   print $2, $1, $3, $5, $4, $7, $6, d, $9, $10, $11}' "$work/eu-en.tsv" > "$work/en-eu.tsv"
timed "$exe" synth mono --source-lang en --target-lang eu --lexicon "$work/en-eu.tsv" --in "$work/en-ot.txt" \
  --out "$work/eu-mono.txt" --max-sentences 8000 2>/dev/null >/dev/null

evaluate() { # MODEL TARGET_NT UD_TEST LABEL
  timed "$exe" adapt evaluate --model "$1" --retrieval "$english" "$2" --held-out-last "$held" \
    --pos "$data/ud/en_ewt-ud-dev.conllu" "$data/ud/$3" --threads "$threads" --device cpu --json | sed "s/^{/{\"run\":\"$4\",/"
}

adapt() { # LANG NT UD_TEST EXTRA_TEXT...
  local lang=$1 nt=$2 ud=$3
  shift 3
  evaluate "$work/base" "$nt" "$ud" "$lang-before"
  timed "$exe" adapt extend-vocab --model "$work/base" --text "$nt" --held-out-last "$held" --max-new "$max_new" \
    --parallel-source "$english" --out "$work/$lang-vocab" >/dev/null
  evaluate "$work/$lang-vocab" "$nt" "$ud" "$lang-extended"
  timed "$exe" adapt mlm --model "$work/$lang-vocab" --text "$nt" "$@" --held-out-last "$held" --steps "$mlm_steps" --lr 1e-3 \
    --parallel-source "$english" --train body --threads "$threads" --device cpu --out "$work/$lang-adapted" 2>/dev/null >/dev/null
  evaluate "$work/$lang-adapted" "$nt" "$ud" "$lang-after"
}

# Each language: its NT, its UD dev file, and extra training text (Basque: the pseudo-monolingual text). Two at a time.
run_language() {
  case "$1" in
    eu) adapt eu "$data/bible-nt/Basque-NT.xml" eu_bdt-ud-dev.conllu "$work/eu-mono.txt" ;;
    wo) adapt wo "$data/bible-nt/Wolof-NT.xml" wo_wtb-ud-dev.conllu ;;
    lv) adapt lv "$data/bible-nt/Latvian-NT.xml" lv_lvtb-ud-dev.conllu ;;
    uk) adapt uk "$data/bible-nt/Ukranian-NT.xml" uk_iu-ud-dev.conllu ;;
    *) echo "unknown language $1 (eu, wo, lv, uk)" >&2; return 1 ;;
  esac
}
set -- ${LANGS:-eu uk wo lv}
while [ $# -gt 0 ]; do
  run_language "$1" > "$work/$1.jsonl" &
  first=$!
  second=
  if [ $# -gt 1 ]; then run_language "$2" > "$work/$2.jsonl" & second=$!; fi
  wait "$first"
  [ -z "$second" ] || wait "$second"
  cat "$work/$1.jsonl"
  [ -z "$second" ] || cat "$work/$2.jsonl"
  shift $(( $# > 1 ? 2 : 1 ))
done
