#!/usr/bin/env bash
# Benchmark: does the bundle `synth labelled` writes (MISC Bundle=) carry the English word's Number (nouns, verbs) and
# Tense (verbs)? English EWT dev (../shared/data/ud) -> Spanish through Apertium's eng-spa dictionary (lt-print +
# `lexicon import --format apertium-att`), with a partial paradigm table (the pack's: `inflect import-apertium
# --max-train 10000` over Apertium's Spanish generator) and the affix baseline for cells it lacks. Prints the agreement
# of re-inflected NOUN/VERB tokens by Inflection=table|model, then the form sources of a --no-reinflect run.
# Needs lttoolbox and apertium-eng-spa (tools/quickstart.sh installs them). Usage: tools/bench/synth-bundle-agreement.sh [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
work="${1:-work/synth-bundle-agreement}"
pair=/usr/share/apertium/apertium-eng-spa
command -v lt-print >/dev/null && [ -f "$pair/eng-spa.autobil.bin" ] || { echo "needs lt-print and apertium-eng-spa (run tools/quickstart.sh)" >&2; exit 1; }
mkdir -p "$work"
build_cli
lt-print "$pair/eng-spa.autobil.bin" > "$work/eng-spa.autobil.att"
lt-print "$pair/eng-spa.autogen.bin" > "$work/spa.autogen.att"
"$exe" lexicon import --format apertium-att --in "$work/eng-spa.autobil.att" --out "$work/eng-spa.tsv" >/dev/null
"$exe" inflect import-apertium --analyser "$work/spa.autogen.att" --language spa --out "$work/spa" --seed 1 --max-train 10000 >/dev/null
"$exe" inflect train --train "$work/spa/spa.trn" --dev "$work/spa/spa.dev" --out "$work/spa-model" --model baseline >/dev/null
synth() { "$exe" synth labelled --source-lang eng --target-lang spa --lexicon "$work/eng-spa.tsv" --unimorph "$work/spa/spa.trn" \
  --inflector "$work/spa-model" --in ../shared/data/ud/en_ewt-ud-dev.conllu "$@"; }
synth --out "$work/ewt.spa.conllu" 2>/dev/null >/dev/null
python3 - "$work/ewt.spa.conllu" <<'PY'
import sys
from collections import Counter
wanted = {"Number": {"Sing": "SG", "Plur": "PL"}, "Tense": {"Pres": "PRS", "Past": "PST"}}
counts = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in ("NOUN", "VERB"):
        continue
    misc = dict(p.split("=", 1) for p in cols[9].split("|") if "=" in p)
    feats = dict(p.split("=", 1) for p in cols[5].split("|") if "=" in p)
    if misc.get("Inflection") not in ("table", "model") or "Bundle" not in misc:
        continue
    for name, table in wanted.items():
        if (name == "Number" or cols[3] == "VERB") and feats.get(name) in table:
            agree = table[feats[name]] in misc["Bundle"].split(";")
            for source in (misc["Inflection"], "all"):
                counts[(cols[3], name, source, agree)] += 1
for upos, name in (("NOUN", "Number"), ("VERB", "Number"), ("VERB", "Tense")):
    cells = []
    for source in ("table", "model", "all"):
        yes, no = counts[(upos, name, source, True)], counts[(upos, name, source, False)]
        cells.append(f"{source} {100 * yes / (yes + no):5.1f} % ({yes}/{yes + no})" if yes + no else f"{source} -")
    print(f"{upos} {name}: " + "; ".join(cells))
PY
synth --out "$work/ewt.off.spa.conllu" --no-reinflect 2>&1 >/dev/null | sed 's/^/--no-reinflect: /'
# FEATS (synthesis now writes the target's on re-inflected words): per UPOS, the share of tokens that have each feature
# name Spanish UD GSD dev gives at least 10 % of that UPOS's tokens, in GSD itself, in the --no-reinflect output (the
# source FEATS, which is also what every run wrote before) and in the re-inflected output (all tokens / only those made
# from a bundle, Inflection=table|model).
python3 - ../shared/data/ud/es_gsd-ud-dev.conllu "$work/ewt.off.spa.conllu" "$work/ewt.spa.conllu" <<'PY'
import sys
from collections import Counter
def count(path, bundled_only=False):
    tokens, names = Counter(), Counter()
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 10 or not cols[0].isdigit() or cols[3] not in ("NOUN", "VERB", "ADJ"):
            continue
        if bundled_only and not any(m in cols[9].split("|") for m in ("Inflection=table", "Inflection=model")):
            continue
        tokens[cols[3]] += 1
        for name in {p.split("=", 1)[0] for p in cols[5].split("|") if "=" in p}:
            names[(cols[3], name)] += 1
    return tokens, names
gsd, off, on, bundled = count(sys.argv[1]), count(sys.argv[2]), count(sys.argv[3]), count(sys.argv[3], True)
share = lambda c, upos, name: f"{100 * c[1][(upos, name)] / c[0][upos]:5.1f} %" if c[0][upos] else "    -"
print("UPOS name: GSD | before (source FEATS) | after, all | after, table|model")
for upos in ("NOUN", "VERB", "ADJ"):
    for name in sorted(n for (u, n), k in gsd[1].items() if u == upos and k >= 0.1 * gsd[0][upos]):
        print(f"{upos} {name}: {share(gsd, upos, name)} | {share(off, upos, name)} | {share(on, upos, name)} | {share(bundled, upos, name)}")
    print(f"{upos} tokens: GSD {gsd[0][upos]} | {off[0][upos]} | {on[0][upos]} | {bundled[0][upos]}")
PY
