// actor_eval: how well actor recognition finds the actors of annotated
// sentences (JSON Lines in the format of kgraph's eval files).
//
//   actor_eval FILE.jsonl [LEXICON_DIR] [--show] [--dump]
//
// For each record, the expected source and target codes (first three
// letters) are compared with the codes of the recognised mentions' actors:
// recall = expected codes found / expected codes; extra = recognised codes
// that no expected tuple names. --show prints every sentence with a miss;
// --dump prints every document's mentions (for files without "expected",
// such as a news corpus). Also prints the words/s of segmentation alone and
// with recognition, measured in the same run.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include <rapidjson/document.h>

#include "ingest/actors/actor_recognizer.h"
#include "ingest/segmenter.h"

using namespace kg;
using namespace kg::ingest;

namespace {

std::string Code3(const rapidjson::Value& value) {
  if (!value.IsString()) return "";
  std::string code = value.GetString();
  if (code == "JAP") code = "JPN";
  if (code == "ITL") code = "ITA";
  return code.substr(0, 3);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: actor_eval FILE.jsonl [LEXICON_DIR] [--show]\n";
    return 2;
  }
  std::string lexicon_flag;
  bool show = false, dump = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--show") show = true; else if (arg == "--dump") dump = true; else lexicon_flag = arg;
  }
  auto dir = FindLexiconDir(lexicon_flag);
  if (!dir.ok()) { std::cerr << dir.status().message() << "\n"; return 1; }
  auto lexicons = Lexicons::Load(*dir);
  if (!lexicons.ok()) { std::cerr << lexicons.status().message() << "\n"; return 1; }
  auto segmenter = Segmenter::Create(*lexicons);
  auto recognizer = ActorRecognizer::Load(*lexicons);
  if (!segmenter.ok() || !recognizer.ok()) {
    std::cerr << (segmenter.ok() ? recognizer.status() : segmenter.status()).message() << "\n";
    return 1;
  }
  std::ifstream in(argv[1]);
  std::string line;
  int expected_total = 0, found_total = 0, recognised_total = 0, extra_total = 0, records = 0;
  long words = 0;
  double segment_seconds = 0, recognise_seconds = 0;
  using Clock = std::chrono::steady_clock;
  while (std::getline(in, line)) {
    rapidjson::Document record;
    record.Parse(line.c_str());
    if (record.HasParseError() || !record.IsObject()) continue;
    ++records;
    Document document;
    document.key = record["id"].GetString();
    document.text = record["text"].GetString();
    auto t0 = Clock::now();
    auto sentences = (*segmenter)->SegmentText(document.text);
    auto t1 = Clock::now();
    std::vector<ExtractedEntity> entities;
    auto mentions = (*recognizer)->Recognize(document, sentences, &entities);
    auto t2 = Clock::now();
    segment_seconds += std::chrono::duration<double>(t1 - t0).count();
    recognise_seconds += std::chrono::duration<double>(t2 - t1).count();
    for (const auto& sentence : sentences) words += static_cast<long>(sentence.tokens.size());
    std::set<std::string> recognised;
    std::vector<std::string> described;
    for (size_t s = 0; s < mentions.size(); ++s) {
      for (const auto& m : mentions[s]) {
        std::string code = m.actor >= 0 && entities[m.actor].code ? *entities[m.actor].code : "";
        if (!code.empty()) recognised.insert(code.substr(0, 3));
        std::string surface;
        for (int t = m.first_token; t < m.end_token; ++t) surface += (t > m.first_token ? " " : "") + sentences[s].tokens[t].text;
        described.push_back("[" + surface + " -> " + (m.entity >= 0 ? entities[m.entity].name : "?") +
                            (code.empty() ? "" : " " + code) + (m.sector ? "/" + *m.sector : "") + "]");
      }
    }
    if (dump) {
      std::cout << document.key << ":";
      for (const auto& d : described) std::cout << " " << d;
      std::cout << "\n";
    }
    std::set<std::string> expected;
    if (!record.HasMember("expected")) continue;
    for (const auto& tuple : record["expected"].GetArray()) {
      for (const char* field : {"source_code", "target_code"}) {
        std::string code = Code3(tuple[field]);
        if (!code.empty()) expected.insert(code);
      }
    }
    int found = 0;
    std::string missing;
    for (const auto& code : expected) {
      if (recognised.count(code)) ++found; else missing += " " + code;
    }
    int extra = 0;
    std::string extras;
    for (const auto& code : recognised) {
      if (!expected.count(code)) { ++extra; extras += " " + code; }
    }
    expected_total += static_cast<int>(expected.size());
    found_total += found;
    recognised_total += static_cast<int>(recognised.size());
    extra_total += extra;
    if (show && (!missing.empty() || !extras.empty())) {
      std::cout << document.key << ": " << document.text << "\n  missing:" << missing
                << "  extra:" << extras << "\n  ";
      for (const auto& d : described) std::cout << d << " ";
      std::cout << "\n";
    }
  }
  std::printf("records %d  expected codes %d  found %d  recall %.3f  recognised codes %d  not expected %d (%.3f)\n",
              records, expected_total, found_total, expected_total ? 1.0 * found_total / expected_total : 0.0,
              recognised_total, extra_total, recognised_total ? 1.0 * extra_total / recognised_total : 0.0);
  std::printf("tokens %ld  segmenter %.0f tokens/s  segmenter+recogniser %.0f tokens/s  (recognition adds %.0f%%)\n",
              words, words / segment_seconds, words / (segment_seconds + recognise_seconds),
              100.0 * recognise_seconds / segment_seconds);
  return 0;
}
