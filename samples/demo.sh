#!/usr/bin/env bash
# The quick start: installs what is missing, builds kgraph, then builds a graph
# from the seed article, and from the Wikinews articles of the shared data
# folder when it is there, and asks it a few questions.
#
#   samples/demo.sh            # database in build/demo.db
#
# env: KG_SHARED_DIR (default: ../shared beside the project root), the shared
#      data folder; its corpus/wikinews is never part of the project, so
#      without it the demo runs on the seed article alone and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

.ci/setup.sh build >/dev/null
KG=build/kg
DB=build/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"
SHARED=${KG_SHARED_DIR:-../shared}
CORPUS=$SHARED/corpus/wikinews

run() { echo; echo "\$ kg $*"; "$KG" --db "$DB" "$@"; }

# Exit code 3 means some input was skipped (it says which); the demo goes on.
run ingest samples/seed-article.txt || [ $? -eq 3 ]
if [ -d "$CORPUS" ]; then
  run ingest "$CORPUS" || [ $? -eq 3 ]
else
  echo
  echo "demo: corpus step skipped: $CORPUS not found (the Wikinews corpus lives in the shared data folder," \
    "not in the project; set KG_SHARED_DIR to point at it); the graph is the seed article's alone"
fi
run stats
run query "MATCH (a)-[r]->(b:Country {name: 'Russia'}) RETURN a.name AS actor, type(r) AS predicate, r.count AS evidence ORDER BY evidence DESC LIMIT 10"
run query "MATCH (a)-[r]->(b) WHERE a.name IN ['Israel', 'Russia', 'United States'] RETURN a.name, type(r), b.name, r.category ORDER BY a.name LIMIT 20"
run path Israel Iran --evidence
run neighbours Russia --depth 2 | head -25
run rank --by pagerank --top 10
echo; echo "demo: the database is $DB; try: $KG --db $DB repl"
