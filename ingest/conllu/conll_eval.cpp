#include "ingest/conllu/conll_eval.h"

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "ingest/import/utf8_check.h"

namespace kg::ingest {
namespace {

// The relation and feature sets of conll18_ud_eval.py.
const std::unordered_set<std::string_view>& ContentRelations() {
  static const std::unordered_set<std::string_view> kSet = {
      "nsubj", "obj",      "iobj",   "csubj",     "ccomp",      "xcomp",  "obl",    "vocative",
      "expl",  "dislocated", "advcl", "advmod",   "discourse",  "nmod",   "appos",  "nummod",
      "acl",   "amod",     "conj",   "fixed",     "flat",       "compound", "list", "parataxis",
      "orphan", "goeswith", "reparandum", "root", "dep"};
  return kSet;
}

const std::unordered_set<std::string_view>& FunctionalRelations() {
  static const std::unordered_set<std::string_view> kSet = {"aux", "cop", "mark", "det", "clf", "case", "cc"};
  return kSet;
}

const std::unordered_set<std::string_view>& UniversalFeatures() {
  static const std::unordered_set<std::string_view> kSet = {
      "PronType", "NumType", "Poss",   "Reflex",  "Foreign", "Abbr",    "Gender",
      "Animacy",  "Number",  "Case",   "Definite", "Degree", "VerbForm", "Mood",
      "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person", "Polite"};
  return kSet;
}

// Parent values besides a word index: the root, no head given, and on the
// system side a head whose word aligned with no gold word.
constexpr int kRootParent = -1;
constexpr int kNoParent = -2;
constexpr int kNotAligned = -3;
constexpr int kUnmatchable = -4;

struct CharSpan {
  int64_t start = 0, end = 0;  // into UdFile::characters
  bool operator==(const CharSpan&) const = default;
};

struct UdWord {
  const Token* token = nullptr;
  CharSpan span;           // of the surface token, the whole of it for a multiword token's word
  bool multiword = false;  // part of a multiword token
  std::string form;        // FORM, without Zs characters when the word is its own token
  std::string ufeats;      // universal features only, sorted
  std::string_view relation;  // universal part of DEPREL
  int parent = kNoParent;  // index into UdFile::words, or kRootParent / kNoParent
  std::vector<int> functional_children;
  bool content = false, functional = false;
};

// One side of the evaluation, as the script's load_conllu builds it.
struct UdFile {
  std::u32string characters;  // of every surface token, whitespace (Zs) removed
  std::vector<CharSpan> tokens, sentences;
  std::vector<UdWord> words;
};

std::string UniversalFeats(std::string_view feats) {
  std::vector<std::string_view> kept;
  while (!feats.empty()) {
    size_t bar = feats.find('|');
    std::string_view item = feats.substr(0, bar);
    if (UniversalFeatures().count(item.substr(0, item.find('=')))) kept.push_back(item);
    feats = bar == std::string_view::npos ? std::string_view() : feats.substr(bar + 1);
  }
  std::sort(kept.begin(), kept.end());
  std::string out;
  for (std::string_view item : kept) out.append(out.empty() ? "" : "|").append(item);
  return out;
}

// Adds a surface token's characters; its span, or an empty one when the
// form holds nothing but whitespace. `stripped` gets the form without it.
CharSpan AddToken(std::string_view form, UdFile& file, std::string& stripped) {
  CharSpan span{static_cast<int64_t>(file.characters.size()), 0};
  for (int32_t i = 0, size = static_cast<int32_t>(form.size()); i < size;) {
    int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(form.data(), i, size, c);
    if (c < 0 || u_charType(c) == U_SPACE_SEPARATOR) continue;
    file.characters.push_back(static_cast<char32_t>(c));
    stripped.append(form.substr(start, i - start));
  }
  span.end = static_cast<int64_t>(file.characters.size());
  return span;
}

UdWord MakeWord(const Token& token, CharSpan span, bool multiword) {
  UdWord w;
  w.token = &token;
  w.span = span;
  w.multiword = multiword;
  w.form = token.form;
  w.ufeats = UniversalFeats(token.feats);
  w.relation = token.UniversalRelation();
  w.content = ContentRelations().count(w.relation) > 0;
  w.functional = FunctionalRelations().count(w.relation) > 0;
  return w;
}

class FileLoader {
 public:
  FileLoader(const char* side, UdFile& file) : side_(side), file_(file) {}

  Status AddSentence(const Sentence& s, size_t n) {
    sentence_ = n + 1;
    int64_t start = static_cast<int64_t>(file_.characters.size());
    int base = static_cast<int>(file_.words.size());
    size_t next_multiword = 0;
    for (int i = 0; i < static_cast<int>(s.tokens.size());) {
      const MultiwordToken* m = next_multiword < s.multiwords.size() && s.multiwords[next_multiword].first == i
                                    ? &s.multiwords[next_multiword++]
                                    : nullptr;
      if (m && (m->last < m->first || m->last >= static_cast<int>(s.tokens.size()))) {
        return Error("multiword token \"" + m->form + "\" reaches past the sentence");
      }
      KG_RETURN_IF_ERROR(AddTokenWords(s, i, m));
      i = m ? m->last + 1 : i + 1;
    }
    if (next_multiword != s.multiwords.size()) return Error("multiword tokens overlap or are out of order");
    file_.sentences.push_back({start, static_cast<int64_t>(file_.characters.size())});
    return LinkParents(s, base);
  }

 private:
  Status Error(const std::string& what) const {
    return Status::InvalidInput(std::string(side_) + " sentence " + std::to_string(sentence_) + ": " + what);
  }

  // The surface token at word `i`, a multiword token `m` or the word alone.
  Status AddTokenWords(const Sentence& s, int i, const MultiwordToken* m) {
    std::string stripped;
    CharSpan span = AddToken(m ? m->form : s.tokens[i].form, file_, stripped);
    if (span.start == span.end) return Error("word " + std::to_string(i + 1) + " has an empty FORM");
    file_.tokens.push_back(span);
    if (!m) {
      file_.words.push_back(MakeWord(s.tokens[i], span, false));
      file_.words.back().form = std::move(stripped);
      return Status::Ok();
    }
    for (int j = m->first; j <= m->last; ++j) file_.words.push_back(MakeWord(s.tokens[j], span, true));
    return Status::Ok();
  }

  Status LinkParents(const Sentence& s, int base) {
    int size = static_cast<int>(s.tokens.size());
    for (int i = 0; i < size; ++i) {
      int head = s.tokens[i].head;
      UdWord& w = file_.words[base + i];
      if (head == Token::kRoot || head == Token::kNoHead) {
        w.parent = head == Token::kRoot ? kRootParent : kNoParent;
      } else if (head >= 0 && head < size) {
        w.parent = base + head;
      } else {
        return Error("word " + std::to_string(i + 1) + " has HEAD " + std::to_string(head + 1) +
                     ", outside the sentence");
      }
    }
    for (int i = base; i < base + size; ++i) {
      const UdWord& w = file_.words[i];
      if (w.parent >= 0 && w.functional) file_.words[w.parent].functional_children.push_back(i);
    }
    return Status::Ok();
  }

  const char* side_;
  UdFile& file_;
  size_t sentence_ = 0;
};

Result<UdFile> Load(const SentenceList& sentences, const char* side) {
  UdFile file;
  FileLoader loader(side, file);
  for (size_t n = 0; n < sentences.size(); ++n) KG_RETURN_IF_ERROR(loader.AddSentence(*sentences[n], n));
  return file;
}

std::string Utf8(std::u32string_view characters) {
  std::string out;
  for (char32_t c : characters) AppendUtf8(out, c);
  return out;
}

Status CheckSameCharacters(const UdFile& gold, const UdFile& system) {
  if (gold.characters == system.characters) return Status::Ok();
  auto [g, s] = std::mismatch(gold.characters.begin(), gold.characters.end(), system.characters.begin(),
                              system.characters.end());
  size_t at = static_cast<size_t>(g - gold.characters.begin());
  std::u32string_view gv = gold.characters, sv = system.characters;
  return Status::InvalidInput("the concatenated tokens of gold and system differ; first 20 differing characters: "
                              "gold \"" + Utf8(gv.substr(at, 20)) + "\", system \"" + Utf8(sv.substr(at, 20)) +
                              "\"");
}

// Which system word each gold word is aligned with, and back.
struct Alignment {
  std::vector<std::pair<int, int>> matched;  // gold word, system word
  std::vector<int> system_to_gold;           // kNotAligned for a word aligned with none
};

std::string Lower(std::string_view form) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(form.data(), static_cast<int32_t>(form.size())))
      .toLower(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

// The word alignment of the script's align_words, over gold and system words.
class WordAligner {
 public:
  WordAligner(const std::vector<UdWord>& gold, const std::vector<UdWord>& system) : gold_(gold), system_(system) {
    result_.system_to_gold.assign(system.size(), kNotAligned);
  }

  Alignment Align() {
    size_t gi = 0, si = 0;
    while (gi < gold_.size() && si < system_.size()) {
      if (gold_[gi].multiword || system_[si].multiword) {
        auto [gs, ss] = FindMultiwordSpan(gi, si);
        AlignByForms(gs, gi, ss, si);
      } else if (gold_[gi].span == system_[si].span) {
        Match(gi++, si++);
      } else if (gold_[gi].span.start <= system_[si].span.start) {
        ++gi;
      } else {
        ++si;
      }
    }
    return std::move(result_);
  }

 private:
  void Match(size_t g, size_t s) {
    result_.matched.emplace_back(static_cast<int>(g), static_cast<int>(s));
    result_.system_to_gold[s] = static_cast<int>(g);
  }

  static bool BeyondEnd(const std::vector<UdWord>& words, size_t i, int64_t end) {
    if (i >= words.size()) return true;
    return words[i].multiword ? words[i].span.start >= end : words[i].span.end > end;
  }

  static int64_t ExtendEnd(const UdWord& word, int64_t end) {
    return word.multiword && word.span.end > end ? word.span.end : end;
  }

  // The smallest stretch from (gi, si) that holds whole multiword tokens of
  // both sides: returns its start and leaves gi, si just past its end.
  std::pair<size_t, size_t> FindMultiwordSpan(size_t& gi, size_t& si) const {
    int64_t end = 0;
    if (gold_[gi].multiword) {
      end = gold_[gi].span.end;
      if (!system_[si].multiword && system_[si].span.start < gold_[gi].span.start) ++si;
    } else {
      end = system_[si].span.end;
      if (!gold_[gi].multiword && gold_[gi].span.start < system_[si].span.start) ++gi;
    }
    std::pair<size_t, size_t> start{gi, si};
    while (!BeyondEnd(gold_, gi, end) || !BeyondEnd(system_, si, end)) {
      if (gi < gold_.size() && (si >= system_.size() || gold_[gi].span.start <= system_[si].span.start)) {
        end = ExtendEnd(gold_[gi++], end);
      } else {
        end = ExtendEnd(system_[si++], end);
      }
    }
    return start;
  }

  // Aligns gold words [gs, ge) with system words [ss, se) along the longest
  // common subsequence of their lowercased forms.
  void AlignByForms(size_t gs, size_t ge, size_t ss, size_t se) {
    if (ge <= gs || se <= ss) return;
    size_t rows = ge - gs, cols = se - ss;
    std::vector<std::string> gold_forms, system_forms;
    for (size_t g = gs; g < ge; ++g) gold_forms.push_back(Lower(gold_[g].form));
    for (size_t s = ss; s < se; ++s) system_forms.push_back(Lower(system_[s].form));
    // lcs[g][s]: the LCS length of the suffixes from g and s; row and column
    // `rows`/`cols` are the empty suffixes.
    std::vector<std::vector<int>> lcs(rows + 1, std::vector<int>(cols + 1, 0));
    for (size_t g = rows; g-- > 0;) {
      for (size_t s = cols; s-- > 0;) {
        int same = gold_forms[g] == system_forms[s] ? 1 + lcs[g + 1][s + 1] : 0;
        lcs[g][s] = std::max({same, lcs[g + 1][s], lcs[g][s + 1]});
      }
    }
    for (size_t g = 0, s = 0; g < rows && s < cols;) {
      if (gold_forms[g] == system_forms[s]) {
        Match(gs + g++, ss + s++);
      } else if (lcs[g][s] == lcs[g + 1][s]) {
        ++g;
      } else {
        ++s;
      }
    }
  }

  const std::vector<UdWord>& gold_;
  const std::vector<UdWord>& system_;
  Alignment result_;
};

ConllScore SpansScore(const std::vector<CharSpan>& gold, const std::vector<CharSpan>& system) {
  ConllScore score;
  score.gold = static_cast<int64_t>(gold.size());
  score.system = static_cast<int64_t>(system.size());
  for (size_t gi = 0, si = 0; gi < gold.size() && si < system.size();) {
    if (system[si].start < gold[gi].start) {
      ++si;
    } else if (gold[gi].start < system[si].start) {
      ++gi;
    } else {
      score.correct += gold[gi++].end == system[si++].end;
    }
  }
  return score;
}

// Scores on aligned words: which words count (`keep`, asked of the gold word
// for aligned pairs) and when an aligned pair is right (`same`).
class AlignedScorer {
 public:
  AlignedScorer(const UdFile& gold, const UdFile& system, const Alignment& alignment)
      : gold_(gold), system_(system), alignment_(alignment) {}

  template <typename Keep, typename Same>
  ConllScore Score(Keep keep, Same same) const {
    ConllScore score;
    score.aligned = 0;
    for (const UdWord& w : gold_.words) score.gold += keep(w);
    for (const UdWord& w : system_.words) score.system += keep(w);
    for (auto [g, s] : alignment_.matched) {
      if (!keep(gold_.words[g])) continue;
      ++*score.aligned;
      score.correct += same(gold_.words[g], system_.words[s]);
    }
    return score;
  }

  // The gold word a system parent or child stands for, comparable with a
  // gold word's parent.
  int GoldOf(int system_parent) const {
    if (system_parent >= 0) return alignment_.system_to_gold[system_parent];
    return system_parent == kRootParent ? kRootParent : kUnmatchable;
  }

  bool SameHead(const UdWord& g, const UdWord& s) const { return g.parent == GoldOf(s.parent); }
  bool SameLabelledHead(const UdWord& g, const UdWord& s) const {
    return SameHead(g, s) && g.relation == s.relation;
  }
  bool SameFunctionalChildren(const UdWord& g, const UdWord& s) const {
    if (g.functional_children.size() != s.functional_children.size()) return false;
    for (size_t k = 0; k < g.functional_children.size(); ++k) {
      const UdWord& gc = gold_.words[g.functional_children[k]];
      const UdWord& sc = system_.words[s.functional_children[k]];
      if (g.functional_children[k] != GoldOf(s.functional_children[k]) || gc.relation != sc.relation ||
          gc.token->upos != sc.token->upos || gc.ufeats != sc.ufeats) {
        return false;
      }
    }
    return true;
  }

 private:
  const UdFile& gold_;
  const UdFile& system_;
  const Alignment& alignment_;
};

// A gold lemma "_" (here also empty) accepts whatever the system says.
bool SameLemma(const UdWord& g, const UdWord& s) {
  const std::string& lemma = g.token->lemma;
  return lemma.empty() || lemma == "_" || lemma == s.token->lemma;
}

ConllEvaluation Score(const UdFile& gold, const UdFile& system, const Alignment& alignment) {
  AlignedScorer a(gold, system, alignment);
  auto all = [](const UdWord&) { return true; };
  auto content = [](const UdWord& w) { return w.content; };
  auto upos = [](const UdWord& g, const UdWord& s) { return g.token->upos == s.token->upos; };
  auto xpos = [](const UdWord& g, const UdWord& s) { return g.token->xpos == s.token->xpos; };
  auto ufeats = [](const UdWord& g, const UdWord& s) { return g.ufeats == s.ufeats; };
  auto las = [&](const UdWord& g, const UdWord& s) { return a.SameLabelledHead(g, s); };

  ConllEvaluation e;
  e.tokens = SpansScore(gold.tokens, system.tokens);
  e.sentences = SpansScore(gold.sentences, system.sentences);
  e.words = {static_cast<int64_t>(alignment.matched.size()), static_cast<int64_t>(gold.words.size()),
             static_cast<int64_t>(system.words.size()), std::nullopt};
  e.upos = a.Score(all, upos);
  e.xpos = a.Score(all, xpos);
  e.ufeats = a.Score(all, ufeats);
  e.all_tags = a.Score(all, [&](const UdWord& g, const UdWord& s) { return upos(g, s) && xpos(g, s) && ufeats(g, s); });
  e.lemmas = a.Score(all, SameLemma);
  e.uas = a.Score(all, [&](const UdWord& g, const UdWord& s) { return a.SameHead(g, s); });
  e.las = a.Score(all, las);
  e.clas = a.Score(content, las);
  e.mlas = a.Score(content, [&](const UdWord& g, const UdWord& s) {
    return las(g, s) && upos(g, s) && ufeats(g, s) && a.SameFunctionalChildren(g, s);
  });
  e.blex = a.Score(content, [&](const UdWord& g, const UdWord& s) { return las(g, s) && SameLemma(g, s); });
  return e;
}

template <typename Container, typename Get>
SentenceList Pointers(const Container& sentences, Get get) {
  SentenceList list;
  list.reserve(sentences.size());
  for (const auto& s : sentences) list.push_back(&get(s));
  return list;
}

}  // namespace

SentenceList SentencesOf(const std::vector<ConlluSentence>& sentences) {
  return Pointers(sentences, [](const ConlluSentence& s) -> const Sentence& { return s.sentence; });
}

SentenceList SentencesOf(const std::vector<Sentence>& sentences) {
  return Pointers(sentences, [](const Sentence& s) -> const Sentence& { return s; });
}

Result<ConllEvaluation> EvaluateConll(const SentenceList& gold, const SentenceList& system) {
  KG_ASSIGN_OR_RETURN(UdFile gold_file, Load(gold, "gold"));
  KG_ASSIGN_OR_RETURN(UdFile system_file, Load(system, "system"));
  KG_RETURN_IF_ERROR(CheckSameCharacters(gold_file, system_file));
  Alignment alignment = WordAligner(gold_file.words, system_file.words).Align();
  return Score(gold_file, system_file, alignment);
}

std::string FormatConllTable(const ConllEvaluation& e) {
  static const std::pair<const char*, ConllScore ConllEvaluation::*> kRows[] = {
      {"Tokens", &ConllEvaluation::tokens}, {"Sentences", &ConllEvaluation::sentences},
      {"Words", &ConllEvaluation::words},   {"UPOS", &ConllEvaluation::upos},
      {"XPOS", &ConllEvaluation::xpos},     {"UFeats", &ConllEvaluation::ufeats},
      {"AllTags", &ConllEvaluation::all_tags}, {"Lemmas", &ConllEvaluation::lemmas},
      {"UAS", &ConllEvaluation::uas},       {"LAS", &ConllEvaluation::las},
      {"CLAS", &ConllEvaluation::clas},     {"MLAS", &ConllEvaluation::mlas},
      {"BLEX", &ConllEvaluation::blex}};
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n"
      "-----------+-----------+-----------+-----------+-----------\n";
  for (const auto& [name, member] : kRows) {
    const ConllScore& s = e.*member;
    std::optional<double> accuracy = s.AlignedAccuracy();
    out += fmt::format("{:11}|{:10.2f} |{:10.2f} |{:10.2f} |{}\n", name, 100 * s.Precision(), 100 * s.Recall(),
                       100 * s.F1(), accuracy ? fmt::format("{:10.2f}", 100 * *accuracy) : "");
  }
  return out;
}

}  // namespace kg::ingest
