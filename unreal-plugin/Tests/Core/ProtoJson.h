// Renders a decoded message in the shape of protobufjs's toObject with
// { longs: String, enums: String, bytes: String, defaults: true, arrays: true, oneofs: true },
// non-finite floats as "NaN" / "Infinity" / "-Infinity", through the generated VisitFields.
// The golden vectors' `decoded` values are written in exactly that shape.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "FitMe/Core/FitMeWire.generated.h"
#include "Json.h"

namespace fitme::test {

inline std::string Base64(const uint8_t* data, size_t size) {
  static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((size + 2) / 3 * 4);
  for (size_t i = 0; i < size; i += 3) {
    const uint32_t b0 = data[i];
    const uint32_t b1 = i + 1 < size ? data[i + 1] : 0;
    const uint32_t b2 = i + 2 < size ? data[i + 2] : 0;
    const uint32_t n = (b0 << 16) | (b1 << 8) | b2;
    out.push_back(digits[(n >> 18) & 63]);
    out.push_back(digits[(n >> 12) & 63]);
    out.push_back(i + 1 < size ? digits[(n >> 6) & 63] : '=');
    out.push_back(i + 2 < size ? digits[n & 63] : '=');
  }
  return out;
}

class ToJsonVisitor {
 public:
  explicit ToJsonVisitor(Json& object) : object_(object) { object_.type = Json::Type::kObject; }

  template <typename T>
  void Field(const char* name, const T& value) { Put(name, Convert(value)); }

  template <typename M>
  void Message(const char* name, bool present, const M& message) { Put(name, present ? Convert(message) : Json()); }

  template <typename T>
  void Repeated(const char* name, const std::vector<T>& values) {
    Json array;
    array.type = Json::Type::kArray;
    for (const auto& v : values) array.array.push_back(Convert(v));
    Put(name, std::move(array));
  }

  template <typename M>
  void OneofMember(const char* oneof, const char* name, bool active, const M& message) {
    if (!active) return;
    Put(name, Convert(message));
    Json which;
    which.type = Json::Type::kString;
    which.string = name;
    Put(oneof, std::move(which));
  }

  template <typename T>
  static Json Convert(const T& value) {
    Json j;
    if constexpr (std::is_same_v<T, bool>) {
      j.type = Json::Type::kBool;
      j.boolean = value;
    } else if constexpr (std::is_enum_v<T>) {
      const char* enum_name = wire::EnumName(value);
      if (enum_name != nullptr) {
        j.type = Json::Type::kString;
        j.string = enum_name;
      } else {
        j.type = Json::Type::kNumber;
        j.number = static_cast<double>(static_cast<int32_t>(value));
      }
    } else if constexpr (std::is_same_v<T, uint64_t> || std::is_same_v<T, int64_t>) {
      j.type = Json::Type::kString;
      j.string = std::to_string(value);
    } else if constexpr (std::is_floating_point_v<T>) {
      if (std::isnan(value)) {
        j.type = Json::Type::kString;
        j.string = "NaN";
      } else if (std::isinf(value)) {
        j.type = Json::Type::kString;
        j.string = value > 0 ? "Infinity" : "-Infinity";
      } else {
        j.type = Json::Type::kNumber;
        j.number = static_cast<double>(value);
      }
    } else if constexpr (std::is_integral_v<T>) {
      j.type = Json::Type::kNumber;
      j.number = static_cast<double>(value);
    } else if constexpr (std::is_same_v<T, std::string_view>) {
      j.type = Json::Type::kString;
      j.string = std::string(value);
    } else if constexpr (std::is_same_v<T, wire::BytesView>) {
      j.type = Json::Type::kString;
      j.string = Base64(value.data, value.size);
    } else {
      ToJsonVisitor nested(j);
      wire::VisitFields(value, nested);
    }
    return j;
  }

 private:
  void Put(const char* name, Json value) { object_.object.emplace_back(name, std::move(value)); }

  Json& object_;
};

template <typename M>
Json ToJson(const M& message) {
  return ToJsonVisitor::Convert(message);
}

// Structural equality; object key order does not matter. Returns the first difference's path in `where`.
inline bool SameJson(const Json& expected, const Json& actual, const std::string& path, std::string& where) {
  const auto differ = [&](const std::string& why) {
    where = path + ": " + why;
    return false;
  };
  if (expected.type != actual.type) return differ("type differs");
  switch (expected.type) {
    case Json::Type::kNull: return true;
    case Json::Type::kBool: return expected.boolean == actual.boolean || differ("bool differs");
    case Json::Type::kNumber:
      return expected.number == actual.number ||
             differ("expected " + std::to_string(expected.number) + ", got " + std::to_string(actual.number));
    case Json::Type::kString:
      return expected.string == actual.string ||
             differ("expected \"" + expected.string.substr(0, 80) + "\", got \"" + actual.string.substr(0, 80) + "\"");
    case Json::Type::kArray:
      if (expected.array.size() != actual.array.size()) {
        return differ("expected " + std::to_string(expected.array.size()) + " elements, got " + std::to_string(actual.array.size()));
      }
      for (size_t i = 0; i < expected.array.size(); ++i) {
        if (!SameJson(expected.array[i], actual.array[i], path + "[" + std::to_string(i) + "]", where)) return false;
      }
      return true;
    case Json::Type::kObject:
      if (expected.object.size() != actual.object.size()) {
        std::string keys;
        for (const auto& kv : actual.object) {
          if (expected.Find(kv.first) == nullptr) keys += " +" + kv.first;
        }
        for (const auto& kv : expected.object) {
          if (actual.Find(kv.first) == nullptr) keys += " -" + kv.first;
        }
        return differ("keys differ:" + keys);
      }
      for (const auto& kv : expected.object) {
        const Json* other = actual.Find(kv.first);
        if (other == nullptr) return differ("missing key " + kv.first);
        if (!SameJson(kv.second, *other, path + "." + kv.first, where)) return false;
      }
      return true;
  }
  return true;
}

}  // namespace fitme::test
