// Binder: AST -> BoundQuery. Resolves variables to row slots, labels to
// entity types, relationship types to the graph's predicates, properties
// and functions to enums, checks arity and the types it can know before
// running, and splits WHERE on AND. Every error points at the text.
#pragma once

#include <string_view>

#include "query/ast.h"
#include "query/bound_query.h"
#include "schema/status.h"

namespace kg::graph {
class KnowledgeGraph;
}

namespace kg::query {

// `text` is the statement the AST was parsed from (for error carets).
// `graph` resolves relationship types: a type the graph has no edge
// predicate for is an error naming the closest known types (a typo would
// otherwise silently match nothing).
Result<BoundQuery> Bind(const ast::Statement& statement, std::string_view text,
                        const graph::KnowledgeGraph& graph);

// Every function the binder knows, in its canonical spelling (toUpper).
std::vector<std::string> FunctionNames();

// The property keys of nodes (name, type …) and of relationships (count …).
std::vector<std::string> NodePropertyNames();
std::vector<std::string> EdgePropertyNames();

}  // namespace kg::query
