// A finished avatar as plain owned data, still in the wire's glTF conventions (metres, +Y up,
// right-handed, counter-clockwise front faces, UV origin top-left). UnrealConvention.h converts it.
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "FitMe/Core/Checksums.h"
#include "FitMe/Core/FitMeWire.generated.h"

namespace fitme::core {

// What went wrong, for a person: `code` is stable (the daemon's ErrorCode name without its
// ERROR_CODE_ prefix, or one of the client-side codes below), `message` says what to do.
struct ErrorInfo {
  std::string code;
  std::string message;

  bool empty() const { return code.empty(); }
};

// Client-side error codes, next to the daemon's (UNAUTHORIZED, NO_FACE, CANCELLED, ...).
namespace errors {
inline constexpr const char* kDaemonNotRunning = "DAEMON_NOT_RUNNING";
inline constexpr const char* kTokenNotFound = "TOKEN_NOT_FOUND";
inline constexpr const char* kTokenInvalid = "TOKEN_INVALID";
inline constexpr const char* kDisconnected = "DISCONNECTED";
inline constexpr const char* kBadFrame = "BAD_FRAME";
inline constexpr const char* kProtocolViolation = "PROTOCOL_VIOLATION";
inline constexpr const char* kChecksumMismatch = "CHECKSUM_MISMATCH";
inline constexpr const char* kNotReady = "NOT_READY";
inline constexpr const char* kUnsupportedProtocol = "UNSUPPORTED_PROTOCOL";
inline constexpr const char* kTooLarge = "TOO_LARGE";
}  // namespace errors

// "UNAUTHORIZED" for ErrorCode::kUnauthorized; the number for a code this schema does not know.
inline std::string ErrorCodeName(wire::ErrorCode code) {
  const char* name = wire::EnumName(code);
  if (name == nullptr) return "ERROR_" + std::to_string(static_cast<int32_t>(code));
  const std::string full(name);
  const std::string prefix = "ERROR_CODE_";
  return full.compare(0, prefix.size(), prefix) == 0 ? full.substr(prefix.size()) : full;
}

inline std::string ToString(std::string_view s) { return std::string(s.data(), s.size()); }

// Always dense here, whichever form the daemon sent (MorphTargets.h).
struct MorphTargetData {
  std::vector<float> position_deltas;  // xyz per vertex
  std::vector<float> normal_deltas;    // xyz per vertex, or empty
};

struct PrimitiveData {
  std::string name;
  std::vector<float> positions;  // xyz per vertex, metres
  std::vector<float> normals;    // xyz per vertex
  std::vector<float> tangents;   // xyzw per vertex, w = bitangent sign (glTF)
  std::vector<float> uvs;        // uv per vertex, origin top-left
  std::vector<uint32_t> indices; // triangles, counter-clockwise
  uint32_t material = 0;
  std::vector<MorphTargetData> targets;

  size_t VertexCount() const { return positions.size() / 3; }
};

struct MaterialData {
  std::string name;
  std::array<float, 4> base_color_factor{{1.f, 1.f, 1.f, 1.f}};  // linear RGBA
  float metallic = 0.f;
  float roughness = 1.f;
  float specular_factor = 1.f;  // KHR_materials_specular specularFactor
  // TextureData::texture_id of each map; 0 means none.
  uint32_t base_color_texture = 0;
  uint32_t normal_texture = 0;
  uint32_t specular_texture = 0;
  uint32_t roughness_texture = 0;
};

struct MeshData {
  std::string name;
  std::vector<PrimitiveData> primitives;
  std::vector<MaterialData> materials;
  std::vector<std::string> target_names;  // ARKit names when the model has blendshapes
  uint32_t lod = 0;
};

// One reassembled texture: the encoded file (PNG) exactly as the daemon stored it, checksums verified.
struct TextureData {
  uint32_t texture_id = 0;
  wire::MapKind kind = wire::MapKind::kUnspecified;
  uint32_t width = 0;
  uint32_t height = 0;
  std::string encoding;  // MIME type, "image/png"
  wire::ColorSpace color_space = wire::ColorSpace::kUnspecified;
  uint32_t bit_depth = 8;
  uint32_t channels = 0;
  std::vector<uint8_t> bytes;
  Sha256Digest sha256{};
};

struct CameraData {
  uint32_t width = 0;
  uint32_t height = 0;
  float fx = 0.f, fy = 0.f, cx = 0.f, cy = 0.f;
  std::array<float, 4> rotation{{0.f, 0.f, 0.f, 1.f}};  // unit quaternion xyzw, model to camera
  std::array<float, 3> translation{{0.f, 0.f, 0.f}};    // metres
};

struct PhotoFitData {
  uint32_t photo_index = 0;
  CameraData camera;
  std::vector<float> sh;  // 27 coefficients, RGB-major (see fitme.proto, Lighting)
  float landmark_error = 0.f;
  float coverage = 0.f;
};

struct SummaryData {
  std::string model;
  uint32_t vertex_count = 0;
  uint32_t triangle_count = 0;
  uint32_t texture_size = 0;
  wire::ReflectancePreset reflectance_preset = wire::ReflectancePreset::kDefault;  // the one the daemon ran
  uint32_t reflectance_iterations = 0;
  double duration_ms = 0.0;
  std::vector<std::string> warnings;
  std::string glb_sha256;  // hex SHA-256 of avatar.glb in the daemon's results directory
};

struct AvatarResult {
  std::string job_id;
  MeshData mesh;                 // LOD0
  std::vector<MeshData> lods;    // LOD1, LOD2, ... when the model has them; empty otherwise
  std::vector<TextureData> textures;
  SummaryData summary;
  std::vector<PhotoFitData> photos;

  const TextureData* FindTexture(uint32_t texture_id) const {
    for (const auto& t : textures) {
      if (t.texture_id == texture_id) return &t;
    }
    return nullptr;
  }
};

}  // namespace fitme::core
