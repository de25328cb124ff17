// LabelSet: the names of a classifier's classes (tags, relations) and their
// ids, in the order they were first seen, so ids are stable for a given
// training file.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "ingest/syntax/byte_io.h"

namespace kg::syntax {

class LabelSet {
 public:
  int Add(const std::string& name) {
    auto [it, added] = ids_.try_emplace(name, static_cast<int>(names_.size()));
    if (added) names_.push_back(name);
    return it->second;
  }
  // The id of `name`, or -1.
  int Id(const std::string& name) const {
    auto it = ids_.find(name);
    return it == ids_.end() ? -1 : it->second;
  }
  const std::string& Name(int id) const { return names_[static_cast<size_t>(id)]; }
  int size() const { return static_cast<int>(names_.size()); }

  void Write(ByteWriter& out) const { out.Strings(names_); }
  bool Read(ByteReader& in) {
    std::vector<std::string> names = in.Strings();
    if (!in.ok()) return false;
    names_.clear();
    ids_.clear();
    for (const std::string& n : names) Add(n);
    return size() == static_cast<int>(names.size());  // no duplicates
  }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
};

}  // namespace kg::syntax
