#include "query/repl/session_parameters.h"

#include <fmt/format.h>

#include "query/lexer.h"

namespace kg::repl {
namespace {

// Inside a list or map: JSON, which is what :param reads there.
std::string JsonLiteral(const query::Value& value) {
  using T = query::Value::Type;
  switch (value.type()) {
    case T::kString: return fmt::format("{:?}", value.as_string());
    case T::kList: {
      std::string out = "[";
      for (const auto& item : value.as_list()) out += (out.size() > 1 ? ", " : "") + JsonLiteral(item);
      return out + "]";
    }
    case T::kMap: {
      std::string out = "{";
      for (const auto& [key, item] : value.as_map()) {
        out += fmt::format("{}{:?}: {}", out.size() > 1 ? ", " : "", key, JsonLiteral(item));
      }
      return out + "}";
    }
    default: return ParameterLiteral(value);
  }
}

}  // namespace

Status SetParameter(const std::string& name, std::string_view value, query::Parameters& params) {
  if (!query::IsParameterName(name)) {
    return Status::InvalidInput(":param " + name + ": a parameter name is letters, digits and '_', not first a digit");
  }
  KG_ASSIGN_OR_RETURN(query::Value parsed, query::ParseParameterValue(value, ":param " + name));
  params[name] = std::move(parsed);
  return Status::Ok();
}

std::string ParameterLiteral(const query::Value& value) {
  using T = query::Value::Type;
  switch (value.type()) {
    case T::kNull: return "null";
    case T::kBool: return value.as_bool() ? "true" : "false";
    case T::kInt: return std::to_string(value.as_int());
    case T::kFloat: return query::FormatFloat(value.as_float());
    case T::kString: return "'" + value.as_string() + "'";
    case T::kList:
    case T::kMap: return JsonLiteral(value);
    default: return "?";  // graph values: :param cannot make them
  }
}

std::string ListParameters(const query::Parameters& params) {
  if (params.empty()) return "no parameters (:param NAME VALUE sets one)\n";
  std::string out;
  for (const auto& [name, value] : params) out += fmt::format(":param {} {}\n", name, ParameterLiteral(value));
  return out;
}

Status CheckParameters(std::string_view statement, query::SourcePos origin, const query::Parameters& params) {
  auto tokens = query::Tokenize(statement, origin);
  if (!tokens.ok()) return Status::Ok();
  for (const query::Token& token : *tokens) {
    if (token.kind == query::TokenKind::kParameter && !params.contains(token.text)) {
      return query::SourceError(statement, token.pos,
                                fmt::format("parameter ${0} has no value; set it with :param {0} VALUE", token.text));
    }
  }
  return Status::Ok();
}

}  // namespace kg::repl
