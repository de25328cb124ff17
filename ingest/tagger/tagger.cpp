#include "ingest/tagger/tagger.h"

#include <algorithm>

#include "ingest/tagger/tagger_features.h"

namespace kg::syntax {
namespace {

std::string WordTagKey(const std::string& lower, int tag) { return lower + '\t' + std::to_string(tag); }

// Maps are written in sorted order so that equal models give equal bytes.
void WriteSortedMap(const std::unordered_map<std::string, int>& map, ByteWriter& out) {
  std::vector<std::pair<std::string, int>> items(map.begin(), map.end());
  std::sort(items.begin(), items.end());
  out.U32(static_cast<uint32_t>(items.size()));
  for (const auto& [key, value] : items) out.String(key), out.U32(static_cast<uint32_t>(value));
}

}  // namespace

std::string Tagger::JointTag(std::string_view upos, std::string_view xpos) {
  std::string joint(upos);
  joint.push_back(' ');
  joint.append(xpos);
  return joint;
}

std::vector<std::string> Tagger::Lowered(const Sentence& sentence) {
  std::vector<std::string> lowers;
  lowers.reserve(sentence.tokens.size());
  for (const Token& t : sentence.tokens) lowers.push_back(LowerAscii(t.text));
  return lowers;
}

TaggerFeatures Tagger::Features(const Sentence& sentence, const std::vector<std::string>& lowers) const {
  std::vector<WordInfo> words;
  std::vector<int> likely;
  words.reserve(sentence.tokens.size());
  likely.reserve(sentence.tokens.size());
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    words.push_back(DescribeWord(sentence.tokens[i].text));
    auto it = likely_.find(lowers[i]);
    likely.push_back(it == likely_.end() ? -1 : it->second);
  }
  return TaggerFeatures(std::move(words), std::move(likely));
}

std::vector<int> Tagger::Predict(const Sentence& sentence) const { return Predict(sentence, Lowered(sentence)); }

std::vector<int> Tagger::Predict(const Sentence& sentence, const std::vector<std::string>& lowers,
                                 const std::vector<bool>* proper_nouns) const {
  TaggerFeatures features = Features(sentence, lowers);
  std::vector<int> tags(sentence.tokens.size(), 0);
  std::vector<FeatureKey> keys;
  std::vector<float> scores(static_cast<size_t>(tags_.size()));
  const int proper = proper_nouns != nullptr ? tags_.Id(JointTag("PROPN", "NNP")) : -1;
  for (int i = 0; i < features.size(); ++i) {
    if (proper >= 0 && static_cast<size_t>(i) < proper_nouns->size() && (*proper_nouns)[static_cast<size_t>(i)]) {
      tags[static_cast<size_t>(i)] = proper;
      continue;
    }
    auto known = dictionary_.find(lowers[static_cast<size_t>(i)]);
    if (known != dictionary_.end()) {
      tags[static_cast<size_t>(i)] = known->second;
      continue;
    }
    features.Extract(i, i > 0 ? tags[static_cast<size_t>(i - 1)] : -1, i > 1 ? tags[static_cast<size_t>(i - 2)] : -1,
                     &keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights_.Score(keys.data(), keys.size(), scores.data());
    tags[static_cast<size_t>(i)] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
  return tags;
}

std::string_view Tagger::FeatsFor(const std::string& lower, int tag) const {
  auto it = word_feats_.find(WordTagKey(lower, tag));
  int id = it != word_feats_.end() ? it->second : tag_feats_[static_cast<size_t>(tag)];
  return feats_.Name(id);
}

void Tagger::Tag(Sentence& sentence, const std::vector<bool>* proper_nouns) const {
  std::vector<std::string> lowers = Lowered(sentence);
  std::vector<int> tags = Predict(sentence, lowers, proper_nouns);
  for (size_t i = 0; i < tags.size(); ++i) {
    Token& t = sentence.tokens[i];
    const std::string& joint = tags_.Name(tags[i]);
    size_t space = joint.find(' ');
    t.upos = joint.substr(0, space);
    t.xpos = joint.substr(space + 1);
    t.feats = FeatsFor(lowers[i], tags[i]);
  }
}

bool Tagger::Assign(Token& token, std::string_view upos, std::string_view xpos) const {
  const int tag = tags_.Id(JointTag(upos, xpos));
  if (tag < 0) return false;
  const std::string lower = LowerAscii(token.text);
  token.upos = std::string(upos);
  token.xpos = std::string(xpos);
  token.feats = FeatsFor(lower, tag);
  return true;
}

void Tagger::Write(ByteWriter& out) const {
  tags_.Write(out);
  weights_.Write(out);
  WriteSortedMap(dictionary_, out);
  feats_.Write(out);
  WriteSortedMap(word_feats_, out);
  out.U32(static_cast<uint32_t>(tag_feats_.size()));
  for (int id : tag_feats_) out.U32(static_cast<uint32_t>(id));
  WriteSortedMap(likely_, out);
}

Result<Tagger> Tagger::Read(std::string_view bytes, const std::string& origin) {
  Tagger t;
  ByteReader in(bytes);
  auto bad = [&] { return Status::Corruption(origin + ": the tagger section of the model is damaged"); };
  if (!t.tags_.Read(in) || !t.weights_.Read(in) || t.weights_.classes() != t.tags_.size()) return bad();
  auto read_map = [&](std::unordered_map<std::string, int>& map, int limit) {
    uint32_t n = in.U32();
    if (!in.Has(static_cast<uint64_t>(n) * 8)) return false;
    map.reserve(n);
    for (uint32_t i = 0; i < n && in.ok(); ++i) {
      std::string key = in.String();
      uint32_t v = in.U32();
      if (v >= static_cast<uint32_t>(limit)) return false;
      map.emplace(std::move(key), static_cast<int>(v));
    }
    return in.ok();
  };
  if (!read_map(t.dictionary_, t.tags_.size()) || !t.feats_.Read(in) || !read_map(t.word_feats_, t.feats_.size())) {
    return bad();
  }
  uint32_t n = in.U32();
  if (n != static_cast<uint32_t>(t.tags_.size())) return bad();
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t id = in.U32();
    if (id >= static_cast<uint32_t>(t.feats_.size())) return bad();
    t.tag_feats_.push_back(static_cast<int>(id));
  }
  if (!read_map(t.likely_, t.tags_.size()) || !in.AtEnd()) return bad();
  return t;
}

}  // namespace kg::syntax
