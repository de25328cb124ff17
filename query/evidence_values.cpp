#include "query/evidence_values.h"

#include <memory>
#include <mutex>

#include "schema/evidence_reader.h"

namespace kg::query {
namespace {

// Most evidence rows evidence(r) returns for one relationship.
constexpr int kMaxEvidencePerEdge = 1000;

Value OptionalText(const std::string& s) { return s.empty() ? Value() : Value::String(s); }

}  // namespace

EvidenceLookup EvidenceFromStore(Store& store) {
  // The reader (a prepared statement) is made on first use and shared by
  // the copies of the lookup; statements running at once take turns.
  struct Shared {
    std::mutex mutex;
    std::unique_ptr<EvidenceReader> reader;
  };
  auto shared = std::make_shared<Shared>();
  return [&store, shared](int64_t triple_id) -> Result<Value> {
    std::lock_guard lock(shared->mutex);
    if (!shared->reader) {
      KG_ASSIGN_OR_RETURN(shared->reader, EvidenceReader::Create(store));
    }
    KG_ASSIGN_OR_RETURN(auto rows, shared->reader->ForTriple(triple_id, kMaxEvidencePerEdge));
    ValueList out;
    for (const auto& e : rows) {
      Value span;
      if (e.start && e.end) span = Value::Map({{"start", Value::Int(*e.start)}, {"end", Value::Int(*e.end)}});
      out.push_back(Value::Map({{"document", OptionalText(e.doc_key)},
                                {"date", OptionalText(e.date)},
                                {"sentence", OptionalText(e.sentence)},
                                {"phrase", OptionalText(e.phrase)},
                                {"span", std::move(span)},
                                {"rule", OptionalText(e.rule)},
                                {"modality", OptionalText(e.modality)},
                                {"source", OptionalText(e.source)}}));
    }
    return Value::List(std::move(out));
  };
}

}  // namespace kg::query
