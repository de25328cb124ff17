// evidence(r): the sentences behind an edge, as query values.
#pragma once

#include "query/expression_evaluator.h"
#include "schema/store.h"

namespace kg::query {

// A lookup reading a triple's evidence from `store` as a list of maps
// {document, date, sentence, source}.
EvidenceLookup EvidenceFromStore(Store& store);

}  // namespace kg::query
