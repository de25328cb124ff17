#include "ingest/readers/transcript_turns.h"

#include <cctype>
#include <set>
#include <string>

namespace kg::ingest {
namespace {

constexpr size_t kMaxTagBytes = 40;
constexpr int kMaxTagWords = 4;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "Jane Smith", "NG", "Dr. Boersma", "Reporter": one to four words, each
// capitalised, before ": ".
bool IsSpeakerName(std::string_view name) {
  if (name.empty() || name.size() > kMaxTagBytes || !IsUpper(name[0])) return false;
  int words = 0;
  bool word_start = true;
  for (char c : name) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!IsUpper(c)) return false;
      if (++words > kMaxTagWords) return false;
      word_start = false;
    } else if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '\'')) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view SpeakerTag(std::string_view paragraph) {
  if (paragraph.substr(0, 2) == "((") {
    const size_t close = paragraph.find("))");
    if (close != std::string_view::npos && close <= kMaxTagBytes) return paragraph.substr(0, close + 2);
    return {};
  }
  const size_t colon = paragraph.find(':');
  if (colon == std::string_view::npos || colon + 1 >= paragraph.size() || paragraph[colon + 1] != ' ') return {};
  const std::string_view name = paragraph.substr(0, colon);
  return IsSpeakerName(name) ? name : std::string_view();
}

std::vector<bool> TranscriptTurns(const Document& document) {
  std::vector<bool> turns(document.regions.size(), false);
  std::set<std::string> speakers;
  int tagged = 0;
  for (size_t i = 0; i < document.regions.size(); ++i) {
    const Region& r = document.regions[i];
    if (r.section != Section::kBody || r.bytes.end > document.text.size()) continue;
    const std::string_view text = std::string_view(document.text).substr(r.bytes.begin, r.bytes.end - r.bytes.begin);
    const std::string_view tag = SpeakerTag(text);
    if (tag.empty()) continue;
    turns[i] = true;
    ++tagged;
    speakers.emplace(tag);
  }
  if (tagged < 2 || speakers.size() < 2) turns.assign(turns.size(), false);
  return turns;
}

}  // namespace kg::ingest
