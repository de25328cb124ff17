#include "query/regex_pattern.h"

namespace kg::query {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The number written at `i` (its digits consumed), or -1 when it is over
// kMaxRegexNumber, however many digits it has.
long ReadNumber(const std::string& s, size_t* i) {
  long value = 0;
  bool over = false;
  for (; *i < s.size() && IsDigit(s[*i]); ++*i) {
    if (!over) value = value * 10 + (s[*i] - '0');
    over = over || value > kMaxRegexNumber;
  }
  return over ? -1 : value;
}

Status CheckNumbers(const std::string& s) {
  const Status too_large = Status::InvalidInput("invalid regular expression: a back-reference or repetition count over " +
                                                std::to_string(kMaxRegexNumber));
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\\') {
      ++i;
      if (i < s.size() && IsDigit(s[i])) {
        if (ReadNumber(s, &i) < 0) return too_large;
      } else if (i < s.size()) {
        ++i;  // an escaped character
      }
    } else if (s[i] == '{') {
      ++i;
      while (i < s.size() && (IsDigit(s[i]) || s[i] == ',' || s[i] == ' ')) {
        if (IsDigit(s[i])) {
          if (ReadNumber(s, &i) < 0) return too_large;
        } else {
          ++i;
        }
      }
    } else {
      ++i;
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const std::regex>> CompileRegex(const std::string& pattern) {
  KG_RETURN_IF_ERROR(CheckNumbers(pattern));
  try {
    return std::make_shared<const std::regex>(pattern, std::regex::ECMAScript);
  } catch (const std::regex_error& err) {
    return Status::InvalidInput(std::string("invalid regular expression: ") + err.what());
  }
}

}  // namespace kg::query
