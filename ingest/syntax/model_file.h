// ModelFile: the container of a trained syntax model on disk.
//
// Layout (little-endian):
//   "KGSYNTAX"             8 bytes, the magic
//   u32 format version     kModelFormatVersion; another version is refused
//   u32 section count
//   per section:  string name, u64 size, u64 FNV-1a checksum of the bytes,
//                 then the bytes
//   u64 FNV-1a checksum of everything before it
// A file that is truncated, has another magic or version, or whose
// checksums disagree is refused with a message naming the file: a damaged
// model must never be read as weights.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <vector>
#include <string>
#include <string_view>

#include "schema/status.h"

namespace kg::syntax {

inline constexpr uint32_t kModelFormatVersion = 1;

class ModelFile {
 public:
  // Adds or replaces a section.
  void Put(const std::string& name, std::string bytes);
  // The bytes of a section, or a Corruption status naming it.
  Result<std::string_view> Get(const std::string& name) const;

  // The whole file's bytes; sections in name order, so equal models give
  // equal files.
  std::string Serialize() const;
  static Result<ModelFile> Parse(std::string_view bytes, const std::string& origin);
  // As Parse, keeping `bytes` instead of a copy.
  static Result<ModelFile> Adopt(std::shared_ptr<const std::string> bytes, const std::string& origin);

  Status Save(const std::string& path) const;
  static Result<ModelFile> Load(const std::string& path);

  const std::string& origin() const { return origin_; }

 private:
  // Adopt's work on `bytes`, which `owner` keeps alive (a string, or the
  // file mapped into memory).
  static Result<ModelFile> AdoptView(std::string_view bytes, std::shared_ptr<const void> owner,
                                     const std::string& origin);

  // Sections are views into buffers the file owns: a loaded model's bytes
  // are held once, not copied per section.
  std::map<std::string, std::string_view> sections_;
  std::vector<std::shared_ptr<const void>> buffers_;
  std::string origin_;
};

}  // namespace kg::syntax
