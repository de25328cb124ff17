#include "ingest/relations/word_class.h"

#include <cctype>
#include <string>
#include <unordered_map>

namespace kg::ingest::relations {
namespace {

const std::unordered_map<std::string_view, WordClass>& ClosedClasses() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, WordClass>();
    auto add = [t](WordClass c, std::initializer_list<std::string_view> words) {
      for (auto w : words) t->emplace(w, c);
    };
    using W = WordClass;
    add(W::kDeterminer, {"the", "a", "an", "this", "these", "those", "some", "any", "all", "both",
                         "each", "every", "no", "another", "several", "many", "much", "few",
                         "other", "such", "either", "neither", "more", "most"});
    add(W::kPossessivePronoun, {"his", "her", "its", "their", "our", "my", "your"});
    add(W::kPronoun, {"he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me",
                      "himself", "herself", "itself", "themselves"});
    add(W::kPreposition, {"of", "in", "on", "at", "by", "for", "with", "from", "into", "about",
                          "over", "against", "between", "among", "toward", "towards", "during",
                          "under", "through", "across", "near", "without", "within", "despite",
                          "amid", "along", "around", "upon", "via", "regarding", "concerning",
                          "outside", "inside", "onto", "behind", "beyond", "than", "like", "per",
                          "except", "throughout", "following", "including"});
    add(W::kTo, {"to"});
    add(W::kBe, {"is", "are", "was", "were", "be", "been", "being", "am", "'s_be"});
    add(W::kHave, {"has", "have", "had", "having"});
    add(W::kDo, {"do", "does", "did"});
    add(W::kModal, {"will", "would", "shall", "should", "can", "could", "may", "might", "must",
                    "'ll", "wo", "ca"});
    add(W::kNegation, {"not", "n't", "never"});
    add(W::kConjunction, {"and", "or", "but", "nor", "&"});
    add(W::kRelative, {"which", "who", "whom", "that"});
    add(W::kSubordinator, {"while", "whereas", "because", "although", "though", "if", "unless",
                           "when", "whenever", "where", "since", "until", "before", "after",
                           "as", "so", "once", "whose", "what", "how", "why", "whether"});
    add(W::kReporting, {"said", "says", "say", "saying", "told", "tells", "according", "reported",
                        "reports", "added", "quoted", "announced", "stated", "noted",
                        "confirmed", "claimed", "claims"});
    add(W::kPossessiveMarker, {"'s", "'"});
    add(W::kAdverb, {"also", "still", "again", "today", "yesterday", "tonight", "already", "now",
                     "then", "here", "there", "further", "just", "even", "only", "not_yet",
                     "too", "soon", "later", "earlier", "once_again", "jointly", "last", "next",
                     "currently", "recently", "reportedly", "allegedly", "finally", "formally",
                     "officially", "publicly", "repeatedly", "strongly", "sharply",
                     "specifically", "initially", "immediately", "previously", "subsequently",
                     "effectively", "unilaterally", "personally", "long", "ever", "yet",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "overnight", "meanwhile", "however", "moreover", "instead"});
    add(W::kNumber, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "hundreds", "thousands", "dozens", "millions", "hundred", "thousand",
                     "million", "billion"});
    add(W::kComma, {","});
    add(W::kClauseBreak, {";", ":", "(", ")", "\"", "-", "--", ".", "?", "!", "[", "]", "``",
                          "''"});
    return t;
  }();
  return *table;
}

}  // namespace

WordClass ClassifyWord(std::string_view lower) {
  auto& table = ClosedClasses();
  auto it = table.find(lower);
  if (it != table.end()) return it->second;
  if (!lower.empty() && std::isdigit(static_cast<unsigned char>(lower[0]))) return WordClass::kNumber;
  if (lower.size() > 4 && lower.substr(lower.size() - 2) == "ly" && lower != "italy" &&
      lower != "family" && lower != "rally" && lower != "ally" && lower != "assembly" &&
      lower != "supply" && lower != "apply" && lower != "reply" && lower != "anomaly") {
    return WordClass::kAdverb;
  }
  return WordClass::kOpen;
}

}  // namespace kg::ingest::relations
