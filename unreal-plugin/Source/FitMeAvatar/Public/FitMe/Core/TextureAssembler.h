// Reassembles one texture from a TextureBegin and its TextureChunks, checking as it goes: chunks in
// order and contiguous, each chunk's CRC-32, then the whole file's size, CRC-32 and SHA-256.
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "FitMe/Core/AvatarData.h"
#include "FitMe/Core/Checksums.h"
#include "FitMe/Core/FitMeWire.generated.h"

namespace fitme::core {

class TextureAssembler {
 public:
  // `max_total_bytes` caps what a TextureBegin may announce (nothing is reserved beyond it);
  // `max_chunk_bytes` is the daemon's Limits.max_chunk_bytes, 0 when unknown.
  TextureAssembler(uint64_t max_total_bytes, uint32_t max_chunk_bytes)
      : max_total_bytes_(max_total_bytes), max_chunk_bytes_(max_chunk_bytes) {}

  bool active() const { return active_; }
  uint32_t texture_id() const { return texture_.texture_id; }

  bool Begin(const wire::TextureBegin& begin, ErrorInfo& error) {
    if (active_) {
      return Fail(error, errors::kProtocolViolation,
                  "texture " + std::to_string(begin.texture_id) + " began before texture " +
                      std::to_string(texture_.texture_id) + " was complete");
    }
    if (begin.texture_id == 0) return Fail(error, errors::kProtocolViolation, "a texture has id 0, which means none");
    if (begin.sha256.size != 32) {
      return Fail(error, errors::kProtocolViolation, "texture " + std::to_string(begin.texture_id) + " has no SHA-256");
    }
    if (begin.total_bytes > max_total_bytes_) {
      return Fail(error, errors::kTooLarge,
                  "texture " + std::to_string(begin.texture_id) + " announces " + std::to_string(begin.total_bytes) +
                      " bytes, more than this client accepts (" + std::to_string(max_total_bytes_) +
                      "); ask for a smaller texture_size");
    }
    if (begin.chunk_count == 0) {
      return Fail(error, errors::kProtocolViolation, "texture " + std::to_string(begin.texture_id) + " has no chunks");
    }
    texture_ = TextureData();
    texture_.texture_id = begin.texture_id;
    texture_.kind = begin.kind;
    texture_.width = begin.width;
    texture_.height = begin.height;
    texture_.encoding = ToString(begin.encoding);
    texture_.color_space = begin.color_space;
    texture_.bit_depth = begin.bit_depth;
    texture_.channels = begin.channels;
    texture_.bytes.reserve(static_cast<size_t>(begin.total_bytes));
    std::copy(begin.sha256.data, begin.sha256.data + 32, expected_sha256_.begin());
    expected_crc32_ = begin.crc32;
    total_bytes_ = begin.total_bytes;
    chunk_count_ = begin.chunk_count;
    next_index_ = 0;
    crc_ = Crc32();
    sha_ = Sha256();
    active_ = true;
    return true;
  }

  // Returns false with `error` set when the chunk is wrong; `complete` turns true after the last one.
  bool AddChunk(const wire::TextureChunk& chunk, bool& complete, ErrorInfo& error) {
    complete = false;
    const std::string what = "texture " + std::to_string(chunk.texture_id) + " chunk " + std::to_string(chunk.index);
    if (!active_ || chunk.texture_id != texture_.texture_id) {
      return Fail(error, errors::kProtocolViolation, what + " arrived without its TextureBegin");
    }
    if (chunk.index != next_index_) {
      return Fail(error, errors::kProtocolViolation, what + " arrived when chunk " + std::to_string(next_index_) + " was due");
    }
    if (chunk.offset != texture_.bytes.size()) {
      return Fail(error, errors::kProtocolViolation,
                  what + " starts at byte " + std::to_string(chunk.offset) + ", expected " + std::to_string(texture_.bytes.size()));
    }
    if (max_chunk_bytes_ != 0 && chunk.data.size > max_chunk_bytes_) {
      return Fail(error, errors::kProtocolViolation, what + " is larger than the daemon's max_chunk_bytes");
    }
    if (chunk.data.size > total_bytes_ - texture_.bytes.size()) {
      return Fail(error, errors::kProtocolViolation, what + " runs past the announced total_bytes");
    }
    if (Crc32::Of(chunk.data.data, chunk.data.size) != chunk.crc32) {
      return Fail(error, errors::kChecksumMismatch, what + " failed its CRC-32 check: the data was corrupted in transit");
    }
    texture_.bytes.insert(texture_.bytes.end(), chunk.data.data, chunk.data.data + chunk.data.size);
    crc_.Update(chunk.data.data, chunk.data.size);
    sha_.Update(chunk.data.data, chunk.data.size);
    ++next_index_;
    if (next_index_ < chunk_count_) return true;

    active_ = false;
    const std::string tex = "texture " + std::to_string(texture_.texture_id);
    if (texture_.bytes.size() != total_bytes_) {
      return Fail(error, errors::kProtocolViolation,
                  tex + " ended after " + std::to_string(texture_.bytes.size()) + " of " + std::to_string(total_bytes_) + " bytes");
    }
    if (crc_.Value() != expected_crc32_) return Fail(error, errors::kChecksumMismatch, tex + " failed its CRC-32 check");
    texture_.sha256 = sha_.Finish();
    if (texture_.sha256 != expected_sha256_) {
      return Fail(error, errors::kChecksumMismatch,
                  tex + " failed its SHA-256 check (got " + ToHex(texture_.sha256) + ", expected " + ToHex(expected_sha256_) + ")");
    }
    complete = true;
    return true;
  }

  // The finished texture; call once after AddChunk reported `complete`.
  TextureData Take() { return std::move(texture_); }

 private:
  bool Fail(ErrorInfo& error, const char* code, std::string message) {
    active_ = false;
    error.code = code;
    error.message = std::move(message);
    return false;
  }

  uint64_t max_total_bytes_;
  uint32_t max_chunk_bytes_;
  bool active_ = false;
  TextureData texture_;
  Sha256Digest expected_sha256_{};
  uint32_t expected_crc32_ = 0;
  uint64_t total_bytes_ = 0;
  uint32_t chunk_count_ = 0;
  uint32_t next_index_ = 0;
  Crc32 crc_;
  Sha256 sha_;
};

}  // namespace fitme::core
