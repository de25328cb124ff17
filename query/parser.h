// Parser: tokens -> AST, by recursive descent over the grammar in
// docs/query-language.md. A syntax error names line:column, echoes the line
// with a caret under the offending token and says what was expected.
#pragma once

#include <string_view>
#include <vector>

#include "query/ast.h"
#include "schema/status.h"

namespace kg::query {

// Parses exactly one statement (a trailing ';' is allowed).
// `origin`: where `text` begins in its script (see Tokenize).
Result<ast::Statement> ParseStatement(std::string_view text, SourcePos origin = {});

// The words of the statements this parser accepts (clauses, operators,
// literals, the shortest-path forms), as a user would type them; what the
// REPL completes. Words reserved for clauses not supported yet are left out.
std::vector<std::string_view> StatementKeywords();

}  // namespace kg::query
