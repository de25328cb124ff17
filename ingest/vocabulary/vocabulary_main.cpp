// kg-vocabulary: writes the generated predicate lexicon at build time.
//
//   kg-vocabulary --seeds DIR --wordnet DIR --out FILE
//
// Reads the hand-written lexicon files of DIR (the predicates and the
// expansion policy, vocabulary.json), WordNet 3.0 from its folder, and
// writes FILE (predicates.wordnet.generated.json). Run by the build
// (ingest/CMakeLists.txt) whenever the seeds, the policy or this program
// change. A malformed seed or policy entry: `FILE: what is wrong`, exit 1.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "ingest/events/predicate_lexicon.h"
#include "ingest/lexicon/lexicons.h"
#include "ingest/vocabulary/noun_classes.h"
#include "ingest/vocabulary/expansion_policy.h"
#include "ingest/vocabulary/generated_lexicon.h"
#include "ingest/vocabulary/vocabulary_expander.h"
#include "ingest/vocabulary/wordnet_database.h"

namespace {

using namespace kg::ingest;

struct Flags {
  std::string seeds, wordnet, out;
};

kg::Status ParseFlags(int argc, char** argv, Flags* flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    std::string* target = flag == "--seeds" ? &flags->seeds : flag == "--wordnet" ? &flags->wordnet
                          : flag == "--out"                    ? &flags->out
                                                               : nullptr;
    if (target == nullptr || i + 1 >= argc) {
      return kg::Status::Usage("usage: kg-vocabulary --seeds DIR --wordnet DIR --out FILE (unknown: " + flag + ")");
    }
    *target = argv[++i];
  }
  if (flags->seeds.empty() || flags->wordnet.empty() || flags->out.empty()) {
    return kg::Status::Usage("usage: kg-vocabulary --seeds DIR --wordnet DIR --out FILE");
  }
  return kg::Status::Ok();
}

kg::Status Run(const Flags& flags) {
  KG_ASSIGN_OR_RETURN(auto lexicons, Lexicons::Load(flags.seeds, GeneratedFiles::kExclude));
  KG_ASSIGN_OR_RETURN(auto seeds, events::PredicateLexicon::Load(lexicons));
  KG_ASSIGN_OR_RETURN(auto policy, vocabulary::ExpansionPolicy::Load(lexicons));
  KG_ASSIGN_OR_RETURN(auto wordnet, vocabulary::WordNetDatabase::Load(flags.wordnet));
  KG_ASSIGN_OR_RETURN(auto expansion, vocabulary::ExpandVocabulary(seeds, policy, wordnet));
  std::vector<std::string> sources;
  for (const auto* file : lexicons.OfKind("predicates")) sources.push_back(file->path);
  sources.push_back(policy.origin);
  sources.push_back(flags.wordnet);
  const std::vector<std::string> abstract_nouns = vocabulary::AbstractNouns(wordnet, policy);
  const std::vector<std::string> animate_nouns = vocabulary::AnimateNouns(wordnet, policy);
  const std::string text = vocabulary::GeneratedLexiconJson(expansion, seeds, sources, abstract_nouns, animate_nouns);
  const std::string partial = flags.out + ".partial";
  {
    std::ofstream out(partial, std::ios::binary);
    out << text;
    if (!out.flush()) return kg::Status::IOError(partial + ": cannot be written");
  }
  std::error_code error;
  std::filesystem::rename(partial, flags.out, error);
  if (error) return kg::Status::IOError(flags.out + ": " + error.message());
  size_t verbs = 0;
  for (const auto& w : expansion.words) verbs += w.pos == 'v';
  std::printf("kg-vocabulary: %s: %zu verbs, %zu nouns generated, %zu dropped; %zu abstract nouns, %zu animate nouns\n",
              flags.out.c_str(), verbs, expansion.words.size() - verbs, expansion.dropped.size(),
              abstract_nouns.size(), animate_nouns.size());
  return kg::Status::Ok();
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  kg::Status status = ParseFlags(argc, argv, &flags);
  if (status.ok()) status = Run(flags);
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.message().c_str());
    return 1;
  }
  return 0;
}
