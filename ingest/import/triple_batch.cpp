#include "ingest/import/triple_batch.h"

#include <cmath>
#include <limits>

#include "ingest/readers/input_check.h"

namespace kg::ingest {
namespace {

Status CheckType(std::string_view type, const char* field) {
  if (type.empty() || IsEntityType(type)) return Status::Ok();
  return Status::InvalidInput(std::string(field) + " '" + std::string(type) +
                              "' is not an entity type (country, person, organization, location, "
                              "other)");
}

}  // namespace

std::string_view TripleBatch::Intern(std::string_view text) {
  if (text.empty()) return {};
  return values_.name(values_.Intern(text));
}

uint32_t TripleBatch::InternEntity(std::string_view name, std::string_view type) {
  uint32_t index = entity_names_.Intern(name);
  if (index == entities_.size()) {
    entities_.push_back({entity_names_.name(index), Intern(type)});
  } else if (BatchEntity& entity = entities_[index]; entity.type.empty() && !type.empty()) {
    // The first line that gives a type decides it, as TripleWriter does.
    entity.type = Intern(type);
  }
  return index;
}

uint32_t TripleBatch::InternPredicate(std::string_view name, std::string_view category,
                                      std::string_view cameo) {
  uint32_t index = predicate_names_.Intern(name);
  if (index == predicates_.size()) {
    predicates_.push_back({predicate_names_.name(index), Intern(category), Intern(cameo)});
    return index;
  }
  BatchPredicate& predicate = predicates_[index];
  if (predicate.category.empty()) predicate.category = Intern(category);
  if (predicate.cameo.empty()) predicate.cameo = Intern(cameo);
  return index;
}

Status TripleBatch::Add(const ImportRecord& record, std::string_view file, int64_t line) {
  KG_RETURN_IF_ERROR(CheckType(record.subject_type, "subject_type"));
  KG_RETURN_IF_ERROR(CheckType(record.object_type, "object_type"));
  BatchAssertion a;
  a.mention_level = default_mention_level_;
  if (!record.level.empty()) {
    if (record.level != "actor" && record.level != "mention") {
      return Status::InvalidInput("level '" + std::string(record.level) +
                                  "' is neither actor nor mention");
    }
    a.mention_level = record.level == "mention";
  }
  a.negated = record.negated.value_or(false);
  if (record.confidence && !(*record.confidence >= 0.0 && *record.confidence <= 1.0)) {
    return Status::InvalidInput("confidence must be between 0 and 1");
  }
  if (!record.date.empty() && !IsIsoDate(record.date)) {
    return Status::InvalidInput("date '" + std::string(record.date) + "' is not YYYY-MM-DD");
  }
  if (entities_.size() >= std::numeric_limits<uint32_t>::max() - 2) {
    return Status::LimitExceeded("too many distinct names for one import; split the file");
  }

  a.subject = InternEntity(record.subject, record.subject_type);
  a.object = InternEntity(record.object, record.object_type);
  a.predicate = InternPredicate(record.predicate, record.category, record.cameo);
  if (record.confidence || record.has_evidence()) {
    AssertionDetails d;
    d.confidence = record.confidence;
    d.date = Intern(record.date);
    if (record.has_evidence()) {
      EvidenceSpec e;
      e.rule = "import";
      e.source = record.source.empty() ? std::string(file) + ":" + std::to_string(line)
                                       : std::string(record.source);
      if (!record.date.empty()) e.date = std::string(record.date);
      if (!record.sentence.empty()) e.phrase = std::string(record.sentence);
      d.evidence = std::move(e);
    }
    a.details = static_cast<int32_t>(details_.size());
    details_.push_back(std::move(d));
  }
  assertions_.push_back(a);
  return Status::Ok();
}

}  // namespace kg::ingest
