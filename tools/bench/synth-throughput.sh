#!/usr/bin/env bash
# Benchmark: throughput and peak memory of lexicon substitution on CoNLL-U (synthesis issue). Input: the English EWT
# dev/test files (the train file is not in ../shared) of ../shared/data/ud concatenated and repeated until the file has at least 10 M tokens (word
# lines). Lexicon: Apertium eng-spa as in synth-attested.sh (run that first; it leaves the lexicon and the Spanish
# paradigms in work/synth-attested). Runs `synth labelled` pinned to one core (taskset -c 0) RUNS times (default 3)
# without re-inflection and with it (table + classifier), then the peer run (a one-entry lexicon: reading and writing
# CoNLL-U only), and prints the median wall time, tokens/s and the peak resident memory (GNU time); tokens/s from the
# median CPU time (user + system) too, which load on the shared machine inflates less than wall time, and the SHA-256
# of each run's output (to check that a faster build writes the same bytes).
# Usage: tools/bench/synth-throughput.sh [RUNS] [WORK_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
. tools/bench/timing.sh
runs="${1:-3}"
work="${2:-work/synth-throughput}"
attested=work/synth-attested
shared=../shared/data/ud
[ -f "$attested/eng-spa.tsv" ] || { echo "run tools/bench/synth-attested.sh first (it builds the lexicon and paradigms)" >&2; exit 1; }
mkdir -p "$work"
build_cli
if [ ! -f "$work/ewt-10m.conllu" ]; then
  cat "$shared"/en_ewt-ud-{dev,test}.conllu > "$work/ewt.conllu"
  per=$(grep -cP '^\d+\t' "$work/ewt.conllu")
  copies=$(( (10000000 + per - 1) / per ))
  for _ in $(seq "$copies"); do cat "$work/ewt.conllu"; done > "$work/ewt-10m.conllu.tmp" && mv "$work/ewt-10m.conllu.tmp" "$work/ewt-10m.conllu"
fi
tokens=$(grep -cP '^\d+\t' "$work/ewt-10m.conllu")
echo "input: $tokens tokens, $(du -m "$work/ewt-10m.conllu" | cut -f1) MB"
head -2 "$attested/eng-spa.tsv" > "$work/one.tsv"
measure() {  # label, lexicon, extra args...
  local label="$1" lexicon="$2"; shift 2
  local times=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" taskset -c 0 "$exe" synth labelled --source-lang eng --target-lang spa \
      --lexicon "$lexicon" --in "$work/ewt-10m.conllu" --out "$work/out.conllu" "$@" >/dev/null 2>"$work/stats.txt"
    read -r t m u k < "$work/time.txt"; times+=("$t"); rss+=("$m"); cpus+=("$(awk -v u="$u" -v k="$k" 'BEGIN {print u + k}')")
  done
  local t; t=$(printf '%s\n' "${times[@]}" | median)
  local c; c=$(printf '%s\n' "${cpus[@]}" | median)
  local m; m=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  awk -v l="$label" -v t="$t" -v c="$c" -v n="$tokens" -v m="$m" -v all="${times[*]}" \
    'BEGIN {printf "%-28s wall median %.2f s (%s) = %.2f M tokens/s; CPU median %.2f s = %.2f M tokens/s; peak RSS %.0f MiB\n", l, t, all, n / t / 1e6, c, n / c / 1e6, m / 1024}'
  tail -1 "$work/stats.txt"
  echo "output sha256 $(sha256sum "$work/out.conllu" | cut -d' ' -f1)"
}
measure "lexicon only" "$attested/eng-spa.tsv"
measure "with re-inflection" "$attested/eng-spa.tsv" --unimorph "$attested/spa-all.trn" --inflector "$attested/spa-model"
measure "peer: one-entry lexicon" "$work/one.tsv"
