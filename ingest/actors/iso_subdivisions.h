// IsoSubdivisions: the states, provinces and regions of every country, read
// from Debian's iso-codes package (ISO 3166-2), so that "the Wisconsin
// Supreme Court", "the governor of Ontario" or "police in Punjab" act for
// their state without a hand-written list. The package's files are read in
// place ($KG_ISO_CODES_DIR, default /usr/share/iso-codes/json); without them
// the list is empty and recognition goes on without it.
#pragma once

#include <string>
#include <vector>

#include "schema/status.h"

namespace kg::ingest {

struct Subdivision {
  std::string name;          // "Wisconsin", "New South Wales"
  std::string country_code;  // ISO 3166-1 alpha-3: USA, AUS
};

// The first-level subdivisions of kinds that stand for a part of a state in
// news (states, provinces, regions, governorates, prefectures ...), leaving
// out names two countries share ("Punjab"), names made only of directions
// ("East", "Upper East") and names with brackets or commas. A file that is present but malformed fails, naming it.
Result<std::vector<Subdivision>> ReadIsoSubdivisions(const std::string& iso_codes_dir);

// $KG_ISO_CODES_DIR, else /usr/share/iso-codes/json.
std::string IsoCodesDir();

}  // namespace kg::ingest
