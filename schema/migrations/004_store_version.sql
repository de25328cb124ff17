-- kgraph schema, version 4: the store's data version.
-- A graph snapshot (graph/graph_snapshot.h) is a copy of the store's graph in
-- a file beside it; it may be used only while the store holds exactly the
-- data it was made from. data_version is raised by one inside every write
-- transaction kgraph commits (Transaction::Commit, through the statement
-- Store::Open installs), so it changes with every write and is rolled back
-- with a failed one. store_id tells one store from another whose counter
-- happens to be equal (a store deleted and made again under the same path).
-- Writes made with other tools must raise data_version themselves:
--   UPDATE store_version SET data_version = data_version + 1;
CREATE TABLE store_version (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  store_id      INTEGER NOT NULL,
  data_version  INTEGER NOT NULL
);
INSERT INTO store_version(id, store_id, data_version) VALUES (1, random(), 1);
