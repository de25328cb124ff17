#include "ingest/import/ntriples_parser.h"

#include <cstdint>

#include "ingest/import/utf8_check.h"
#include "schema/rdf_names.h"
#include "schema/triple_writer.h"

namespace kg::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A cursor over one line; every Read* appends the decoded term to `out` and
// reports errors with the 1-based column where the bad term starts.
class Cursor {
 public:
  explicit Cursor(std::string_view line) : line_(line) {}

  void SkipSpaces() {
    while (pos_ < line_.size() && IsSpace(line_[pos_])) ++pos_;
  }
  bool AtEnd() const { return pos_ >= line_.size(); }
  char Peek() const { return AtEnd() ? '\0' : line_[pos_]; }
  size_t column() const { return pos_ + 1; }

  Status Error(size_t column, const std::string& what) const {
    return Status::InvalidInput("bad N-Triples at column " + std::to_string(column) + ": " + what);
  }

  // \uXXXX or \UXXXXXXXX after the backslash at pos_.
  Status ReadUchar(std::string& out) {
    size_t start = pos_;
    char kind = pos_ + 1 < line_.size() ? line_[pos_ + 1] : '\0';
    size_t digits = kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
    if (digits == 0) return Error(start + 1, "unknown escape");
    if (pos_ + 2 + digits > line_.size()) return Error(start + 1, "truncated \\u escape");
    uint32_t cp = 0;
    for (size_t i = 0; i < digits; ++i) {
      int h = HexValue(line_[pos_ + 2 + i]);
      if (h < 0) return Error(start + 1, "bad hex digit in \\u escape");
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    if (!AppendUtf8(out, cp)) return Error(start + 1, "\\u escape is not a Unicode scalar value");
    pos_ += 2 + digits;
    return Status::Ok();
  }

  // <...>, with UCHAR escapes decoded.
  Status ReadIri(std::string& out) {
    size_t start = pos_;
    if (Peek() != '<') return Error(column(), "expected an IRI in <...>");
    ++pos_;
    while (true) {
      if (AtEnd()) return Error(start + 1, "IRI without closing '>'");
      char c = line_[pos_];
      if (c == '>') break;
      if (c == '\\') {
        KG_RETURN_IF_ERROR(ReadUchar(out));
        continue;
      }
      bool forbidden = static_cast<unsigned char>(c) <= 0x20 ||
                       std::string_view("<\"{}|^`").find(c) != std::string_view::npos;
      if (forbidden) {
        return Error(column(), std::string("character not allowed in an IRI: '") + c + "'");
      }
      out.push_back(c);
      ++pos_;
    }
    ++pos_;
    if (out.empty()) return Error(start + 1, "empty IRI");
    return Status::Ok();
  }

  // _:label, kept with its prefix. A label never ends in '.', so "_:b." is
  // the label "_:b" followed by the statement's full stop.
  Status ReadBlankNode(std::string& out) {
    size_t start = pos_;
    pos_ += 2;
    size_t label = pos_;
    while (!AtEnd() && !IsSpace(line_[pos_]) && line_[pos_] != '<' && line_[pos_] != '"' &&
           line_[pos_] != '#') {
      char c = line_[pos_];
      bool ok = static_cast<unsigned char>(c) >= 0x80 || IsAsciiLetter(c) || IsDigit(c) || c == '_' ||
                c == '-' || c == '.';
      if (!ok) {
        return Error(column(), std::string("character not allowed in a blank node label: '") + c +
                                       "'");
      }
      ++pos_;
    }
    while (pos_ > label && line_[pos_ - 1] == '.') --pos_;
    if (pos_ == label) return Error(start + 1, "empty blank node label");
    if (line_[label] == '-' || line_[label] == '.') return Error(start + 1, "bad blank node label");
    out.assign(line_.substr(start, pos_ - start));
    return Status::Ok();
  }

  // "..." with ECHAR/UCHAR escapes, then an optional @lang or ^^<datatype>.
  Status ReadLiteral(std::string& out) {
    size_t start = pos_;
    ++pos_;
    while (true) {
      if (AtEnd()) return Error(start + 1, "literal without closing '\"'");
      char c = line_[pos_];
      if (c == '"') break;
      if (c == '\\') {
        char e = pos_ + 1 < line_.size() ? line_[pos_ + 1] : '\0';
        static constexpr std::string_view kFrom = "tbnrf\"'\\", kTo = "\t\b\n\r\f\"'\\";
        if (size_t k = kFrom.find(e); e != '\0' && k != std::string_view::npos) {
          out.push_back(kTo[k]);
          pos_ += 2;
          continue;
        }
        KG_RETURN_IF_ERROR(ReadUchar(out));
        continue;
      }
      out.push_back(c);
      ++pos_;
    }
    ++pos_;
    if (Peek() == '@') {
      size_t tag = pos_++;
      size_t letters = pos_;
      while (!AtEnd() && IsAsciiLetter(Peek())) ++pos_;
      if (pos_ == letters) return Error(tag + 1, "empty language tag");
      while (Peek() == '-') {
        size_t part = ++pos_;
        while (!AtEnd() && (IsAsciiLetter(Peek()) || IsDigit(Peek()))) ++pos_;
        if (pos_ == part) return Error(tag + 1, "bad language tag");
      }
    } else if (Peek() == '^') {
      if (pos_ + 1 >= line_.size() || line_[pos_ + 1] != '^') {
        return Error(column(), "expected ^^<datatype>");
      }
      pos_ += 2;
      std::string datatype;
      KG_RETURN_IF_ERROR(ReadIri(datatype));
    }
    return Status::Ok();
  }

  // An IRI or a blank node (subject), or either or a literal (object).
  Status ReadTerm(std::string& iri_or_name, bool& is_iri, bool allow_literal) {
    iri_or_name.clear();
    is_iri = false;
    char c = Peek();
    if (c == '<') {
      is_iri = true;
      return ReadIri(iri_or_name);
    }
    if (c == '_' && pos_ + 1 < line_.size() && line_[pos_ + 1] == ':') {
      return ReadBlankNode(iri_or_name);
    }
    if (c == '"' && allow_literal) return ReadLiteral(iri_or_name);
    return Error(column(), allow_literal ? "expected an IRI, a blank node or a literal"
                                         : "expected an IRI or a blank node");
  }

 private:
  std::string_view line_;
  size_t pos_ = 0;
};

}  // namespace

Result<std::string> NameFromIri(std::string_view iri, bool entity) {
  std::string name = NameOfLocalPart(LocalPartOf(iri), entity ? IriNameKind::kEntity : IriNameKind::kPredicate);
  if (FindInvalidUtf8(name)) {
    return Status::InvalidInput("IRI <" + std::string(iri) + "> percent-decodes to invalid UTF-8");
  }
  return name;
}

Result<bool> NTriplesParser::Parse(std::string_view line, ImportRecord& record) {
  Cursor cursor(line);
  cursor.SkipSpaces();
  if (cursor.AtEnd() || cursor.Peek() == '#') return false;

  bool subject_iri = false, predicate_iri = false, object_iri = false;
  KG_RETURN_IF_ERROR(cursor.ReadTerm(subject_, subject_iri, /*allow_literal=*/false));
  cursor.SkipSpaces();
  size_t predicate_column = cursor.column();
  KG_RETURN_IF_ERROR(cursor.ReadTerm(predicate_, predicate_iri, false));
  if (!predicate_iri) return cursor.Error(predicate_column, "the predicate must be an IRI");
  cursor.SkipSpaces();
  KG_RETURN_IF_ERROR(cursor.ReadTerm(object_, object_iri, /*allow_literal=*/true));
  cursor.SkipSpaces();
  if (cursor.Peek() != '.') return cursor.Error(cursor.column(), "expected '.' to end the triple");
  std::string_view after = line.substr(cursor.column());
  size_t k = after.find_first_not_of(" \t");
  if (k != std::string_view::npos && after[k] != '#') {
    return cursor.Error(cursor.column() + 1 + k, "unexpected text after '.'");
  }

  if (subject_iri) { KG_ASSIGN_OR_RETURN(subject_, NameFromIri(subject_, true)); }
  record = ImportRecord{};
  record.subject = subject_;
  if (predicate_ == kRdfsLabelIri || predicate_ == kRdfTypeIri) {
    // They describe the subject; as edges, an export of 3 triples would
    // import back as 3 + 2 per entity (kg export --format ntriples writes both).
    record.describes_subject_only = true;
    if (predicate_ == kRdfTypeIri && object_iri) {
      KG_ASSIGN_OR_RETURN(type_, NameFromIri(object_, false));
      if (IsEntityType(type_)) record.subject_type = type_;  // another class says nothing kgraph keeps
    }
    return true;
  }
  { KG_ASSIGN_OR_RETURN(predicate_, NameFromIri(predicate_, false)); }
  if (object_iri) { KG_ASSIGN_OR_RETURN(object_, NameFromIri(object_, true)); }
  if (object_.empty()) return Status::InvalidInput("empty object (an empty literal names nothing)");
  std::string_view predicate = predicate_;
  if (predicate.starts_with(kNegatedPredicatePrefix) && predicate.size() > kNegatedPredicatePrefix.size()) {
    predicate.remove_prefix(kNegatedPredicatePrefix.size());
    record.negated = true;
  }
  record.predicate = predicate;
  record.object = object_;
  return true;
}

}  // namespace kg::ingest
