#include "schema/rdf_names.h"

#include <fmt/format.h>

namespace kg {
namespace {

bool Unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string IriLocalPart(std::string_view name, IriNameKind kind) {
  const bool entity = kind == IriNameKind::kEntity;
  std::string out;
  out.reserve(name.size());
  for (unsigned char c : name) {
    if (entity && c == ' ') {
      out += '_';
    } else if (Unreserved(c) && !(entity && c == '_')) {
      out += static_cast<char>(c);
    } else {
      out += fmt::format("%{:02X}", c);
    }
  }
  return out;
}

std::string_view LocalPartOf(std::string_view iri) {
  for (char separator : {'#', '/', ':'}) {
    size_t at = iri.rfind(separator);
    if (at == std::string_view::npos) continue;
    // "http://ex.org/dir/" has no local part: the whole IRI names it.
    return at + 1 < iri.size() ? iri.substr(at + 1) : iri;
  }
  return iri;
}

std::string NameOfLocalPart(std::string_view local, IriNameKind kind) {
  std::string name;
  name.reserve(local.size());
  for (size_t i = 0; i < local.size(); ++i) {
    char c = local[i];
    if (c == '%' && i + 2 < local.size() && HexValue(local[i + 1]) >= 0 && HexValue(local[i + 2]) >= 0) {
      name.push_back(static_cast<char>(HexValue(local[i + 1]) * 16 + HexValue(local[i + 2])));
      i += 2;
    } else if (c == '_' && kind == IriNameKind::kEntity) {
      name.push_back(' ');
    } else {
      name.push_back(c);
    }
  }
  return name;
}

}  // namespace kg
