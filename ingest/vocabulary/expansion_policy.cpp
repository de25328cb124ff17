#include "ingest/vocabulary/expansion_policy.h"

#include "ingest/lexicon/json_lists.h"

namespace kg::ingest::vocabulary {
namespace {

Status ReadCount(const rapidjson::Value& json, const char* key, const std::string& origin, int* out) {
  auto it = json.FindMember(key);
  if (it == json.MemberEnd()) return Status::Ok();
  if (!it->value.IsInt() || it->value.GetInt() < 1) {
    return Status::InvalidInput(origin + ": \"" + key + "\" must be a whole number from 1");
  }
  *out = it->value.GetInt();
  return Status::Ok();
}

Status ReadSet(const rapidjson::Value& json, const char* key, const std::string& origin,
               std::unordered_set<std::string>* out) {
  std::vector<std::string> items;
  KG_RETURN_IF_ERROR(ReadStringList(json, key, origin, &items));
  out->insert(items.begin(), items.end());
  return Status::Ok();
}

Status ReadSeed(const rapidjson::Value& json, const std::string& where, SeedChoice* out) {
  if (!json.IsObject()) return Status::InvalidInput(where + ": must be an object");
  for (const auto& member : json.GetObject()) {
    const std::string key = member.name.GetString();
    if (key == "expand") {
      if (!member.value.IsBool()) return Status::InvalidInput(where + ": \"expand\" must be true or false");
      out->expand = member.value.GetBool();
    } else if (key == "senses") {
      const Status wrong = Status::InvalidInput(
          where + ": \"senses\" must be an array of sense keys (\"charge%2:32:00::\") or sense numbers from 1");
      if (!member.value.IsArray() || member.value.Empty()) return wrong;
      for (const auto& sense : member.value.GetArray()) {
        if (sense.IsString() && std::string(sense.GetString()).find('%') != std::string::npos) {
          out->sense_keys.push_back(sense.GetString());
        } else if (sense.IsInt() && sense.GetInt() >= 1) {
          out->sense_numbers.push_back(sense.GetInt());
        } else {
          return wrong;
        }
      }
    } else if (key != "why") {
      return Status::InvalidInput(where + ": unknown key \"" + key + "\" (known: senses, expand, why)");
    }
  }
  return Status::Ok();
}

}  // namespace

const SeedChoice& ExpansionPolicy::For(const std::string& seed) const {
  static const SeedChoice kDefault;
  auto it = seeds.find(seed);
  return it == seeds.end() ? kDefault : it->second;
}

Result<ExpansionPolicy> ExpansionPolicy::FromJson(const rapidjson::Value& json, const std::string& origin) {
  ExpansionPolicy policy;
  policy.origin = origin;
  KG_RETURN_IF_ERROR(ReadCount(json, "seed_senses", origin, &policy.seed_senses));
  KG_RETURN_IF_ERROR(ReadCount(json, "synonym_rank", origin, &policy.synonym_rank));
  KG_RETURN_IF_ERROR(ReadCount(json, "noun_rank", origin, &policy.noun_rank));
  auto share = json.FindMember("min_tag_share");
  if (share != json.MemberEnd()) {
    if (!share->value.IsNumber() || share->value.GetDouble() < 0 || share->value.GetDouble() > 1) {
      return Status::InvalidInput(origin + ": \"min_tag_share\" must be a number from 0 to 1");
    }
    policy.min_tag_share = share->value.GetDouble();
  }
  KG_RETURN_IF_ERROR(ReadSet(json, "noun_files", origin, &policy.noun_files));
  KG_RETURN_IF_ERROR(ReadSet(json, "abstract_noun_files", origin, &policy.abstract_noun_files));
  KG_RETURN_IF_ERROR(ReadSet(json, "animate_noun_files", origin, &policy.animate_noun_files));
  KG_RETURN_IF_ERROR(ReadSet(json, "particles", origin, &policy.particles));
  KG_RETURN_IF_ERROR(ReadSet(json, "stop_words", origin, &policy.stop_words));
  auto seeds = json.FindMember("seeds");
  if (seeds != json.MemberEnd()) {
    if (!seeds->value.IsObject()) return Status::InvalidInput(origin + ": \"seeds\" must be an object");
    for (const auto& member : seeds->value.GetObject()) {
      const std::string seed = member.name.GetString();
      KG_RETURN_IF_ERROR(ReadSeed(member.value, origin + ": seeds[\"" + seed + "\"]", &policy.seeds[seed]));
    }
  }
  return policy;
}

Result<ExpansionPolicy> ExpansionPolicy::Load(const Lexicons& lexicons) {
  auto files = lexicons.OfKind("vocabulary_expansion");
  if (files.size() != 1) {
    return Status::InvalidInput(lexicons.dir() + ": needs exactly one file of kind \"vocabulary_expansion\", has " +
                                std::to_string(files.size()));
  }
  return FromJson(files[0]->json, files[0]->path);
}

}  // namespace kg::ingest::vocabulary
