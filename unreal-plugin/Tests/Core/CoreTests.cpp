// The core's building blocks on known inputs: checksums against published test vectors, chunk
// reassembly and its integrity checks, the token path rules, sparse morph targets, and the
// glTF-to-Unreal conversion, levels of detail.
#include <cmath>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "FitMe/Core/Checksums.h"
#include "FitMe/Core/DaemonEndpoint.h"
#include "FitMe/Core/LevelsOfDetail.h"
#include "FitMe/Core/MorphTargets.h"
#include "FitMe/Core/TextureAssembler.h"
#include "FitMe/Core/UnrealConvention.h"
#include "TestHarness.h"

namespace fitme::test {

namespace {

using core::Vec3f;

std::string Sha(const std::string& s) {
  return core::ToHex(core::Sha256::Of(reinterpret_cast<const uint8_t*>(s.data()), s.size()));
}

Vec3f Sub(Vec3f a, Vec3f b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
Vec3f Cross(Vec3f a, Vec3f b) { return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x}; }
float Dot(Vec3f a, Vec3f b) { return a.x * b.x + a.y * b.y + a.z * b.z; }

// A texture split into chunks the way the daemon sends it.
struct ChunkedTexture {
  std::vector<uint8_t> bytes;
  wire::TextureBegin begin;
  std::vector<wire::TextureChunk> chunks;
  core::Sha256Digest sha{};

  ChunkedTexture(size_t size, size_t chunk_size) {
    for (size_t i = 0; i < size; ++i) bytes.push_back(static_cast<uint8_t>((i * 2654435761u) >> 13));
    sha = core::Sha256::Of(bytes.data(), bytes.size());
    begin.job_id = "j-test";
    begin.texture_id = 1;
    begin.kind = wire::MapKind::kAlbedo;
    begin.total_bytes = size;
    begin.chunk_count = static_cast<uint32_t>((size + chunk_size - 1) / chunk_size);
    begin.crc32 = core::Crc32::Of(bytes.data(), bytes.size());
    begin.sha256 = wire::BytesView{sha.data(), sha.size()};
    for (uint32_t i = 0; i < begin.chunk_count; ++i) {
      wire::TextureChunk c;
      c.job_id = "j-test";
      c.texture_id = 1;
      c.index = i;
      c.offset = i * chunk_size;
      const size_t n = std::min(chunk_size, size - i * chunk_size);
      c.data = wire::BytesView{bytes.data() + i * chunk_size, n};
      c.crc32 = core::Crc32::Of(c.data.data, c.data.size);
      chunks.push_back(c);
    }
  }

  // Feeds everything; returns the error code of the first refusal, "" when the texture completed.
  std::string Feed(core::TextureAssembler& a, core::TextureData* out = nullptr) const {
    core::ErrorInfo error;
    if (!a.Begin(begin, error)) return error.code;
    bool complete = false;
    for (const auto& c : chunks) {
      if (!a.AddChunk(c, complete, error)) return error.code;
    }
    if (!complete) return "INCOMPLETE";
    if (out != nullptr) *out = a.Take();
    return "";
  }
};

void Checksums(Context& t) {
  t.Expect(Sha("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "SHA-256 of the empty string");
  t.Expect(Sha("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "SHA-256 of abc");
  t.Expect(Sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
           "SHA-256 of the two-block FIPS 180-2 message");
  const std::string million(1000000, 'a');
  core::Sha256 pieces;
  for (size_t i = 0, step = 1; i < million.size(); i += step, step = step % 997 + 1) {
    pieces.Update(reinterpret_cast<const uint8_t*>(million.data()) + i, std::min(step, million.size() - i));
  }
  t.Expect(core::ToHex(pieces.Finish()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
           "SHA-256 of a million 'a', fed in uneven pieces");
  const std::string check = "123456789";
  t.Expect(core::Crc32::Of(reinterpret_cast<const uint8_t*>(check.data()), check.size()) == 0xCBF43926u, "CRC-32 check value");
}

void TextureReassembly(Context& t) {
  const ChunkedTexture tex(300000, 65536);
  core::TextureAssembler ok(1 << 20, 65536);
  core::TextureData out;
  t.Expect(tex.Feed(ok, &out).empty(), "a well-formed texture reassembles");
  t.Expect(out.bytes == tex.bytes && out.sha256 == tex.sha, "reassembled bytes and digest match the source");

  ChunkedTexture corrupt(300000, 65536);
  corrupt.bytes[70000] ^= 0x40;  // a flipped bit in chunk 1, after its CRC was computed
  core::TextureAssembler a1(1 << 20, 65536);
  t.Expect(corrupt.Feed(a1) == core::errors::kChecksumMismatch, "a corrupted chunk fails its CRC-32");

  ChunkedTexture swapped(300000, 65536);
  std::swap(swapped.chunks[1], swapped.chunks[2]);
  core::TextureAssembler a2(1 << 20, 65536);
  t.Expect(swapped.Feed(a2) == core::errors::kProtocolViolation, "chunks out of order are refused");

  ChunkedTexture wrong_digest(300000, 65536);
  wrong_digest.sha[0] ^= 1;
  core::TextureAssembler a3(1 << 20, 65536);
  t.Expect(wrong_digest.Feed(a3) == core::errors::kChecksumMismatch, "a whole-file SHA-256 mismatch is caught");

  core::TextureAssembler small(100000, 65536);
  t.Expect(tex.Feed(small) == core::errors::kTooLarge, "a texture above the client's limit is refused before buffering");

  ChunkedTexture short_tex(300000, 65536);
  short_tex.begin.total_bytes = 400000;
  core::TextureAssembler a4(1 << 20, 65536);
  t.Expect(short_tex.Feed(a4) == core::errors::kProtocolViolation, "fewer bytes than announced are refused");
}

void TokenPaths(Context& t) {
  std::map<std::string, std::string> env;
  const auto get = [&env](const char* name) {
    const auto it = env.find(name);
    return it == env.end() ? std::string() : it->second;
  };
  env = {{"HOME", "/home/ada"}};
  t.Expect(core::DaemonTokenPath(core::HostOs::kLinux, get) == "/home/ada/.config/fitme-bridge/token", "Linux default");
  env["XDG_CONFIG_HOME"] = "/xdg";
  t.Expect(core::DaemonTokenPath(core::HostOs::kLinux, get) == "/xdg/fitme-bridge/token", "XDG_CONFIG_HOME");
  env["FITME_HOME"] = "/srv/fitme/";
  t.Expect(core::DaemonTokenPath(core::HostOs::kLinux, get) == "/srv/fitme/token", "FITME_HOME wins");
  env = {{"HOME", "/Users/ada"}};
  t.Expect(core::DaemonTokenPath(core::HostOs::kMacOs, get) == "/Users/ada/Library/Application Support/fitme-bridge/token", "macOS");
  env = {{"APPDATA", "C:\\Users\\ada\\AppData\\Roaming"}};
  t.Expect(core::DaemonTokenPath(core::HostOs::kWindows, get) == "C:\\Users\\ada\\AppData\\Roaming\\fitme-bridge\\token", "Windows");
  env = {{"USERPROFILE", "C:\\Users\\ada"}};
  t.Expect(core::DaemonTokenPath(core::HostOs::kWindows, get) == "C:\\Users\\ada\\AppData\\Roaming\\fitme-bridge\\token",
           "Windows without APPDATA");

  std::string token;
  core::ErrorInfo error;
  t.Expect(core::ParseToken("  abc123\r\n", "/t", token, error) && token == "abc123", "a token is trimmed");
  t.Expect(!core::ParseToken("\n", "/t", token, error) && error.code == core::errors::kTokenInvalid, "an empty token file is refused");
}

// One glTF triangle facing the viewer (+Z), counter-clockwise, with UVs laid out upright
// (u to the right, v down the image), tangent along +u and w = +1 (glTF bitangent up the image).
void UnrealFrame(Context& t) {
  core::MeshData mesh;
  core::PrimitiveData p;
  p.positions = {0.f, 0.f, 0.f, 0.5f, 0.f, 0.f, 0.f, 0.5f, 0.f};
  p.normals = {0.f, 0.f, 1.f, 0.f, 0.f, 1.f, 0.f, 0.f, 1.f};
  p.tangents = {1.f, 0.f, 0.f, 1.f, 1.f, 0.f, 0.f, 1.f, 1.f, 0.f, 0.f, 1.f};
  p.uvs = {0.f, 1.f, 1.f, 1.f, 0.f, 0.f};
  p.indices = {0, 1, 2};
  mesh.primitives.push_back(p);
  std::vector<core::UnrealSection> sections;
  core::ErrorInfo error;
  if (!t.Expect(core::ToUnrealSections(mesh, sections, error), "conversion: " + error.message)) return;
  const core::UnrealSection& s = sections[0];
  const Vec3f b = s.positions[1];
  t.Expect(b.x == 0.f && b.y == 50.f && b.z == 0.f, "glTF +x 0.5 m is Unreal +Y 50 cm");
  const Vec3f c = s.positions[2];
  t.Expect(c.x == 0.f && c.y == 0.f && c.z == 50.f, "glTF +y 0.5 m is Unreal +Z 50 cm");
  const Vec3f n = s.normals[0];
  t.Expect(n.x == -1.f && n.y == 0.f && n.z == 0.f, "a face looking at the glTF viewer looks down Unreal -X");
  const Vec3f face = Cross(Sub(s.positions[2], s.positions[0]), Sub(s.positions[1], s.positions[0]));
  t.Expect(Dot(face, n) > 0.f, "the kept index order is Unreal's front-face order: (c - a) x (b - a) along the normal");
  // Where u and v grow across the triangle, in Unreal space.
  const Vec3f dp_du = Sub(s.positions[1], s.positions[0]);  // u: 0 -> 1 along a->b, v constant
  const Vec3f dp_dv = Sub(s.positions[0], s.positions[2]);  // v: 0 at c -> 1 at a, u constant
  const Vec3f tangent_y = Cross(s.normals[0], s.tangents[0]);
  t.Expect(Dot(s.tangents[0], dp_du) > 0.f, "TangentX points along +u");
  t.Expect(Dot(tangent_y, dp_dv) * s.binormal_signs[0] > 0.f,
           "TangentY = cross(TangentZ, TangentX) * sign points along +v, the DirectX normal-map convention");

  mesh.primitives[0].indices = {0, 1, 3};
  t.Expect(!core::ToUnrealSections(mesh, sections, error) && error.code == core::errors::kProtocolViolation,
           "an index past the last vertex is refused");
}

void GreenFlip(Context& t) {
  uint8_t bgra[8] = {10, 0, 30, 255, 10, 200, 30, 255};
  core::FlipGreenChannel(bgra, 2, 4, 1, 8);
  t.Expect(bgra[1] == 255 && bgra[5] == 55 && bgra[0] == 10 && bgra[2] == 30, "8-bit green flipped, other channels kept");
  uint16_t rgba16[4] = {1000, 1, 3000, 65535};
  core::FlipGreenChannel(reinterpret_cast<uint8_t*>(rgba16), 1, 8, 2, 16);
  t.Expect(rgba16[1] == 65534 && rgba16[0] == 1000 && rgba16[2] == 3000, "16-bit green flipped");
}

void SparseMorphTargets(Context& t) {
  const auto dense = [](wire::MorphTarget target, size_t n, bool normals, core::MorphTargetData& out) {
    std::string error;
    return core::DenseMorphTarget(target, n, normals, out, error);
  };
  wire::MorphTarget jaw;
  jaw.vertices = {1, 3};
  jaw.position_deltas = {0.5f, 0.f, 0.f, 0.f, -0.25f, 0.f};
  jaw.normal_deltas = {0.f, 0.1f, 0.f, 0.f, 0.f, -0.2f};
  core::MorphTargetData out;
  t.Expect(dense(jaw, 4, true, out), "a sparse target expands");
  t.Expect(out.position_deltas == std::vector<float>{0, 0, 0, 0.5f, 0, 0, 0, 0, 0, 0, -0.25f, 0}, "position deltas in place, zero elsewhere");
  t.Expect(out.normal_deltas == std::vector<float>{0, 0, 0, 0, 0.1f, 0, 0, 0, 0, 0, 0, -0.2f}, "normal deltas in place, zero elsewhere");
  t.Expect(dense(wire::MorphTarget(), 4, true, out) && out.position_deltas == std::vector<float>(12, 0.f) &&
               out.normal_deltas == std::vector<float>(12, 0.f),
           "a target that moves nothing is zeros, normals included");
  wire::MorphTarget no_normals;
  no_normals.vertices = {2};
  no_normals.position_deltas = {0.f, 0.f, 1.f};
  t.Expect(dense(no_normals, 4, true, out) && out.normal_deltas == std::vector<float>(12, 0.f), "no normal deltas sent: zeros");
  t.Expect(dense(no_normals, 4, false, out) && out.normal_deltas.empty(), "a primitive without normals gets no normal deltas");
  wire::MorphTarget full;
  full.position_deltas.assign(12, 0.125f);
  t.Expect(dense(full, 4, true, out) && out.position_deltas == full.position_deltas && out.normal_deltas.empty(), "a dense target is kept as it is");
  for (const std::vector<uint32_t>& bad : {std::vector<uint32_t>{0, 4}, {2, 1}, {1, 1}, {1}}) {
    wire::MorphTarget b;
    b.vertices = bad;
    b.position_deltas.assign(6, 0.f);
    std::string error;
    t.Expect(!core::DenseMorphTarget(b, 4, false, out, error) && !error.empty(), "a sparse vertex out of range, out of order or without its deltas is refused");
  }
}

// A mesh "head" at level `lod`: one triangle per material given, with the named (zero) morph targets.
core::MeshData Level(uint32_t lod, const std::vector<std::string>& target_names, const std::vector<uint32_t>& materials) {
  core::MeshData mesh;
  mesh.name = "head";
  mesh.lod = lod;
  mesh.target_names = target_names;
  mesh.materials.resize(2);
  for (const uint32_t m : materials) {
    core::PrimitiveData p;
    p.material = m;
    p.positions = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    p.indices = {0, 1, 2};
    p.targets.assign(target_names.size(), core::MorphTargetData{std::vector<float>(9, 0.f), {}});
    mesh.primitives.push_back(std::move(p));
  }
  return mesh;
}

void LevelsOfDetail(Context& t) {
  const std::vector<float> sizes = core::LodScreenSizes(3);
  t.Expect(sizes.size() == 3 && sizes[0] == 1.f && std::fabs(sizes[1] - 0.3f) < 1e-6f && std::fabs(sizes[2] - 0.1f) < 1e-6f,
           "screen sizes 1, 0.3, 0.1");
  const std::vector<float> five = core::LodScreenSizes(5);
  bool decreasing = true;
  for (size_t i = 1; i < five.size(); ++i) decreasing = decreasing && five[i] < five[i - 1] && five[i] > 0.f;
  t.Expect(decreasing, "screen sizes strictly decreasing and positive");
  t.Expect(core::LodScreenSizes(1) == std::vector<float>{1.f}, "a single level: 1");

  const std::vector<std::string> names = {"jawOpen", "eyeBlinkLeft"};
  core::AvatarResult avatar;
  avatar.mesh = Level(0, names, {0, 1});
  avatar.lods.push_back(Level(1, names, {0, 1}));
  std::vector<std::vector<core::UnrealSection>> lods;
  core::ErrorInfo error;
  t.Expect(core::ToUnrealLods(avatar, lods, error), "ToUnrealLods: " + error.message);
  t.Expect(lods.size() == 2 && lods[1].size() == 2 && lods[1][1].material == 1 && lods[1][0].targets.size() == 2 &&
               lods[1][0].targets[0].name == "jawOpen" && lods[1][1].targets[1].name == "eyeBlinkLeft",
           "LOD1 in Unreal's conventions with LOD0's materials and morph target names");
  const std::vector<core::MeshData> bad = {Level(1, {"eyeBlinkLeft", "jawOpen"}, {0, 1}), Level(1, {"jawOpen"}, {0, 1}),
                                           Level(1, names, {1, 0}), Level(1, names, {0})};
  for (const core::MeshData& lod : bad) {
    core::ErrorInfo refused;
    t.Expect(!core::CheckLodMatchesLod0(avatar.mesh, lod, refused) && refused.code == core::errors::kProtocolViolation &&
                 refused.message.find("level of detail 1") != std::string::npos,
             "a level with other morph target names, materials or primitive count is refused, naming the level: " + refused.message);
    avatar.lods = {lod};
    t.Expect(!core::ToUnrealLods(avatar, lods, refused), "ToUnrealLods refuses it too");
  }
}

}  // namespace

void RegisterCoreTests() {
  Add("core/sparse_morph_targets", SparseMorphTargets);
  Add("core/checksums", Checksums);
  Add("core/texture_reassembly", TextureReassembly);
  Add("core/token_paths", TokenPaths);
  Add("core/unreal_frame", UnrealFrame);
  Add("core/green_flip", GreenFlip);
  Add("core/levels_of_detail", LevelsOfDetail);
}

}  // namespace fitme::test
