// Reads a mesh primitive's accessors out of a binary glTF (.glb), for comparing the daemon's
// streamed Mesh with the avatar.glb it saved.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "Json.h"

namespace fitme::test {

class Glb {
 public:
  bool Load(const std::vector<uint8_t>& file, std::string& error) {
    const auto u32 = [&file](size_t at) {
      uint32_t v;
      std::memcpy(&v, file.data() + at, 4);
      return v;
    };
    if (file.size() < 20 || u32(0) != 0x46546C67u) return Fail(error, "not a glb");
    size_t at = 12;
    while (at + 8 <= file.size()) {
      const uint32_t length = u32(at);
      const uint32_t type = u32(at + 4);
      if (at + 8 + length > file.size()) return Fail(error, "chunk past the end");
      if (type == 0x4E4F534Au) {
        if (!ParseJson(std::string(reinterpret_cast<const char*>(file.data() + at + 8), length), json_, error)) return false;
      } else if (type == 0x004E4942u) {
        bin_.assign(file.begin() + static_cast<long>(at + 8), file.begin() + static_cast<long>(at + 8 + length));
      }
      at += 8 + length;
    }
    return true;
  }

  const Json& json() const { return json_; }

  // An accessor's elements as floats (FLOAT components) or integers widened to uint32 (indices),
  // sparse accessors (and accessors without a buffer view: zeros) included.
  bool Floats(int64_t accessor, std::vector<float>& out) const { return Read(accessor, out); }
  bool Integers(int64_t accessor, std::vector<uint32_t>& out) const { return Read(accessor, out); }

 private:
  static bool Fail(std::string& error, const char* what) {
    error = what;
    return false;
  }

  template <typename T>
  bool Read(int64_t index, std::vector<T>& out) const {
    const auto& accessors = json_["accessors"].array;
    if (index < 0 || static_cast<size_t>(index) >= accessors.size()) return false;
    const Json& a = accessors[static_cast<size_t>(index)];
    const std::string& type = a["type"].string;
    const size_t width = type == "SCALAR" ? 1 : type == "VEC2" ? 2 : type == "VEC3" ? 3 : type == "VEC4" ? 4 : 0;
    const size_t count = static_cast<size_t>(a["count"].Int());
    if (width == 0) return false;
    out.assign(count * width, T(0));
    if (!a["bufferView"].IsNull() &&
        !ReadElements(a["bufferView"].Int(), a["byteOffset"].Int(), a["componentType"].Int(), width, count, out.data())) {
      return false;
    }
    const Json& sparse = a["sparse"];
    if (sparse.IsNull()) return true;
    const size_t n = static_cast<size_t>(sparse["count"].Int());
    std::vector<uint32_t> where(n);
    std::vector<T> values(n * width);
    const Json& i = sparse["indices"];
    const Json& v = sparse["values"];
    if (!ReadElements(i["bufferView"].Int(), i["byteOffset"].Int(), i["componentType"].Int(), 1, n, where.data()) ||
        !ReadElements(v["bufferView"].Int(), v["byteOffset"].Int(), a["componentType"].Int(), width, n, values.data())) {
      return false;
    }
    for (size_t k = 0; k < n; ++k) {
      if (where[k] >= count) return false;
      for (size_t c = 0; c < width; ++c) out[where[k] * width + c] = values[k * width + c];
    }
    return true;
  }

  // `count` elements of `width` components from a buffer view (tightly packed unless it has a stride).
  template <typename T>
  bool ReadElements(int64_t view_index, int64_t byte_offset, int64_t component, size_t width, size_t count, T* out) const {
    const auto& views = json_["bufferViews"].array;
    if (view_index < 0 || static_cast<size_t>(view_index) >= views.size()) return false;
    const Json& view = views[static_cast<size_t>(view_index)];
    const size_t component_size = component == 5126 || component == 5125 ? 4 : component == 5123 ? 2 : component == 5121 ? 1 : 0;
    if (component_size == 0) return false;
    const size_t stride = view["byteStride"].IsNull() ? width * component_size : static_cast<size_t>(view["byteStride"].Int());
    const size_t base = static_cast<size_t>(view["byteOffset"].Int() + byte_offset);
    for (size_t i = 0; i < count; ++i) {
      for (size_t k = 0; k < width; ++k) {
        const size_t at = base + i * stride + k * component_size;
        if (at + component_size > bin_.size()) return false;
        if (component == 5126) {
          float f;
          std::memcpy(&f, bin_.data() + at, 4);
          out[i * width + k] = static_cast<T>(f);
        } else {
          uint32_t u = 0;
          std::memcpy(&u, bin_.data() + at, component_size);
          out[i * width + k] = static_cast<T>(u);
        }
      }
    }
    return true;
  }

  Json json_;
  std::vector<uint8_t> bin_;
};

}  // namespace fitme::test
