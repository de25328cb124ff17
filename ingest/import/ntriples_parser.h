// N-Triples (W3C RDF 1.1): `<s> <p> <o> .`, `<s> <p> "literal"@en .`,
// blank nodes `_:b0`, comments `# ...`. kgraph stores names, not IRIs, by
// the mapping the N-Triples export writes (schema/rdf_names.h):
//   - an IRI names its local part: the text after the last '#', else after
//     the last '/', else after the last ':', percent-decoded; for entities
//     '_' becomes a space (<http://dbpedia.org/resource/Ban_Ki-moon> is
//     "Ban Ki-moon"), predicates keep it (<http://ex.org/cooperates_with>);
//   - a literal names its lexical form (language tag and datatype dropped);
//   - a blank node keeps its label with the prefix: "_:b0";
//   - rdfs:label and rdf:type lines relate nothing: they name the subject
//     (rdf:type of a kgraph entity type, <.../type/country>, types it);
//   - a predicate "not_<p>" is the negated triple of <p>.
// See docs/import.md.
#pragma once

#include <string>

#include "ingest/import/import_record.h"

namespace kg::ingest {

class NTriplesParser : public LineParser {
 public:
  Result<bool> Parse(std::string_view line, ImportRecord& record) override;

 private:
  std::string subject_, predicate_, object_, type_;  // the record points into these
};

// The name kgraph gives an IRI (exposed for tests). `entity` selects the
// '_' to space rule. Fails on a percent-escape that is not UTF-8.
Result<std::string> NameFromIri(std::string_view iri, bool entity);

}  // namespace kg::ingest
