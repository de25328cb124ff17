// SubjectRepair (ingest/parser/subject_repair.h): the split subjects the
// parser gives wire copy are mended, and nothing else is touched. Each case
// is a parse the committed model gave to a sentence written for kgraph.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "tests/syntax/conllu_text.h"
#include "ingest/parser/subject_repair.h"

using kg::syntax::RepairSubjects;

namespace {

// A CoNLL-U sentence from "id form upos head deprel" lines (lemma = form).
kg::Sentence Tree(const std::string& rows) {
  std::istringstream lines(rows);
  std::string conllu, text, line;
  while (std::getline(lines, line)) {
    std::istringstream f(line);
    std::string id, form, upos, head, deprel;
    f >> id >> form >> upos >> head >> deprel;
    const std::string xpos = form == "-" ? "HYPH" : "_";
    conllu += id + "\t" + form + "\t" + form + "\t" + upos + "\t" + xpos + "\t_\t" + head + "\t" + deprel + "\t_\t_\n";
    text += (text.empty() ? "" : " ") + form;
  }
  return kg::test::ConlluText("# text = " + text + "\n" + conllu);
}

// "form:head-form:deprel" of token i (0-based), head "ROOT" for the root.
std::string Arc(const kg::Sentence& s, int i) {
  const kg::Token& t = s.tokens[i];
  return t.form + ":" + (t.head < 0 ? std::string("ROOT") : s.tokens[t.head].form) + ":" + t.deprel;
}

}  // namespace

TEST_CASE("a time word parsed as the subject goes to the verb, its compound becomes the subject") {
  // Pakistan today threatened Chad .
  kg::Sentence s = Tree(
      "1 Pakistan PROPN 2 compound\n"
      "2 today NOUN 3 nsubj\n"
      "3 threatened VERB 0 root\n"
      "4 Chad PROPN 3 obj\n"
      "5 . PUNCT 3 punct\n");
  CHECK(RepairSubjects(s) > 0);
  CHECK(Arc(s, 0) == "Pakistan:threatened:nsubj");
  CHECK(Arc(s, 1) == "today:threatened:obl:unmarked");
}

TEST_CASE("the time word's other dependents follow the new subject") {
  // The Security Council today agreed .
  kg::Sentence s = Tree(
      "1 The DET 4 det\n"
      "2 Security PROPN 3 compound\n"
      "3 Council PROPN 4 compound\n"
      "4 today NOUN 5 nsubj\n"
      "5 agreed VERB 0 root\n"
      "6 . PUNCT 5 punct\n");
  RepairSubjects(s);
  CHECK(Arc(s, 0) == "The:Council:det");
  CHECK(Arc(s, 1) == "Security:Council:compound");
  CHECK(Arc(s, 2) == "Council:agreed:nsubj");
  CHECK(Arc(s, 3) == "today:agreed:obl:unmarked");
}

TEST_CASE("a time word that is a second subject becomes an adverbial") {
  // Denmark today accepted it .
  kg::Sentence s = Tree(
      "1 Denmark PROPN 3 nsubj\n"
      "2 today NOUN 3 nsubj\n"
      "3 accepted VERB 0 root\n"
      "4 it PRON 3 obj\n"
      "5 . PUNCT 3 punct\n");
  RepairSubjects(s);
  CHECK(Arc(s, 0) == "Denmark:accepted:nsubj");
  CHECK(Arc(s, 1) == "today:accepted:obl:unmarked");
}

TEST_CASE("a time word that is the only subject stays the subject") {
  // Today was quiet .
  kg::Sentence s = Tree(
      "1 Today NOUN 3 nsubj\n"
      "2 was AUX 3 cop\n"
      "3 quiet ADJ 0 root\n"
      "4 . PUNCT 3 punct\n");
  CHECK(RepairSubjects(s) == 0);
  CHECK(Arc(s, 0) == "Today:quiet:nsubj");
}

TEST_CASE("a title chain cut in two is one subject again") {
  // Kyrgyz Prime Minister Nikolai Tanaev received them .
  kg::Sentence s = Tree(
      "1 Kyrgyz ADJ 6 nsubj\n"
      "2 Prime PROPN 3 compound\n"
      "3 Minister PROPN 4 compound\n"
      "4 Nikolai PROPN 6 nsubj\n"
      "5 Tanaev PROPN 4 flat\n"
      "6 received VERB 0 root\n"
      "7 them PRON 6 obj\n");
  RepairSubjects(s);
  CHECK(Arc(s, 0) == "Kyrgyz:Nikolai:amod");
  CHECK(Arc(s, 3) == "Nikolai:received:nsubj");
}

TEST_CASE("a possessive half becomes nmod:poss, and a determiner moves to the head") {
  // Israel 's Cabinet met .   /   The rebel Front announced .
  kg::Sentence s = Tree(
      "1 Israel PROPN 4 nsubj\n"
      "2 's PART 1 case\n"
      "3 Cabinet PROPN 4 nsubj\n"
      "4 met VERB 0 root\n");
  RepairSubjects(s);
  CHECK(Arc(s, 0) == "Israel:Cabinet:nmod:poss");
  CHECK(Arc(s, 2) == "Cabinet:met:nsubj");
  kg::Sentence t = Tree(
      "1 The DET 2 det\n"
      "2 rebel NOUN 4 nsubj\n"
      "3 Front PROPN 4 nsubj\n"
      "4 announced VERB 0 root\n");
  RepairSubjects(t);
  CHECK(Arc(t, 0) == "The:Front:det");
  CHECK(Arc(t, 1) == "rebel:Front:compound");
}

TEST_CASE("a left half ending in a conjunct: the conjunct modifies the right half, which is the conjunct") {
  // Libyan leader Gaddafi and Bulgarian President Zhivkov signed .
  kg::Sentence s = Tree(
      "1 Libyan ADJ 3 amod\n"
      "2 leader NOUN 3 compound\n"
      "3 Gaddafi PROPN 8 nsubj\n"
      "4 and CCONJ 5 cc\n"
      "5 Bulgarian ADJ 3 conj\n"
      "6 President PROPN 7 compound\n"
      "7 Zhivkov PROPN 8 nsubj\n"
      "8 signed VERB 0 root\n");
  RepairSubjects(s);
  CHECK(Arc(s, 3) == "and:Zhivkov:cc");
  CHECK(Arc(s, 4) == "Bulgarian:Zhivkov:amod");
  CHECK(Arc(s, 6) == "Zhivkov:Gaddafi:conj");
  CHECK(Arc(s, 2) == "Gaddafi:signed:nsubj");
}

TEST_CASE("subjects that are not adjacent, or hold a clause or a comma, are left as parsed") {
  // which he said would help : two pronouns
  kg::Sentence pronouns = Tree(
      "1 which PRON 3 nsubj\n"
      "2 he PRON 3 nsubj\n"
      "3 said VERB 0 root\n");
  CHECK(RepairSubjects(pronouns) == 0);
  // Rebels fought , officials said : a comma between the halves
  kg::Sentence report = Tree(
      "1 Rebels NOUN 5 nsubj\n"
      "2 fought VERB 1 acl\n"
      "3 , PUNCT 4 punct\n"
      "4 officials NOUN 5 nsubj\n"
      "5 said VERB 0 root\n");
  CHECK(RepairSubjects(report) == 0);
  CHECK(Arc(report, 0) == "Rebels:said:nsubj");
}

TEST_CASE("a sentence without heads is left alone") {
  kg::Sentence s = Tree("1 today NOUN _ _\n2 Chad PROPN _ _\n");
  CHECK(RepairSubjects(s) == 0);
}
