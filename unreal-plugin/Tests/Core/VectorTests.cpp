// Golden wire vectors (test/vectors, written by the daemon's protobufjs encoder): every vector
// decodes to its `decoded` value or fails as expected, and re-encodes byte-identically to `reencoded`.
#include <string>
#include <vector>

#include "Files.h"
#include "FitMe/Core/FitMeWire.generated.h"
#include "Json.h"
#include "ProtoJson.h"
#include "TestHarness.h"

namespace fitme::test {

namespace {

const char* const kVectorsDir = "test/vectors/";

void CheckVector(Context& t, const Json& vector) {
  const std::string file = vector["file"].string;
  std::vector<uint8_t> bytes;
  if (!t.Expect(ReadFileBytes(kVectorsDir + file, bytes), "cannot read " + file)) return;
  wire::Envelope env;
  const wire::DecodeResult result = wire::Decode(bytes.data(), bytes.size(), env);
  if (vector["expect"].string == "error") {
    t.Expect(!result.ok(), "decoding " + file + " succeeded; expected an error");
    return;
  }
  if (!t.Expect(result.ok(), std::string("decoding failed: ") + wire::DecodeStatusText(result.status) + " at byte " +
                                 std::to_string(result.offset))) {
    return;
  }
  std::string where;
  t.Expect(SameJson(vector["decoded"], ToJson(env), "decoded", where), where);

  std::vector<uint8_t> expected;
  const std::string reencoded = vector["reencoded"].string;
  if (!t.Expect(ReadFileBytes(kVectorsDir + reencoded, expected), "cannot read " + reencoded)) return;
  std::vector<uint8_t> actual;
  wire::Encode(env, actual);
  size_t first_difference = 0;
  while (first_difference < actual.size() && first_difference < expected.size() &&
         actual[first_difference] == expected[first_difference]) {
    ++first_difference;
  }
  t.Expect(actual == expected, "re-encoding differs from " + reencoded + " at byte " + std::to_string(first_difference) +
                                   " (" + std::to_string(actual.size()) + " bytes, expected " + std::to_string(expected.size()) + ")");
  t.Expect(wire::EncodedSize(env) == actual.size(), "EncodedSize disagrees with Encode");
}

}  // namespace

void RegisterVectorTests() {
  std::string text;
  std::string error;
  Json manifest;
  if (!ReadFileText(std::string(kVectorsDir) + "manifest.json", text) || !ParseJson(text, manifest, error)) {
    Add("vectors/manifest", [error](Context& t) { t.Expect(false, "cannot read test/vectors/manifest.json " + error); });
    return;
  }
  for (const Json& vector : manifest["vectors"].array) {
    Add("vectors/" + vector["name"].string, [vector](Context& t) { CheckVector(t, vector); });
  }
}

}  // namespace fitme::test
