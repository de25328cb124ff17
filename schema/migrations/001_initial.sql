-- kgraph schema, version 1.
-- Character offsets (start, end) are half-open spans counted in Unicode code
-- points of documents.text, so SQLite's substr() and most languages' string
-- slicing read the same text back.

CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  doc_key       TEXT NOT NULL UNIQUE,     -- the document's own id, or its path
  source        TEXT,                     -- path or URI it was read from
  url           TEXT,
  title         TEXT,
  date          TEXT,                     -- ISO 8601 day, YYYY-MM-DD
  dateline      TEXT,                     -- "Jerusalem, December 10"
  format        TEXT NOT NULL,            -- article | text | jsonl
  content_hash  TEXT NOT NULL UNIQUE,     -- makes re-ingesting a no-op
  text          TEXT NOT NULL,
  ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The "Sources:" section of an article.
CREATE TABLE document_sources (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  name          TEXT NOT NULL,
  url           TEXT,
  PRIMARY KEY (document_id, position)
) WITHOUT ROWID;

CREATE TABLE sentences (
  id            INTEGER PRIMARY KEY,
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx           INTEGER NOT NULL,         -- 0-based position in the document
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  section       TEXT NOT NULL DEFAULT 'body',  -- title | body | faq
  UNIQUE (document_id, idx)
);

CREATE TABLE entities (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,     -- canonical name
  type          TEXT NOT NULL DEFAULT 'other'
                CHECK (type IN ('country', 'person', 'organization', 'location', 'other')),
  code          TEXT,                     -- ISO 3166 alpha-3, IGO, NGO, IMG ...
  sector        TEXT,                     -- GOV, MIL, ... where a part of a state acts
  attributes    TEXT                      -- JSON object, NULL when empty
);

-- Surface forms that name an entity ("Moscow", "the Kremlin" -> Russia).
CREATE TABLE aliases (
  alias         TEXT NOT NULL COLLATE NOCASE,
  entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;
CREATE INDEX aliases_entity ON aliases(entity_id);

CREATE TABLE mentions (
  id            INTEGER PRIMARY KEY,
  entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  surface       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);

CREATE TABLE predicates (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,     -- criticizes, vetoes, cooperates_with ...
  category      TEXT,                     -- PLOVER event category, e.g. DISAPPROVE
  cameo         TEXT                      -- CAMEO root, e.g. '11'
);

-- One row per distinct assertion; evidence rows say where it was found.
CREATE TABLE triples (
  id             INTEGER PRIMARY KEY,
  subject_id     INTEGER NOT NULL REFERENCES entities(id),
  predicate_id   INTEGER NOT NULL REFERENCES predicates(id),
  object_id      INTEGER NOT NULL REFERENCES entities(id),
  level          TEXT NOT NULL DEFAULT 'actor' CHECK (level IN ('actor', 'mention')),
  negated        INTEGER NOT NULL DEFAULT 0 CHECK (negated IN (0, 1)),
  confidence     REAL,
  first_date     TEXT,
  last_date      TEXT,
  -- Kept equal to the number of evidence rows plus imported assertions
  -- without evidence, so the graph loads edge weights without a join.
  evidence_count INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX triples_spo ON triples(subject_id, predicate_id, object_id, level, negated);
CREATE INDEX triples_object ON triples(object_id);

CREATE TABLE evidence (
  id            INTEGER PRIMARY KEY,
  triple_id     INTEGER NOT NULL REFERENCES triples(id) ON DELETE CASCADE,
  document_id   INTEGER REFERENCES documents(id) ON DELETE CASCADE,
  sentence_id   INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
  start         INTEGER,                  -- span of the surface phrase in the document
  end           INTEGER,
  phrase        TEXT,                     -- "expressed his disapproval of"
  rule          TEXT,                     -- extraction rule, or 'import'
  date          TEXT,
  source        TEXT                      -- for imports: FILE:LINE
);
CREATE INDEX evidence_triple ON evidence(triple_id);
CREATE INDEX evidence_document ON evidence(document_id);
