// News-style training copies (ingest/syntax/news_style_copies.h): the
// inserted words are annotated as EWT annotates them, every original word
// keeps its gold head and relation, and only sentences with a place for the
// construction are copied.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "tests/syntax/conllu_text.h"
#include "ingest/syntax/news_style_copies.h"

using namespace kg::syntax;

namespace {

kg::Sentence Parse(const std::string& conllu) { return kg::test::ConlluText(conllu); }

// "Bush rejected the plan ." : a bare-name subject right before its finite
// verb, a place for both constructions.
const char* kRejected =
    "# text = Bush rejected the plan.\n"
    "1\tBush\tBush\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_\n"
    "2\trejected\treject\tVERB\tVBD\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_\n"
    "4\tplan\tplan\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n";

// "Looking at the plan ." : no subject, no place.
const char* kNoSubject =
    "# text = Looking at the plan.\n"
    "1\tLooking\tlook\tVERB\tVBG\tVerbForm=Ger\t0\troot\t_\t_\n"
    "2\tat\tat\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tplan\tplan\tNOUN\tNN\tNumber=Sing\t1\tobl\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n";

int Find(const kg::Sentence& s, const std::string& form) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].form == form) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

TEST_CASE("news-style copies keep every original word's gold attachment and annotate the inserted ones as EWT") {
  const kg::Sentence original = Parse(kRejected);
  std::vector<kg::Sentence> train(40, original);
  train.push_back(Parse(kNoSubject));
  NewsStyleCopySet set = NewsStyleCopies(train, NewsStyleOptions{.share = 1.0, .seed = 7});
  REQUIRE(set.copies.size() == 40);  // every sentence with a place, none without
  bool saw_time = false, saw_title = false;
  for (size_t c = 0; c < set.copies.size(); ++c) {
    const kg::Sentence& copy = set.copies[c];
    CHECK(set.origin[c] == c);
    REQUIRE(copy.tokens.size() > original.tokens.size());
    const int bush = Find(copy, "Bush"), rejected = Find(copy, "rejected"), plan = Find(copy, "plan");
    REQUIRE(bush >= 0);
    CHECK(copy.tokens[bush].head == rejected);
    CHECK(copy.tokens[bush].deprel == "nsubj");
    CHECK(copy.tokens[plan].head == rejected);
    CHECK(copy.tokens[Find(copy, "the")].head == plan);
    CHECK(copy.tokens[rejected].head == kg::Token::kRoot);
    for (const kg::Token& t : copy.tokens) {
      CHECK(t.text == t.form);
      CHECK_FALSE(t.upos.empty());
    }
    if (rejected - bush > 1) {  // a time phrase between them
      saw_time = true;
      const kg::Token& last = copy.tokens[rejected - 1];
      CHECK(last.head == rejected);
      CHECK((last.deprel == "obl:unmarked" || last.deprel == "obl"));
    }
    if (bush > 0) {  // a nationality and a title before the name
      saw_title = true;
      CHECK(copy.tokens[0].upos == "ADJ");
      CHECK(copy.tokens[0].deprel == "amod");
      CHECK(copy.tokens[0].head == bush);
      CHECK(copy.tokens[bush - 1].deprel == "nmod:desc");
      CHECK(copy.tokens[bush - 1].head == bush);
    }
  }
  CHECK(saw_time);
  CHECK(saw_title);
  auto again = NewsStyleCopies(train, NewsStyleOptions{.share = 1.0, .seed = 7});
  REQUIRE(again.copies.size() == set.copies.size());
  for (size_t c = 0; c < set.copies.size(); ++c) CHECK(again.copies[c].tokens.size() == set.copies[c].tokens.size());
}

TEST_CASE("no news-style copies at share 0, and about the share asked for otherwise") {
  std::vector<kg::Sentence> train(1000, Parse(kRejected));
  CHECK(NewsStyleCopies(train, NewsStyleOptions{.share = 0.0, .seed = 1}).copies.empty());
  size_t some = NewsStyleCopies(train, NewsStyleOptions{.share = 0.2, .seed = 1}).copies.size();
  CHECK(some > 150);
  CHECK(some < 250);
}
