// The model container refuses what is not a whole model of its version.
#include <doctest/doctest.h>

#include "ingest/syntax/byte_io.h"
#include "ingest/syntax/model_file.h"
#include "tests/test_util.h"

using kg::syntax::ByteWriter;
using kg::syntax::ModelFile;

namespace {

std::string SampleBytes() {
  ModelFile file;
  file.Put("alpha", "first section");
  file.Put("beta", std::string(1000, 'x'));
  return file.Serialize();
}

}  // namespace

TEST_CASE("a model file round-trips its sections") {
  auto parsed = ModelFile::Parse(SampleBytes(), "m");
  REQUIRE(parsed.ok());
  auto alpha = parsed->Get("alpha");
  REQUIRE(alpha.ok());
  CHECK(*alpha == "first section");
  CHECK(parsed->Get("beta")->size() == 1000);
  auto missing = parsed->Get("gamma");
  CHECK(!missing.ok());
  CHECK(missing.status().message().find("gamma") != std::string::npos);
}

TEST_CASE("equal models give equal bytes") { CHECK(SampleBytes() == SampleBytes()); }

TEST_CASE("a truncated model is refused at every length") {
  std::string bytes = SampleBytes();
  for (size_t n = 0; n < bytes.size(); n += 37) {
    auto parsed = ModelFile::Parse(bytes.substr(0, n), "cut.kgmodel");
    REQUIRE_MESSAGE(!parsed.ok(), "length " << n);
    CHECK(parsed.status().message().rfind("cut.kgmodel: ", 0) == 0);
  }
}

TEST_CASE("a model with the wrong magic is refused") {
  std::string bytes = SampleBytes();
  bytes[0] = 'X';
  auto parsed = ModelFile::Parse(bytes, "m");
  REQUIRE(!parsed.ok());
  CHECK(parsed.status().message().find("magic") != std::string::npos);
}

TEST_CASE("a model of another format version is refused and says which") {
  std::string bytes = SampleBytes();
  bytes[8] = static_cast<char>(kg::syntax::kModelFormatVersion + 1);
  auto parsed = ModelFile::Parse(bytes, "m");
  REQUIRE(!parsed.ok());
  CHECK(parsed.status().code() == kg::Status::Code::kUnsupported);
  CHECK(parsed.status().message().find("version 2") != std::string::npos);
}

TEST_CASE("a flipped byte anywhere fails a checksum") {
  std::string bytes = SampleBytes();
  for (size_t i = 12; i < bytes.size(); i += 53) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x20);
    CHECK_MESSAGE(!ModelFile::Parse(damaged, "m").ok(), "byte " << i);
  }
}

TEST_CASE("Save writes a file Load reads back, and a missing file is NotFound") {
  kg::test::TempDir dir;
  ModelFile file;
  file.Put("s", "data");
  REQUIRE(file.Save(dir.File("m.kgmodel")).ok());
  auto loaded = ModelFile::Load(dir.File("m.kgmodel"));
  REQUIRE(loaded.ok());
  CHECK(*loaded->Get("s") == "data");
  auto missing = ModelFile::Load(dir.File("none.kgmodel"));
  CHECK(missing.status().code() == kg::Status::Code::kNotFound);
}

TEST_CASE("a damaged section is named, though one checksum over the file finds it") {
  std::string bytes = SampleBytes();
  const size_t at = bytes.find(std::string(1000, 'x'));
  REQUIRE(at != std::string::npos);
  bytes[at + 500] = 'y';
  auto parsed = ModelFile::Parse(bytes, "m");
  REQUIRE(!parsed.ok());
  CHECK(parsed.status().message().find("section \"beta\" fails its checksum") != std::string::npos);
}

TEST_CASE("Load refuses a truncated, an empty and a damaged file as Parse does") {
  kg::test::TempDir dir;
  const std::string bytes = SampleBytes();
  kg::test::WriteFile(dir.File("cut.kgmodel"), bytes.substr(0, bytes.size() / 2));
  kg::test::WriteFile(dir.File("empty.kgmodel"), "");
  std::string damaged = bytes;
  damaged[damaged.size() - 1] = static_cast<char>(damaged.back() ^ 1);
  kg::test::WriteFile(dir.File("damaged.kgmodel"), damaged);
  for (const char* name : {"cut.kgmodel", "empty.kgmodel", "damaged.kgmodel"}) {
    auto loaded = ModelFile::Load(dir.File(name));
    REQUIRE_MESSAGE(!loaded.ok(), name);
    CHECK(loaded.status().message().rfind(dir.File(name) + ": ", 0) == 0);
  }
  kg::test::WriteFile(dir.File("whole.kgmodel"), bytes);
  auto whole = ModelFile::Load(dir.File("whole.kgmodel"));
  REQUIRE(whole.ok());
  CHECK(*whole->Get("alpha") == "first section");
}
