#!/usr/bin/env bash
# The quick start: installs what is missing, builds kgraph, then builds a graph
# from the seed article and the Wikinews articles and asks it a few questions.
#
#   samples/demo.sh            # database in build/demo.db
set -euo pipefail
cd "$(dirname "$0")/.."

.ci/setup.sh build >/dev/null
KG=build/kg
DB=build/demo.db
rm -f "$DB" "$DB-wal" "$DB-shm"

run() { echo; echo "\$ kg $*"; "$KG" --db "$DB" "$@"; }

# Exit code 3 means some input was skipped (it says which); the demo goes on.
run ingest samples/seed-article.txt samples/wikinews/ || [ $? -eq 3 ]
run stats
run query "MATCH (a)-[r]->(b:Country {name: 'Russia'}) RETURN a.name AS actor, type(r) AS predicate, r.count AS evidence ORDER BY evidence DESC LIMIT 10"
run query "MATCH (a)-[r]->(b) WHERE a.name IN ['Israel', 'Russia', 'United States'] RETURN a.name, type(r), b.name, r.category ORDER BY a.name LIMIT 20"
run path Israel Iran --evidence
run neighbours Russia --depth 2 | head -25
run rank --by pagerank --top 10
echo; echo "demo: the database is $DB; try: $KG --db $DB repl"
