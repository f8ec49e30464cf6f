// Morph targets as the engine reads them: dense xyz deltas for every vertex of a primitive. The
// daemon sends them sparse (MorphTarget.vertices, see proto/fitme.proto) to clients that say so in
// their Hello, dense to the others; this expands either form. Engine-agnostic C++17.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "FitMe/Core/AvatarData.h"

namespace fitme::core {

// `target` belongs to a primitive of `vertex_count` vertices (with normals or not). Moves its
// arrays into `out`; false with `error` set when the sizes or the vertex list do not fit.
inline bool DenseMorphTarget(wire::MorphTarget& target, size_t vertex_count, bool has_normals, MorphTargetData& out,
                             std::string& error) {
  const std::vector<uint32_t>& vertices = target.vertices;
  if (vertices.empty() && vertex_count > 0 && target.position_deltas.size() == 3 * vertex_count) {
    out.position_deltas = std::move(target.position_deltas);
    out.normal_deltas = std::move(target.normal_deltas);
    return true;
  }
  const size_t count = vertices.size();
  const std::vector<float>& p = target.position_deltas;
  const std::vector<float>& n = target.normal_deltas;
  if (p.size() != 3 * count || (!n.empty() && n.size() != 3 * count)) {
    error = "a sparse morph target lists " + std::to_string(count) + " vertices with " + std::to_string(p.size() / 3) +
            " position and " + std::to_string(n.size() / 3) + " normal deltas";
    return false;
  }
  out.position_deltas.assign(3 * vertex_count, 0.f);
  out.normal_deltas.assign(has_normals ? 3 * vertex_count : 0, 0.f);
  int64_t previous = -1;
  for (size_t k = 0; k < count; ++k) {
    const uint32_t v = vertices[k];
    if (static_cast<int64_t>(v) <= previous || v >= vertex_count) {
      error = "a sparse morph target lists vertex " + std::to_string(v) + " after " + std::to_string(previous) + ", of " +
              std::to_string(vertex_count) + ": not ascending or out of range";
      return false;
    }
    previous = v;
    for (size_t c = 0; c < 3; ++c) {
      out.position_deltas[3 * v + c] = p[3 * k + c];
      if (has_normals && !n.empty()) out.normal_deltas[3 * v + c] = n[3 * k + c];
    }
  }
  return true;
}

}  // namespace fitme::core
