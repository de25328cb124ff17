#include "query/parser.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "query/lexer.h"
#include "query/query_limits.h"

namespace kg::query {

const char* ast::BinaryOpSpelling(ast::BinaryOp op) {
  using ast::BinaryOp;
  switch (op) {
    case BinaryOp::kOr: return "OR";
    case BinaryOp::kXor: return "XOR";
    case BinaryOp::kAnd: return "AND";
    case BinaryOp::kEq: return "=";
    case BinaryOp::kNeq: return "<>";
    case BinaryOp::kLt: return "<";
    case BinaryOp::kLe: return "<=";
    case BinaryOp::kGt: return ">";
    case BinaryOp::kGe: return ">=";
    case BinaryOp::kIn: return "IN";
    case BinaryOp::kStartsWith: return "STARTS WITH";
    case BinaryOp::kEndsWith: return "ENDS WITH";
    case BinaryOp::kContains: return "CONTAINS";
    case BinaryOp::kRegexMatch: return "=~";
    case BinaryOp::kAdd: return "+";
    case BinaryOp::kSub: return "-";
    case BinaryOp::kMul: return "*";
    case BinaryOp::kDiv: return "/";
    case BinaryOp::kMod: return "%";
  }
  return "?";
}

namespace {

using namespace ast;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Words that cannot name a variable unless back-quoted, so that a missing
// expression reads as "expected an expression but found 'RETURN'".
constexpr std::array<std::string_view, 30> kReserved = {
    "MATCH", "WHERE", "RETURN", "ORDER", "BY", "SKIP", "LIMIT", "AND", "OR", "XOR",
    "NOT", "IN", "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE", "DISTINCT",
    "AS", "ASC", "DESC", "ASCENDING", "DESCENDING", "EXPLAIN", "OPTIONAL", "WITH", "UNWIND", "CASE"};

bool IsReserved(const Token& t) {
  if (t.kind != TokenKind::kIdentifier) return false;
  return std::any_of(kReserved.begin(), kReserved.end(), [&](std::string_view k) { return EqualsIgnoreCase(t.text, k); });
}

// Deepest nesting of parentheses, brackets and operators the parser follows;
// deeper input is refused rather than overflowing the stack.
constexpr int kMaxDepth = 200;

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

  Result<Statement> Run() {
    Statement st;
    bool explain = false;
    if (IsKeyword("EXPLAIN")) {
      explain = true;
      Consume();
    }
    if (!IsMatch() && !IsKeyword("UNWIND") && !IsKeyword("WITH") && !IsKeyword("RETURN")) {
      if (IsKeyword("OPTIONAL")) return (Consume(), Expected("MATCH after OPTIONAL"));
      if (IsKeyword("CREATE") || IsKeyword("MERGE") || IsKeyword("DELETE") || IsKeyword("SET")) {
        return Error(Peek(), "'" + Peek().text + "' is not supported: kgraph's queries only read");
      }
      return Expected("MATCH, UNWIND, WITH or RETURN");
    }
    bool where_allowed = false;  // the last clause is a MATCH without WHERE
    int withs = 0;
    while (IsMatch() || IsKeyword("UNWIND") || IsKeyword("WITH")) {
      if (IsKeyword("WITH")) {
        // What came before becomes the input of the rest. Each WITH nests
        // the statement one level deeper for the later stages, so their
        // number is bounded like expression nesting.
        if (++withs > kMaxDepth) return Error(Peek(), "too many WITH clauses in one statement");
        KG_RETURN_IF_ERROR(ParseReturn(st));
        Statement rest;
        rest.input = std::make_unique<Statement>(std::move(st));
        if (IsKeyword("WHERE")) {
          Consume();
          KG_ASSIGN_OR_RETURN(rest.input_where, ParseExpr());
        }
        st = std::move(rest);
        where_allowed = false;
        continue;
      }
      if (IsKeyword("UNWIND")) {
        UnwindClause u;
        KG_RETURN_IF_ERROR(ParseUnwind(u));
        u.before_match = st.matches.size();
        st.unwinds.push_back(std::move(u));
        where_allowed = false;
        continue;
      }
      MatchClause m;
      if (IsKeyword("OPTIONAL")) {
        m.optional = true;
        Consume();
      }
      KG_RETURN_IF_ERROR(ParseMatch(m));
      where_allowed = m.where == nullptr;
      st.matches.push_back(std::move(m));
    }
    st.explain = explain;
    if (!IsKeyword("RETURN")) {
      if (IsKeyword("OPTIONAL")) return (Consume(), Expected("MATCH after OPTIONAL"));
      return Expected(where_allowed ? "MATCH, UNWIND, WITH, WHERE or RETURN" : "MATCH, UNWIND, WITH or RETURN");
    }
    KG_RETURN_IF_ERROR(ParseReturn(st));
    if (Peek().kind == TokenKind::kSemicolon) Consume();
    if (Peek().kind != TokenKind::kEnd) {
      return Expected(st.limit ? "end of statement" : st.skip ? "LIMIT or end of statement"
                                                             : "ORDER BY, SKIP, LIMIT or end of statement");
    }
    return st;
  }

 private:
  const Token& Peek(size_t ahead = 0) const { return tokens_[std::min(at_ + ahead, tokens_.size() - 1)]; }
  const Token& Consume() {
    const Token& t = tokens_[at_];
    if (at_ + 1 < tokens_.size()) ++at_;
    return t;
  }
  bool IsKeyword(std::string_view kw, size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kIdentifier && EqualsIgnoreCase(Peek(ahead).text, kw);
  }
  // MATCH or OPTIONAL MATCH.
  bool IsMatch() const { return IsKeyword("MATCH") || (IsKeyword("OPTIONAL") && IsKeyword("MATCH", 1)); }
  Status Error(const Token& at, const std::string& message) const { return SourceError(text_, at.pos, message); }
  // `n` more node or relationship patterns in the statement, within its bound.
  Status CountElement(size_t n = 1) {
    elements_ += n;
    if (elements_ <= StatementLimits::kMaxPatternElements) return Status::Ok();
    return Error(Peek(), "a statement may have at most " + std::to_string(StatementLimits::kMaxPatternElements) +
                             " node and relationship patterns");
  }
  Status Expected(const std::string& what) const {
    return Error(Peek(), "syntax error: expected " + what + " but found " + DescribeToken(Peek()));
  }
  Status ExpectKind(TokenKind kind) {
    if (Peek().kind != kind) return Expected(DescribeTokenKind(kind));
    Consume();
    return Status::Ok();
  }
  Status ExpectKeyword(std::string_view kw) {
    if (!IsKeyword(kw)) return Expected(std::string(kw));
    Consume();
    return Status::Ok();
  }
  bool IsName(size_t ahead = 0) const {
    const Token& t = Peek(ahead);
    return t.kind == TokenKind::kQuotedIdentifier || (t.kind == TokenKind::kIdentifier && !IsReserved(t));
  }
  // Label, type and property key positions accept any word, reserved or not.
  bool IsAnyName() const {
    return Peek().kind == TokenKind::kIdentifier || Peek().kind == TokenKind::kQuotedIdentifier;
  }

  Status ParseMatch(MatchClause& m) {
    m.pos = Consume().pos;
    do {
      PathPattern p;
      KG_RETURN_IF_ERROR(ParsePathPattern(p));
      m.patterns.push_back(std::move(p));
    } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    if (IsKeyword("WHERE")) {
      Consume();
      KG_ASSIGN_OR_RETURN(m.where, ParseExpr());
    }
    return Status::Ok();
  }

  Status ParseUnwind(UnwindClause& u) {
    u.pos = Consume().pos;
    KG_ASSIGN_OR_RETURN(u.list, ParseExpr());
    KG_RETURN_IF_ERROR(ExpectKeyword("AS"));
    if (!IsName()) return Expected("a variable name after AS");
    u.variable_pos = Peek().pos;
    u.variable = Consume().text;
    return Status::Ok();
  }

  Status ParsePathPattern(PathPattern& p) {
    p.pos = Peek().pos;
    if (IsName() && Peek(1).kind == TokenKind::kEq) {
      p.path_variable = Consume().text;
      Consume();
    }
    bool wrapped = false;
    if (Peek().kind == TokenKind::kIdentifier && Peek(1).kind == TokenKind::kLParen &&
        (EqualsIgnoreCase(Peek().text, "shortestPath") || EqualsIgnoreCase(Peek().text, "allShortestPaths"))) {
      p.shortest = EqualsIgnoreCase(Consume().text, "shortestPath") ? ShortestKind::kAnyShortest
                                                                     : ShortestKind::kAllShortest;
      Consume();
      wrapped = true;
    } else if ((IsKeyword("ANY") || IsKeyword("ALL")) && IsKeyword("SHORTEST", 1)) {
      p.shortest = IsKeyword("ANY") ? ShortestKind::kAnyShortest : ShortestKind::kAllShortest;
      Consume();
      Consume();
    } else if (IsKeyword("SHORTEST") && Peek(1).kind == TokenKind::kLParen) {
      Consume();
      p.shortest = ShortestKind::kAnyShortest;
    }
    NodePattern first;
    KG_RETURN_IF_ERROR(CountElement());
    KG_RETURN_IF_ERROR(ParseNode(first));
    p.nodes.push_back(std::move(first));
    while (Peek().kind == TokenKind::kMinus || (Peek().kind == TokenKind::kLt && Peek(1).kind == TokenKind::kMinus)) {
      if (p.rels.size() == StatementLimits::kMaxPatternRelationships) {
        return Error(Peek(), "a pattern may have at most " +
                                 std::to_string(StatementLimits::kMaxPatternRelationships) +
                                 " relationships; for longer paths use a variable length, as in -[*1..200]->");
      }
      KG_RETURN_IF_ERROR(CountElement(2));  // the relationship and the node after it
      RelPattern r;
      KG_RETURN_IF_ERROR(ParseRel(r));
      p.rels.push_back(std::move(r));
      NodePattern n;
      KG_RETURN_IF_ERROR(ParseNode(n));
      p.nodes.push_back(std::move(n));
    }
    if (wrapped) KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRParen));
    if (p.shortest != ShortestKind::kNone && p.rels.size() != 1) {
      return SourceError(text_, p.pos, "a shortest path pattern must have exactly one relationship, as in (a)-[*]-(b)");
    }
    return Status::Ok();
  }

  Status ParseNode(NodePattern& n) {
    n.pos = Peek().pos;
    if (Peek().kind != TokenKind::kLParen) return Expected("'(' to start a node pattern");
    Consume();
    if (IsName()) n.variable = Consume().text;
    while (Peek().kind == TokenKind::kColon) {
      Consume();
      if (!IsAnyName()) return Expected("a label after ':'");
      const Token& t = Consume();
      n.labels.emplace_back(t.text, t.pos);
    }
    if (Peek().kind == TokenKind::kLBrace) KG_RETURN_IF_ERROR(ParseProperties(n.properties));
    if (Peek().kind != TokenKind::kRParen) {
      return Expected(n.properties.empty() ? (n.labels.empty() && !n.variable ? "a variable, ':' label, '{' or ')'"
                                                                              : "':' label, '{' or ')'")
                                           : "')'");
    }
    Consume();
    return Status::Ok();
  }

  Status ParseProperties(std::vector<PropertyConstraint>& out) {
    Consume();  // {
    if (Peek().kind == TokenKind::kRBrace) {
      Consume();
      return Status::Ok();
    }
    do {
      if (!IsAnyName()) return Expected("a property name");
      PropertyConstraint c;
      c.pos = Peek().pos;
      c.key = Consume().text;
      KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kColon));
      KG_ASSIGN_OR_RETURN(c.value, ParseExpr());
      out.push_back(std::move(c));
    } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    return ExpectKind(TokenKind::kRBrace);
  }

  // -[...]-> , <-[...]- , -[...]- , --> , <-- , --
  Status ParseRel(RelPattern& r) {
    r.pos = Peek().pos;
    bool incoming = false;
    if (Peek().kind == TokenKind::kLt) {
      Consume();
      incoming = true;
    }
    KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kMinus));
    if (Peek().kind == TokenKind::kLBracket) {
      Consume();
      KG_RETURN_IF_ERROR(ParseRelBody(r));
      if (Peek().kind != TokenKind::kRBracket) return Expected("']'");
      Consume();
    }
    if (Peek().kind != TokenKind::kMinus) return Expected("'-' to close the relationship");
    Consume();
    bool outgoing = false;
    if (Peek().kind == TokenKind::kGt) {
      Consume();
      outgoing = true;
    }
    if (incoming && outgoing) return SourceError(text_, r.pos, "a relationship cannot point both ways: use -[...]- for either direction");
    r.direction = incoming ? Direction::kIncoming : outgoing ? Direction::kOutgoing : Direction::kBoth;
    return Status::Ok();
  }

  Status ParseRelBody(RelPattern& r) {
    if (IsName()) r.variable = Consume().text;
    if (Peek().kind == TokenKind::kColon) {
      Consume();
      for (;;) {
        if (!IsAnyName()) return Expected("a relationship type");
        const Token& t = Consume();
        r.types.emplace_back(t.text, t.pos);
        if (Peek().kind != TokenKind::kPipe) break;
        Consume();
        if (Peek().kind == TokenKind::kColon) Consume();  // -[:a|:b]- is accepted too
      }
    }
    if (Peek().kind == TokenKind::kStar) {
      Consume();
      r.variable_length = true;
      if (Peek().kind == TokenKind::kInteger) {
        KG_ASSIGN_OR_RETURN(int64_t n, ParseHopCount());
        r.min_hops = n;
        if (Peek().kind != TokenKind::kDotDot) r.max_hops = n;  // *2 means exactly two
      }
      if (Peek().kind == TokenKind::kDotDot) {
        Consume();
        if (Peek().kind == TokenKind::kInteger) {
          KG_ASSIGN_OR_RETURN(int64_t n, ParseHopCount());
          r.max_hops = n;
        }
      }
    }
    if (Peek().kind == TokenKind::kLBrace) KG_RETURN_IF_ERROR(ParseProperties(r.properties));
    return Status::Ok();
  }

  Result<int64_t> ParseHopCount() {
    const Token& t = Consume();
    int64_t n = 0;
    auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), n);
    if (ec != std::errc() || n > 1000000) return Error(t, "hop count " + t.text + " is too large");
    return n;
  }

  Status ParseReturn(Statement& st) {
    st.return_pos = Consume().pos;
    if (IsKeyword("DISTINCT")) {
      Consume();
      st.distinct = true;
    }
    if (Peek().kind == TokenKind::kStar) {
      Consume();
      st.return_star = true;
    } else {
      do {
        ReturnItem item;
        uint32_t begin = Peek().pos.offset;
        KG_ASSIGN_OR_RETURN(item.expr, ParseExpr());
        uint32_t end = tokens_[at_ - 1].end_offset;
        item.column = std::string(text_.substr(begin, end - begin));
        if (IsKeyword("AS")) {
          Consume();
          if (!IsName()) return Expected("a column name after AS");
          item.column = Consume().text;
          item.has_alias = true;
        }
        st.items.push_back(std::move(item));
      } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    }
    if (IsKeyword("ORDER")) {
      Consume();
      KG_RETURN_IF_ERROR(ExpectKeyword("BY"));
      do {
        OrderItem o;
        KG_ASSIGN_OR_RETURN(o.expr, ParseExpr());
        if (IsKeyword("DESC") || IsKeyword("DESCENDING")) {
          Consume();
          o.descending = true;
        } else if (IsKeyword("ASC") || IsKeyword("ASCENDING")) {
          Consume();
        }
        st.order_by.push_back(std::move(o));
      } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    }
    if (IsKeyword("SKIP")) {
      Consume();
      KG_ASSIGN_OR_RETURN(st.skip, ParseExpr());
    }
    if (IsKeyword("LIMIT")) {
      Consume();
      KG_ASSIGN_OR_RETURN(st.limit, ParseExpr());
    }
    return Status::Ok();
  }

  // ---- expressions, loosest binding first ----

  struct DepthGuard {
    explicit DepthGuard(int& d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
    int& depth;
  };

  static ExprPtr MakeBinary(BinaryOp op, SourcePos pos, ExprPtr l, ExprPtr r) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kBinary;
    e->binary_op = op;
    e->pos = pos;
    e->children.push_back(std::move(l));
    e->children.push_back(std::move(r));
    return e;
  }
  static ExprPtr MakeUnary(UnaryOp op, SourcePos pos, ExprPtr operand) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kUnary;
    e->unary_op = op;
    e->pos = pos;
    e->children.push_back(std::move(operand));
    return e;
  }

  Result<ExprPtr> ParseExpr() {
    DepthGuard guard(depth_);
    if (depth_ > kMaxDepth) return Error(Peek(), "expression is nested too deeply");
    return ParseOr();
  }

  Result<ExprPtr> ParseOr() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseXor());
    while (IsKeyword("OR")) {
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseXor());
      left = MakeBinary(BinaryOp::kOr, pos, std::move(left), std::move(right));
    }
    return left;
  }
  Result<ExprPtr> ParseXor() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseAnd());
    while (IsKeyword("XOR")) {
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseAnd());
      left = MakeBinary(BinaryOp::kXor, pos, std::move(left), std::move(right));
    }
    return left;
  }
  Result<ExprPtr> ParseAnd() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseNot());
    while (IsKeyword("AND")) {
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseNot());
      left = MakeBinary(BinaryOp::kAnd, pos, std::move(left), std::move(right));
    }
    return left;
  }
  Result<ExprPtr> ParseNot() {
    if (IsKeyword("NOT")) {
      DepthGuard guard(depth_);
      if (depth_ > kMaxDepth) return Error(Peek(), "expression is nested too deeply");
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr operand, ParseNot());
      return MakeUnary(UnaryOp::kNot, pos, std::move(operand));
    }
    return ParseComparison();
  }

  Result<ExprPtr> ParseComparison() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParsePredicate());
    for (;;) {
      BinaryOp op;
      switch (Peek().kind) {
        case TokenKind::kEq: op = BinaryOp::kEq; break;
        case TokenKind::kNeq: op = BinaryOp::kNeq; break;
        case TokenKind::kLt: op = BinaryOp::kLt; break;
        case TokenKind::kLe: op = BinaryOp::kLe; break;
        case TokenKind::kGt: op = BinaryOp::kGt; break;
        case TokenKind::kGe: op = BinaryOp::kGe; break;
        case TokenKind::kRegexMatch: op = BinaryOp::kRegexMatch; break;
        default: return left;
      }
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParsePredicate());
      left = MakeBinary(op, pos, std::move(left), std::move(right));
    }
  }

  // IN, STARTS WITH, ENDS WITH, CONTAINS, IS [NOT] NULL
  Result<ExprPtr> ParsePredicate() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseAdditive());
    for (;;) {
      SourcePos pos = Peek().pos;
      BinaryOp op;
      if (IsKeyword("IN")) {
        Consume();
        op = BinaryOp::kIn;
      } else if (IsKeyword("STARTS")) {
        Consume();
        KG_RETURN_IF_ERROR(ExpectKeyword("WITH"));
        op = BinaryOp::kStartsWith;
      } else if (IsKeyword("ENDS")) {
        Consume();
        KG_RETURN_IF_ERROR(ExpectKeyword("WITH"));
        op = BinaryOp::kEndsWith;
      } else if (IsKeyword("CONTAINS")) {
        Consume();
        op = BinaryOp::kContains;
      } else if (IsKeyword("IS")) {
        Consume();
        bool negated = false;
        if (IsKeyword("NOT")) {
          Consume();
          negated = true;
        }
        if (!IsKeyword("NULL")) return Expected(negated ? "NULL" : "NULL or NOT NULL");
        Consume();
        left = MakeUnary(negated ? UnaryOp::kIsNotNull : UnaryOp::kIsNull, pos, std::move(left));
        continue;
      } else {
        return left;
      }
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseAdditive());
      left = MakeBinary(op, pos, std::move(left), std::move(right));
    }
  }

  Result<ExprPtr> ParseAdditive() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseMultiplicative());
    while (Peek().kind == TokenKind::kPlus || Peek().kind == TokenKind::kMinus) {
      BinaryOp op = Peek().kind == TokenKind::kPlus ? BinaryOp::kAdd : BinaryOp::kSub;
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseMultiplicative());
      left = MakeBinary(op, pos, std::move(left), std::move(right));
    }
    return left;
  }
  Result<ExprPtr> ParseMultiplicative() {
    KG_ASSIGN_OR_RETURN(ExprPtr left, ParseUnary());
    for (;;) {
      BinaryOp op;
      switch (Peek().kind) {
        case TokenKind::kStar: op = BinaryOp::kMul; break;
        case TokenKind::kSlash: op = BinaryOp::kDiv; break;
        case TokenKind::kPercent: op = BinaryOp::kMod; break;
        default: return left;
      }
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr right, ParseUnary());
      left = MakeBinary(op, pos, std::move(left), std::move(right));
    }
  }
  Result<ExprPtr> ParseUnary() {
    if (Peek().kind == TokenKind::kMinus || Peek().kind == TokenKind::kPlus) {
      DepthGuard guard(depth_);
      if (depth_ > kMaxDepth) return Error(Peek(), "expression is nested too deeply");
      bool negate = Peek().kind == TokenKind::kMinus;
      SourcePos pos = Consume().pos;
      KG_ASSIGN_OR_RETURN(ExprPtr operand, ParseUnary());
      if (!negate) return operand;
      return MakeUnary(UnaryOp::kNegate, pos, std::move(operand));
    }
    return ParsePostfix();
  }
  Result<ExprPtr> ParsePostfix() {
    KG_ASSIGN_OR_RETURN(ExprPtr e, ParseAtom());
    while (Peek().kind == TokenKind::kDot || Peek().kind == TokenKind::kLBracket) {
      if (Peek().kind == TokenKind::kLBracket) {
        KG_ASSIGN_OR_RETURN(e, ParseSubscript(std::move(e)));
        continue;
      }
      Consume();
      if (!IsAnyName()) return Expected("a property name after '.'");
      auto p = std::make_unique<Expr>();
      p->kind = Expr::Kind::kProperty;
      p->pos = Peek().pos;
      p->name = Consume().text;
      p->children.push_back(std::move(e));
      e = std::move(p);
    }
    if (Peek().kind == TokenKind::kColon) return ParseLabelTest(std::move(e));
    return e;
  }

  // After an expression: ':' label {':' label}, as in WHERE n:Country.
  Result<ExprPtr> ParseLabelTest(ExprPtr subject) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kHasLabels;
    e->pos = Peek().pos;
    while (Peek().kind == TokenKind::kColon) {
      Consume();
      if (!IsAnyName()) return Expected("a label after ':'");
      e->key_pos.push_back(Peek().pos);
      e->keys.push_back(Consume().text);
    }
    e->children.push_back(std::move(subject));
    return e;
  }

  // CASE [subject] WHEN x THEN y {WHEN x THEN y} [ELSE z] END. WHEN, THEN,
  // ELSE and END are not reserved (END names many a variable): an
  // expression stops before them, as before any word that is no operator.
  Result<ExprPtr> ParseCase(ExprPtr e) {
    e->kind = Expr::Kind::kCase;
    Consume();  // CASE
    ExprPtr subject, otherwise;
    if (!IsKeyword("WHEN") && !IsKeyword("END")) {
      KG_ASSIGN_OR_RETURN(subject, ParseExpr());
    }
    e->children.push_back(std::move(subject));
    e->children.emplace_back();  // ELSE, below
    if (!IsKeyword("WHEN")) return Expected("WHEN");
    while (IsKeyword("WHEN")) {
      Consume();
      KG_ASSIGN_OR_RETURN(ExprPtr when, ParseExpr());
      KG_RETURN_IF_ERROR(ExpectKeyword("THEN"));
      KG_ASSIGN_OR_RETURN(ExprPtr then, ParseExpr());
      e->children.push_back(std::move(when));
      e->children.push_back(std::move(then));
    }
    if (IsKeyword("ELSE")) {
      Consume();
      KG_ASSIGN_OR_RETURN(e->children[1], ParseExpr());
    }
    if (!IsKeyword("END")) return Expected(e->children[1] ? "END" : "WHEN, ELSE or END");
    Consume();
    return e;
  }

  // After an expression: '[' index ']' or '[' [from] '..' [to] ']'.
  Result<ExprPtr> ParseSubscript(ExprPtr object) {
    auto e = std::make_unique<Expr>();
    e->pos = Consume().pos;  // [
    e->kind = Expr::Kind::kSubscript;
    ExprPtr from, to;
    if (Peek().kind != TokenKind::kDotDot) {
      if (Peek().kind == TokenKind::kRBracket) return Expected("an index or a range");
      KG_ASSIGN_OR_RETURN(from, ParseExpr());
    }
    if (Peek().kind == TokenKind::kDotDot) {
      Consume();
      e->kind = Expr::Kind::kSlice;
      if (Peek().kind != TokenKind::kRBracket) {
        KG_ASSIGN_OR_RETURN(to, ParseExpr());
      }
    }
    KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRBracket));
    e->children.push_back(std::move(object));
    e->children.push_back(std::move(from));
    if (e->kind == Expr::Kind::kSlice) e->children.push_back(std::move(to));
    return e;
  }

  Result<ExprPtr> ParseAtom() {
    const Token& t = Peek();
    auto e = std::make_unique<Expr>();
    e->pos = t.pos;
    switch (t.kind) {
      case TokenKind::kInteger: {
        int64_t v = 0;
        auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
        if (ec != std::errc()) return Error(t, "integer " + t.text + " is too large");
        e->literal = Value::Int(v);
        Consume();
        return e;
      }
      case TokenKind::kFloat:
        e->literal = Value::Float(std::strtod(t.text.c_str(), nullptr));
        Consume();
        return e;
      case TokenKind::kString:
        e->literal = Value::String(t.text);
        Consume();
        return e;
      case TokenKind::kParameter:
        e->kind = Expr::Kind::kParameter;
        e->name = t.text;
        Consume();
        return e;
      case TokenKind::kLParen: {
        if (AtRelationshipPattern(0)) return ParseSubquery(std::move(e), Expr::Kind::kPatternPredicate);
        Consume();
        KG_ASSIGN_OR_RETURN(ExprPtr inner, ParseExpr());
        KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRParen));
        return inner;
      }
      case TokenKind::kLBracket: {
        Consume();
        if (IsName() && IsKeyword("IN", 1)) return ParseComprehension(std::move(e));
        if (AtRelationshipPattern(0) || (IsName() && Peek(1).kind == TokenKind::kEq && AtRelationshipPattern(2))) {
          return ParseSubquery(std::move(e), Expr::Kind::kPatternComprehension);
        }
        e->kind = Expr::Kind::kList;
        if (Peek().kind != TokenKind::kRBracket) {
          do {
            KG_ASSIGN_OR_RETURN(ExprPtr item, ParseExpr());
            e->children.push_back(std::move(item));
          } while (Peek().kind == TokenKind::kComma && (Consume(), true));
        }
        KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRBracket));
        return e;
      }
      case TokenKind::kLBrace: return ParseMapLiteral(std::move(e));
      case TokenKind::kIdentifier:
        if (IsKeyword("TRUE") || IsKeyword("FALSE")) {
          e->literal = Value::Bool(IsKeyword("TRUE"));
          Consume();
          return e;
        }
        if (IsKeyword("NULL")) {
          Consume();
          return e;
        }
        if (IsKeyword("CASE")) return ParseCase(std::move(e));
        if (IsKeyword("EXISTS") && Peek(1).kind == TokenKind::kLBrace) {
          Consume();
          return ParseSubquery(std::move(e), Expr::Kind::kExists);
        }
        if (Peek(1).kind == TokenKind::kLParen) return ParseFunction();
        if (IsReserved(t)) return Expected("an expression");
        e->kind = Expr::Kind::kVariable;
        e->name = Consume().text;
        return e;
      case TokenKind::kQuotedIdentifier:
        e->kind = Expr::Kind::kVariable;
        e->name = Consume().text;
        return e;
      default:
        return Expected("an expression");
    }
  }

  // Whether tokens from `ahead` start a pattern with a relationship rather
  // than a parenthesised expression: a node pattern, then -[, --, <-[ or
  // <--. Only scans tokens (a map in the node is skipped by its braces), so
  // that nested parentheses are never parsed twice.
  bool AtRelationshipPattern(size_t ahead) const {
    size_t i = ahead;
    if (Peek(i++).kind != TokenKind::kLParen) return false;
    if (IsName(i)) ++i;
    while (Peek(i).kind == TokenKind::kColon &&
           (Peek(i + 1).kind == TokenKind::kIdentifier || Peek(i + 1).kind == TokenKind::kQuotedIdentifier)) {
      i += 2;
    }
    if (Peek(i).kind == TokenKind::kLBrace) {
      for (int braces = 0;; ++i) {
        const TokenKind k = Peek(i).kind;
        if (k == TokenKind::kEnd) return false;
        braces += k == TokenKind::kLBrace ? 1 : k == TokenKind::kRBrace ? -1 : 0;
        if (braces == 0) break;
      }
      ++i;
    }
    if (Peek(i++).kind != TokenKind::kRParen) return false;
    if (Peek(i).kind == TokenKind::kLt) ++i;
    return Peek(i).kind == TokenKind::kMinus &&
           (Peek(i + 1).kind == TokenKind::kLBracket || Peek(i + 1).kind == TokenKind::kMinus);
  }

  // The three subqueries of an expression, after '[' (a comprehension) or
  // EXISTS, or at the pattern's '(' (a pattern predicate):
  //   (a)-[:r]->()                             kPatternPredicate
  //   EXISTS { [MATCH] pattern {, pattern} [WHERE c] }  kExists
  //   [[p =] pattern [WHERE c] | value]         kPatternComprehension
  Result<ExprPtr> ParseSubquery(ExprPtr e, Expr::Kind kind) {
    DepthGuard guard(depth_);
    if (depth_ > kMaxDepth) return Error(Peek(), "expression is nested too deeply");
    e->kind = kind;
    e->match = std::make_shared<MatchClause>();
    MatchClause& m = *e->match;
    m.pos = e->pos;
    if (kind == Expr::Kind::kExists) {
      Consume();  // {
      if (IsKeyword("MATCH")) Consume();
    }
    do {
      PathPattern p;
      KG_RETURN_IF_ERROR(ParsePathPattern(p));
      m.patterns.push_back(std::move(p));
    } while (kind == Expr::Kind::kExists && Peek().kind == TokenKind::kComma && (Consume(), true));
    if (kind != Expr::Kind::kPatternPredicate && IsKeyword("WHERE")) {
      Consume();
      KG_ASSIGN_OR_RETURN(m.where, ParseExpr());
    }
    if (kind == Expr::Kind::kExists) {
      if (Peek().kind != TokenKind::kRBrace) return Expected(m.where ? "'}'" : "',', WHERE or '}'");
      Consume();
    } else if (kind == Expr::Kind::kPatternComprehension) {
      if (Peek().kind != TokenKind::kPipe) {
        return Expected(std::string(m.where ? "" : "WHERE or ") + "'|' and the value for each match");
      }
      Consume();
      KG_ASSIGN_OR_RETURN(ExprPtr value, ParseExpr());
      e->children.push_back(std::move(value));
      KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRBracket));
    }
    const uint32_t end = tokens_[at_ - 1].end_offset;
    e->name = std::string(text_.substr(e->pos.offset, end - e->pos.offset));
    return e;
  }

  // '{' [key ':' expression {',' key ':' expression}] '}'
  Result<ExprPtr> ParseMapLiteral(ExprPtr e) {
    e->kind = Expr::Kind::kMap;
    Consume();  // {
    if (Peek().kind != TokenKind::kRBrace) {
      do {
        if (!IsAnyName()) return Expected("a key");
        const Token& key = Consume();
        if (std::find(e->keys.begin(), e->keys.end(), key.text) != e->keys.end()) {
          return Error(key, "key '" + key.text + "' appears twice in the map");
        }
        e->keys.push_back(key.text);
        KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kColon));
        KG_ASSIGN_OR_RETURN(ExprPtr value, ParseExpr());
        e->children.push_back(std::move(value));
      } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    }
    KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRBrace));
    return e;
  }

  // After '[': x IN list [WHERE condition] [| expression] ']'
  Result<ExprPtr> ParseComprehension(ExprPtr e) {
    e->kind = Expr::Kind::kListComprehension;
    e->name = Consume().text;
    Consume();  // IN
    KG_ASSIGN_OR_RETURN(ExprPtr list, ParseExpr());
    e->children.push_back(std::move(list));
    ExprPtr where, projection;
    if (IsKeyword("WHERE")) {
      Consume();
      KG_ASSIGN_OR_RETURN(where, ParseExpr());
    }
    if (Peek().kind == TokenKind::kPipe) {
      Consume();
      KG_ASSIGN_OR_RETURN(projection, ParseExpr());
    }
    e->children.push_back(std::move(where));
    e->children.push_back(std::move(projection));
    KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRBracket));
    return e;
  }

  Result<ExprPtr> ParseFunction() {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kFunction;
    e->pos = Peek().pos;
    e->name = Consume().text;
    Consume();  // (
    if (EqualsIgnoreCase(e->name, "count") && Peek().kind == TokenKind::kStar) {
      Consume();
      e->kind = Expr::Kind::kCountStar;
      KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRParen));
      return e;
    }
    if (IsKeyword("DISTINCT")) {
      Consume();
      e->distinct = true;
    }
    if (Peek().kind != TokenKind::kRParen) {
      do {
        KG_ASSIGN_OR_RETURN(ExprPtr arg, ParseExpr());
        e->children.push_back(std::move(arg));
      } while (Peek().kind == TokenKind::kComma && (Consume(), true));
    }
    KG_RETURN_IF_ERROR(ExpectKind(TokenKind::kRParen));
    return e;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t at_ = 0;
  int depth_ = 0;
  size_t elements_ = 0;  // node and relationship patterns so far
};

}  // namespace

std::vector<std::string_view> StatementKeywords() {
  std::vector<std::string_view> words(kReserved.begin(), kReserved.end());
  for (std::string_view k : {"ANY", "ALL", "SHORTEST", "shortestPath", "allShortestPaths", "WHEN", "THEN", "ELSE",
                             "END", "EXISTS"}) {
    words.push_back(k);
  }
  return words;
}

Result<Statement> ParseStatement(std::string_view text, SourcePos origin) {
  if (text.size() > StatementLimits::kMaxBytes) {
    return SourceError(text, PositionOf(text, StatementLimits::kMaxBytes, origin),
                       "a statement may be at most " + std::to_string(StatementLimits::kMaxBytes) + " bytes long; this one is " +
                           std::to_string(text.size()));
  }
  KG_ASSIGN_OR_RETURN(std::vector<Token> tokens, Tokenize(text, origin));
  return Parser(text, std::move(tokens)).Run();
}

}  // namespace kg::query
