// Converts an avatar from the wire's glTF conventions to Unreal's, as plain data the engine glue
// copies into FVector / FProcMeshTangent / FMeshDescription without further thought.
//
// Axes and units: the basis glTFRuntime uses by default (FglTFRuntimeConfig::GetMatrix(), the
// FBasisVectorMatrix with X axis (0,0,-1), Y axis (1,0,0), Z axis (0,1,0), applied as a row vector,
// then SceneScale 100):
//     Unreal X (forward) = -glTF z * 100     the face looks along -X, towards a camera placed at -X
//     Unreal Y (right)   =  glTF x * 100
//     Unreal Z (up)      =  glTF y * 100
// Directions (normals, tangents, morph normal deltas) take the same axes without the scale.
// This basis has determinant -1: it is the mirror that turns right-handed glTF into left-handed
// Unreal.
//
// Winding: index order is kept. The mirror already turns glTF's counter-clockwise front faces into
// the order Unreal draws as front faces (glTFRuntime's bReverseWinding defaults to false, and
// Epic's glTF importer keeps the corner order too). In Unreal's terms a front triangle (a, b, c)
// has its outward normal along (c - a) x (b - a).
//
// Tangent frame and normal map: Unreal samples normal maps in the DirectX convention (+Y green
// pointing down the image, i.e. towards +v with the UV origin top-left) and builds the bitangent as
// TangentY = cross(TangentZ, TangentX) * sign (LocalVertexFactory). glTF's bitangent,
// cross(N, T) * w, points up the image (+Y green up, the OpenGL convention). Under the mirror a cross
// product changes sign, so cross(N', T') * w already points down the image in Unreal: the sign stays
// w and the normal map's green channel is flipped (FlipGreenChannel). glTFRuntime takes the other
// route (keeps the glTF map and negates w); both shade the same, this one leaves an ordinary
// DirectX-convention normal map that Unreal's own materials and MikkTSpace tangents agree with.
//
// UVs: both conventions put the origin at the top-left of the image, so they pass unchanged.
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "FitMe/Core/AvatarData.h"

namespace fitme::core {

struct Vec2f {
  float x = 0.f;
  float y = 0.f;
};

struct Vec3f {
  float x = 0.f;
  float y = 0.f;
  float z = 0.f;
};

constexpr float kCentimetresPerMetre = 100.f;

inline Vec3f UnrealDirection(float x, float y, float z) { return {-z, x, y}; }

inline Vec3f UnrealPosition(float x, float y, float z) {
  return {-z * kCentimetresPerMetre, x * kCentimetresPerMetre, y * kCentimetresPerMetre};
}

struct UnrealMorphTarget {
  std::string name;                   // ARKit name (e.g. "jawOpen") when the model has them
  std::vector<Vec3f> position_deltas; // centimetres
  std::vector<Vec3f> normal_deltas;   // empty when the target has none
};

// One mesh section, ready for UProceduralMeshComponent::CreateMeshSection or FMeshDescription.
struct UnrealSection {
  std::string name;
  std::vector<Vec3f> positions;    // centimetres
  std::vector<Vec3f> normals;      // TangentZ
  std::vector<Vec3f> tangents;     // TangentX
  std::vector<float> binormal_signs;  // TangentY = cross(TangentZ, TangentX) * sign; FProcMeshTangent's bFlipTangentY = sign < 0
  std::vector<Vec2f> uvs;
  std::vector<uint32_t> indices;   // in the order Unreal draws as front faces (see above)
  uint32_t material = 0;           // index into MeshData::materials
  std::vector<UnrealMorphTarget> targets;
};

// Checks every buffer's length and every index, then converts; false with `error` set otherwise.
inline bool ToUnrealSections(const MeshData& mesh, std::vector<UnrealSection>& out, ErrorInfo& error) {
  out.clear();
  for (size_t p = 0; p < mesh.primitives.size(); ++p) {
    const PrimitiveData& src = mesh.primitives[p];
    const size_t n = src.VertexCount();
    const std::string where = "mesh primitive " + std::to_string(p) + " (" + src.name + ")";
    const auto bad = [&](const std::string& what) {
      error = {errors::kProtocolViolation, where + ": " + what};
      return false;
    };
    if (src.positions.size() % 3 != 0) return bad("positions are not xyz triples");
    if (!src.normals.empty() && src.normals.size() != n * 3) return bad("normals do not match the vertex count");
    if (!src.tangents.empty() && src.tangents.size() != n * 4) return bad("tangents do not match the vertex count");
    if (!src.uvs.empty() && src.uvs.size() != n * 2) return bad("UVs do not match the vertex count");
    if (src.indices.size() % 3 != 0) return bad("indices are not triangles");
    for (const uint32_t i : src.indices) {
      if (i >= n) return bad("index " + std::to_string(i) + " is past the last vertex (" + std::to_string(n) + ")");
    }
    if (src.material >= mesh.materials.size() && !mesh.materials.empty()) return bad("material index out of range");
    if (src.targets.size() != mesh.target_names.size() && !src.targets.empty()) {
      return bad("morph targets do not match the mesh's target names");
    }

    UnrealSection s;
    s.name = src.name;
    s.material = src.material;
    s.indices = src.indices;
    s.positions.reserve(n);
    for (size_t v = 0; v < n; ++v) s.positions.push_back(UnrealPosition(src.positions[3 * v], src.positions[3 * v + 1], src.positions[3 * v + 2]));
    if (!src.normals.empty()) {
      s.normals.reserve(n);
      for (size_t v = 0; v < n; ++v) s.normals.push_back(UnrealDirection(src.normals[3 * v], src.normals[3 * v + 1], src.normals[3 * v + 2]));
    }
    if (!src.tangents.empty()) {
      s.tangents.reserve(n);
      s.binormal_signs.reserve(n);
      for (size_t v = 0; v < n; ++v) {
        s.tangents.push_back(UnrealDirection(src.tangents[4 * v], src.tangents[4 * v + 1], src.tangents[4 * v + 2]));
        s.binormal_signs.push_back(src.tangents[4 * v + 3] < 0.f ? -1.f : 1.f);
      }
    }
    if (!src.uvs.empty()) {
      s.uvs.reserve(n);
      for (size_t v = 0; v < n; ++v) s.uvs.push_back({src.uvs[2 * v], src.uvs[2 * v + 1]});
    }
    for (size_t t = 0; t < src.targets.size(); ++t) {
      const MorphTargetData& target = src.targets[t];
      if (target.position_deltas.size() != n * 3) return bad("morph target " + mesh.target_names[t] + " does not match the vertex count");
      if (!target.normal_deltas.empty() && target.normal_deltas.size() != n * 3) {
        return bad("morph target " + mesh.target_names[t] + " normals do not match the vertex count");
      }
      UnrealMorphTarget m;
      m.name = mesh.target_names[t];
      m.position_deltas.reserve(n);
      for (size_t v = 0; v < n; ++v) {
        const float* d = &target.position_deltas[3 * v];
        m.position_deltas.push_back(UnrealPosition(d[0], d[1], d[2]));
      }
      for (size_t v = 0; v < target.normal_deltas.size() / 3; ++v) {
        const float* d = &target.normal_deltas[3 * v];
        m.normal_deltas.push_back(UnrealDirection(d[0], d[1], d[2]));
      }
      s.targets.push_back(std::move(m));
    }
    out.push_back(std::move(s));
  }
  return true;
}

// Turns a glTF (+Y green up) normal map into Unreal's (+Y green down) in place: green = max - green.
// `pixels` holds `pixel_count` pixels of `bytes_per_pixel` bytes each; green is the channel at
// `green_offset` bytes into a pixel, 8-bit or 16-bit (native byte order, as image decoders return it).
inline void FlipGreenChannel(uint8_t* pixels, size_t pixel_count, size_t bytes_per_pixel, size_t green_offset, int bits_per_channel) {
  if (bits_per_channel == 16) {
    for (size_t i = 0; i < pixel_count; ++i) {
      uint8_t* g = pixels + i * bytes_per_pixel + green_offset;
      uint16_t value;
      std::memcpy(&value, g, 2);
      value = static_cast<uint16_t>(0xFFFF - value);
      std::memcpy(g, &value, 2);
    }
    return;
  }
  for (size_t i = 0; i < pixel_count; ++i) {
    uint8_t* g = pixels + i * bytes_per_pixel + green_offset;
    *g = static_cast<uint8_t>(0xFF - *g);
  }
}

// How a map must be sampled in Unreal.
enum class TextureRole {
  kColor,     // sRGB, TC_Default, sampler type Color
  kLinear,    // linear, TC_Masks, sampler type LinearColor / Masks
  kNormalMap, // linear, TC_Normalmap, sampler type Normal, green flipped
};

inline TextureRole RoleOf(const TextureData& t) {
  if (t.kind == wire::MapKind::kNormal) return TextureRole::kNormalMap;
  if (t.color_space == wire::ColorSpace::kSrgb) return TextureRole::kColor;
  if (t.color_space == wire::ColorSpace::kUnspecified && t.kind == wire::MapKind::kAlbedo) return TextureRole::kColor;
  return TextureRole::kLinear;
}

// The base material's parameters (created in code by the editor module, see FitMeBaseMaterial).
namespace material_params {
inline constexpr const char* kAlbedoMap = "AlbedoMap";          // texture, Color: base colour
inline constexpr const char* kBaseColorTint = "BaseColorTint";  // vector, linear RGBA multiplier
inline constexpr const char* kSpecularMap = "SpecularMap";      // texture, LinearColor: strength in R
inline constexpr const char* kSpecularScale = "SpecularScale";  // scalar: Unreal Specular = R * scale
inline constexpr const char* kRoughnessMap = "RoughnessMap";    // texture, LinearColor: roughness in R
inline constexpr const char* kRoughness = "Roughness";          // scalar multiplier of the map (white when none)
inline constexpr const char* kMetallic = "Metallic";            // scalar
inline constexpr const char* kNormalMap = "NormalMap";          // texture, Normal (DirectX convention)
}  // namespace material_params

struct UnrealMaterialValues {
  float base_color_tint[4] = {1.f, 1.f, 1.f, 1.f};
  float specular_scale = 0.5f;
  float roughness = 1.f;
  float metallic = 0.f;
  const TextureData* albedo = nullptr;     // nullptr: the material's default (white)
  const TextureData* specular = nullptr;   // nullptr: white, so Specular = specular_scale
  const TextureData* roughness_map = nullptr;
  const TextureData* normal = nullptr;     // nullptr: flat
};

// The daemon's specular map is KHR_materials_specular strength s, scaled by specularFactor f:
// F0 = 0.04 * s * f for skin's index of refraction. Unreal's Specular input maps to F0 = 0.08 * Specular
// (0.5 gives the usual 0.04), so Specular = 0.5 * s * f: the material multiplies the map by 0.5 * f.
inline UnrealMaterialValues ToUnrealMaterial(const MaterialData& m, const AvatarResult& avatar) {
  UnrealMaterialValues v;
  for (int i = 0; i < 4; ++i) v.base_color_tint[i] = m.base_color_factor[static_cast<size_t>(i)];
  v.specular_scale = 0.5f * m.specular_factor;
  v.roughness = m.roughness;
  v.metallic = m.metallic;
  v.albedo = avatar.FindTexture(m.base_color_texture);
  v.specular = avatar.FindTexture(m.specular_texture);
  v.roughness_map = avatar.FindTexture(m.roughness_texture);
  v.normal = avatar.FindTexture(m.normal_texture);
  return v;
}

}  // namespace fitme::core
