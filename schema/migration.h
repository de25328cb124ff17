// A versioned step of the schema. The SQL lives in schema/migrations/ as
// NNN_name.sql; the build embeds it (schema/embed_sql.cmake).
#pragma once

namespace kg {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

}  // namespace kg
