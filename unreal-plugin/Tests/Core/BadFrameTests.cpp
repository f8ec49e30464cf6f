// The shared corpus of edge frames (test/vectors/bad-frames/, docs/wire-rules.md): the codec refuses
// every "error" frame and accepts every "ok" one with the index's canonical re-encoding, the same
// verdicts the daemon's and the C# decoders give.
#include <string>
#include <vector>

#include "Files.h"
#include "FitMe/Core/FitMeWire.generated.h"
#include "Json.h"
#include "TestHarness.h"

namespace fitme::test {

namespace {

const char* const kBadFramesDir = "test/vectors/bad-frames/";

std::string Hex(const std::vector<uint8_t>& bytes) {
  static const char* const kDigits = "0123456789abcdef";
  std::string s;
  for (uint8_t b : bytes) {
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

void CheckBadFrame(Context& t, const Json& frame) {
  const std::string file = frame["file"].string;
  std::vector<uint8_t> bytes;
  if (!t.Expect(ReadFileBytes(kBadFramesDir + file, bytes), "cannot read " + file)) return;
  wire::Envelope env;
  const wire::DecodeResult result = wire::Decode(bytes.data(), bytes.size(), env);
  if (frame["expect"].string == "error") {
    t.Expect(!result.ok(), "accepted a frame the rules refuse (" + frame["rule"].string + ")");
    return;
  }
  if (!t.Expect(result.ok(), std::string("refused a frame the rules accept: ") + wire::DecodeStatusText(result.status) +
                                 " at byte " + std::to_string(result.offset))) {
    return;
  }
  std::vector<uint8_t> actual;
  wire::Encode(env, actual);
  t.Expect(Hex(actual) == frame["reencoded"].string, "canonical re-encoding " + Hex(actual) + ", expected " + frame["reencoded"].string);
}

}  // namespace

void RegisterBadFrameTests() {
  std::string text;
  std::string error;
  Json index;
  if (!ReadFileText(std::string(kBadFramesDir) + "index.json", text) || !ParseJson(text, index, error)) {
    Add("bad-frames/index", [error](Context& t) { t.Expect(false, "cannot read test/vectors/bad-frames/index.json " + error); });
    return;
  }
  for (const Json& frame : index["frames"].array) {
    Add("bad-frames/" + frame["name"].string, [frame](Context& t) { CheckBadFrame(t, frame); });
  }
}

}  // namespace fitme::test
