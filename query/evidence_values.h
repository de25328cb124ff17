// evidence(r): the sentences behind an edge, as query values.
#pragma once

#include "query/expression_evaluator.h"
#include "schema/store.h"

namespace kg::query {

// A lookup reading a triple's evidence from `store` as a list of maps
// {document, date, sentence, phrase, span: {start, end}, rule, modality,
// source}; a field the row has not is null.
EvidenceLookup EvidenceFromStore(Store& store);

}  // namespace kg::query
