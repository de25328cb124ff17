#include "ingest/actors/iso_subdivisions.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

namespace kg::ingest {
namespace {

// Subdivision types that news names as a place of a state; districts,
// municipalities and parishes are left out: their names are too often
// surnames or ordinary words.
const std::set<std::string>& KeptTypes() {
  static const std::set<std::string> kTypes = {
      "State", "Province", "Region", "Governorate", "Prefecture", "Canton", "Land", "Voivodship",
      "Autonomous community", "Autonomous region", "Autonomous republic", "Republic", "Oblast", "Country",
      "Emirate", "Territory", "Federal district", "Federal territory", "Two-tier county", "Council area",
      "Unitary authority", "Nation", "Administrative region", "Regional state", "Autonomous province"};
  return kTypes;
}

// "East" (Cameroon), "Centre" (Burkina Faso), "Upper East" (Ghana): a name
// made only of directions and such words is, in news text, part of another
// name ("the Middle East") or no name at all, far more often than the region.
bool IsOnlyDirections(const std::string& name) {
  static const std::set<std::string> kWords = {
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Centre",
      "Center", "Middle", "Upper", "Lower", "Far", "Capital", "Coast", "Coastal", "Littoral", "Interior",
      "Islands", "Lakes", "Highlands", "Plateau", "Plateaux", "Mountain", "Mountains", "Savannah"};
  std::string word;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ' || name[i] == '-') {
      if (!word.empty() && !kWords.count(word)) return false;
      word.clear();
    } else {
      word += name[i];
    }
  }
  return true;
}

Result<rapidjson::Document> ReadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  rapidjson::Document doc;
  const std::string s = text.str();
  doc.Parse(s.c_str(), s.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    return Status::InvalidInput(path + ": not the iso-codes JSON expected (" +
                                rapidjson::GetParseError_En(doc.GetParseError()) + ")");
  }
  return doc;
}

std::string Member(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

std::string IsoCodesDir() {
  const char* dir = std::getenv("KG_ISO_CODES_DIR");
  return dir && *dir ? dir : "/usr/share/iso-codes/json";
}

Result<std::vector<Subdivision>> ReadIsoSubdivisions(const std::string& dir) {
  const std::string countries_path = dir + "/iso_3166-1.json", subdivisions_path = dir + "/iso_3166-2.json";
  if (!std::ifstream(countries_path) || !std::ifstream(subdivisions_path)) return std::vector<Subdivision>();
  KG_ASSIGN_OR_RETURN(rapidjson::Document countries, ReadJson(countries_path));
  KG_ASSIGN_OR_RETURN(rapidjson::Document subdivisions, ReadJson(subdivisions_path));
  std::unordered_map<std::string, std::string> alpha3;
  auto list = countries.FindMember("3166-1");
  if (list == countries.MemberEnd() || !list->value.IsArray()) {
    return Status::InvalidInput(countries_path + ": no \"3166-1\" list");
  }
  for (const auto& c : list->value.GetArray()) alpha3[Member(c, "alpha_2")] = Member(c, "alpha_3");
  auto parts = subdivisions.FindMember("3166-2");
  if (parts == subdivisions.MemberEnd() || !parts->value.IsArray()) {
    return Status::InvalidInput(subdivisions_path + ": no \"3166-2\" list");
  }
  std::map<std::string, std::set<std::string>> countries_of;  // name -> countries
  for (const auto& s : parts->value.GetArray()) {
    const std::string name = Member(s, "name"), code = Member(s, "code");
    if (!KeptTypes().count(Member(s, "type")) || name.empty() || code.size() < 3) continue;
    if (name.find_first_of("[](),/") != std::string::npos || !(name[0] >= 'A' && name[0] <= 'Z')) continue;
    if (IsOnlyDirections(name)) continue;
    auto country = alpha3.find(code.substr(0, code.find('-')));
    if (country == alpha3.end() || country->second.empty()) continue;
    countries_of[name].insert(country->second);
  }
  std::vector<Subdivision> out;
  for (const auto& [name, codes] : countries_of) {
    if (codes.size() == 1) out.push_back({name, *codes.begin()});
  }
  return out;
}

}  // namespace kg::ingest
