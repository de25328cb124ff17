// Writing CoNLL-U: a sentence read by ConlluReader back to the same bytes,
// or a sentence the pipeline made from a document, for the parser's output
// and for scoring it against a treebank.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "ingest/conllu/conllu_sentence.h"
#include "schema/document.h"
#include "schema/sentence.h"

namespace kg::ingest {

// Appends `sentence`: its comments ("# " + comment, "#" for an empty one),
// then per word the line of a multiword token starting there, the word's
// line and the empty nodes after it, then a blank line. The annotation
// columns come from the Tokens (so a re-tagged sentence writes its new
// tags, "_" where a field is empty), DEPS, MISC and the multiword columns
// from the raw copies; a word without a MISC copy gets SpaceAfter=No from
// Token::space_after. Tabs and line breaks inside a field become spaces,
// so that no field can break the line.
void AppendConllu(const ConlluSentence& sentence, std::string& out);
void WriteConllu(const ConlluSentence& sentence, std::ostream& out);

// Appends a sentence the pipeline segmented (and perhaps tagged and parsed)
// from `document`: "# sent_id = <sent_id>", "# text = " its text (line
// breaks as spaces), its words with "_" for what no stage filled, and MISC
// "SpaceAfter=No" where no space follows and "TokenRange=START:END", the
// code-point span in Document::text, on each surface token (a multiword
// token's line carries both, its words none).
void AppendPipelineConllu(const kg::Document& document, const kg::Sentence& sentence, std::string_view sent_id,
                          std::string& out);
void WritePipelineConllu(const kg::Document& document, const kg::Sentence& sentence, std::string_view sent_id,
                         std::ostream& out);

}  // namespace kg::ingest
