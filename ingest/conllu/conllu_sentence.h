// ConlluSentence: one sentence of a CoNLL-U file (Universal Dependencies),
// as kg::Sentence plus what kg::Sentence does not model, kept verbatim so
// that writing it back gives the same bytes.
//
// kg::Sentence holds the syntactic words (one Token per word line, Token::head
// a 0-based index) and the multiword tokens ("3-4" lines). The rest of the
// format, comments, empty nodes ("5.1" lines, which belong to the enhanced
// graph only), DEPS and MISC, stays here as raw text: kgraph reads none of
// it except SpaceAfter=No, and a raw copy is what makes the round trip exact.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "schema/sentence.h"

namespace kg::ingest {

// The ten tab-separated columns of a CoNLL-U line, ID first.
using ConlluColumns = std::array<std::string, 10>;
enum ConlluColumn { kId, kForm, kLemma, kUpos, kXpos, kFeats, kHead, kDeprel, kDeps, kMisc };

// An empty node: a word of the enhanced graph that is not in the basic tree.
struct EmptyNode {
  int after_word = 0;     // words before it: "5.1" follows word 5, "0.1" precedes word 1
  ConlluColumns columns;  // as read, ID included
};

// The columns of a multiword token line that kg::MultiwordToken does not
// hold; UD leaves every other column of such a line "_".
struct MultiwordColumns {
  std::string feats = "_";  // raw; UD allows only Typo=Yes here
  std::string misc = "_";   // raw; SpaceAfter=No of the surface token lives here
};

struct ConlluSentence {
  kg::Sentence sentence;
  // The comment lines in order, each without its "#" and the one space after
  // it: "# sent_id = a-1" is "sent_id = a-1", a bare "#" is "".
  std::vector<std::string> comments;
  // The "# text" value, or when there is none (or it is empty) the surface
  // forms joined as SpaceAfter says. Token::bytes/chars and Sentence::bytes/chars index it.
  std::string text;
  std::vector<EmptyNode> empty_nodes;               // in file order
  std::vector<std::string> deps, misc;              // per Token, raw ("_" for none)
  std::vector<MultiwordColumns> multiword_columns;  // per Sentence::multiwords entry

  // The value of the comment "key = value", empty when there is none.
  std::string_view Comment(std::string_view key) const;
  std::string_view SentId() const { return Comment("sent_id"); }
};

// The value of `key` in a MISC column ("SpaceAfter=No|X=1", "SpaceAfter"
// -> "No"), empty when absent.
std::string_view MiscValue(std::string_view misc, std::string_view key);

}  // namespace kg::ingest
