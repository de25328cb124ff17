// NameTable: interning, numbering in first-seen order, growth.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/import/name_table.h"

using kg::ingest::NameTable;

TEST_CASE("name table: equal names get one number, in first-seen order, across growth") {
  NameTable table;
  std::vector<std::string> names;
  for (int i = 0; i < 5000; ++i) names.push_back("name " + std::to_string(i));
  for (size_t i = 0; i < names.size(); ++i) CHECK(table.Intern(names[i]) == i);
  CHECK(table.size() == names.size());
  for (size_t i = 0; i < names.size(); ++i) {
    CHECK(table.Intern(names[i]) == i);
    CHECK(table.name(static_cast<uint32_t>(i)) == names[i]);
  }
  CHECK(table.size() == names.size());
}

TEST_CASE("name table: copies names (the input may go away), including long and empty ones") {
  NameTable table;
  std::string long_name(3 << 20, 'x');  // longer than a block
  {
    std::string temporary = "Côte d'Ivoire";
    CHECK(table.Intern(temporary) == 0);
  }
  CHECK(table.Intern(long_name) == 1);
  CHECK(table.Intern("") == 2);
  CHECK(table.Intern("Côte d'Ivoire") == 0);
  CHECK(table.name(0) == "Côte d'Ivoire");
  CHECK(table.name(1) == long_name);
  CHECK(table.name(2).empty());
  CHECK(table.Intern("Côte d'ivoire") == 3);  // exact, case-sensitive
}
