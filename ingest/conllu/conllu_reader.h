// ConlluReader: CoNLL-U (https://universaldependencies.org/format.html),
// one sentence at a time, so that a 200k-word treebank streams through
// without being held whole.
//
// The reader checks what the rest of kgraph relies on and refuses anything
// else with "FILE:LINE: what is wrong" (FILE is the `origin` given): ten
// tab-separated non-empty columns, valid UTF-8, word IDs 1, 2, 3 … in order,
// multiword ranges that start at the next word and are followed by all their
// words, empty nodes in place, HEAD "_" or a word of the sentence, comments
// only before the first word line, one blank line after each sentence (the
// last one may lack it), FORMs that spell out "# text". CRLF line ends are
// read as LF.
//
// What it fills (see ConlluSentence): "_" becomes an empty string in
// Token::lemma/upos/xpos/feats/deprel and kNoHead in Token::head; FORM is
// kept as written ("_" is a word). Token::text is FORM with typographic
// punctuation made ASCII (NormalizePunctuation). Spans index
// ConlluSentence::text: the words of a multiword token whose forms spell it
// ("do" + "n't") get their parts of its span, others ("del" = "de" + "el")
// the whole span. Sentence::index counts sentences from 0 in the file.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "ingest/conllu/conllu_sentence.h"
#include "schema/status.h"

namespace kg::ingest {

class ConlluReader {
 public:
  // `origin` names the input in messages: a path, or "-" for stdin.
  ConlluReader(std::istream& in, std::string origin);

  // Reads the next sentence into `sentence`: true when there was one, false
  // at the end of the input, an error for a malformed line (after which the
  // reader is not to be used again).
  Result<bool> Next(ConlluSentence& sentence);

 private:
  bool ReadLine();  // the next line into line_, without its end; false at EOF

  std::istream& in_;
  std::string origin_;
  std::string line_;
  int line_number_ = 0;
  int sentence_index_ = 0;
};

// Every sentence of the file at `path`; NotFound when it cannot be opened.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

}  // namespace kg::ingest
