// MainVerbRetry (ingest/syntax/main_verb_retry.h): which parsed sentences
// lack a finite main clause, and which participle may be read as their
// main verb. The trees are parses the committed model gave to sentences
// written for kgraph.
#include <doctest/doctest.h>

#include <string>

#include "ingest/syntax/main_verb_retry.h"
#include "tests/syntax/conllu_text.h"

using kg::syntax::HasFiniteMainClause;
using kg::syntax::MisreadMainVerb;

namespace {

// A sentence from "form upos xpos head deprel" lines.
kg::Sentence Tree(const std::string& rows) {
  std::string conllu, text, line;
  int id = 0;
  for (size_t at = 0; at < rows.size();) {
    const size_t end = rows.find('\n', at);
    line = rows.substr(at, end - at);
    at = end == std::string::npos ? rows.size() : end + 1;
    std::string f[5];
    size_t p = 0;
    for (auto& field : f) {
      const size_t q = line.find(' ', p);
      field = line.substr(p, q - p);
      p = q == std::string::npos ? line.size() : q + 1;
    }
    conllu += std::to_string(++id) + "\t" + f[0] + "\t" + f[0] + "\t" + f[1] + "\t" + f[2] + "\t_\t" + f[3] + "\t" +
              f[4] + "\t_\t_\n";
    text += (text.empty() ? "" : " ") + f[0];
  }
  return kg::test::ConlluText("# text = " + text + "\n" + conllu);
}

// "Peruvian police detained Bolivian smugglers", as the tagger misreads it.
const char* kMisread =
    "Peruvian ADJ JJ 2 amod\n"
    "police NOUN NN 0 root\n"
    "detained VERB VBN 2 acl\n"
    "Bolivian ADJ JJ 5 amod\n"
    "smugglers NOUN NNS 3 obj\n";

}  // namespace

TEST_CASE("a root clause without a finite verb is found, and the participle after its subject offered") {
  kg::Sentence s = Tree(kMisread);
  CHECK_FALSE(HasFiniteMainClause(s));
  CHECK(MisreadMainVerb(s) == 2);
}

TEST_CASE("a finite root, or a root with a finite auxiliary or copula, is a finite main clause") {
  CHECK(HasFiniteMainClause(Tree("police NOUN NN 2 nsubj\ndetained VERB VBD 0 root\n")));
  CHECK(HasFiniteMainClause(Tree("men NOUN NNS 3 nsubj:pass\nwere AUX VBD 3 aux:pass\ndetained VERB VBN 0 root\n")));
  CHECK(HasFiniteMainClause(Tree("it PRON PRP 3 nsubj\nis AUX VBZ 3 cop\ncalm ADJ JJ 0 root\n")));
}

TEST_CASE("no participle is offered after a determiner or an adjective, before 'by', or after a verb") {
  // "the occupied territories": attributive
  CHECK(MisreadMainVerb(Tree("Israel PROPN NNP 0 root\nthe DET DT 4 det\noccupied VERB VBN 4 amod\n"
                             "territories NOUN NNS 1 nmod\n")) == -1);
  // "nationals suspected by the West": a reduced passive
  CHECK(MisreadMainVerb(Tree("nationals NOUN NNS 0 root\nsuspected VERB VBN 1 acl\nby ADP IN 4 case\n"
                             "West PROPN NNP 2 obl\n")) == -1);
  // "men who have fled": the clause already has its verb
  CHECK(MisreadMainVerb(Tree("men NOUN NNS 0 root\nhave AUX VBP 3 aux\nfled VERB VBN 1 acl\n")) == -1);
  // no nominal before it: "Highly recommended"
  CHECK(MisreadMainVerb(Tree("Highly ADV RB 2 advmod\nrecommended VERB VBN 0 root\n")) == -1);
}

TEST_CASE("a title keeps its participle: a headline's passive") {
  kg::Sentence s = Tree("Militants NOUN NNS 0 root\nkilled VERB VBN 1 acl\nin ADP IN 4 case\nraid NOUN NN 2 obl\n");
  CHECK(MisreadMainVerb(s) == 1);
  s.section = kg::Section::kTitle;
  CHECK(MisreadMainVerb(s) == -1);
}
