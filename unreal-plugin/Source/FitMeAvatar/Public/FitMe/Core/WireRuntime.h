// Protobuf wire-format primitives for the generated codec (FitMeWire.generated.h).
//
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types. Decoding never allocates more
// than the input can justify (a length prefix is checked against the bytes that remain before
// anything is reserved), never reads out of bounds and never loops without consuming input, so a
// malformed or hostile frame yields an error status instead of a crash or a hang.
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
  kInvalidWireType,      // wire type 6 or 7, or an end-group without a start
  kInvalidFieldNumber,   // field number 0
  kLengthOutOfRange,     // a length prefix larger than the bytes that remain
  kMisalignedPacked,     // a packed fixed-width run whose length is not a multiple of the width
  kTooDeep,              // nesting beyond kMaxDepth (groups in unknown fields included)
};

inline const char* DecodeStatusText(DecodeStatus status) {
  switch (status) {
    case DecodeStatus::kOk: return "ok";
    case DecodeStatus::kTruncated: return "the frame ends inside a field (truncated)";
    case DecodeStatus::kMalformedVarint: return "a varint is longer than 10 bytes";
    case DecodeStatus::kInvalidWireType: return "invalid wire type";
    case DecodeStatus::kInvalidFieldNumber: return "field number 0 is invalid";
    case DecodeStatus::kLengthOutOfRange: return "a length prefix exceeds the remaining bytes";
    case DecodeStatus::kMisalignedPacked: return "a packed fixed-width field has a partial element";
    case DecodeStatus::kTooDeep: return "messages nested too deeply";
  }
  return "unknown decode status";
}

struct DecodeResult {
  DecodeStatus status = DecodeStatus::kOk;
  size_t offset = 0;  // byte offset in the frame where decoding stopped

  bool ok() const { return status == DecodeStatus::kOk; }
};

constexpr int kMaxDepth = 64;

// Reads one message's fields. A sub-reader for a nested message shares the error slot of its parent
// so the first error, with its absolute offset, is what the caller sees.
class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : Reader(data, data + size, data, &own_error_, 0) {}

  bool AtEnd() const { return pos_ >= end_; }
  DecodeResult Result() const { return *error_; }

  bool ReadTag(uint32_t& field, WireType& type) {
    uint64_t tag = 0;
    if (!ReadVarint(tag)) return false;
    const uint64_t number = tag >> 3;
    const uint8_t raw_type = static_cast<uint8_t>(tag & 7);
    if (number == 0) return Fail(DecodeStatus::kInvalidFieldNumber);
    if (number > 0x1FFFFFFF) return Fail(DecodeStatus::kInvalidFieldNumber);
    if (raw_type > 5) return Fail(DecodeStatus::kInvalidWireType);
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
  bool ReadBool(bool& v) { uint64_t u; if (!ReadVarint(u)) return false; v = u != 0; return true; }
  bool ReadFixed32Value(uint32_t& v) { return ReadFixed32(v); }
  bool ReadFixed64Value(uint64_t& v) { return ReadFixed64(v); }
  bool ReadSFixed32(int32_t& v) { uint32_t u; if (!ReadFixed32(u)) return false; v = static_cast<int32_t>(u); return true; }
  bool ReadSFixed64(int64_t& v) { uint64_t u; if (!ReadFixed64(u)) return false; v = static_cast<int64_t>(u); return true; }
  bool ReadFloat(float& v) { uint32_t u; if (!ReadFixed32(u)) return false; std::memcpy(&v, &u, 4); return true; }
  bool ReadDouble(double& v) { uint64_t u; if (!ReadFixed64(u)) return false; std::memcpy(&v, &u, 8); return true; }
  bool ReadString(std::string_view& v) {
    BytesView b;
    if (!ReadLengthDelimited(b)) return false;
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

  // Skips the value of a field this schema does not know (or knows with another wire type).
  bool Skip(WireType type, uint32_t field) {
    switch (type) {
      case WireType::kVarint: { uint64_t v; return ReadVarint(v); }
      case WireType::kFixed64: { uint64_t v; return ReadFixed64(v); }
      case WireType::kFixed32: { uint32_t v; return ReadFixed32(v); }
      case WireType::kLengthDelimited: { BytesView v; return ReadLengthDelimited(v); }
      case WireType::kStartGroup: return SkipGroup(field);
      case WireType::kEndGroup: return Fail(DecodeStatus::kInvalidWireType);
    }
    return Fail(DecodeStatus::kInvalidWireType);
  }

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

  // Groups are a proto2 relic but legal in unknown fields; skipped iteratively up to kMaxDepth.
  bool SkipGroup(uint32_t field) {
    uint32_t open[kMaxDepth];
    int depth = 0;
    open[depth++] = field;
    while (depth > 0) {
      uint32_t inner = 0;
      WireType type;
      if (!ReadTag(inner, type)) return false;
      if (type == WireType::kEndGroup) {
        if (inner != open[depth - 1]) return Fail(DecodeStatus::kInvalidWireType);
        --depth;
      } else if (type == WireType::kStartGroup) {
        if (depth + depth_ >= kMaxDepth) return Fail(DecodeStatus::kTooDeep);
        open[depth++] = inner;
      } else if (!Skip(type, inner)) {
        return false;
      }
    }
    return true;
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
