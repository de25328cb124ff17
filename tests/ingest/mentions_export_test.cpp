// End to end: kg ingest on short articles written for this test, then kg
// export --format mentions: one JSON object per mention, with how each was
// coded, filtered by document date, and the graph's options refused.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_util.h"

using kg::test::ReadFile;
using kg::test::RunKg;
using kg::test::TempDir;
using kg::test::WriteFile;

namespace {

constexpr const char* kFields[] = {"doc_id", "surface", "entity", "type", "coded_by", "sentence"};

// Each line of `text` parsed as a JSON object carrying every field.
std::vector<rapidjson::Document> ParseLines(const std::string& text) {
  std::vector<rapidjson::Document> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    rapidjson::Document json;
    json.Parse(line.c_str());
    CAPTURE(line);
    REQUIRE_FALSE(json.HasParseError());
    REQUIRE(json.IsObject());
    for (const char* field : kFields) REQUIRE((json.HasMember(field) && json[field].IsString()));
    REQUIRE((json.HasMember("start") && json["start"].IsInt64() && json.HasMember("end") && json["end"].IsInt64()));
    REQUIRE((json.HasMember("code") && (json["code"].IsString() || json["code"].IsNull())));
    REQUIRE((json.HasMember("sector") && (json["sector"].IsString() || json["sector"].IsNull())));
    lines.push_back(std::move(json));
  }
  return lines;
}

const rapidjson::Document* WithSurface(const std::vector<rapidjson::Document>& lines, const std::string& surface) {
  for (const auto& line : lines) {
    if (surface == line["surface"].GetString()) return &line;
  }
  return nullptr;
}

std::string Text(const rapidjson::Value& value) { return value.IsNull() ? "null" : value.GetString(); }

struct TwoArticles {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string kyiv = dir.File("kyiv.txt");
  std::string geneva = dir.File("geneva.txt");
  TwoArticles() {
    WriteFile(kyiv,
              " date 2024-03-05 Kyiv, March 5 – Ukrainian President Taras Melnyk criticized Russia on Tuesday.\n\n"
              "Melnyk said the \"talks\" had failed and officials left the hall.\n");
    WriteFile(geneva, " date 2024-04-10 Geneva, April 10 – The Red Cross praised Chile.\n");
    REQUIRE(RunKg({"--db", db, "ingest", "-q", kyiv}).exit_code == 0);
    REQUIRE(RunKg({"--db", db, "ingest", "-q", geneva}).exit_code == 0);
  }
};

}  // namespace

TEST_CASE("kg export --format mentions writes each mention as JSON with how it was coded") {
  TwoArticles a;
  auto r = RunKg({"--db", a.db, "export", "--format", "mentions"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto lines = ParseLines(r.out);
  REQUIRE(lines.size() >= 4);

  const rapidjson::Document* president = WithSurface(lines, "Ukrainian President Taras Melnyk");
  REQUIRE(president != nullptr);
  const auto& p = *president;
  CHECK(Text(p["entity"]) == "Taras Melnyk");
  CHECK(Text(p["type"]) == "person");
  CHECK(Text(p["code"]) == "UKR");
  CHECK(Text(p["sector"]) == "GOV");
  CHECK(Text(p["coded_by"]) == "nationality_modifier");
  CHECK(Text(p["sentence"]) == "Ukrainian President Taras Melnyk criticized Russia on Tuesday.");
  CHECK(p["end"].GetInt64() - p["start"].GetInt64() == static_cast<int64_t>(Text(p["surface"]).size()));

  const rapidjson::Document* surname = WithSurface(lines, "Melnyk");
  REQUIRE(surname != nullptr);
  CHECK(Text((*surname)["entity"]) == "Taras Melnyk");
  CHECK(Text((*surname)["code"]) == "UKR");
  CHECK(Text((*surname)["coded_by"]) == "antecedent");
  // Quotes in the sentence come back unharmed: the writer escapes them.
  CHECK(Text((*surname)["sentence"]) == "Melnyk said the \"talks\" had failed and officials left the hall.");

  const rapidjson::Document* officials = WithSurface(lines, "officials");
  REQUIRE(officials != nullptr);
  CHECK(Text((*officials)["code"]) == "UKR");
  CHECK(Text((*officials)["coded_by"]) == "dateline");

  const rapidjson::Document* russia = WithSurface(lines, "Russia");
  REQUIRE(russia != nullptr);
  CHECK(Text((*russia)["coded_by"]) == "lexicon");
  CHECK(Text((*russia)["sector"]) == "null");

  // Document and sentence order: Kyiv's mentions first, in their order.
  CHECK(Text(lines.front()["surface"]) == "Ukrainian President Taras Melnyk");
  CHECK(Text(lines.back()["doc_id"]) != Text(lines.front()["doc_id"]));
  for (size_t i = 1; i < lines.size(); ++i) {
    if (Text(lines[i]["doc_id"]) != Text(lines[i - 1]["doc_id"])) continue;
    CHECK(lines[i]["start"].GetInt64() >= lines[i - 1]["start"].GetInt64());
  }

  // --out writes the same lines to a file.
  const std::string out = a.dir.File("mentions.jsonl");
  auto to_file = RunKg({"--db", a.db, "export", "--format", "mentions", "--out", out});
  REQUIRE(to_file.exit_code == 0);
  CHECK(to_file.out.empty());
  CHECK(ReadFile(out) == r.out);
}

TEST_CASE("kg export --format mentions keeps the documents dated within --since and --until") {
  TwoArticles a;
  auto surfaces = [&](const std::vector<std::string>& window) {
    std::vector<std::string> args = {"--db", a.db, "export", "--format", "mentions"};
    args.insert(args.end(), window.begin(), window.end());
    auto r = RunKg(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> out;
    for (const auto& line : ParseLines(r.out)) out.push_back(Text(line["surface"]));
    return out;
  };
  auto april = surfaces({"--since", "2024-04-01"});
  CHECK(april == std::vector<std::string>{"Red Cross", "Chile"});
  auto march = surfaces({"--until", "2024-03-31"});
  REQUIRE_FALSE(march.empty());
  CHECK(march.front() == "Ukrainian President Taras Melnyk");
  CHECK(std::find(march.begin(), march.end(), "Chile") == march.end());
  CHECK(surfaces({"--since", "2024-03-05", "--until", "2024-04-10"}).size() == march.size() + april.size());
  auto bad_day = RunKg({"--db", a.db, "export", "--format", "mentions", "--since", "2024-02-30"});
  CHECK(bad_day.exit_code == 2);
}

TEST_CASE("kg export --format mentions refuses the options that choose a part of the graph") {
  TwoArticles a;
  const std::vector<std::vector<std::string>> refused = {
      {"--around", "Russia"}, {"--path", "Russia", "Chile"}, {"--level", "mention"}, {"--top", "3"},
      {"--include-negated"},  {"--depth", "2"},              {"--base", "http://x/"},
  };
  for (const auto& options : refused) {
    std::vector<std::string> args = {"--db", a.db, "export", "--format", "mentions"};
    args.insert(args.end(), options.begin(), options.end());
    auto r = RunKg(args);
    CAPTURE(options[0]);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(options[0] + " does not apply to --format mentions") != std::string::npos);
  }
}

TEST_CASE("unplaced generic groups are one entity per document, placed ones one per state") {
  TempDir dir;
  const std::string db = dir.File("kg.db"), first = dir.File("first.txt"), second = dir.File("second.txt");
  WriteFile(first, "Officials said troops would stay. Peruvian troops left.\n");
  WriteFile(second, "Troops shelled a bridge, officials said. Peruvian troops fled.\n");
  REQUIRE(RunKg({"--db", db, "ingest", "-q", first, second}).exit_code == 0);
  auto r = RunKg({"--db", db, "export", "--format", "mentions"});
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> entities;
  for (const auto& line : ParseLines(r.out)) entities.push_back(Text(line["entity"]));
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  // "troops" of one story are not the troops of another; Peru's troops are Peru's in both.
  CHECK(entities == std::vector<std::string>{"Peruvian troops", "bridge", "officials [first.txt]",
                                             "officials [second.txt]", "troops [first.txt]", "troops [second.txt]"});
}
