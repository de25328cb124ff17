// SubjectRepair: mends the two ways the parser splits the subject of wire
// copy, a construction its training treebank (EWT: web text, reviews,
// e-mail) almost never shows, so no amount of training on it teaches it.
//
//   * A time word between subject and verb ("Denmark today accepted",
//     "The Security Council today agreed") is parsed as the subject, with
//     the real subject as its compound or as a second subject. EWT
//     annotates such a word obl:unmarked; the repair does too and gives
//     the verb back its subject.
//   * A long title chain ("Kyrgyz Prime Minister Nikolai Tanaev received",
//     "European Community foreign ministers demanded", "Israel's Cabinet
//     met") is cut in two, both halves subjects of the verb. The left half
//     is made a modifier of the right one (amod, nmod:poss or compound), as
//     EWT annotates such chains; where the left half ends in a conjunct
//     ("Libyan leader Muammar Gaddafi and Bulgarian | President Todor
//     Zhivkov"), that conjunct modifies the right half, which becomes the
//     conjunct.
//
// A UD predicate has one subject, so two subjects on one verb is always a
// parse error; the repair only touches that case and the time-word subject,
// and only where the halves are adjacent and hold no verb or clause
// punctuation, so a reported-speech inversion or a relative clause is left
// as parsed. It runs after the parser in SyntaxModel::Annotate, so what
// `kg parse` shows and `kg parse --eval` scores is what the extractor reads.
#pragma once

#include "schema/sentence.h"

namespace kg::syntax {

// Re-attaches words of a parsed sentence in place; returns how many words
// got a new head or relation. A sentence without heads is left alone.
int RepairSubjects(Sentence& sentence);

}  // namespace kg::syntax
