// RdfNames: the one mapping between kgraph's names and RDF IRIs, used by the
// N-Triples export (graph/ntriples_export.cpp) and the N-Triples import
// (ingest/import/ntriples_parser.cpp), so that an export imports back as
// the same graph: same names, same relations, no extra edges.
//
//   - an entity is <base>entity/<local>: spaces become '_' (the DBpedia and
//     Wikipedia convention: "New York" is New_York), a '_' of the name
//     becomes %5F, everything but RFC 3986 unreserved characters is
//     percent-encoded. Reading undoes each step, so every name survives;
//   - a predicate keeps '_' (cooperates_with) and is percent-encoded like
//     an entity otherwise; a negated triple's predicate is "not_<name>";
//   - rdfs:label and rdf:type describe an entity, they relate none.
#pragma once

#include <string>
#include <string_view>

namespace kg {

inline constexpr std::string_view kRdfsLabelIri = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kRdfTypeIri = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
// The predicate of a negated triple is this prefix and the predicate's name.
inline constexpr std::string_view kNegatedPredicatePrefix = "not_";

// Entities map spaces to '_'; predicates keep '_' as it is.
enum class IriNameKind { kEntity, kPredicate };

// The local part of an IRI for `name` (no base, no '<>').
std::string IriLocalPart(std::string_view name, IriNameKind kind);

// The local part of `iri`: the text after the last '#', else after the last
// '/', else after the last ':'; the whole IRI when it ends in one of them.
std::string_view LocalPartOf(std::string_view iri);

// The name of a local part: percent-escapes decoded (the bytes may not be
// UTF-8; the caller checks), and for entities '_' read as a space.
std::string NameOfLocalPart(std::string_view local, IriNameKind kind);

}  // namespace kg
