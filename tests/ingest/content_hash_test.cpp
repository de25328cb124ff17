// ContentHash: SHA-256 against the FIPS 180-4 test vectors.
#include <doctest/doctest.h>

#include <string>

#include "ingest/content_hash.h"

using kg::ingest::ContentHash;
using kg::ingest::Sha256Hex;

TEST_CASE("SHA-256 test vectors") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("the content hash depends on the format and the text, not the key") {
  kg::Document a, b;
  a.text = b.text = "Same text.";
  a.format = b.format = "text";
  a.key = "one";
  b.key = "two";
  CHECK(ContentHash(a) == ContentHash(b));
  b.format = "jsonl";
  CHECK(ContentHash(a) != ContentHash(b));
}
