#include "tests/actors/actors_test_util.h"

#include <cstdlib>
#include <iostream>
#include <memory>

#include "ingest/actors/apposition_coding.h"
#include "ingest/syntax/syntax_model.h"
#include "tests/test_util.h"

namespace kg::test {

namespace {
template <typename T>
T Must(Result<T> result) {
  if (!result.ok()) {
    std::cerr << result.status().message() << "\n";
    std::abort();
  }
  return std::move(result).value();
}
}  // namespace

const ingest::Lexicons& ShippedLexicons() {
  static const ingest::Lexicons lexicons = Must(ingest::Lexicons::Load(SourcePath("ingest/lexicons")));
  return lexicons;
}

const ingest::ActorRecognizer& ShippedRecognizer() {
  static const auto recognizer = Must(ingest::ActorRecognizer::Load(ShippedLexicons()));
  return *recognizer;
}

std::vector<std::string> DescribeMentions(const std::string& text) {
  static auto segmenter = Must(ingest::Segmenter::Create(ShippedLexicons()));
  Document document;
  document.text = text;
  auto sentences = segmenter->SegmentText(text);
  // Parsed as `kg ingest` parses them: recognition reads the tree ("it").
  static const auto model = Must(syntax::SyntaxModel::Load(Must(syntax::FindSyntaxModel(""))));
  for (auto& sentence : sentences) {
    const std::vector<bool> names = ShippedRecognizer().KnownNameTokens(sentence);
    model.Annotate(sentence, &names);
  }
  std::vector<ExtractedEntity> entities;
  auto mentions = ShippedRecognizer().Recognize(document, sentences, &entities);
  ingest::CodeByApposition(sentences, mentions, entities);
  auto rows = ingest::ToExtractedMentions(document, sentences, mentions);
  std::vector<std::string> lines;
  size_t row = 0;
  for (const auto& sentence_mentions : mentions) {
    for (const auto& mention : sentence_mentions) {
      const auto& entity = entities.at(mention.entity);
      std::string code = "-";
      if (mention.actor >= 0 && entities.at(mention.actor).code) code = *entities.at(mention.actor).code;
      lines.push_back(rows.at(row++).surface + " | " + entity.name + " | " + code + " | " +
                      mention.sector.value_or("-") + " | " + std::string(ingest::MentionCodingName(mention.coded_by)));
    }
  }
  return lines;
}

}  // namespace kg::test
