#include "ingest/vocabulary/wordnet_database.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <sstream>

#include "ingest/lemmatizer/wordnet_files.h"

namespace kg::ingest::vocabulary {
namespace {

// WordNet's lexicographer files by number (its lexnames file).
constexpr std::array<std::string_view, 45> kLexicographerFiles = {
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
    "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
    "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
    "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition", "verb.consumption", "verb.contact",
    "verb.creation", "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social",
    "verb.stative", "verb.weather", "adj.ppl"};

constexpr const char* kStem[2] = {"noun", "verb"};

int Slot(char pos) { return pos == 'v' ? 1 : 0; }

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// One data.* line: offset lex_filenum ss_type w_cnt (word lex_id)...
// p_cnt (symbol offset pos source/target)... [frames] | gloss
bool ParseSynset(const std::string& line, Synset* out) {
  std::istringstream in(line.substr(0, line.find(" | ")));
  std::string ss_type, hex;
  int words = 0, pointers = 0;
  if (!(in >> out->offset >> out->lexicographer_file >> ss_type >> hex)) return false;
  out->pos = ss_type.empty() ? '?' : ss_type[0];
  words = std::stoi(hex, nullptr, 16);
  for (int i = 0; i < words; ++i) {
    SynsetWord word;
    if (!(in >> word.lemma >> hex)) return false;
    word.lex_id = std::stoi(hex, nullptr, 16);
    out->words.push_back(std::move(word));
  }
  if (!(in >> pointers)) return false;
  for (int i = 0; i < pointers; ++i) {
    SynsetPointer p;
    std::string pos;
    if (!(in >> p.symbol >> p.target >> pos >> hex) || hex.size() != 4 || pos.empty()) return false;
    p.pos = pos[0];
    p.source_word = std::stoi(hex.substr(0, 2), nullptr, 16);
    p.target_word = std::stoi(hex.substr(2, 2), nullptr, 16);
    out->pointers.push_back(std::move(p));
  }
  return words > 0;
}

// One index.* line: lemma pos synset_cnt p_cnt symbol... sense_cnt tagsense_cnt offset...
bool ParseIndexLine(const std::string& line, std::string* lemma, std::vector<uint32_t>* offsets) {
  std::istringstream in(line);
  std::string pos, symbol;
  int synsets = 0, pointers = 0, senses = 0, tagged = 0;
  if (!(in >> *lemma >> pos >> synsets >> pointers)) return false;
  for (int i = 0; i < pointers; ++i) in >> symbol;
  if (!(in >> senses >> tagged)) return false;
  for (uint32_t offset; in >> offset;) offsets->push_back(offset);
  return static_cast<int>(offsets->size()) == synsets;
}

Status Malformed(const std::string& path, const std::string& line) {
  return Status::Corruption(path + ": not a WordNet record: " + line.substr(0, 60));
}

}  // namespace

Result<WordNetDatabase> WordNetDatabase::Load(const std::string& dir) {
  WordNetDatabase db;
  for (int slot = 0; slot < 2; ++slot) {
    Status bad;
    const std::string index = dir + "/index." + kStem[slot];
    KG_RETURN_IF_ERROR(syntax::ForEachWordNetLine(index, "index", [&](const std::string& line) {
      std::string lemma;
      std::vector<uint32_t> offsets;
      if (!ParseIndexLine(line, &lemma, &offsets)) {
        if (bad.ok()) bad = Malformed(index, line);
        return;
      }
      db.index_[slot][lemma] = std::move(offsets);
    }));
    KG_RETURN_IF_ERROR(bad);
    const std::string data = dir + "/data." + kStem[slot];
    KG_RETURN_IF_ERROR(syntax::ForEachWordNetLine(data, "data file", [&](const std::string& line) {
      Synset synset;
      bool parsed = false;
      try {
        parsed = ParseSynset(line, &synset);
      } catch (const std::exception&) {  // std::stoi on a field that is no number
      }
      if (!parsed) {
        if (bad.ok()) bad = Malformed(data, line);
        return;
      }
      db.synsets_[slot][synset.offset] = std::move(synset);
    }));
    KG_RETURN_IF_ERROR(bad);
  }
  const std::string counts = dir + "/cntlist.rev";
  KG_RETURN_IF_ERROR(syntax::ForEachWordNetLine(counts, "sense counts", [&](const std::string& line) {
    std::istringstream in(line);
    std::string key;
    int number = 0, count = 0;
    if (in >> key >> number >> count) db.tag_counts_[key] = count;
  }));
  return db;
}

const std::vector<uint32_t>& WordNetDatabase::Senses(std::string_view lemma, char pos) const {
  static const std::vector<uint32_t> kNone;
  const auto& index = index_[Slot(pos)];
  auto it = index.find(std::string(lemma));
  return it == index.end() ? kNone : it->second;
}

int WordNetDatabase::SenseNumber(std::string_view lemma, char pos, uint32_t offset) const {
  const auto& senses = Senses(lemma, pos);
  for (size_t i = 0; i < senses.size(); ++i) {
    if (senses[i] == offset) return static_cast<int>(i) + 1;
  }
  return 0;
}

const Synset* WordNetDatabase::Find(uint32_t offset, char pos) const {
  const auto& synsets = synsets_[Slot(pos)];
  auto it = synsets.find(offset);
  return it == synsets.end() ? nullptr : &it->second;
}

std::string WordNetDatabase::SenseKey(const Synset& synset, size_t index) {
  char tail[16];
  std::snprintf(tail, sizeof tail, "%%%d:%02d:%02d::", synset.pos == 'v' ? 2 : 1, synset.lexicographer_file,
                synset.words[index].lex_id);
  return Lower(synset.words[index].lemma) + tail;
}

int WordNetDatabase::TagCount(const std::string& sense_key) const {
  auto it = tag_counts_.find(sense_key);
  return it == tag_counts_.end() ? 0 : it->second;
}

std::vector<std::string> WordNetDatabase::Lemmas(char pos) const {
  std::vector<std::string> lemmas;
  lemmas.reserve(index_[Slot(pos)].size());
  for (const auto& entry : index_[Slot(pos)]) lemmas.push_back(entry.first);
  std::sort(lemmas.begin(), lemmas.end());
  return lemmas;
}

std::string_view WordNetDatabase::LexicographerFileName(int number) {
  return number >= 0 && number < static_cast<int>(kLexicographerFiles.size()) ? kLexicographerFiles[number] : "";
}

}  // namespace kg::ingest::vocabulary
