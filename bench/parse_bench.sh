#!/usr/bin/env bash
# Syntax benchmark: accuracy, speed and memory of the tokenizer + tagger +
# lemmatizer + parser, with the Debian link-grammar parser (liblink-grammar,
# English dictionary) parsing the same sentences in the same run.
#
#   bench/parse_bench.sh [BUILD_DIR]      (default: build)
#
# Prints:
#   - CoNLL 2018 scores on UD English EWT test (held out: report these once
#     per model, never tune on them): gold tokenization and raw text;
#   - words/s of `kg parse` (tokenize + tag + lemmatise + parse, one core,
#     CoNLL-U written) on $COPIES copies of EWT test's raw text, its start-up
#     (measured alone) taken off, and of link-parser on the first
#     $LG_SENTENCES sentences of it (it is far slower), and the ratio;
#   - peak memory of kg parse, its model load time (kg parse --info) and its
#     whole start-up (kg parse of a one-word input), medians of 5.
# env: KG_SHARED_DIR (default ../shared beside the project root). EWT is
#      never part of the project: without it the benchmark says so and
#      exits 0. LG_SENTENCES (default 300), COPIES (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
KG=$BUILD/kg
SHARED=${KG_SHARED_DIR:-../shared}
TEST=$SHARED/treebanks/UD_English-EWT/en_ewt-ud-test.conllu
LG_SENTENCES=${LG_SENTENCES:-300}
COPIES=${COPIES:-4}
[ -f "$TEST" ] || { echo "parse_bench: skipped: $TEST not found (the treebank lives in the shared data folder, not in the project; set KG_SHARED_DIR)"; exit 0; }
[ -x "$KG" ] || { echo "parse_bench: $KG not found; build first (.ci/setup.sh $BUILD)" >&2; exit 1; }
if ! command -v link-parser >/dev/null; then
  echo "parse_bench: installing link-grammar (Debian) for the comparison" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    link-grammar link-grammar-dictionaries-en time >/dev/null || echo "parse_bench: link-grammar unavailable; its column is skipped" >&2
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
ONE_CORE=()
command -v taskset >/dev/null && ONE_CORE=(taskset -c 0)

echo "== accuracy on EWT test (held out), CoNLL 2018 evaluation"
"$KG" parse --eval "$TEST"

# The raw text, one paragraph per sentence, as a user's plain-text file.
grep '^# text = ' "$TEST" | sed 's/^# text = //' | awk '{ print; print "" }' > "$TMP/test.txt"
words=$(wc -w < "$TMP/test.txt")
head -n $((2 * LG_SENTENCES)) "$TMP/test.txt" | grep -v '^$' > "$TMP/lg.txt"
lg_words=$(wc -w < "$TMP/lg.txt")

loads=() starts=()
for _ in 1 2 3 4 5; do
  loads+=("$("$KG" parse --info | awk '/^loaded in/ { print $3 }')")
  start=$(now)
  # One word, not an empty input: kg parse refuses an empty one (exit 1).
  echo "Yes." | "${ONE_CORE[@]}" "$KG" parse --format conllu - > /dev/null
  starts+=("$(calc "$(now) - $start")")
done
median() { printf '%s\n' "$@" | sort -g | sed -n 3p; }
load=$(median "${loads[@]}")
startup=$(median "${starts[@]}")

echo
echo "== speed, one core: EWT test's raw text, $COPIES copies ($((COPIES * words)) words)"
for _ in $(seq "$COPIES"); do cat "$TMP/test.txt"; done > "$TMP/copies.txt"
start=$(now)
/usr/bin/time -f '%M' -o "$TMP/kg.mem" "${ONE_CORE[@]}" "$KG" parse --format conllu "$TMP/copies.txt" > "$TMP/test.conllu"
kg_s=$(calc "$(now) - $start")
kg_wps=$(calc "$COPIES * $words / ($kg_s - $startup)")
printf 'kg parse      %7d words  %7.2f s, of which %.2f s start-up  %9.0f words/s  peak %d MiB\n' \
  "$((COPIES * words))" "$kg_s" "$startup" "$kg_wps" "$(( $(cat "$TMP/kg.mem") / 1024 ))"
printf 'model load    %.3f s (median of 5, kg parse --info)\n' "$load"
printf 'start-up      %.3f s (median of 5: kg parse of one word: process, lexicons, ICU and model)\n' "$startup"

if command -v link-parser >/dev/null; then
  lg() { "${ONE_CORE[@]}" link-parser en -batch -graphics=0 -verbosity=0 -timeout=10 > /dev/null 2>&1 || true; }
  start=$(now)
  lg < /dev/null
  lg_startup=$(calc "$(now) - $start")
  start=$(now)
  lg < "$TMP/lg.txt"
  lg_s=$(calc "$(now) - $start")
  lg_wps=$(calc "$lg_words / ($lg_s - $lg_startup)")
  printf 'link-parser   %7d words  %7.2f s, of which %.2f s start-up  %9.0f words/s  (first %d sentences)\n' \
    "$lg_words" "$lg_s" "$lg_startup" "$lg_wps" "$LG_SENTENCES"
  printf 'ratio         kg parse is %.1fx link-parser\n' "$(calc "$kg_wps / $lg_wps")"
fi
