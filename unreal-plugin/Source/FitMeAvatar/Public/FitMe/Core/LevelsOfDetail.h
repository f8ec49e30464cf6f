// Levels of detail as Unreal takes them. The daemon streams one Mesh per level, LOD0 first; every
// lower level must be the same avatar: as many primitives, each with LOD0's material, and the same
// morph target names in the same order (so a morph target weight set by name drives every level
// alike, and a skeletal mesh's UMorphTarget gets one LOD model per level).
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "FitMe/Core/AvatarData.h"
#include "FitMe/Core/UnrealConvention.h"

namespace fitme::core {

// Screen size below which LOD0 gives way to LOD1: the first value of the glb's MSFT_screencoverage
// (server/export/glb.ts), so the plugin and glTF importers that honour MSFT_lod (glTFRuntime) switch
// at the same sizes. Each level below LOD1 hands over at a third of the previous one.
inline constexpr float kFirstLodTransition = 0.3f;
inline constexpr float kLodTransitionRatio = 1.f / 3.f;

// FStaticMeshSourceModel::ScreenSize / FSkeletalMeshLODInfo::ScreenSize for each of `count` levels:
// Unreal draws level i once the mesh's screen size is at or below ScreenSize[i], so LOD0 has 1 and
// each lower level the size at which the previous one gives way: 1, 0.3, 0.1, ... The coarsest is
// never culled (Unreal does not cull by LOD).
inline std::vector<float> LodScreenSizes(size_t count) {
  std::vector<float> sizes;
  float next = kFirstLodTransition;
  for (size_t i = 0; i < count; ++i) {
    if (i == 0) {
      sizes.push_back(1.f);
      continue;
    }
    sizes.push_back(next);
    next *= kLodTransitionRatio;
  }
  return sizes;
}

// False with `error` set when `lod` is not the same avatar as `lod0` (see the header comment).
inline bool CheckLodMatchesLod0(const MeshData& lod0, const MeshData& lod, ErrorInfo& error) {
  const std::string at = "level of detail " + std::to_string(lod.lod) + " ";
  const auto bad = [&](const std::string& what) {
    error = {errors::kProtocolViolation, at + what};
    return false;
  };
  if (lod.primitives.size() != lod0.primitives.size()) {
    return bad("has " + std::to_string(lod.primitives.size()) + " primitives, LOD0 " + std::to_string(lod0.primitives.size()));
  }
  for (size_t i = 0; i < lod.primitives.size(); ++i) {
    if (lod.primitives[i].material != lod0.primitives[i].material) {
      return bad("primitive " + std::to_string(i) + " uses material " + std::to_string(lod.primitives[i].material) + ", LOD0's uses " +
                 std::to_string(lod0.primitives[i].material));
    }
  }
  if (lod.target_names != lod0.target_names) {
    std::string names;
    for (const std::string& n : lod.target_names) names += (names.empty() ? "" : ", ") + n;
    return bad("has other morph targets than LOD0 (" + names + ")");
  }
  return true;
}

// Every level in Unreal's conventions, LOD0 first: out[level][section].
inline bool ToUnrealLods(const AvatarResult& avatar, std::vector<std::vector<UnrealSection>>& out, ErrorInfo& error) {
  out.assign(1 + avatar.lods.size(), {});
  if (!ToUnrealSections(avatar.mesh, out[0], error)) return false;
  for (size_t i = 0; i < avatar.lods.size(); ++i) {
    if (!CheckLodMatchesLod0(avatar.mesh, avatar.lods[i], error)) return false;
    if (!ToUnrealSections(avatar.lods[i], out[i + 1], error)) {
      error.message = "level of detail " + std::to_string(avatar.lods[i].lod) + ": " + error.message;
      return false;
    }
  }
  return true;
}

}  // namespace fitme::core
