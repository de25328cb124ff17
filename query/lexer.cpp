#include "query/lexer.h"

#include <cctype>

namespace kg::query {

std::string DescribeTokenKind(TokenKind kind) {
  switch (kind) {
    case TokenKind::kEnd: return "end of input";
    case TokenKind::kIdentifier:
    case TokenKind::kQuotedIdentifier: return "a name";
    case TokenKind::kString: return "a string";
    case TokenKind::kInteger: return "an integer";
    case TokenKind::kFloat: return "a float";
    case TokenKind::kParameter: return "a parameter";
    case TokenKind::kLParen: return "'('";
    case TokenKind::kRParen: return "')'";
    case TokenKind::kLBracket: return "'['";
    case TokenKind::kRBracket: return "']'";
    case TokenKind::kLBrace: return "'{'";
    case TokenKind::kRBrace: return "'}'";
    case TokenKind::kComma: return "','";
    case TokenKind::kColon: return "':'";
    case TokenKind::kSemicolon: return "';'";
    case TokenKind::kDot: return "'.'";
    case TokenKind::kDotDot: return "'..'";
    case TokenKind::kPipe: return "'|'";
    case TokenKind::kEq: return "'='";
    case TokenKind::kNeq: return "'<>'";
    case TokenKind::kLt: return "'<'";
    case TokenKind::kLe: return "'<='";
    case TokenKind::kGt: return "'>'";
    case TokenKind::kGe: return "'>='";
    case TokenKind::kRegexMatch: return "'=~'";
    case TokenKind::kPlus: return "'+'";
    case TokenKind::kMinus: return "'-'";
    case TokenKind::kStar: return "'*'";
    case TokenKind::kSlash: return "'/'";
    case TokenKind::kPercent: return "'%'";
  }
  return "?";
}

std::string DescribeToken(const Token& token) {
  switch (token.kind) {
    case TokenKind::kEnd: return "end of input";
    case TokenKind::kIdentifier: return "'" + token.text + "'";
    case TokenKind::kQuotedIdentifier: return "`" + token.text + "`";
    case TokenKind::kString: return "string '" + token.text + "'";
    case TokenKind::kInteger:
    case TokenKind::kFloat: return "number " + token.text;
    case TokenKind::kParameter: return "parameter $" + token.text;
    default: return DescribeTokenKind(token.kind);
  }
}

namespace {

class Lexer {
 public:
  Lexer(std::string_view text, SourcePos origin)
      : text_(text), line_(origin.line), first_line_indent_(origin.column - 1) {}

  Result<std::vector<Token>> Run() {
    std::vector<Token> tokens;
    for (;;) {
      KG_RETURN_IF_ERROR(SkipSpaceAndComments());
      Token token;
      token.pos = Here();
      if (at_ >= text_.size()) {
        token.kind = TokenKind::kEnd;
        token.end_offset = static_cast<uint32_t>(at_);
        tokens.push_back(std::move(token));
        return tokens;
      }
      KG_RETURN_IF_ERROR(Next(token));
      token.end_offset = static_cast<uint32_t>(at_);
      tokens.push_back(std::move(token));
    }
  }

 private:
  SourcePos Here() const {
    const size_t indent = line_start_ == 0 ? first_line_indent_ : 0;
    return {static_cast<uint32_t>(at_), line_, static_cast<uint32_t>(at_ - line_start_ + 1 + indent)};
  }
  char Peek(size_t ahead = 0) const { return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0'; }
  void Advance() {
    if (text_[at_] == '\n') {
      ++line_;
      line_start_ = at_ + 1;
    }
    ++at_;
  }
  Status ErrorAt(SourcePos pos, const std::string& message) const { return SourceError(text_, pos, message); }

  Status SkipSpaceAndComments() {
    for (;;) {
      while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(Peek()))) Advance();
      if (Peek() == '/' && Peek(1) == '/') {
        while (at_ < text_.size() && Peek() != '\n') Advance();
      } else if (Peek() == '/' && Peek(1) == '*') {
        SourcePos start = Here();
        Advance();
        Advance();
        while (at_ < text_.size() && !(Peek() == '*' && Peek(1) == '/')) Advance();
        if (at_ >= text_.size()) return ErrorAt(start, "comment '/*' is never closed with '*/'");
        Advance();
        Advance();
      } else {
        return Status::Ok();
      }
    }
  }

  static bool IsNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
  static bool IsNamePart(char c) { return IsNameStart(c) || std::isdigit(static_cast<unsigned char>(c)); }

  Status Next(Token& token) {
    char c = Peek();
    if (IsNameStart(c)) {
      size_t start = at_;
      while (at_ < text_.size() && IsNamePart(Peek())) Advance();
      token.kind = TokenKind::kIdentifier;
      token.text = std::string(text_.substr(start, at_ - start));
      return Status::Ok();
    }
    if (std::isdigit(static_cast<unsigned char>(c))) return Number(token);
    if (c == '\'' || c == '"') return String(token);
    if (c == '`') return QuotedName(token);
    if (c == '$') {
      Advance();
      size_t start = at_;
      while (at_ < text_.size() && IsNamePart(Peek())) Advance();
      if (at_ == start) return ErrorAt(token.pos, "expected a parameter name after '$'");
      token.kind = TokenKind::kParameter;
      token.text = std::string(text_.substr(start, at_ - start));
      return Status::Ok();
    }
    struct Punct {
      const char* spelling;
      TokenKind kind;
    };
    // Longest first, so "<=" wins over "<".
    static constexpr Punct kPuncts[] = {
        {"..", TokenKind::kDotDot}, {"<>", TokenKind::kNeq}, {"<=", TokenKind::kLe},
        {">=", TokenKind::kGe},     {"=~", TokenKind::kRegexMatch}, {"!=", TokenKind::kNeq},
        {"(", TokenKind::kLParen},  {")", TokenKind::kRParen},  {"[", TokenKind::kLBracket},
        {"]", TokenKind::kRBracket}, {"{", TokenKind::kLBrace}, {"}", TokenKind::kRBrace},
        {",", TokenKind::kComma},   {":", TokenKind::kColon},   {";", TokenKind::kSemicolon},
        {".", TokenKind::kDot},     {"|", TokenKind::kPipe},    {"=", TokenKind::kEq},
        {"<", TokenKind::kLt},      {">", TokenKind::kGt},      {"+", TokenKind::kPlus},
        {"-", TokenKind::kMinus},   {"*", TokenKind::kStar},    {"/", TokenKind::kSlash},
        {"%", TokenKind::kPercent},
    };
    for (const auto& p : kPuncts) {
      std::string_view s(p.spelling);
      if (text_.substr(at_, s.size()) == s) {
        for (size_t i = 0; i < s.size(); ++i) Advance();
        token.kind = p.kind;
        token.text = std::string(s);
        return Status::Ok();
      }
    }
    return ErrorAt(token.pos, std::string("unexpected character '") + c + "'");
  }

  Status Number(Token& token) {
    size_t start = at_;
    bool is_float = false;
    while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
    if (Peek() == '.' && std::isdigit(static_cast<unsigned char>(Peek(1)))) {
      is_float = true;
      Advance();
      while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
    }
    if ((Peek() == 'e' || Peek() == 'E') &&
        (std::isdigit(static_cast<unsigned char>(Peek(1))) ||
         ((Peek(1) == '-' || Peek(1) == '+') && std::isdigit(static_cast<unsigned char>(Peek(2)))))) {
      is_float = true;
      Advance();
      if (Peek() == '-' || Peek() == '+') Advance();
      while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
    }
    if (IsNameStart(Peek())) return ErrorAt(Here(), "a number must not run into a name");
    token.kind = is_float ? TokenKind::kFloat : TokenKind::kInteger;
    token.text = std::string(text_.substr(start, at_ - start));
    return Status::Ok();
  }

  Status String(Token& token) {
    char quote = Peek();
    Advance();
    std::string out;
    for (;;) {
      if (at_ >= text_.size()) return ErrorAt(token.pos, "string is never closed");
      char c = Peek();
      if (c == quote) {
        Advance();
        break;
      }
      if (c != '\\') {
        out += c;
        Advance();
        continue;
      }
      SourcePos escape_pos = Here();
      Advance();
      if (at_ >= text_.size()) return ErrorAt(token.pos, "string is never closed");
      char e = Peek();
      Advance();
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'u': {
          uint32_t cp = 0;
          for (int i = 0; i < 4; ++i) {
            char h = Peek();
            if (!std::isxdigit(static_cast<unsigned char>(h))) {
              return ErrorAt(escape_pos, "\\u needs four hexadecimal digits");
            }
            cp = cp * 16 + static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(h))
                                                     ? h - '0'
                                                     : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
            Advance();
          }
          AppendUtf8(out, cp);
          break;
        }
        default:
          return ErrorAt(escape_pos, std::string("unknown escape '\\") + e + "' in a string");
      }
    }
    token.kind = TokenKind::kString;
    token.text = std::move(out);
    return Status::Ok();
  }

  static void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  Status QuotedName(Token& token) {
    Advance();
    std::string out;
    for (;;) {
      if (at_ >= text_.size()) return ErrorAt(token.pos, "name in back quotes is never closed");
      if (Peek() == '`') {
        Advance();
        if (Peek() != '`') break;  // `` inside is one back quote
      }
      out += Peek();
      Advance();
    }
    if (out.empty()) return ErrorAt(token.pos, "a name in back quotes must not be empty");
    token.kind = TokenKind::kQuotedIdentifier;
    token.text = std::move(out);
    return Status::Ok();
  }

  std::string_view text_;
  size_t at_ = 0;
  uint32_t line_ = 1;
  size_t line_start_ = 0;
  size_t first_line_indent_ = 0;  // columns before the text on its first line
};

}  // namespace

Result<std::vector<Token>> Tokenize(std::string_view text, SourcePos origin) { return Lexer(text, origin).Run(); }

}  // namespace kg::query
