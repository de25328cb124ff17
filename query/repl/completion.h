// Tab completion: what may stand where the cursor is.
//
// Pure functions of the text before the cursor and the words the database
// offers, so that they are tested without a terminal; line_editor.cpp only
// applies their answer to libedit's buffer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::repl {

// The vocabulary completion draws from, refreshed when the graph reloads.
struct CompletionWords {
  std::vector<std::string> keywords;        // of the query language
  std::vector<std::string> labels;          // node labels, e.g. Country
  std::vector<std::string> predicates;      // relationship types, e.g. criticizes
  std::vector<std::string> entities;        // canonical entity names
  std::vector<std::string> export_formats;  // what :export writes
  std::vector<std::string> node_properties;  // a.name, a.type …
  std::vector<std::string> edge_properties;  // r.count, r.first_date …
};

struct Completion {
  size_t start = 0;                     // where the word being completed begins
  // Each replaces text[start, cursor); unique, bare names sorted before
  // quoted ones ("Israel" before "\"Israel Defense Forces\"").
  std::vector<std::string> candidates;
};

// The keywords and function names of the query language (the subset
// query/parser.cpp and query/binder.cpp accept), in their usual spelling.
const std::vector<std::string>& QueryKeywords();

// `before_cursor` is the current line up to the cursor.
Completion Complete(std::string_view before_cursor, const CompletionWords& words);

// What one Tab can insert: the longest prefix all candidates share. When
// bare and quoted names mix (Israel, "Israel Defense Forces"), the names
// are compared without their opening quote, and the prefix opens one only
// when it needs it (a blank in it).
std::string CommonPrefix(const std::vector<std::string>& candidates);

}  // namespace kg::repl
