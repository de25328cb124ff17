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

// Names are numbered by uint32_t; two per line may be new.
constexpr size_t kMaxNames = std::numeric_limits<uint32_t>::max() - 2;

Status TooManyNames() {
  return Status::LimitExceeded("too many distinct names for one import; split the file");
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
  // Most lines say neither (TSV never does): no lookup for them.
  if (predicate.category.empty() && !category.empty()) predicate.category = Intern(category);
  if (predicate.cameo.empty() && !cameo.empty()) predicate.cameo = Intern(cameo);
  return index;
}

Status TripleBatch::Add(const ImportRecord& record, std::string_view file, int64_t line) {
  KG_RETURN_IF_ERROR(CheckType(record.subject_type, "subject_type"));
  KG_RETURN_IF_ERROR(CheckType(record.object_type, "object_type"));
  if (entities_.size() >= kMaxNames) return TooManyNames();
  if (record.describes_subject_only) {
    InternEntity(record.subject, record.subject_type);
    return Status::Ok();
  }
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
    return Status::InvalidInput("date '" + std::string(record.date) + "' is not a date YYYY-MM-DD");
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

Status TripleBatch::Append(const TripleBatch& later) {
  if (entities_.size() + later.entities_.size() >= kMaxNames) return TooManyNames();
  std::vector<uint32_t> entity(later.entities_.size()), predicate(later.predicates_.size());
  for (size_t i = 0; i < entity.size(); ++i) {
    entity[i] = InternEntity(later.entities_[i].name, later.entities_[i].type);
  }
  for (size_t i = 0; i < predicate.size(); ++i) {
    const BatchPredicate& p = later.predicates_[i];
    predicate[i] = InternPredicate(p.name, p.category, p.cameo);
  }
  const auto details_offset = static_cast<int32_t>(details_.size());
  for (const AssertionDetails& d : later.details_) {
    details_.push_back(d);
    details_.back().date = Intern(d.date);  // `later` owns the original
  }
  assertions_.reserve(assertions_.size() + later.assertions_.size());
  for (BatchAssertion a : later.assertions_) {
    a.subject = entity[a.subject];
    a.object = entity[a.object];
    a.predicate = predicate[a.predicate];
    if (a.details >= 0) a.details += details_offset;
    assertions_.push_back(a);
  }
  return Status::Ok();
}

}  // namespace kg::ingest
