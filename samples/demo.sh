#!/usr/bin/env bash
# The quick start: installs what is missing, builds kgraph, then builds a graph
# from the seed article and the Wikinews articles and asks it a few questions.
#
#   samples/demo.sh            # database in build/demo.db
set -euo pipefail
cd "$(dirname "$0")/.."

.ci/setup.sh build
KG=build/kg
DB=build/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"

# Subcommands still being built are skipped, never faked.
has() { "$KG" --help 2>/dev/null | grep -qE "^[[:space:]]+$1([[:space:]]|$)"; }
run() { echo; echo "\$ kg $*"; "$KG" --db "$DB" "$@"; }

# Exit code 3 means some input was skipped (it says which); the demo goes on.
run ingest samples/seed-article.txt samples/wikinews/ || [ $? -eq 3 ]
run stats

if has export; then
  echo; echo "\$ kg export --format jsonl | grep seed-article   # the seed article's actor-level triples"
  "$KG" --db "$DB" export --format jsonl | grep 'seed-article' || echo "(none)"
fi
if has query; then
  run query "MATCH (a)-[r]->(b) WHERE a.name = 'Israel' RETURN a.name, type(r), b.name LIMIT 10" || true
fi
if has path; then run path Israel Iran || true; fi
if has neighbours; then run neighbours Russia --depth 2 || true; fi
echo; echo "demo: the database is $DB; try: $KG --db $DB --help"
