// The event constructions of tests/extraction/data/constructions.txt, each a
// short article run through the whole ingest pipeline (segmenter, syntax
// model, actors, event frames, store) as `kg ingest` runs it; the stored
// actor-level event triples must be exactly the case's "=>" lines.
// A "# known-failure: why" line before a case makes it counted and printed,
// not an error, and fails the test once the case passes. A "# wordnet: what"
// line marks a case whose trigger only the generated WordNet vocabulary has:
// it must pass with it and fail without it (skipped when the build made none).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "ingest/ingester.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/readers/paragraphs.h"
#include "ingest/vocabulary/generated_lexicon.h"
#include "schema/document_triples_reader.h"
#include "schema/store.h"
#include "tests/test_util.h"

namespace {

struct Case {
  int line = 0;
  std::string text;
  std::vector<std::string> expected, forbidden;
  std::string known_failure;
  std::string wordnet;  // what generated word the case needs, if any
};

// Whether the build made the WordNet vocabulary (it does not without WordNet).
bool HaveWordNetVocabulary() {
  return std::filesystem::exists(kg::ingest::GeneratedLexiconDir() + "/" +
                                 kg::ingest::vocabulary::kGeneratedLexiconName);
}

std::vector<Case> ReadCases(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, path);
  std::vector<Case> cases;
  Case current;
  std::string pending_failure, pending_wordnet;
  bool in_text = false;
  auto finish = [&] {
    if (!current.text.empty()) cases.push_back(std::move(current));
    current = Case{};
    in_text = false;
  };
  int number = 0;
  // A marker line "# NAME: text" before a case: its text goes to `pending`.
  auto marker = [&](const std::string& line, const std::string& name, std::string* pending) {
    const std::string prefix = "# " + name + ":";
    if (line.rfind(prefix, 0) != 0) return false;
    finish();
    *pending = line.substr(prefix.size());
    pending->erase(0, pending->find_first_not_of(' '));
    CHECK_MESSAGE(!pending->empty(), path, ":", number, ": a ", name, " marker must say why");
    return true;
  };
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (marker(line, "known-failure", &pending_failure) || marker(line, "wordnet", &pending_wordnet)) continue;
    if (line.empty() || line[0] == '#') {
      if (!current.text.empty() && line.empty()) finish();
      continue;
    }
    if (line.rfind("=> ", 0) == 0) {
      current.expected.push_back(line.substr(3));
    } else if (line.rfind("!> ", 0) == 0) {
      current.forbidden.push_back(line.substr(3));
    } else {
      if (!current.expected.empty() || !current.forbidden.empty()) finish();
      if (!in_text) {
        current.line = number;
        current.known_failure = std::move(pending_failure);
        current.wordnet = std::move(pending_wordnet);
        pending_failure.clear();
        pending_wordnet.clear();
        in_text = true;
      }
      current.text += line + "\n\n";
    }
  }
  finish();
  return cases;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "  " + l + "\n";
  return out.empty() ? "  (none)\n" : out;
}

// Every case as one text document in one store; the events of each by key.
std::map<std::string, std::vector<std::string>> ExtractAll(
    const std::vector<Case>& cases, const std::string& lexicon_dir = kg::test::SourcePath("ingest/lexicons")) {
  kg::test::TempDir dir;
  auto store = kg::Store::Open(dir.File("cases.db"), kg::StoreOptions{});
  REQUIRE_MESSAGE(store.ok(), store.status().message());
  auto ingester = kg::ingest::Ingester::Create(**store, lexicon_dir, {});
  REQUIRE_MESSAGE(ingester.ok(), ingester.status().message());
  for (const Case& c : cases) {
    kg::Document doc;
    doc.key = "case-" + std::to_string(c.line);
    doc.source = doc.key;
    doc.format = "text";
    doc.text = c.text;
    kg::ingest::AppendParagraphs(doc.text, 0, doc.text.size(), kg::Section::kBody, &doc.regions);
    auto status = (*ingester)->IngestDocument(doc);
    REQUIRE_MESSAGE(status.ok(), status.message());
  }
  auto triples = kg::ReadDocumentTriples(**store, "actor");
  REQUIRE_MESSAGE(triples.ok(), triples.status().message());
  std::map<std::string, std::vector<std::string>> events;
  for (const auto& t : *triples) {
    if (t.category.empty()) continue;  // role triples
    events[t.doc_key].push_back((t.negated ? "!" : "") + t.subject + " " + t.predicate + " " + t.object);
  }
  for (auto& [key, list] : events) std::sort(list.begin(), list.end());
  return events;
}

}  // namespace

TEST_CASE("event constructions: every case of constructions.txt") {
  const std::string path = kg::test::SourcePath("tests/extraction/data/constructions.txt");
  const std::vector<Case> cases = ReadCases(path);
  REQUIRE(cases.size() >= 40);
  auto events = ExtractAll(cases);
  const bool wordnet = HaveWordNetVocabulary();
  int passing = 0, known = 0, skipped = 0;
  for (Case c : cases) {
    if (!c.wordnet.empty() && !wordnet) {
      ++skipped;
      continue;
    }
    std::sort(c.expected.begin(), c.expected.end());
    const auto& found = events["case-" + std::to_string(c.line)];
    bool ok = found == c.expected;
    for (const auto& f : c.forbidden) ok = ok && std::find(found.begin(), found.end(), f) == found.end();
    const std::string report = "constructions.txt:" + std::to_string(c.line) + ": " + c.text +
                               "expected:\n" + Join(c.expected) + "found:\n" + Join(found);
    if (c.known_failure.empty()) {
      passing += ok;
      CHECK_MESSAGE(ok, report);
    } else if (ok) {
      FAIL_CHECK("a known failure now passes, remove its marker (", c.known_failure, "): ", report);
    } else {
      ++known;
      MESSAGE("known failure (", c.known_failure, "): ", report);
    }
  }
  MESSAGE("constructions.txt: ", cases.size(), " cases, ", passing, " passing, ", known, " known failures");
  if (skipped > 0) MESSAGE(skipped, " cases need the WordNet vocabulary, which this build has not made: not run");
}

TEST_CASE("event constructions: the cases marked wordnet fail with the hand-written lexicons alone") {
  if (!HaveWordNetVocabulary()) {
    MESSAGE("SKIPPED: no generated WordNet vocabulary: WordNet was absent at build time");
    return;
  }
  std::vector<Case> cases = ReadCases(kg::test::SourcePath("tests/extraction/data/constructions.txt"));
  std::erase_if(cases, [](const Case& c) { return c.wordnet.empty(); });
  REQUIRE(cases.size() >= 5);
  kg::test::TempDir seeds_only;  // the source folder's files, without the build's generated one
  for (const auto& entry : std::filesystem::directory_iterator(kg::test::SourcePath("ingest/lexicons"))) {
    if (entry.path().extension() == ".json") {
      std::filesystem::copy_file(entry.path(), seeds_only.File(entry.path().filename().string()));
    }
  }
  auto events = ExtractAll(cases, seeds_only.path());
  for (Case c : cases) {
    std::sort(c.expected.begin(), c.expected.end());
    CHECK_MESSAGE(events["case-" + std::to_string(c.line)] != c.expected, "constructions.txt:", c.line,
                  ": passes without the generated word (", c.wordnet, "): ", c.text);
  }
}

TEST_CASE("evidence keeps each event's rule, modality and frame, and kg export --format jsonl writes them") {
  kg::test::TempDir dir;
  const std::string db = dir.File("m.db");
  kg::test::WriteFile(dir.File("a.txt"),
                      "Chile was praised by Argentina.\n\nPeru could criticize Bolivia.\n\nIran does not recognise Israel.\n");
  auto ingest = kg::test::RunKg({"--db", db, "--quiet", "ingest", dir.File("a.txt")});
  REQUIRE_MESSAGE(ingest.exit_code == 0, ingest.err);
  auto actor = kg::test::RunKg({"--db", db, "export", "--format", "jsonl"});
  REQUIRE_MESSAGE(actor.exit_code == 0, actor.err);
  INFO(actor.out);
  auto line_with = [&](const std::string& out, const std::string& a, const std::string& b) {
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) {
      if (line.find(a) != std::string::npos && line.find(b) != std::string::npos) return line;
    }
    return std::string();
  };
  const std::string praise = line_with(actor.out, "\"subject\":\"Argentina\"", "\"predicate\":\"supports\"");
  REQUIRE_FALSE(praise.empty());
  CHECK(praise.find("\"rule\":\"passive-verb\"") != std::string::npos);
  CHECK(praise.find("\"modality\":\"asserted\"") != std::string::npos);
  CHECK(praise.find("\"frame\":\"obl:agent<by praise nsubj:pass\"") != std::string::npos);
  // A negated triple is no relation: left out unless asked for, and then flagged.
  CHECK(line_with(actor.out, "\"subject\":\"Iran\"", "\"predicate\":\"supports\"").empty());
  auto with_negated = kg::test::RunKg({"--db", db, "export", "--format", "jsonl", "--include-negated"});
  REQUIRE_MESSAGE(with_negated.exit_code == 0, with_negated.err);
  const std::string negated = line_with(with_negated.out, "\"subject\":\"Iran\"", "\"predicate\":\"supports\"");
  REQUIRE_FALSE(negated.empty());
  CHECK(negated.find("\"negated\":true") != std::string::npos);
  CHECK(negated.find("\"modality\":\"negated\"") != std::string::npos);
  // A possibility is no actor-level event, but the mention level keeps it with its modality.
  CHECK(line_with(actor.out, "\"subject\":\"Peru\"", "criticizes").empty());
  auto mention = kg::test::RunKg({"--db", db, "export", "--format", "jsonl", "--level", "mention"});
  REQUIRE_MESSAGE(mention.exit_code == 0, mention.err);
  CHECK(line_with(mention.out, "\"subject\":\"Peru\"", "\"modality\":\"hypothetical\"").find("criticizes") !=
        std::string::npos);
}
