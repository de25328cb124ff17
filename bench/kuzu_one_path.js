#!/usr/bin/env node
// One Kùzu process as a user would run it from a script: open an existing
// database (built by ../shared/bench/peer_kuzu.js) read-only, answer one
// shortest path, print its length. cold_bench.sh times it next to a
// whole-process `kg path`.
//
//   node bench/kuzu_one_path.js KUZU_MODULE DB A B
'use strict';

async function main() {
  const [moduleDir, dbPath, a, b] = process.argv.slice(2);
  if (!b) {
    console.error('usage: kuzu_one_path.js KUZU_MODULE DB A B');
    process.exit(2);
  }
  const kuzu = require(moduleDir);
  const db = new kuzu.Database(dbPath, 0, true, /*readOnly=*/ true);
  const conn = new kuzu.Connection(db);
  const stmt = await conn.prepare(
    'MATCH p = (a:Entity {name: $a})-[* SHORTEST 1..6]-(b:Entity {name: $b}) RETURN length(p) AS len');
  if (!stmt.isSuccess()) throw new Error(stmt.getErrorMessage());
  const rows = await (await conn.execute(stmt, {a, b})).getAll();
  console.log(rows.length ? Number(rows[0].len) : -1);
  db.closeSync();
}

main().catch((e) => {
  console.error(`kuzu_one_path: ${e.message}`);
  process.exit(1);
});
