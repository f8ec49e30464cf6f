// Protobuf wire-format primitives for the generated codec (FitMeWire.generated.h).
//
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types. Decoding never allocates more
// than the input can justify (a length prefix is checked against the bytes that remain before
// anything is reserved), never reads out of bounds and never loops without consuming input, so a
// malformed or hostile frame yields an error status instead of a crash or a hang. What is refused
// is what the daemon's and the C# decoders refuse too: docs/wire-rules.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace fitme::wire {

// Bytes of a decoded message: a view into the frame it was decoded from, valid while that frame is.
struct BytesView {
  const uint8_t* data = nullptr;
  size_t size = 0;

  bool empty() const { return size == 0; }
};

enum class WireType : uint8_t {
  kVarint = 0,
  kFixed64 = 1,
  kLengthDelimited = 2,
  kStartGroup = 3,
  kEndGroup = 4,
  kFixed32 = 5,
};

enum class DecodeStatus : uint8_t {
  kOk,
  kTruncated,            // the frame ends inside a field
  kMalformedVarint,      // more than 10 bytes
  kInvalidWireType,      // wire type 6 or 7, or a group (3, 4): this protocol has none
  kInvalidFieldNumber,   // field number 0, or above 2^29-1
  kLengthOutOfRange,     // a length prefix larger than the bytes that remain
  kMisalignedPacked,     // a packed fixed-width run whose length is not a multiple of the width
  kTooDeep,              // nesting beyond kMaxDepth
  kWrongWireType,        // a known field with a wire type its type never has
  kInvalidUtf8,          // a string field that is not valid UTF-8
  kBoolOutOfRange,       // a bool other than 0 or 1
};

inline const char* DecodeStatusText(DecodeStatus status) {
  switch (status) {
    case DecodeStatus::kOk: return "ok";
    case DecodeStatus::kTruncated: return "the frame ends inside a field (truncated)";
    case DecodeStatus::kMalformedVarint: return "a varint is longer than 10 bytes";
    case DecodeStatus::kInvalidWireType: return "invalid wire type";
    case DecodeStatus::kInvalidFieldNumber: return "field number 0 or above 2^29-1";
    case DecodeStatus::kLengthOutOfRange: return "a length prefix exceeds the remaining bytes";
    case DecodeStatus::kMisalignedPacked: return "a packed fixed-width field has a partial element";
    case DecodeStatus::kTooDeep: return "messages nested too deeply";
    case DecodeStatus::kWrongWireType: return "a known field arrived with the wrong wire type";
    case DecodeStatus::kInvalidUtf8: return "a string is not valid UTF-8";
    case DecodeStatus::kBoolOutOfRange: return "a bool is neither 0 nor 1";
  }
  return "unknown decode status";
}

struct DecodeResult {
  DecodeStatus status = DecodeStatus::kOk;
  size_t offset = 0;  // byte offset in the frame where decoding stopped

  bool ok() const { return status == DecodeStatus::kOk; }
};

constexpr int kMaxDepth = 64;

// Well-formed UTF-8 as Unicode's table 3-7 defines it: no overlong forms, no surrogates, nothing
// above U+10FFFF.
inline bool IsValidUtf8(const uint8_t* p, size_t size) {
  const uint8_t* end = p + size;
  while (p < end) {
    const uint8_t b = *p++;
    if (b < 0x80) continue;
    int more;
    uint8_t lo = 0x80, hi = 0xBF;  // the range of the byte after the lead
    if (b >= 0xC2 && b <= 0xDF) {
      more = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      more = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      more = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (end - p < more) return false;
    if (*p < lo || *p > hi) return false;
    for (int i = 1; i < more; ++i) {
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    }
    p += more;
  }
  return true;
}

// Reads one message's fields. A sub-reader for a nested message shares the error slot of its parent
// so the first error, with its absolute offset, is what the caller sees.
class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : Reader(data, data + size, data, &own_error_, 0) {}

  bool AtEnd() const { return pos_ >= end_; }
  DecodeResult Result() const { return *error_; }

  bool ReadTag(uint32_t& field, WireType& type) {
    tag_start_ = pos_;
    uint64_t tag = 0;
    if (!ReadVarint(tag)) return false;
    const uint64_t number = tag >> 3;
    const uint8_t raw_type = static_cast<uint8_t>(tag & 7);
    if (number == 0) return Fail(DecodeStatus::kInvalidFieldNumber, tag_start_);
    if (number > 0x1FFFFFFF) return Fail(DecodeStatus::kInvalidFieldNumber, tag_start_);
    if (raw_type > 5) return Fail(DecodeStatus::kInvalidWireType, tag_start_);
    field = static_cast<uint32_t>(number);
    type = static_cast<WireType>(raw_type);
    return true;
  }

  bool ReadVarint(uint64_t& value) {
    value = 0;
    for (int i = 0; i < 10; ++i) {
      if (pos_ >= end_) return Fail(DecodeStatus::kTruncated);
      const uint8_t byte = *pos_++;
      value |= static_cast<uint64_t>(byte & 0x7F) << (7 * i);
      if ((byte & 0x80) == 0) return true;
    }
    return Fail(DecodeStatus::kMalformedVarint);
  }

  bool ReadFixed32(uint32_t& value) {
    if (Remaining() < 4) return Fail(DecodeStatus::kTruncated);
    value = LoadLE32(pos_);
    pos_ += 4;
    return true;
  }

  bool ReadFixed64(uint64_t& value) {
    if (Remaining() < 8) return Fail(DecodeStatus::kTruncated);
    value = LoadLE64(pos_);
    pos_ += 8;
    return true;
  }

  bool ReadLengthDelimited(BytesView& view) {
    uint64_t length = 0;
    if (!ReadVarint(length)) return false;
    if (length > Remaining()) return Fail(DecodeStatus::kLengthOutOfRange);
    view.data = pos_;
    view.size = static_cast<size_t>(length);
    pos_ += view.size;
    return true;
  }

  // Scalars, named by their protobuf type. Narrow integers keep the low bits, as every protobuf
  // runtime does for an over-long varint.
  bool ReadUInt64(uint64_t& v) { return ReadVarint(v); }
  bool ReadInt64(int64_t& v) { uint64_t u; if (!ReadVarint(u)) return false; v = static_cast<int64_t>(u); return true; }
  bool ReadUInt32(uint32_t& v) { uint64_t u; if (!ReadVarint(u)) return false; v = static_cast<uint32_t>(u); return true; }
  bool ReadInt32(int32_t& v) { uint64_t u; if (!ReadVarint(u)) return false; v = static_cast<int32_t>(static_cast<uint32_t>(u)); return true; }
  bool ReadSInt32(int32_t& v) { uint64_t u; if (!ReadVarint(u)) return false; const uint32_t n = static_cast<uint32_t>(u); v = static_cast<int32_t>((n >> 1) ^ (~(n & 1) + 1)); return true; }
  bool ReadSInt64(int64_t& v) { uint64_t u; if (!ReadVarint(u)) return false; v = static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1)); return true; }
  bool ReadBool(bool& v) {
    const uint8_t* at = pos_;
    uint64_t u;
    if (!ReadVarint(u)) return false;
    if (u > 1) return Fail(DecodeStatus::kBoolOutOfRange, at);
    v = u != 0;
    return true;
  }
  bool ReadFixed32Value(uint32_t& v) { return ReadFixed32(v); }
  bool ReadFixed64Value(uint64_t& v) { return ReadFixed64(v); }
  bool ReadSFixed32(int32_t& v) { uint32_t u; if (!ReadFixed32(u)) return false; v = static_cast<int32_t>(u); return true; }
  bool ReadSFixed64(int64_t& v) { uint64_t u; if (!ReadFixed64(u)) return false; v = static_cast<int64_t>(u); return true; }
  bool ReadFloat(float& v) { uint32_t u; if (!ReadFixed32(u)) return false; std::memcpy(&v, &u, 4); return true; }
  bool ReadDouble(double& v) { uint64_t u; if (!ReadFixed64(u)) return false; std::memcpy(&v, &u, 8); return true; }
  bool ReadString(std::string_view& v) {
    const uint8_t* at = pos_;
    BytesView b;
    if (!ReadLengthDelimited(b)) return false;
    if (!IsValidUtf8(b.data, b.size)) return Fail(DecodeStatus::kInvalidUtf8, at);
    v = std::string_view(reinterpret_cast<const char*>(b.data), b.size);
    return true;
  }
  bool ReadBytes(BytesView& v) { return ReadLengthDelimited(v); }
  template <typename E>
  bool ReadEnum(E& v) { int32_t i; if (!ReadInt32(i)) return false; v = static_cast<E>(i); return true; }

  // A packed run of fixed-width elements (float, double, fixed32, ...), appended to `out`.
  template <typename T>
  bool ReadPackedFixed(std::vector<T>& out) {
    BytesView run;
    if (!ReadLengthDelimited(run)) return false;
    if (run.size % sizeof(T) != 0) return Fail(DecodeStatus::kMisalignedPacked, run.data + run.size);
    const size_t count = run.size / sizeof(T);
    const size_t first = out.size();
    out.resize(first + count);
    for (size_t i = 0; i < count; ++i) {
      const uint8_t* p = run.data + i * sizeof(T);
      if constexpr (sizeof(T) == 4) {
        const uint32_t u = LoadLE32(p);
        std::memcpy(&out[first + i], &u, 4);
      } else {
        const uint64_t u = LoadLE64(p);
        std::memcpy(&out[first + i], &u, 8);
      }
    }
    return true;
  }

  // A packed run of varint elements; `read` is one of the ReadXxx members for the element type.
  template <typename T, typename ReadOne>
  bool ReadPackedVarint(std::vector<T>& out, ReadOne read) {
    BytesView run;
    if (!ReadLengthDelimited(run)) return false;
    Reader sub(run.data, run.data + run.size, base_, error_, depth_);
    while (!sub.AtEnd()) {
      T value;
      if (!(sub.*read)(value)) return false;
      out.push_back(value);
    }
    return true;
  }

  template <typename E>
  bool ReadPackedEnum(std::vector<E>& out) {
    BytesView run;
    if (!ReadLengthDelimited(run)) return false;
    Reader sub(run.data, run.data + run.size, base_, error_, depth_);
    while (!sub.AtEnd()) {
      int32_t value;
      if (!sub.ReadInt32(value)) return false;
      out.push_back(static_cast<E>(value));
    }
    return true;
  }

  // Decodes a length-delimited nested message with `decode_fields(Reader&, Message&)`.
  template <typename Message, typename DecodeFieldsFn>
  bool ReadMessage(Message& message, DecodeFieldsFn decode_fields) {
    BytesView body;
    if (!ReadLengthDelimited(body)) return false;
    if (depth_ + 1 > kMaxDepth) return Fail(DecodeStatus::kTooDeep);
    Reader sub(body.data, body.data + body.size, base_, error_, depth_ + 1);
    return decode_fields(sub, message);
  }

  // Skips the value of a field this schema does not know. Groups are refused, not skipped.
  bool Skip(WireType type) {
    switch (type) {
      case WireType::kVarint: { uint64_t v; return ReadVarint(v); }
      case WireType::kFixed64: { uint64_t v; return ReadFixed64(v); }
      case WireType::kFixed32: { uint32_t v; return ReadFixed32(v); }
      case WireType::kLengthDelimited: { BytesView v; return ReadLengthDelimited(v); }
      case WireType::kStartGroup:
      case WireType::kEndGroup:
        return Fail(DecodeStatus::kInvalidWireType, tag_start_);
    }
    return Fail(DecodeStatus::kInvalidWireType, tag_start_);
  }

  // A known field that arrived with a wire type its type never has.
  bool WrongWireType() { return Fail(DecodeStatus::kWrongWireType, tag_start_); }

 private:
  Reader(const uint8_t* begin, const uint8_t* end, const uint8_t* base, DecodeResult* error, int depth)
      : pos_(begin), end_(end), base_(base), error_(error), depth_(depth) {}

  size_t Remaining() const { return static_cast<size_t>(end_ - pos_); }

  bool Fail(DecodeStatus status) { return Fail(status, pos_); }
  bool Fail(DecodeStatus status, const uint8_t* at) {
    if (error_->status == DecodeStatus::kOk) {
      error_->status = status;
      error_->offset = static_cast<size_t>(at - base_);
    }
    return false;
  }

  static uint32_t LoadLE32(const uint8_t* p) {
    return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
           (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
  }
  static uint64_t LoadLE64(const uint8_t* p) {
    return static_cast<uint64_t>(LoadLE32(p)) | (static_cast<uint64_t>(LoadLE32(p + 4)) << 32);
  }

  const uint8_t* pos_;
  const uint8_t* end_;
  const uint8_t* tag_start_ = nullptr;  // where the last tag began, for errors about its field
  const uint8_t* base_;
  DecodeResult* error_;
  int depth_;
  DecodeResult own_error_;
};

inline size_t VarintSize(uint64_t value) {
  size_t size = 1;
  while (value >= 0x80) {
    value >>= 7;
    ++size;
  }
  return size;
}

inline size_t TagSize(uint32_t field) { return VarintSize(static_cast<uint64_t>(field) << 3); }

inline uint32_t ZigZag32(int32_t v) { return (static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31); }
inline uint64_t ZigZag64(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }

// Enums and int32 are sign-extended to 64 bits on the wire, so a negative value takes 10 bytes.
inline uint64_t Int32Wire(int32_t v) { return static_cast<uint64_t>(static_cast<int64_t>(v)); }

inline uint32_t FloatBits(float v) { uint32_t u; std::memcpy(&u, &v, 4); return u; }
inline uint64_t DoubleBits(double v) { uint64_t u; std::memcpy(&u, &v, 8); return u; }

class Writer {
 public:
  explicit Writer(std::vector<uint8_t>& out) : out_(out) {}

  void Tag(uint32_t field, WireType type) { Varint((static_cast<uint64_t>(field) << 3) | static_cast<uint8_t>(type)); }

  void Varint(uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<uint8_t>(value | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<uint8_t>(value));
  }

  void Fixed32(uint32_t v) {
    const uint8_t b[4] = {static_cast<uint8_t>(v), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v >> 16),
                          static_cast<uint8_t>(v >> 24)};
    out_.insert(out_.end(), b, b + 4);
  }

  void Fixed64(uint64_t v) {
    Fixed32(static_cast<uint32_t>(v));
    Fixed32(static_cast<uint32_t>(v >> 32));
  }

  void Raw(const void* data, size_t size) {
    const uint8_t* p = static_cast<const uint8_t*>(data);
    if (size != 0) out_.insert(out_.end(), p, p + size);
  }

  void LengthDelimited(const void* data, size_t size) {
    Varint(size);
    Raw(data, size);
  }

 private:
  std::vector<uint8_t>& out_;
};

}  // namespace fitme::wire
