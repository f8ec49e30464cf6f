// The fuzzer's C++ side (tools/fuzz): decodes every frame on stdin with the Unreal core's generated
// codec and writes its verdict. Input: frames as [u32 LE length][bytes]. Output, per frame:
// [u8 0 = accepted | 1 = refused][u32 LE length][canonical re-encoding | the error text].
// A crash, a sanitizer report or a hang is the fuzzer's to notice; this only decodes.
#include <cstdio>
#include <string>
#include <vector>

#include "FitMe/Core/FitMeWire.generated.h"

namespace {

void PutU32(std::vector<uint8_t>& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

}  // namespace

int main() {
  std::vector<uint8_t> in;
  uint8_t chunk[1 << 16];
  size_t n;
  while ((n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0) in.insert(in.end(), chunk, chunk + n);

  std::vector<uint8_t> out;
  std::vector<uint8_t> encoded;
  size_t pos = 0;
  while (pos + 4 <= in.size()) {
    const uint32_t len = static_cast<uint32_t>(in[pos]) | (static_cast<uint32_t>(in[pos + 1]) << 8) |
                         (static_cast<uint32_t>(in[pos + 2]) << 16) | (static_cast<uint32_t>(in[pos + 3]) << 24);
    pos += 4;
    if (len > in.size() - pos) {
      std::fprintf(stderr, "decode_harness: a frame of %u bytes with %zu left\n", len, in.size() - pos);
      return 2;
    }
    // A copy of exactly the frame's bytes, so AddressSanitizer sees a read past its end.
    std::vector<uint8_t> frame(in.begin() + static_cast<std::ptrdiff_t>(pos), in.begin() + static_cast<std::ptrdiff_t>(pos + len));
    pos += len;
    fitme::wire::Envelope env;
    const fitme::wire::DecodeResult result = fitme::wire::Decode(frame.data(), frame.size(), env);
    if (result.ok()) {
      fitme::wire::Encode(env, encoded);
      out.push_back(0);
      PutU32(out, static_cast<uint32_t>(encoded.size()));
      out.insert(out.end(), encoded.begin(), encoded.end());
    } else {
      const std::string text = std::string(fitme::wire::DecodeStatusText(result.status)) + " at byte " + std::to_string(result.offset);
      out.push_back(1);
      PutU32(out, static_cast<uint32_t>(text.size()));
      out.insert(out.end(), text.begin(), text.end());
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
