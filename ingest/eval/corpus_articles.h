// CorpusArticles: the whole articles eval records come from, so that a
// record is scored as kgraph reads it in real use, in its article (the
// dateline, earlier mentions of a person, the country the article is
// about). A corpus folder holds JSON Lines files of articles with an "id"
// and a "text" (../shared/corpus/wikinews).
#pragma once

#include <set>
#include <string>

#include "schema/status.h"

namespace kg::ingest::eval {

// Copies the lines of the *.jsonl files of `corpus_dir` whose "id" is in
// `ids` to `out_path`, each once; returns the ids found. A file that cannot be
// read, or a line that is not JSON, fails naming FILE:LINE.
Result<std::set<std::string>> CollectArticles(const std::string& corpus_dir, const std::set<std::string>& ids,
                            const std::string& out_path);

// Whether an evidence sentence is the record's sentence: one contains the
// other once runs of white space are one space (the record may be a part
// of a sentence as segmented, or span two).
bool SameSentence(const std::string& evidence, const std::string& record);

}  // namespace kg::ingest::eval
