-- kgraph schema, version 5: how each actor mention was coded, and its sector.
-- coded_by: the evidence the recogniser placed the mention by (lexicon,
-- nationality_modifier, possessive, of_phrase, place_phrase, apposition,
-- organisation_name, subnational_place, dateline, document_country,
-- sentence_country, antecedent, none: ingest/actors/mention_coding.h); NULL
-- for mentions stored before version 5, read as "unknown".
-- sector: the part of the state the mention acts as (GOV, MIL ...), which
-- may differ from its entity's ("Russia's Foreign Minister" is Russia, GOV);
-- NULL when none, and for mentions stored before version 5.
ALTER TABLE mentions ADD COLUMN coded_by TEXT;
ALTER TABLE mentions ADD COLUMN sector TEXT;
