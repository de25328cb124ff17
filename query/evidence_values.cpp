#include "query/evidence_values.h"

#include <memory>

#include "schema/evidence_reader.h"

namespace kg::query {
namespace {

// Most evidence rows evidence(r) returns for one relationship.
constexpr int kMaxEvidencePerEdge = 1000;

Value OptionalText(const std::string& s) { return s.empty() ? Value() : Value::String(s); }

}  // namespace

EvidenceLookup EvidenceFromStore(Store& store) {
  // The reader (a prepared statement) is made on first use and shared by
  // the copies of the lookup.
  auto reader = std::make_shared<std::unique_ptr<EvidenceReader>>();
  return [&store, reader](int64_t triple_id) -> Result<Value> {
    if (!*reader) {
      KG_ASSIGN_OR_RETURN(*reader, EvidenceReader::Create(store));
    }
    KG_ASSIGN_OR_RETURN(auto rows, (*reader)->ForTriple(triple_id, kMaxEvidencePerEdge));
    ValueList out;
    for (const auto& e : rows) {
      out.push_back(Value::Map({{"document", OptionalText(e.doc_key)},
                                {"date", OptionalText(e.date)},
                                {"sentence", OptionalText(e.sentence)},
                                {"source", OptionalText(e.source)}}));
    }
    return Value::List(std::move(out));
  };
}

}  // namespace kg::query
