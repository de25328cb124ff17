// NewsStyleCopies: training sentences rewritten into two constructions of
// wire copy that UD English EWT (web text: reviews, e-mail, forums) almost
// never has, so that a parser trained on EWT alone misreads them in news:
//
//   - a time expression between the subject and its verb, "The Security
//     Council today agreed", "Israel on Tuesday rejected": trained on EWT
//     alone, the parser makes "today" a second subject and the event loses
//     its agent. EWT annotates "today" as obl:unmarked and "on Tuesday" as
//     obl of the verb, and so do the copies.
//   - a nationality and a title before a person's name, "Iraqi President
//     Saddam Hussein accused": EWT has a handful; the parser attaches the
//     nationality to the verb. EWT annotates them as amod and nmod:desc of
//     the name, and so do the copies.
//
// Each copy is a gold training sentence with the inserted words annotated as
// EWT annotates them; every other word keeps its gold annotation, so a copy
// teaches the construction without teaching anything EWT does not say. The
// originals are not changed. Deterministic: the same sentences, share and
// seed give the same copies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "schema/sentence.h"

namespace kg::syntax {

struct NewsStyleOptions {
  // The share of the sentences that have a place for a construction that
  // get a copy; 0 makes none.
  double share = 0.0;
  uint64_t seed = 1;
};

struct NewsStyleCopySet {
  std::vector<Sentence> copies;
  std::vector<size_t> origin;  // origin[i]: the index in the input of the sentence copies[i] was made from
};

NewsStyleCopySet NewsStyleCopies(const std::vector<Sentence>& train, const NewsStyleOptions& options);

}  // namespace kg::syntax
