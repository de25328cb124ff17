// MainVerbRetry: a sentence of news prose has a finite main verb. When the
// tagger reads the main verb of "Swiss doctors handed over medicine" or
// "The Hamas threatened Monday to resume" as a past participle (VBN), the
// parser can only make it a modifier of the subject ("doctors [who were]
// handed"), and the clause loses its event. EWT, whose web text has few
// such subjects, teaches the tagger that a VBN after a noun is common.
//
// The retry: when the parsed sentence's root clause has no finite verb, the
// first past participle that can be the main verb (a nominal before it, no
// verb or auxiliary before it, not after a determiner or adjective as in
// "the occupied territories", not before "by" as in "suspected by the West")
// is read as a past tense (VBD, with the tagger's features for it) and the
// sentence parsed again; the new parse is kept only when its root clause is
// finite. Titles are left alone: "Five killed in blast" is a headline's
// passive, not a past tense.
#pragma once

#include "schema/sentence.h"

namespace kg::syntax {

// Whether the root clause of a parsed sentence is finite: its root, or an
// auxiliary or copula of the root, is a finite verb (VBD, VBZ, VBP, MD).
bool HasFiniteMainClause(const Sentence& sentence);

// The past participle to read as the main verb, or -1 when none may be.
int MisreadMainVerb(const Sentence& sentence);

}  // namespace kg::syntax
