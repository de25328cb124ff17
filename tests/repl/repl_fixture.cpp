#include "tests/repl/repl_fixture.h"

#include <stdexcept>

#include "schema/store.h"
#include "schema/triple_writer.h"

namespace kg::test {
namespace {

template <typename T>
T Must(Result<T> result) {
  if (!result.ok()) throw std::runtime_error(result.status().message());
  return std::move(result).value();
}

void Must(const Status& status) {
  if (!status.ok()) throw std::runtime_error(status.message());
}

}  // namespace

void MakeReplDatabase(const std::string& db_path, int filler) {
  auto store = Must(Store::Open(db_path, StoreOptions{}));
  auto tx = Must(Transaction::Begin(store->db()));
  auto writer = Must(TripleWriter::Create(*store));
  auto country = [&](const char* name, const char* code) {
    EntitySpec spec;
    spec.name = name;
    spec.type = "country";
    spec.code = code;
    return Must(writer->Entity(spec));
  };
  int64_t israel = country("Israel", "ISR");
  int64_t iran = country("Iran", "IRN");
  int64_t russia = country("Russia", "RUS");
  int64_t usa = country("United States", "USA");
  int64_t uk = country("United Kingdom", "GBR");
  // Shares its start with Israel, as real graphs have such names: Tab on
  // "Isr" must still complete to Israel.
  EntitySpec idf;
  idf.name = "Israel Defense Forces";
  idf.type = "organization";
  Must(writer->Entity(idf));
  int64_t criticizes = Must(writer->Predicate({"criticizes", "DISAPPROVE", "11"}));
  int64_t cooperates = Must(writer->Predicate({"cooperates_with", "COOPERATE", "06"}));
  auto relate = [&](int64_t s, int64_t p, int64_t o, const char* phrase) {
    EvidenceSpec evidence;
    evidence.phrase = phrase;
    evidence.rule = "test";
    evidence.date = "2024-01-02";
    Must(writer->Triple(s, p, o, "actor", false, std::nullopt, std::string("2024-01-02"), &evidence));
  };
  relate(israel, criticizes, russia, "expressed his disapproval of");
  relate(iran, criticizes, israel, "condemned");
  relate(usa, cooperates, uk, "worked with");
  relate(uk, cooperates, israel, "signed an agreement with");
  for (int i = 0; i < filler; ++i) {
    EntitySpec spec;
    spec.name = "Filler " + std::to_string(i);
    Must(writer->Entity(spec));
  }
  Must(tx.Commit());
  store->NoteOwnWrite();
}

}  // namespace kg::test
