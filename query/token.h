// Token: one lexical unit of a query, with where it starts.
#pragma once

#include <string>

#include "query/source_error.h"

namespace kg::query {

enum class TokenKind {
  kEnd,
  kIdentifier,  // names and keywords; keywords are matched case-insensitively by the parser
  kQuotedIdentifier,  // `back quoted`: never a keyword
  kString,
  kInteger,
  kFloat,
  kParameter,  // $name; text holds the name
  kLParen, kRParen, kLBracket, kRBracket, kLBrace, kRBrace,
  kComma, kColon, kSemicolon, kDot, kDotDot, kPipe,
  kEq, kNeq, kLt, kLe, kGt, kGe, kRegexMatch,
  kPlus, kMinus, kStar, kSlash, kPercent,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;  // identifier / string contents after unescaping, or the literal's spelling
  SourcePos pos;
  uint32_t end_offset = 0;  // one past the token's last byte in the statement
};

// How a token kind reads in an error message: "')'", "a string", "end of input".
std::string DescribeTokenKind(TokenKind kind);
std::string DescribeToken(const Token& token);

}  // namespace kg::query
