#include "graph/date_window.h"

#include <fmt/format.h>

namespace kg::graph {
namespace {

bool LeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && LeapYear(year) ? 29 : kDays[month - 1];
}

}  // namespace

Result<int32_t> ParseDay(std::string_view text, std::string_view option) {
  auto bad = [&] {
    return Status::Usage(fmt::format("{} '{}' is not a day; write YYYY-MM-DD, e.g. 2024-03-01", option, text));
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int32_t digits = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return bad();
    digits = digits * 10 + (text[i] - '0');
  }
  const int year = digits / 10000, month = digits / 100 % 100, day = digits % 100;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return bad();
  return digits;
}

Result<DateWindow> ParseDateWindow(std::string_view since, std::string_view until) {
  DateWindow window;
  if (!since.empty()) {
    KG_ASSIGN_OR_RETURN(window.since, ParseDay(since, "--since"));
  }
  if (!until.empty()) {
    KG_ASSIGN_OR_RETURN(window.until, ParseDay(until, "--until"));
  }
  if (window.since != 0 && window.until != 0 && window.since > window.until) {
    return Status::Usage(fmt::format("--since {} is after --until {}", since, until));
  }
  return window;
}

}  // namespace kg::graph
