#include "ingest/relations/relation_finder.h"

#include <algorithm>
#include <cctype>

#include "ingest/relations/compound_view.h"
#include "ingest/relations/word_class.h"

namespace kg::ingest::relations {
namespace {

constexpr int kMaxSubjectDistance = 40;  // tokens scanned left for a subject
constexpr int kMaxClauseLength = 25;     // tokens scanned right for an object
constexpr int kMaxLightVerbGap = 5;      // "expressed [his deep] disapproval"

struct TaggedToken {
  std::string lower;
  WordClass word_class = WordClass::kOpen;
  bool capitalized = false;
  int mention = -1;                     // the mention covering it
  const VerbAnalysis* verb = nullptr;  // when the lexicon knows the form
};

enum class TriggerKind { kVerb, kLightVerb, kPossessive, kAdjectival, kBetween };

struct Trigger {
  TriggerKind kind;
  int verb = -1;           // the verb (or light verb) token
  int first = 0, end = 0;  // the trigger words: verb + particles, or the event noun(s)
  int predicate = -1;
  int possessor = -1;      // mention, for possessive and adjectival nominalizations
  int object_from = -1;    // where the object search starts, when not at `end`
};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The analysis of one sentence: tagged tokens and the searches over them.
class SentenceAnalysis {
 public:
  SentenceAnalysis(const PredicateLexicon& lexicon, const std::vector<Token>& tokens,
           const std::vector<ActorMention>& mentions)
      : lex_(lexicon), mentions_(mentions) {
    tags_.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      auto& t = tags_[i];
      t.lower = Lower(tokens[i].text);
      t.word_class = ClassifyWord(t.lower);
      t.capitalized = !tokens[i].text.empty() && std::isupper(static_cast<unsigned char>(tokens[i].text[0]));
      t.verb = lex_.AnalyzeVerb(t.lower);
    }
    for (int m = 0; m < static_cast<int>(mentions.size()); ++m) {
      // "troops", "officials" acting for no known state are plain nouns here.
      if (mentions[m].kind == MentionKind::kRoleNoun && mentions[m].actor < 0) continue;
      for (int i = std::max(0, mentions[m].first_token);
           i < std::min<int>(mentions[m].end_token, size()); ++i) {
        if (tags_[i].mention < 0) tags_[i].mention = m;
      }
    }
    consumed_.assign(tokens.size(), false);
  }

  std::vector<FoundRelation> FindAll();

 private:
  int size() const { return static_cast<int>(tags_.size()); }
  const TaggedToken& at(int i) const { return tags_[i]; }
  bool Is(int i, WordClass c) const { return i >= 0 && i < size() && tags_[i].word_class == c; }
  bool IsWord(int i, std::string_view w) const { return i >= 0 && i < size() && tags_[i].lower == w; }
  bool InMention(int i) const { return i >= 0 && i < size() && tags_[i].mention >= 0; }
  const ActorMention& mention(int m) const { return mentions_[m]; }

  // "(AU)" in "The African Union (AU) repeated": the
  // token before a parenthesis that closes at `p`, else `p` itself.
  int BeforeParenthesis(int p) const {
    if (!IsWord(p, ")")) return p;
    for (int k = p - 1; k >= 0 && p - k <= 8; --k) {
      if (IsWord(k, "(")) return k - 1;
    }
    return p;
  }

  // Skips adverbs, negation, time adverbials ("on Thursday") and a
  // parenthesis after the subject.
  int PreviousSkippingAdverbs(int i) const {
    int p = i - 1;
    while (p >= 0) {
      if (Is(p, WordClass::kAdverb) || Is(p, WordClass::kNegation)) {
        --p;
      } else if (BeforeParenthesis(p) != p) {
        p = BeforeParenthesis(p);
      } else if (Is(p, WordClass::kPreposition) && Is(p + 1, WordClass::kAdverb) && p + 1 < i) {
        --p;
      } else {
        break;
      }
    }
    return p;
  }
  int NextSkippingAdverbs(int i) const {
    while (i < size() && Is(i, WordClass::kAdverb)) ++i;
    return i;
  }

  bool IsVerbInContext(int i) const;
  bool IsPlainWord(int i) const;  // open class, no mention, not a verb here
  int MatchNoun(int i, const NounSense** sense) const;  // end of the noun, or -1

  std::vector<Trigger> FindTriggers();
  bool TryLightVerb(int i, std::vector<Trigger>* out);
  bool TryNominalization(int i, std::vector<Trigger>* out);
  void ConsumeComplement(int after, int predicate);
  bool IsPurposeClause(int verb) const;
  static bool IsFailure(std::string_view w) {
    return w == "fail" || w == "fails" || w == "failed" || w == "failing";
  }
  int ConditionAt(int pos) const;
  int PlaceOfEvent(int pos) const;
  std::vector<Participant> ParticipialSubjects(int verb, const std::vector<FoundRelation>& found) const;
  // "to" and a lower-case word: "to accept", not "to Gaza" or "to the".
  bool IsInfinitive(int k) const {
    return Is(k, WordClass::kTo) && k + 1 < size() && at(k + 1).word_class == WordClass::kOpen &&
           !InMention(k + 1) && !at(k + 1).capitalized;
  }
  void FindObligations(std::vector<FoundRelation>* found);

  std::vector<Participant> FindSubjects(int chain_start) const;
  std::vector<Participant> CoordinatedLeft(int m) const;
  std::vector<Participant> CoordinatedRight(int m, int limit) const;
  bool IsObjectOfVerb(int m) const;
  int PreferActor(int m) const;
  Participant AntecedentOfRelative(int relative) const;
  // `addressee_first`: "complained to X about Y" is about Y.
  std::vector<Participant> FindObjects(int pos, bool restricted, bool* scanned = nullptr,
                                       bool addressee_first = false) const;
  std::vector<Participant> FindAgent(int pos) const;
  int ClauseEnd(int pos) const;
  Participant KeyPhrase(int first, int end) const;

  const PredicateLexicon& lex_;
  const std::vector<ActorMention>& mentions_;
  std::vector<TaggedToken> tags_;
  std::vector<bool> consumed_;
};

// Whether the known verb form at `i` is used as a verb here (not as the
// noun "support" in "the support", nor the adjective "the proposed").
bool SentenceAnalysis::IsVerbInContext(int i) const {
  const VerbAnalysis* v = at(i).verb;
  if (v == nullptr || InMention(i)) return false;
  int p = PreviousSkippingAdverbs(i);
  if (p < 0) return false;
  const auto& prev = at(p);
  if (prev.word_class == WordClass::kPossessiveMarker) return false;  // "Russia's support"
  if (prev.mention >= 0) {
    const ActorMention& m = mention(prev.mention);
    // "its armed struggle", "its allies": a possessive makes a noun phrase.
    if (prev.word_class == WordClass::kPossessivePronoun) return false;
    // "a U.S. request", but "the Palestinians reached".
    if (m.kind == MentionKind::kAdjective && !m.plural && v->form == VerbForm::kBase) return false;
    // "the Israeli support", but "the Palestinians reject".
    if (v->form == VerbForm::kBase && !m.plural && (Is(m.first_token - 1, WordClass::kDeterminer) ||
                                                    Is(m.first_token - 1, WordClass::kPossessivePronoun))) {
      return false;
    }
    return v->form != VerbForm::kGerund;
  }
  switch (prev.word_class) {
    case WordClass::kDeterminer:
    case WordClass::kPossessivePronoun:
    case WordClass::kPossessiveMarker:
    case WordClass::kNumber:
    case WordClass::kPreposition:  // "in providing": a gerund as a noun
      return false;
    case WordClass::kBe:
    case WordClass::kHave:
    case WordClass::kDo:
    case WordClass::kTo:
      // "conceded to demands": an infinitive is never an -s form.
      return v->form != VerbForm::kThirdPerson;
    case WordClass::kModal:
    case WordClass::kPronoun:
    case WordClass::kRelative:
      return true;
    case WordClass::kComma:
    case WordClass::kConjunction:
      return v->form != VerbForm::kBase;
    case WordClass::kOpen:
      // "hostage-takers demands", "halt attacks": a plural subject does not
      // take -s, and after a verb an -s form is its object, a plural noun.
      if (v->form == VerbForm::kThirdPerson &&
          ((prev.lower.size() > 3 && prev.lower.back() == 's' && !prev.capitalized) ||
           (prev.verb != nullptr && lex_.VerbSenses(prev.verb->lemma) != nullptr))) {
        return false;
      }
      // "reject proposed changes": a participle right after a verb modifies its object.
      // (Only leftward recursion here: IsPlainWord would look right again.)
      if (v->form == VerbForm::kPast && i + 1 < size() && at(i + 1).word_class == WordClass::kOpen &&
          prev.verb != nullptr &&
          lex_.VerbSenses(prev.verb->lemma) != nullptr && IsVerbInContext(p)) {
        return false;
      }
      if (v->form == VerbForm::kPast || v->form == VerbForm::kThirdPerson) return true;
      // "officials agree" but not "military aid", nor "a weapons supply":
      // after a singular determiner a verb would have to agree with it.
      if (v->form == VerbForm::kBase) {
        for (int k = p - 1; k >= 0 && k >= p - 3; --k) {
          if (IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "another") || IsWord(k, "each") ||
              IsWord(k, "every")) {
            return false;
          }
          if (at(k).word_class != WordClass::kOpen || InMention(k)) break;
        }
      }
      return v->form == VerbForm::kBase && (prev.capitalized || prev.lower.back() == 's');
    default:
      return false;
  }
}

bool SentenceAnalysis::IsPlainWord(int i) const {
  return i >= 0 && i < size() && at(i).word_class == WordClass::kOpen && at(i).mention < 0 &&
         !IsVerbInContext(i);
}

int SentenceAnalysis::MatchNoun(int i, const NounSense** sense) const {
  if (i < 0 || i >= size() || InMention(i)) return -1;
  const auto* senses = lex_.NounsStartingWith(at(i).lower);
  if (senses == nullptr) return -1;
  for (const auto& s : *senses) {
    int n = static_cast<int>(s.words.size());
    if (i + n > size()) continue;
    bool match = true;
    for (int k = 1; k < n && match; ++k) match = at(i + k).lower == s.words[k];
    if (match) {
      *sense = &s;
      return i + n;
    }
  }
  return -1;
}

// "expressed his disapproval of", "held talks with", "signed a treaty".
bool SentenceAnalysis::TryLightVerb(int i, std::vector<Trigger>* out) {
  const std::string& lemma = at(i).verb->lemma;
  for (int j = i + 1; j < size() && j <= i + kMaxLightVerbGap; ++j) {
    const NounSense* sense = nullptr;
    int end = MatchNoun(j, &sense);
    if (end > 0) {
      int predicate = lex_.Phrase(lemma, sense->lemma);
      if (predicate < 0 && lex_.IsLightVerb(lemma)) predicate = sense->predicate;
      if (predicate < 0) return false;
      size_t first_trigger = out->size();
      out->push_back({TriggerKind::kLightVerb, i, j, end, predicate, -1, -1});
      // "its rejection and condemnation of": one light verb, two events.
      int k = end;
      while (IsWord(k, "and") && (end = MatchNoun(k + 1, &sense)) > 0 && sense->predicate >= 0) {
        out->push_back({TriggerKind::kLightVerb, i, k + 1, end, sense->predicate, -1, -1});
        k = end;
      }
      for (size_t t = first_trigger; t < out->size(); ++t) (*out)[t].object_from = k;
      for (int c = j; c < k; ++c) consumed_[c] = true;
      ConsumeComplement(k, predicate);  // "reiterated its demand that Israel ease"
      return true;
    }
    if (Is(j, WordClass::kDeterminer) || Is(j, WordClass::kPossessivePronoun) ||
        Is(j, WordClass::kNumber) || Is(j, WordClass::kAdverb) || IsPlainWord(j) ||
        (InMention(j) && mention(at(j).mention).kind == MentionKind::kPronoun)) {
      continue;
    }
    return false;
  }
  return false;
}

// "Russia's cooperation with", "its support for", "Palestinian riots against",
// "a conversation between A and B".
bool SentenceAnalysis::TryNominalization(int i, std::vector<Trigger>* out) {
  const NounSense* sense = nullptr;
  int end = MatchNoun(i, &sense);
  if (end < 0 || sense->predicate < 0) return false;
  int p = i - 1;
  if (IsPlainWord(p) && !at(p).capitalized) --p;  // "Russia's ongoing cooperation"
  if (Is(p, WordClass::kPossessiveMarker) && InMention(p - 1)) {
    out->push_back({TriggerKind::kPossessive, -1, i, end, sense->predicate, at(p - 1).mention, -1});
    return true;
  }
  if (InMention(p)) {
    const ActorMention& m = mention(at(p).mention);
    if (m.kind == MentionKind::kPronoun && Is(p, WordClass::kPossessivePronoun)) {
      out->push_back({TriggerKind::kPossessive, -1, i, end, sense->predicate, at(p).mention, -1});
      return true;
    }
    int before = Is(m.first_token - 1, WordClass::kDeterminer) ? m.first_token - 2 : m.first_token - 1;
    if (m.kind == MentionKind::kAdjective && m.end_token == p + 1 &&
        !Is(before, WordClass::kPreposition)) {  // "negotiations on an Israeli pullback": a topic
      out->push_back({TriggerKind::kAdjectival, -1, i, end, sense->predicate, at(p).mention, -1});
      return true;
    }
  }
  if (lex_.predicate(sense->predicate).symmetric && IsWord(end, "between") && InMention(end + 1)) {
    out->push_back({TriggerKind::kBetween, -1, i, end, sense->predicate, -1, -1});
    return true;
  }
  return false;
}

// "agreed to provide", "threatened to cut off", "demanded that Egypt
// release": the first verb says what the event is; what is demanded,
// threatened, promised or refused is not another event.
void SentenceAnalysis::ConsumeComplement(int after, int predicate) {
  int k = NextSkippingAdverbs(after);
  if (Is(k, WordClass::kTo)) {
    int c = NextSkippingAdverbs(k + 1);
    if (c < size() && at(c).verb != nullptr) consumed_[c] = true;
    return;
  }
  const std::string& category = lex_.predicate(predicate).category;
  if (category != "DEMAND" && category != "THREATEN" && category != "AGREE" && category != "REJECT") {
    return;
  }
  for (int end = ClauseEnd(k); k < end; ++k) {
    if (at(k).verb != nullptr && lex_.VerbSenses(at(k).verb->lemma) != nullptr) {
      consumed_[k] = true;
      return;
    }
  }
}

// "phoned the minister to discuss", "closed the bridge to make a point":
// an infinitive after a noun phrase says what for, not what happened.
bool SentenceAnalysis::IsPurposeClause(int verb) const {
  int to = PreviousSkippingAdverbs(verb);
  if (!Is(to, WordClass::kTo)) return false;
  int p = PreviousSkippingAdverbs(to);
  if (p < 0) return false;
  if (InMention(p) || Is(p, WordClass::kNumber)) return true;
  if (at(p).word_class != WordClass::kOpen || lex_.IsIntentMarker(at(p).lower)) return false;
  const std::string& w = at(p).lower;
  // "demands to release": a known form that is a noun here ends a noun phrase.
  bool verb_like = (at(p).verb != nullptr && IsVerbInContext(p)) ||
                   (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0);
  return !verb_like;
}

// The "if" or "unless" that opens a condition on the event ending at
// `pos` ("will withdraw its force unless ..."), or -1.
int SentenceAnalysis::ConditionAt(int pos) const {
  for (int k = pos; k < size(); ++k) {
    if (IsWord(k, "if") || IsWord(k, "unless")) return k;
    if (Is(k, WordClass::kClauseBreak) || Is(k, WordClass::kReporting)) break;
  }
  return -1;
}

// "killed eleven shoppers after they detonated a bomb in Garissa", "fired
// on a checkpoint in Hebron": an event with no actor as its object is coded
// against the state where it happens. The mention of the "in" place
// after `pos` in the same sentence part, or -1.
int SentenceAnalysis::PlaceOfEvent(int pos) const {
  for (int k = pos; k + 1 < size(); ++k) {
    if (Is(k, WordClass::kClauseBreak) || Is(k, WordClass::kReporting)) break;
    if (!IsWord(k, "in")) continue;
    int a = k + 1;
    if (Is(a, WordClass::kDeterminer)) ++a;
    // "in the capital Kabul", "in northern India", "in the village of Kothur"
    for (int n = 0; n < 3 && IsPlainWord(a) && !at(a).capitalized; ++n) ++a;
    if (IsWord(a, "of")) ++a;
    if (!InMention(a)) continue;
    const int m = PreferActor(at(a).mention);
    const ActorMention& place = mention(m);
    const bool state_or_place = place.kind == MentionKind::kPlace ||
                                (place.kind == MentionKind::kName && place.actor >= 0 &&
                                 place.actor == place.entity && place.role.empty() && !place.sector);
    if (state_or_place && place.actor >= 0) return m;
  }
  return -1;
}

// ", wounding a guard and seizing two trucks": a participle clause after a
// comma shares the subject of the clause it hangs on, the last event
// found before it.
std::vector<Participant> SentenceAnalysis::ParticipialSubjects(int verb,
                                                               const std::vector<FoundRelation>& found) const {
  if (at(verb).verb == nullptr || at(verb).verb->form != VerbForm::kGerund || found.empty()) return {};
  int p = PreviousSkippingAdverbs(verb);
  if (!(Is(p, WordClass::kComma) || IsWord(p, "and") || IsWord(p, "or"))) return {};
  const FoundRelation& last = found.back();
  if (last.phrase_first >= verb || last.rule == "obligation-clause") return {};
  return last.subjects;
}

// "Russia said that Sudan must return the helicopter": Russia demands of
// Sudan; the returning is what is demanded, not an event.
void SentenceAnalysis::FindObligations(std::vector<FoundRelation>* found) {
  const int demands = lex_.FindPredicate("demands");
  if (demands < 0) return;
  for (int i = 1; i < size(); ++i) {
    if (!lex_.IsObligationMarker(at(i).lower)) continue;
    int v = NextSkippingAdverbs(i + 1);
    if (v < size() && at(v).verb != nullptr) consumed_[v] = true;
    auto targets = FindSubjects(i);
    if (targets.empty() || !targets.front().is_mention()) continue;
    int k = mention(targets.front().mention).first_token - 1;
    if (IsWord(k, "that")) --k;
    k = PreviousSkippingAdverbs(k + 1);
    // The verb that introduces the clause: said, reiterated, concluded ...
    if (k < 0 || InMention(k) || at(k).word_class == WordClass::kDeterminer) continue;
    const std::string& w = at(k).lower;
    bool verb_like = at(k).verb != nullptr || at(k).word_class == WordClass::kReporting ||
                     (w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.back() == 's'));
    if (!verb_like) continue;
    // "agreed that both governments should consult": the verb that
    // introduces the clause is the event; only saying one must is a demand.
    if (at(k).verb != nullptr) {
      const auto* senses = lex_.VerbSenses(at(k).verb->lemma);
      if (senses != nullptr && lex_.predicate(senses->front().predicate).category != "DEMAND") continue;
    }
    FoundRelation r;
    r.predicate = demands;
    r.subjects = FindSubjects(k);
    r.objects = targets;
    r.phrase_first = k;
    r.phrase_end = i + 1;
    r.rule = "obligation-clause";
    if (!r.subjects.empty()) found->push_back(std::move(r));
  }
}

std::vector<Trigger> SentenceAnalysis::FindTriggers() {
  std::vector<Trigger> triggers;
  for (int i = 0; i < size(); ++i) {
    if (consumed_[i]) continue;
    if (at(i).verb != nullptr && IsVerbInContext(i)) {
      if (TryLightVerb(i, &triggers)) continue;
      const auto* senses = lex_.VerbSenses(at(i).verb->lemma);
      if (senses == nullptr) continue;
      for (const auto& sense : *senses) {
        int n = static_cast<int>(sense.particles.size());
        bool match = i + n < size();
        for (int k = 0; k < n && match; ++k) match = at(i + 1 + k).lower == sense.particles[k];
        if (!match) continue;
        triggers.push_back({TriggerKind::kVerb, i, i, i + 1 + n, sense.predicate, -1, -1});
        ConsumeComplement(i + 1 + n, sense.predicate);
        break;
      }
      continue;
    }
    TryNominalization(i, &triggers);
  }
  return triggers;
}

std::vector<Participant> SentenceAnalysis::CoordinatedLeft(int m) const {
  std::vector<Participant> group{{PreferActor(m), 0, 0}};
  int k = mention(m).first_token - 1;
  // "Israel and the Palestinians", "President Kagame and his party"
  if (Is(k, WordClass::kDeterminer) || Is(k, WordClass::kPossessivePronoun)) --k;
  // "A, B and C": the last link is "and"; a lone comma is no coordination
  // ("between X and Y, Netanyahu expressed").
  if (!IsWord(k, "and") && !IsWord(k, "or")) return group;
  while (k >= 1 && (IsWord(k, "and") || Is(k, WordClass::kComma)) && InMention(k - 1)) {
    int left = at(k - 1).mention;
    group.insert(group.begin(), {PreferActor(left), 0, 0});
    k = mention(left).first_token - 1;
    if (Is(k, WordClass::kDeterminer) || Is(k, WordClass::kPossessivePronoun)) --k;
  }
  return group;
}

// A mention acting for no known state next to one that does: the compound
// "[United Nations] [Emergency Relief Coordinator]" or the apposition
// "[Kofi Annan], [UN secretary-general]," acts for the other's state.
int SentenceAnalysis::PreferActor(int m) const {
  if (mention(m).actor >= 0) return m;
  int before = mention(m).first_token - 1;
  if (InMention(before) && mention(at(before).mention).actor >= 0) return at(before).mention;
  int after = mention(m).end_token;
  if (Is(after, WordClass::kComma)) {
    int a = after + 1;
    if (Is(a, WordClass::kDeterminer)) ++a;
    if (InMention(a) && mention(at(a).mention).actor >= 0 &&
        mention(at(a).mention).kind != MentionKind::kPronoun) {
      return at(a).mention;
    }
  }
  // "the village of Kothur in northern India": a place no state is known
  // for stands for the state it is said to be in.
  if (IsWord(after, "in")) {
    int a = after + 1;
    if (Is(a, WordClass::kDeterminer)) ++a;
    if (IsPlainWord(a) && !at(a).capitalized) ++a;  // "southeastern", "war-torn"
    if (InMention(a) && mention(at(a).mention).actor >= 0 &&
        mention(at(a).mention).kind != MentionKind::kPronoun &&
        mention(at(a).mention).kind != MentionKind::kRoleNoun) {
      return at(a).mention;
    }
  }
  return m;
}

std::vector<Participant> SentenceAnalysis::CoordinatedRight(int m, int limit) const {
  std::vector<Participant> group{{PreferActor(m), 0, 0}};
  int k = mention(m).end_token;
  while (k + 1 < limit && (IsWord(k, "and") || IsWord(k, "or") || Is(k, WordClass::kComma))) {
    int next = k + 1;
    if (Is(next, WordClass::kDeterminer)) ++next;
    if (!InMention(next)) break;
    int right = at(next).mention;
    group.push_back({PreferActor(right), 0, 0});
    k = mention(right).end_token;
  }
  return group;
}

// "... met Y and criticized Z": Y is the object of "met", not a subject.
bool SentenceAnalysis::IsObjectOfVerb(int m) const {
  int k = mention(m).first_token - 1;
  while (k >= 0 && (Is(k, WordClass::kDeterminer) || Is(k, WordClass::kNumber))) --k;
  return k >= 0 && at(k).verb != nullptr && IsVerbInContext(k) &&
         at(k).word_class != WordClass::kBe && at(k).word_class != WordClass::kHave;
}

// The noun phrase "which" refers back to. In "X's support for a Security
// Council resolution for a truce, which was vetoed", the antecedent is the
// first thing-noun of the chain (the resolution), else the first noun phrase.
Participant SentenceAnalysis::AntecedentOfRelative(int relative) const {
  int a = relative - 1;
  if (Is(a, WordClass::kComma)) --a;
  if (a < 0) return {};
  if (InMention(a) && mention(at(a).mention).end_token == a + 1) return {at(a).mention, 0, 0};
  int start = a;
  while (start - 1 >= 0) {
    int p = start - 1;
    bool nominal = InMention(p) || IsPlainWord(p) || Is(p, WordClass::kDeterminer) ||
                   Is(p, WordClass::kPossessiveMarker) || Is(p, WordClass::kNumber) ||
                   IsWord(p, "for") || IsWord(p, "of");
    if (!nominal) break;
    start = p;
  }
  Participant first_phrase;
  int np_start = start;
  for (int k = start; k <= a + 1; ++k) {
    if (k == a + 1 || IsWord(k, "for") || IsWord(k, "of")) {
      Participant phrase = KeyPhrase(np_start, k);
      if (!phrase.empty()) {
        if (lex_.IsObjectNoun(at(phrase.end - 1).lower)) return phrase;
        if (first_phrase.empty()) first_phrase = phrase;
      }
      np_start = k + 1;
    }
  }
  return first_phrase;
}

std::vector<Participant> SentenceAnalysis::FindSubjects(int chain_start) const {
  int fallback = -1;
  for (int j = chain_start - 1; j >= 0 && chain_start - j <= kMaxSubjectDistance; --j) {
    if (BeforeParenthesis(j) != j) {
      j = BeforeParenthesis(j) + 1;  // the loop's --j lands before "("
      continue;
    }
    if (InMention(j)) {
      int m = at(j).mention;
      int first = mention(m).first_token;
      int before = Is(first - 1, WordClass::kDeterminer) ? first - 2 : first - 1;
      bool governed = Is(before, WordClass::kPreposition) || Is(before, WordClass::kTo);  // "aid to X"
      if (!governed && !IsObjectOfVerb(m)) return CoordinatedLeft(m);
      if (governed && fallback < 0 && IsWord(before, "in")) fallback = m;  // "rebels in X"
      j = first;
      continue;
    }
    const WordClass c = at(j).word_class;
    if (c == WordClass::kRelative && IsWord(j, "that") && j > 0 &&
        (at(j - 1).word_class == WordClass::kReporting || at(j - 1).verb != nullptr)) {
      continue;  // "said that it is determined to ...": the speaker
    }
    // "migrants, whom officials accuse": the antecedent is the object.
    if (c == WordClass::kRelative && IsWord(j, "whom")) break;
    if (c == WordClass::kRelative) {
      Participant antecedent = AntecedentOfRelative(j);
      if (antecedent.is_mention()) return CoordinatedLeft(antecedent.mention);
      if (!antecedent.empty()) return {antecedent};
      break;
    }
    if (c == WordClass::kSubordinator || c == WordClass::kClauseBreak) break;
  }
  if (fallback >= 0) return {{fallback, 0, 0}};
  return {};
}

int SentenceAnalysis::ClauseEnd(int pos) const {
  int end = std::min(size(), pos + kMaxClauseLength);
  const int start = NextSkippingAdverbs(pos);  // "demanded Friday that ...": "that" opens the object
  for (int k = pos; k < end; ++k) {
    const WordClass c = at(k).word_class;
    if (c == WordClass::kClauseBreak || c == WordClass::kSubordinator || c == WordClass::kComma ||
        c == WordClass::kReporting || (c == WordClass::kRelative && k > start)) {
      return k;
    }
    if ((IsWord(k, "and") || IsWord(k, "but")) && k + 1 < size() && at(k + 1).verb != nullptr &&
        IsVerbInContext(k + 1)) {
      return k;  // "... and exploded bombs": another event
    }
  }
  return end;
}

// The words of a noun phrase that name a thing, without determiners and
// without the actors that modify it: "a U.N. Security Council resolution"
// -> "resolution".
Participant SentenceAnalysis::KeyPhrase(int first, int end) const {
  int head_end = end;
  while (head_end > first && (Is(head_end - 1, WordClass::kPossessiveMarker) ||
                              !(at(head_end - 1).word_class == WordClass::kOpen))) {
    --head_end;
  }
  if (head_end <= first || InMention(head_end - 1)) return {};
  int start = head_end - 1;
  while (start - 1 >= first && IsPlainWord(start - 1)) --start;
  return {-1, start, head_end};
}

std::vector<Participant> SentenceAnalysis::FindAgent(int pos) const {
  int limit = ClauseEnd(pos);
  for (int k = pos; k + 1 < limit; ++k) {
    if (!IsWord(k, "by")) continue;
    int a = k + 1;
    if (Is(a, WordClass::kDeterminer)) ++a;
    if (InMention(a)) return CoordinatedRight(at(a).mention, limit);
    return {};
  }
  return {};
}

// The object of the event whose words end at `pos`: the noun phrase after
// it (through a preposition, "that", or an infinitive), the actor that owns
// or modifies that phrase, or the first actor later in the clause; failing
// those, the phrase itself as a thing. `restricted` (nominalizations) wants
// a preposition right after the noun and no scanning.
std::vector<Participant> SentenceAnalysis::FindObjects(int pos, bool restricted, bool* scanned,
                                                       bool addressee_first) const {
  const int limit = ClauseEnd(pos);
  Participant fallback;
  int k = pos;
  for (int depth = 0; depth < 4 && k < limit; ++depth) {
    k = NextSkippingAdverbs(k);
    if (depth == 0 && IsWord(k, "that") && !restricted) ++k;
    if (!restricted && IsInfinitive(k)) {
      k += 2;  // "agreed to undertake ...": look at the complement's object
      if (IsWord(k, "up") || IsWord(k, "off") || IsWord(k, "out") || IsWord(k, "down")) ++k;
      continue;
    }
    bool has_preposition = Is(k, WordClass::kPreposition) || Is(k, WordClass::kTo);
    if (restricted && depth == 0 && !has_preposition) return {};
    if (restricted && IsInfinitive(k)) return {};
    const bool addressee = addressee_first && depth == 0 && Is(k, WordClass::kTo);
    if (has_preposition) ++k;
    int first = k;
    while (k < limit && (Is(k, WordClass::kDeterminer) || Is(k, WordClass::kPossessivePronoun) ||
                         Is(k, WordClass::kNumber))) {
      ++k;
    }
    while (k < limit && (InMention(k) || Is(k, WordClass::kPossessiveMarker) ||
                         Is(k, WordClass::kNumber) ||
                         (at(k).word_class == WordClass::kOpen && !(k > first && IsVerbInContext(k))))) {
      ++k;
    }
    const int np_end = k;
    if (np_end == first) break;
    if (addressee) continue;  // "complained to the UN over X": the UN only hears it
    const int head = Is(np_end - 1, WordClass::kPossessiveMarker) ? np_end - 2 : np_end - 1;
    if (InMention(head) && !(InMention(first) && Is(first, WordClass::kPossessivePronoun) &&
                             head == first)) {
      return CoordinatedRight(at(head).mention, limit);
    }
    if (lex_.IsObjectNoun(at(head).lower)) return {KeyPhrase(first, np_end)};
    // The actor owning or modifying the phrase: "Russia's positions", "a
    // U.S. request", "Sierra Leonean and Liberian refugees".
    for (int t = first; t < np_end; ++t) {
      if (InMention(t) && !Is(t, WordClass::kPossessivePronoun)) return CoordinatedRight(at(t).mention, np_end);
    }
    if (fallback.empty()) fallback = KeyPhrase(first, np_end);
    if (IsWord(np_end, "of")) {  // "the deployment of X", "scores of Y refugees"
      k = np_end;
      continue;
    }
    // "the positions taken by Moscow's envoys"
    if (np_end + 1 < limit && at(np_end).verb != nullptr && IsWord(np_end + 1, "by")) {
      auto agent = FindAgent(np_end + 1);
      if (!agent.empty()) return agent;
    }
    break;
  }
  if (!restricted) {
    for (int t = k; t < limit; ++t) {
      if (!InMention(t)) continue;
      int m = at(t).mention;
      // "in all its forms": a possessive pronoun is not an object.
      if (Is(t, WordClass::kPossessivePronoun)) continue;
      if (scanned != nullptr) *scanned = true;
      return CoordinatedRight(m, limit);
    }
  }
  if (!fallback.empty()) return {fallback};
  return {};
}

std::vector<FoundRelation> SentenceAnalysis::FindAll() {
  std::vector<FoundRelation> found;
  FindObligations(&found);
  const int promises = lex_.FindPredicate("promises");
  const int threatens = lex_.FindPredicate("threatens");
  const int fights = lex_.FindPredicate("fights");
  const int rejects = lex_.FindPredicate("rejects");
  for (const Trigger& trigger : FindTriggers()) {
    FoundRelation r;
    r.predicate = trigger.predicate;
    r.phrase_first = trigger.verb >= 0 ? trigger.verb : trigger.first;
    r.phrase_end = trigger.end;
    if (trigger.kind == TriggerKind::kPossessive || trigger.kind == TriggerKind::kAdjectival) {
      r.rule = trigger.kind == TriggerKind::kPossessive ? "possessive-nominalization"
                                                         : "adjectival-nominalization";
      r.subjects = {{trigger.possessor, 0, 0}};
      r.objects = FindObjects(trigger.end, /*restricted=*/true);
      r.phrase_first = std::min(r.phrase_first, mention(trigger.possessor).first_token);
      if (r.objects.empty()) continue;
      found.push_back(std::move(r));
      continue;
    }
    if (trigger.kind == TriggerKind::kBetween) {
      r.rule = "between-nominalization";
      r.subjects = CoordinatedRight(at(trigger.end + 1).mention, ClauseEnd(trigger.end + 1));
      if (r.subjects.size() < 2) continue;
      found.push_back(std::move(r));
      continue;
    }
    // The verb chain before the verb: auxiliaries, negation, "willing to".
    int chain_start = trigger.verb;
    bool be = false, future = false, intent = false;
    for (int k = trigger.verb - 1; k >= 0; --k) {
      const WordClass c = at(k).word_class;
      if (c == WordClass::kNegation) {
        r.negated = true;
      } else if (c == WordClass::kBe) {
        be = be || k == PreviousSkippingAdverbs(trigger.verb);
      } else if (c == WordClass::kModal) {
        future = future || lex_.IsFutureMarker(at(k).lower);
      } else if (lex_.IsIntentMarker(at(k).lower) && Is(k + 1, WordClass::kTo)) {
        intent = true;
      } else if (Is(k + 1, WordClass::kTo) && at(k).verb == nullptr && IsFailure(at(k).lower)) {
        r.negated = true;  // "failed to reach agreement": it did not happen
      } else if (!(c == WordClass::kAdverb || c == WordClass::kHave || c == WordClass::kDo ||
                   c == WordClass::kTo)) {
        break;
      }
      chain_start = k;
    }
    if (IsWord(trigger.verb - 1, "longer") && IsWord(trigger.verb - 2, "no")) r.negated = true;
    if (IsPurposeClause(trigger.verb)) continue;
    // "relaxed by two hours the curfew": a "by" without an actor after it
    // measures; it does not make the verb passive.
    const bool passive = at(trigger.verb).verb->form == VerbForm::kPast &&
                         (be || (IsWord(trigger.end, "by") && !FindAgent(trigger.end).empty()));
    auto participial = ParticipialSubjects(trigger.verb, found);
    if (trigger.kind == TriggerKind::kLightVerb) {
      r.rule = "light-verb";
      r.subjects = participial.empty() ? FindSubjects(chain_start) : participial;
      r.objects = FindObjects(trigger.object_from >= 0 ? trigger.object_from : trigger.end,
                              /*restricted=*/false, &r.object_scanned);
    } else if (passive) {
      r.subjects = FindAgent(trigger.end);
      if (r.subjects.empty()) continue;  // "B was vetoed": by whom is unknown
      if (be) {
        r.objects = FindSubjects(chain_start);
      } else if (InMention(trigger.verb - 1)) {  // "the envoys expelled by X"
        r.objects = {{at(trigger.verb - 1).mention, 0, 0}};
      } else {
        continue;
      }
      bool relative = Is(chain_start - 1, WordClass::kRelative);
      r.rule = relative ? "relative-passive" : "passive-agent";
    } else {
      r.subjects = participial.empty() ? FindSubjects(chain_start) : participial;
      const std::string& category = lex_.predicate(r.predicate).category;
      const bool complaint = category == "DISAPPROVE" || category == "PROTEST";
      // "complained to the UN over X": with "to" as the verb's particle the
      // addressee still comes first.
      const int object_from = complaint && trigger.end > trigger.verb + 1 && Is(trigger.end - 1, WordClass::kTo)
                                  ? trigger.end - 1
                                  : trigger.end;
      r.objects = FindObjects(object_from, /*restricted=*/false, &r.object_scanned, complaint);
      if (r.objects.empty() && (category == "DISAPPROVE" || category == "PROTEST")) {
        r.objects = FindObjects(trigger.end, /*restricted=*/false, &r.object_scanned);
      }
      r.rule = Is(chain_start - 1, WordClass::kRelative) ? "relative-active" : "active-verb";
    }
    if (r.subjects.empty()) continue;
    r.phrase_first = std::min(r.phrase_first, chain_start);
    // PLOVER: violence by a state's armed forces ("Russian aircraft killed")
    // is conventional military force, FIGHT; ASSAULT is the rest.
    if (lex_.predicate(r.predicate).category == "ASSAULT" && fights >= 0 &&
        std::all_of(r.subjects.begin(), r.subjects.end(), [&](const Participant& s) {
          return s.is_mention() && mention(s.mention).sector == "MIL" && mention(s.mention).actor >= 0;
        })) {
      r.predicate = fights;
    }
    // "peacekeeping troops arrived in Bosnia": armed forces moving in are
    // deployed, not visiting; consultations are between civilians.
    if (lex_.predicate(r.predicate).category == "CONSULT" &&
        std::all_of(r.subjects.begin(), r.subjects.end(), [&](const Participant& s) {
          return s.is_mention() && mention(s.mention).sector == "MIL";
        })) {
      continue;
    }
    // Said of the future, an event is a promise or a threat (CAMEO 03 / 13).
    if ((future || intent) && !r.negated) {
      const std::string& category = lex_.predicate(r.predicate).category;
      if ((category == "SUPPORT" || category == "COOPERATE" || category == "AID" ||
           category == "CONSULT" || category == "CONCEDE" || category == "RETREAT") &&
          promises >= 0) {
        r.predicate = promises;
      } else if ((category == "ASSAULT" || category == "FIGHT" || category == "COERCE" ||
                  category == "SANCTION" || category == "MOBILIZE") &&
                 threatens >= 0) {
        r.predicate = threatens;
      }
    }
    // Violence, coercion, protest and troop moves are coded against where
    // they happen; "suggested a mission in Gaza" proposes the mission.
    const std::string& acted = lex_.predicate(r.predicate).category;
    const bool physical = acted == "ASSAULT" || acted == "FIGHT" || acted == "COERCE" || acted == "PROTEST" ||
                          acted == "MOBILIZE";
    const bool actor_acts = std::any_of(r.subjects.begin(), r.subjects.end(), [&](const Participant& p) {
      return p.is_mention() && mention(p.mention).actor >= 0;
    });
    if (actor_acts && (r.objects.empty() || physical) &&
        std::none_of(r.objects.begin(), r.objects.end(), [](const Participant& o) { return o.is_mention(); })) {
      const int place = PlaceOfEvent(trigger.end);
      if (place >= 0) {
        r.objects = {{place, 0, 0}};
        r.object_scanned = true;
      }
    }
    if (trigger.kind == TriggerKind::kVerb && !passive) {
      for (Participant& subject : r.subjects) {
        if (subject.is_mention() && mention(subject.mention).actor < 0 &&
            mention(subject.mention).kind != MentionKind::kPronoun) {
          subject.located_in = PlaceOfEvent(trigger.end);
        }
      }
    }
    const int condition = ConditionAt(trigger.end);
    // "will withdraw its force unless ...": a promise on a condition the
    // other side must meet is a threat (CAMEO 13).
    if (r.predicate == promises && condition >= 0 && IsWord(condition, "unless") && threatens >= 0) {
      r.predicate = threatens;
    }
    // "threatened to abandon the talks if South Korea holds its drills":
    // whom a threat is aimed at is who must meet its condition.
    if (r.predicate == threatens && condition >= 0 &&
        std::none_of(r.objects.begin(), r.objects.end(), [](const Participant& o) { return o.is_mention(); })) {
      int subject = condition + 1;
      if (Is(subject, WordClass::kDeterminer)) ++subject;
      if (InMention(subject)) r.objects = CoordinatedRight(at(subject).mention, ClauseEnd(subject));
    }
    // "did not accept", "failed to reach agreement", "would not meet their
    // demands": refusing to agree or yield is a rejection (CAMEO 12).
    const std::string& final_category = lex_.predicate(r.predicate).category;
    // (Not proposing or promising is no rejection: "does not recommend".)
    const bool agreement = final_category == "AGREE" && lex_.predicate(r.predicate).symmetric;
    if (r.negated && rejects >= 0 && (agreement || final_category == "CONCEDE")) {
      // "Sudan and Chad failed to reach agreement": each rejects the other.
      r.mutual = lex_.predicate(r.predicate).symmetric;
      r.predicate = rejects;
      r.negated = false;
      r.rule = "refusal";
    }
    found.push_back(std::move(r));
  }
  return found;
}

}  // namespace

std::vector<std::pair<Participant, Participant>> RelationPairs(const FoundRelation& relation,
                                                               const Predicate& predicate) {
  std::vector<std::pair<Participant, Participant>> pairs;
  // "Jordan and Britain agreed to undertake exercises": they agree with each other.
  bool mutual = (predicate.symmetric || relation.mutual) && relation.subjects.size() >= 2;
  if (relation.objects.empty() || mutual) {
    if (!mutual) return pairs;
    for (const auto& a : relation.subjects) {
      for (const auto& b : relation.subjects) {
        if (&a != &b) pairs.emplace_back(a, b);
      }
    }
    return pairs;
  }
  for (const auto& s : relation.subjects) {
    for (const auto& o : relation.objects) {
      pairs.emplace_back(s, o);
      // Only an object the verb takes ("A met B") does it back; an actor met
      // later in the clause ("agreed to a mandate for the force in Lebanon")
      // is a target at most.
      if (predicate.symmetric && o.is_mention() && relation.objects.size() == 1 && !relation.object_scanned) {
        pairs.emplace_back(o, s);
      }
    }
  }
  return pairs;
}

std::vector<FoundRelation> RelationFinder::Find(const std::vector<Token>& tokens,
                                                const std::vector<ActorMention>& mentions) const {
  const CompoundView view(tokens, mentions);
  if (view.Unchanged()) return SentenceAnalysis(lexicon_, tokens, mentions).FindAll();
  std::vector<FoundRelation> found = SentenceAnalysis(lexicon_, view.tokens(), view.mentions()).FindAll();
  for (FoundRelation& relation : found) view.MapBack(relation);
  return found;
}

}  // namespace kg::ingest::relations
