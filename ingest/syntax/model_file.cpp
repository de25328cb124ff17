#include "ingest/syntax/model_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <utility>
#include <vector>

#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/feature_hash.h"

namespace kg::syntax {
namespace {

constexpr std::string_view kMagic = "KGSYNTAX";

}  // namespace

void ModelFile::Put(const std::string& name, std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  sections_[name] = *owned;
  buffers_.push_back(std::move(owned));
}

Result<std::string_view> ModelFile::Get(const std::string& name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) {
    return Status::Corruption(origin_ + ": the model has no section \"" + name + "\"");
  }
  return it->second;
}

std::string ModelFile::Serialize() const {
  ByteWriter w;
  w.Raw(kMagic);
  w.U32(kModelFormatVersion);
  w.U32(static_cast<uint32_t>(sections_.size()));
  for (const auto& [name, bytes] : sections_) {
    w.String(name);
    w.U64(bytes.size());
    w.U64(HashString(bytes));
    w.Raw(bytes);
  }
  w.U64(HashString(w.bytes()));
  return w.Take();
}

Result<ModelFile> ModelFile::Parse(std::string_view input, const std::string& origin) {
  return Adopt(std::make_shared<const std::string>(input), origin);
}

Result<ModelFile> ModelFile::Adopt(std::shared_ptr<const std::string> buffer, const std::string& origin) {
  const std::string_view bytes = *buffer;
  return AdoptView(bytes, std::move(buffer), origin);
}

Result<ModelFile> ModelFile::AdoptView(std::string_view bytes, std::shared_ptr<const void> buffer,
                                       const std::string& origin) {
  auto corrupt = [&](const std::string& why) {
    return Status::Corruption(origin + ": not a usable kgraph syntax model: " + why);
  };
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    return corrupt("it does not start with the model magic \"KGSYNTAX\"");
  }
  ByteReader r(bytes.substr(kMagic.size()));
  uint32_t version = r.U32();
  if (!r.ok()) return corrupt("the file is truncated");
  if (version != kModelFormatVersion) {
    return Status::Unsupported(origin + ": model format version " + std::to_string(version) +
                               ", this kgraph reads version " + std::to_string(kModelFormatVersion) +
                               " (retrain with kg train)");
  }
  ModelFile file;
  file.origin_ = origin;
  file.buffers_.push_back(buffer);
  uint32_t count = r.U32();
  std::vector<std::pair<std::string, uint64_t>> checksums;  // of each section, in file order
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    std::string name = r.String();
    uint64_t size = r.U64();
    uint64_t checksum = r.U64();
    std::string_view data = r.Bytes(size);
    if (!r.ok()) return corrupt("the file is truncated in section \"" + name + "\"");
    file.sections_[name] = data;
    checksums.emplace_back(std::move(name), checksum);
  }
  size_t body = bytes.size() >= 8 ? bytes.size() - 8 : 0;
  uint64_t total = r.U64();
  if (!r.ok()) return corrupt("the file is truncated");
  if (!r.AtEnd()) return corrupt("bytes follow the end of the model");
  // The whole-file checksum covers every section: one pass over the bytes
  // when the file is sound (hashing 20 MB twice was a fifth of the load
  // time); the sections' own checksums only name the damaged one.
  if (total != HashString(bytes.substr(0, body))) {
    for (const auto& [name, checksum] : checksums) {
      if (HashString(file.sections_[name]) != checksum) return corrupt("section \"" + name + "\" fails its checksum");
    }
    return corrupt("the file fails its checksum");
  }
  return file;
}

Status ModelFile::Save(const std::string& path) const {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError(path + ": cannot write the model");
    std::string bytes = Serialize();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return Status::IOError(path + ": cannot write the model");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::IOError(path + ": cannot move the written model into place");
  }
  return Status::Ok();
}

Result<ModelFile> ModelFile::Load(const std::string& path) {
  // Mapped with its pages read in one go: no zero-filled copy of 20 MB and
  // no fault per page, which dominated the load time on virtual machines.
  // Where mapping fails (a pipe, an empty file), the bytes are read.
  if (const int fd = ::open(path.c_str(), O_RDONLY); fd >= 0) {
    struct stat st {};
    void* mapped = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
      mapped = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    }
    ::close(fd);
    if (mapped != MAP_FAILED) {
      const auto size = static_cast<size_t>(st.st_size);
      std::shared_ptr<const void> owner(mapped, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
      return AdoptView(std::string_view(static_cast<const char*>(mapped), size), std::move(owner), path);
    }
  }
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::NotFound(path + ": cannot open the syntax model");
  auto bytes = std::make_shared<std::string>(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(bytes->data(), static_cast<std::streamsize>(bytes->size()))) {
    return Status::IOError(path + ": cannot read the syntax model");
  }
  return Adopt(std::move(bytes), path);
}

}  // namespace kg::syntax
