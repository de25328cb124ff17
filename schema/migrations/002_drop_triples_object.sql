-- kgraph schema, version 2: no index of triples by object.
-- No access path of kgraph reads triples by object: the graph is loaded
-- from the table in id order, evidence is found by triple id, upserts by
-- triples_spo, and entities are never deleted, so the foreign key from
-- object_id needs no child index either. triples_object was a sixth of the
-- file and a sixth of a bulk import's time. Ad hoc SQL by object still
-- works, as a scan (a fraction of a second at two million triples).
DROP INDEX IF EXISTS triples_object;
