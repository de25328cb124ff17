-- kgraph schema, version 3: what the sentence says of each event.
-- modality: asserted | reported | negated | hypothetical | questioned |
-- intended | cancelled (ingest/events/modality.h); NULL for imports and for
-- evidence stored before version 3. frame: the dependency path from the
-- agent to the trigger to the patient ("nsubj criticize obj"), NULL when
-- the triple was not found by an event frame.
ALTER TABLE evidence ADD COLUMN modality TEXT;
ALTER TABLE evidence ADD COLUMN frame TEXT;
