// The core against the real daemon over a real WebSocket on 127.0.0.1: handshake with the token
// from the daemon's token file, an avatar generated from a real photo with progress and previews,
// reassembled assets compared with the daemon's results directory by SHA-256 (textures and glb)
// and value by value (mesh vs avatar.glb), cancel, disconnect then fetch-again, fetch by id, wrong
// token, unknown job, and a daemon that is not running. Then a second daemon with ICT-FaceKit
// imported (from ../shared/ict-facekit): three levels of detail with 55 morph targets, sent sparse
// and expanded by the core, equal to the glb's accessors.
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "Files.h"
#include "FitMe/Core/DaemonEndpoint.h"
#include "FitMe/Core/LevelsOfDetail.h"
#include "FitMe/Core/Session.h"
#include "FitMe/Core/UnrealConvention.h"
#include "Glb.h"
#include "Json.h"
#include "LwsConnection.h"
#include "TestHarness.h"

namespace fitme::test {

namespace {

const char* const kPhoto = "/work/shared/faces/grace_hopper.jpg";
const char* const kPhotoInRepo = "samples/grace_hopper.jpg";
constexpr int kFitTimeoutMs = 600000;

// ---- the daemon process ----------------------------------------------------------------------

struct Daemon {
  pid_t pid = -1;
  int port = 0;
  std::string home;
  std::string token_file;
  std::string log_path;
  std::string error;
};

// The plain daemon (the embedded face model), and one with ICT-FaceKit imported.
Daemon& TheDaemon(bool ict = false) {
  static Daemon plain;
  static Daemon with_ict;
  return ict ? with_ict : plain;
}

std::string LogTail(const std::string& path) {
  std::string text;
  ReadFileText(path, text);
  return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

const char* const kIctShared = "../shared/ict-facekit";

// Unpacks ICT-FaceKit and imports it into the daemon's home with the CLI, as a user would.
bool ImportIct(Daemon& d) {
  const std::string unpack = std::string(kIctShared) + "/unpack.sh";
  if (access(unpack.c_str(), R_OK) != 0) {
    d.error = std::string("ICT-FaceKit test data is missing: this test needs ") + kIctShared + " (its FaceXModel-*.tar.gz archives and unpack.sh)";
    return false;
  }
  const std::string source = d.home + "/ict-facekit";
  const std::string command = "bash '" + unpack + "' '" + source + "' >'" + d.home + "/import.log' 2>&1 && node bin/fitme.js model add ict-facekit --from '" +
                              source + "' --home '" + d.home + "' --json >>'" + d.home + "/import.log' 2>&1 && rm -rf '" + source + "'";
  if (std::system(command.c_str()) != 0) {
    d.error = "importing ICT-FaceKit failed:\n" + LogTail(d.home + "/import.log");
    return false;
  }
  return true;
}

// Starts `node bin/fitme.js serve --port 0 --home TMP --json` once and reads its first line.
Daemon& StartDaemon(bool ict = false) {
  Daemon& d = TheDaemon(ict);
  if (d.pid > 0 || !d.error.empty()) return d;
  signal(SIGPIPE, SIG_IGN);
  char home[] = "/tmp/fitme-unreal-test-XXXXXX";
  if (mkdtemp(home) == nullptr) {
    d.error = "mkdtemp failed";
    return d;
  }
  d.home = home;
  d.log_path = d.home + "/daemon.log";
  if (ict && !ImportIct(d)) return d;
  int out[2];
  if (pipe(out) != 0) {
    d.error = "pipe failed";
    return d;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    const int log = open(d.log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (log >= 0) dup2(log, 2);
    close(out[0]);
    close(out[1]);
    execlp("node", "node", "bin/fitme.js", "serve", "--port", "0", "--home", d.home.c_str(), "--json", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  d.pid = pid;
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(300);
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{out[0], POLLIN, 0};
    if (poll(&p, 1, 500) <= 0) continue;
    char buffer[4096];
    const ssize_t n = read(out[0], buffer, sizeof buffer);
    if (n <= 0) break;
    line.append(buffer, static_cast<size_t>(n));
  }
  close(out[0]);
  Json ready;
  std::string parse_error;
  if (line.find('\n') == std::string::npos || !ParseJson(line.substr(0, line.find('\n')), ready, parse_error) ||
      ready["event"].string != "listening") {
    d.error = "the daemon did not print its listening line: " + line + "\n" + LogTail(d.log_path);
    return d;
  }
  d.port = static_cast<int>(ready["port"].Int());
  d.token_file = ready["tokenFile"].string;
  return d;
}

bool RequireDaemon(Context& t, Daemon*& out, bool ict = false) {
  Daemon& d = StartDaemon(ict);
  out = &d;
  return t.Expect(d.error.empty(), d.error);
}

std::string ReadToken(Context& t, const Daemon& d) {
  std::string contents;
  std::string token;
  core::ErrorInfo error;
  if (!t.Expect(ReadFileText(d.token_file, contents), "cannot read " + d.token_file)) return token;
  t.Expect(core::ParseToken(contents, d.token_file, token, error), error.message);
  return token;
}

bool ReadPhoto(std::vector<uint8_t>& bytes) { return ReadFileBytes(kPhotoInRepo, bytes) || ReadFileBytes(kPhoto, bytes); }

// ---- a client: LwsConnection + Session, recording what the listener hears ------------------------

struct Failure {
  uint64_t request_id;
  std::string job_id;
  core::ErrorInfo error;
};

class Client : public core::SessionListener, public LwsConnection::Events {
 public:
  explicit Client(std::string token, core::SessionOptions options = {})
      : connection_(*this), session_(connection_, *this, core::ClientIdentity{"fitme-unreal-tests", "0.1.0"}, options),
        token_(std::move(token)) {}

  core::Session& session() { return session_; }
  LwsConnection& connection() { return connection_; }

  void Open(int port) {
    url_ = "ws://127.0.0.1:" + std::to_string(port);
    ready = false;
    closed = false;
    connection_.Open("127.0.0.1", port);
  }

  template <typename Predicate>
  bool WaitFor(Predicate done, int timeout_ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!done() && std::chrono::steady_clock::now() < deadline) connection_.Pump(20);
    return done();
  }

  bool Connect(int port) {
    const size_t errors_before = session_errors.size();
    Open(port);
    return WaitFor([this, errors_before] { return ready || session_errors.size() > errors_before; }, 30000) && ready;
  }

  // LwsConnection::Events
  void OnOpen() override { session_.OnConnected(token_); }
  void OnMessage(const std::vector<uint8_t>& message) override { session_.OnFrame(message.data(), message.size()); }
  void OnConnectError(const std::string& reason) override { session_.OnConnectFailed(url_, reason); }
  void OnClosed(int code, const std::string& reason) override {
    closed = true;
    close_code = code;
    session_.OnDisconnected(code, reason);
  }

  // core::SessionListener
  void OnReady(const core::ServerInfo& info) override {
    ready = true;
    server = info;
  }
  void OnJobAccepted(uint64_t request_id, const std::string& job_id, uint32_t) override { accepted[request_id] = job_id; }
  void OnProgress(uint64_t request_id, const wire::Progress& p) override {
    auto& list = progress[request_id];
    if (!list.empty() && p.fraction < list.back()) progress_went_back = true;
    list.push_back(p.fraction);
  }
  void OnPreview(uint64_t request_id, const wire::Preview& p) override {
    ++previews[request_id];
    if (p.image.size < 3 || p.image.data[0] != 0xFF || p.image.data[1] != 0xD8 || p.image_encoding != "image/jpeg") {
      bad_preview = true;
    }
    if (!p.positions.empty()) preview_vertex_count = p.positions.size() / 3;
  }
  void OnJobCompleted(uint64_t request_id, core::AvatarResult&& result) override { completed[request_id] = std::move(result); }
  void OnJobFailed(uint64_t request_id, const std::string& job_id, const core::ErrorInfo& error) override {
    failures.push_back({request_id, job_id, error});
  }
  void OnSessionError(const core::ErrorInfo& error) override { session_errors.push_back(error); }

  bool ready = false;
  bool closed = false;
  int close_code = 0;
  core::ServerInfo server;
  std::map<uint64_t, std::string> accepted;
  std::map<uint64_t, std::vector<float>> progress;
  bool progress_went_back = false;
  std::map<uint64_t, int> previews;
  bool bad_preview = false;
  size_t preview_vertex_count = 0;
  std::map<uint64_t, core::AvatarResult> completed;
  std::vector<Failure> failures;
  std::vector<core::ErrorInfo> session_errors;

 private:
  LwsConnection connection_;
  core::Session session_;
  std::string token_;
  std::string url_;
};

const Failure* FailureFor(const Client& c, uint64_t request_id) {
  for (const Failure& f : c.failures) {
    if (f.request_id == request_id) return &f;
  }
  return nullptr;
}

uint64_t GenerateFromPhoto(Context& t, Client& c, bool preview) {
  std::vector<uint8_t> photo;
  if (!t.Expect(ReadPhoto(photo), std::string("cannot read ") + kPhoto)) return 0;
  core::GenerateOptions options;
  options.texture_size = 512;
  options.reflectance_preset = wire::ReflectancePreset::kFast;
  options.preview = preview;
  options.preview_rate_hz = 20.f;
  options.preview_vertices = preview;
  core::ErrorInfo error;
  const uint64_t request = c.session().Generate({core::PhotoInput{photo.data(), photo.size(), "grace_hopper.jpg", 0}}, options, error);
  t.Expect(request != 0, "Generate refused: " + error.message);
  return request;
}

std::string MapFileName(wire::MapKind kind) {
  std::string name = wire::EnumName(kind) != nullptr ? wire::EnumName(kind) : "MAP_KIND_UNKNOWN";
  name = name.substr(std::strlen("MAP_KIND_"));
  for (char& ch : name) ch = static_cast<char>(ch - 'A' + 'a');
  return name + ".png";
}

// Bitwise equality; on a difference, `why` says where.
template <typename T>
bool SameValues(const std::vector<T>& glb, const std::vector<T>& streamed, std::string& why) {
  if (glb.size() != streamed.size()) {
    why = " (glb has " + std::to_string(glb.size()) + " values, the stream " + std::to_string(streamed.size()) + ")";
    return false;
  }
  for (size_t i = 0; i < glb.size(); ++i) {
    if (std::memcmp(&glb[i], &streamed[i], sizeof(T)) != 0) {
      why = " (first difference at value " + std::to_string(i) + ": glb " + std::to_string(glb[i]) + ", stream " +
            std::to_string(streamed[i]) + ")";
      return false;
    }
  }
  return true;
}

// The streamed mesh is glb mesh `index`, value for value: attributes, indices and morph targets
// (which the core expanded to dense ones; the glb stores many as sparse accessors).
void CheckMeshMatchesGlb(Context& t, const Glb& glb, size_t index, const core::MeshData& mesh) {
  const std::vector<Json>& prims = glb.json()["meshes"].array[index]["primitives"].array;
  const std::string lod = "LOD" + std::to_string(index) + " ";
  if (!t.Expect(prims.size() == mesh.primitives.size(), lod + "the glb has as many primitives as the streamed mesh")) return;
  for (size_t i = 0; i < prims.size(); ++i) {
    const core::PrimitiveData& p = mesh.primitives[i];
    const std::string at = lod + "primitive " + std::to_string(i) + " ";
    const auto compare = [&](const Json& attributes, const std::string& attribute, const std::vector<float>& streamed, const std::string& of = "") {
      if (attributes[attribute].IsNull()) return true;
      std::vector<float> values;
      std::string why = " (cannot read the glb accessor)";
      const bool same = glb.Floats(attributes[attribute].Int(), values) && SameValues(values, streamed, why);
      return t.Expect(same, at + of + attribute + " matches the glb" + why);
    };
    const Json& attributes = prims[i]["attributes"];
    compare(attributes, "POSITION", p.positions);
    compare(attributes, "NORMAL", p.normals);
    compare(attributes, "TANGENT", p.tangents);
    compare(attributes, "TEXCOORD_0", p.uvs);
    std::vector<uint32_t> indices;
    std::string why = " (cannot read the glb accessor)";
    const bool same = glb.Integers(prims[i]["indices"].Int(), indices) && SameValues(indices, p.indices, why);
    t.Expect(same, at + "indices match the glb" + why);
    const std::vector<Json>& targets = prims[i]["targets"].array;
    if (!t.Expect(targets.size() == p.targets.size(), at + "has the glb's morph targets")) continue;
    for (size_t k = 0; k < targets.size(); ++k) {
      const std::string of = "morph target " + (mesh.target_names.size() > k ? mesh.target_names[k] : std::to_string(k)) + " ";
      // One failing target is enough to report.
      if (!compare(targets[k], "POSITION", p.targets[k].position_deltas, of) || !compare(targets[k], "NORMAL", p.targets[k].normal_deltas, of)) return;
    }
  }
}

// Everything the client reassembled is what the daemon stored.
void CheckMatchesResultsDir(Context& t, const Daemon& d, const core::AvatarResult& r, bool expect_textures) {
  const std::string dir = d.home + "/results/" + r.job_id + "/";
  t.Expect(!r.mesh.primitives.empty(), "the avatar has a mesh");
  if (expect_textures) t.Expect(!r.textures.empty(), "the avatar has textures");
  for (const core::TextureData& tex : r.textures) {
    std::vector<uint8_t> file;
    const std::string path = dir + MapFileName(tex.kind);
    if (!t.Expect(ReadFileBytes(path, file), "missing " + path)) continue;
    t.Expect(core::Sha256::Of(file.data(), file.size()) == tex.sha256 && file == tex.bytes,
             MapFileName(tex.kind) + ": reassembled texture differs from the daemon's file (SHA-256 " + core::ToHex(tex.sha256) + ")");
    t.Expect(tex.bytes.size() > 8 && tex.bytes[1] == 'P' && tex.bytes[2] == 'N' && tex.bytes[3] == 'G', MapFileName(tex.kind) + " is a PNG");
  }
  std::vector<uint8_t> glb_bytes;
  if (!t.Expect(ReadFileBytes(dir + "avatar.glb", glb_bytes), "missing " + dir + "avatar.glb")) return;
  t.Expect(core::ToHex(core::Sha256::Of(glb_bytes.data(), glb_bytes.size())) == r.summary.glb_sha256,
           "Summary.glb_sha256 is the SHA-256 of avatar.glb");
  Glb glb;
  std::string error;
  if (!t.Expect(glb.Load(glb_bytes, error), "avatar.glb: " + error)) return;
  // One glb mesh per level of detail, LOD0 first (MSFT_lod).
  if (!t.Expect(glb.json()["meshes"].array.size() == 1 + r.lods.size(), "avatar.glb has a mesh per streamed level of detail")) return;
  CheckMeshMatchesGlb(t, glb, 0, r.mesh);
  for (size_t level = 0; level < r.lods.size(); ++level) CheckMeshMatchesGlb(t, glb, level + 1, r.lods[level]);
}

// On the real mesh: the converted index order is Unreal's front-face order, and the tangent frame
// points along +u / +v, for all but degenerate triangles. Counted over the whole mesh: a wrong
// conversion flips every section, while a small part can have normals against its winding (the
// full head's pupils, 20 of 952 triangles, where ICT's hole is closed by the turned back of the ball).
void CheckUnrealConversion(Context& t, const core::AvatarResult& r) {
  std::vector<core::UnrealSection> sections;
  core::ErrorInfo error;
  if (!t.Expect(core::ToUnrealSections(r.mesh, sections, error), "ToUnrealSections: " + error.message)) return;
  size_t triangles = 0, front = 0, framed = 0, framed_ok = 0;
  for (const core::UnrealSection& s : sections) {
    for (size_t k = 0; k + 2 < s.indices.size(); k += 3) {
      const uint32_t a = s.indices[k], b = s.indices[k + 1], c = s.indices[k + 2];
      const core::Vec3f pa = s.positions[a], pb = s.positions[b], pc = s.positions[c];
      const core::Vec3f e1{pb.x - pa.x, pb.y - pa.y, pb.z - pa.z};
      const core::Vec3f e2{pc.x - pa.x, pc.y - pa.y, pc.z - pa.z};
      const core::Vec3f face{e2.y * e1.z - e2.z * e1.y, e2.z * e1.x - e2.x * e1.z, e2.x * e1.y - e2.y * e1.x};  // (c-a) x (b-a)
      if (s.normals.empty()) continue;
      const core::Vec3f n{s.normals[a].x + s.normals[b].x + s.normals[c].x, s.normals[a].y + s.normals[b].y + s.normals[c].y,
                          s.normals[a].z + s.normals[b].z + s.normals[c].z};
      ++triangles;
      if (face.x * n.x + face.y * n.y + face.z * n.z > 0.f) ++front;
      if (s.tangents.empty() || s.uvs.empty()) continue;
      // dP/dv from the triangle's UVs; TangentY must point along it.
      const float du1 = s.uvs[b].x - s.uvs[a].x, dv1 = s.uvs[b].y - s.uvs[a].y;
      const float du2 = s.uvs[c].x - s.uvs[a].x, dv2 = s.uvs[c].y - s.uvs[a].y;
      const float det = du1 * dv2 - du2 * dv1;
      if (std::abs(det) < 1e-12f) continue;
      const core::Vec3f dpdv{(du1 * e2.x - du2 * e1.x) / det, (du1 * e2.y - du2 * e1.y) / det, (du1 * e2.z - du2 * e1.z) / det};
      const core::Vec3f nz = s.normals[a], tx = s.tangents[a];
      const core::Vec3f ty{(nz.y * tx.z - nz.z * tx.y) * s.binormal_signs[a], (nz.z * tx.x - nz.x * tx.z) * s.binormal_signs[a],
                           (nz.x * tx.y - nz.y * tx.x) * s.binormal_signs[a]};
      ++framed;
      if (ty.x * dpdv.x + ty.y * dpdv.y + ty.z * dpdv.z > 0.f) ++framed_ok;
    }
  }
  t.Expect(triangles > 0 && front * 100 >= triangles * 99,
           "front faces in Unreal order: " + std::to_string(front) + " of " + std::to_string(triangles));
  if (framed > 0) {
    t.Expect(framed_ok * 100 >= framed * 95,
             "TangentY along +v (DirectX normal maps): " + std::to_string(framed_ok) + " of " + std::to_string(framed));
  }
}

// The job generated by `generate`, fetched again by later cases.
std::string g_generated_job;

// ---- cases -----------------------------------------------------------------------------------

void DaemonNotRunning(Context& t) {
  // A port nobody listens on: bind one, note it, let it go.
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len);
  const int port = ntohs(addr.sin_port);
  close(s);
  Client c("unused");
  c.Open(port);
  c.WaitFor([&c] { return !c.session_errors.empty(); }, 15000);
  if (!t.Expect(c.session_errors.size() == 1, "one session error when nothing listens")) return;
  t.Expect(c.session_errors[0].code == core::errors::kDaemonNotRunning, "code DAEMON_NOT_RUNNING, got " + c.session_errors[0].code);
  t.Expect(c.session_errors[0].message.find("fitme serve") != std::string::npos, "the message says how to start the daemon");
  t.Expect(!c.ready, "no handshake");
}

void TokenFile(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  const auto env = [d](const char* name) { return std::string(name) == "FITME_HOME" ? d->home : std::string(); };
  t.Expect(core::DaemonTokenPath(core::HostOs::kLinux, env) == d->token_file, "the plugin's token path is where the daemon wrote it");
  t.Expect(ReadToken(t, *d).size() == 64, "the token is 64 hex characters");
}

void WrongToken(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(std::string(64, '0'));
  c.Open(d->port);
  c.WaitFor([&c] { return c.closed; }, 30000);
  t.Expect(!c.ready, "no Welcome for a wrong token");
  if (!t.Expect(c.session_errors.size() == 1, "exactly one session error")) return;
  t.Expect(c.session_errors[0].code == "UNAUTHORIZED", "code UNAUTHORIZED, got " + c.session_errors[0].code);
  t.Expect(c.close_code == 1008, "the daemon closes with 1008 (policy), got " + std::to_string(c.close_code));
  t.Expect(c.session().state() == core::SessionState::kDisconnected, "session disconnected");
}

void Handshake(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake: " + (c.session_errors.empty() ? std::string("timed out") : c.session_errors[0].message))) return;
  t.Expect(c.server.protocol_version == core::kProtocolVersion, "protocol 1");
  t.Expect(!c.server.models.empty() && !c.server.default_model.empty(), "the daemon lists its models");
  t.Expect(c.server.max_chunk_bytes > 0 && c.server.max_chunk_bytes <= (1u << 20), "chunks are at most 1 MiB");
}

void GenerateAvatar(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  const uint64_t request = GenerateFromPhoto(t, c, true);
  if (request == 0) return;
  c.WaitFor([&] { return c.completed.count(request) != 0 || FailureFor(c, request) != nullptr; }, kFitTimeoutMs);
  const Failure* failure = FailureFor(c, request);
  if (!t.Expect(failure == nullptr, "the job failed: " + (failure ? failure->error.code + ": " + failure->error.message : ""))) return;
  if (!t.Expect(c.completed.count(request) == 1, "the avatar completed within the time limit\n" + LogTail(d->log_path))) return;
  const core::AvatarResult& r = c.completed[request];
  t.Expect(c.accepted[request] == r.job_id, "JobAccepted named the job that completed");
  t.Expect(!c.progress[request].empty() && !c.progress_went_back, "progress arrived and never went back");
  t.Expect(c.previews[request] > 0 && !c.bad_preview, "live previews arrived as JPEG images");
  t.Expect(c.preview_vertex_count == 0 || c.preview_vertex_count == r.mesh.primitives[0].VertexCount(),
           "preview vertices match the mesh");
  size_t vertices = 0;
  for (const auto& p : r.mesh.primitives) vertices += p.VertexCount();
  t.Expect(r.summary.vertex_count == vertices, "summary vertex count: all primitives of LOD0");
  t.Expect(r.summary.reflectance_preset == wire::ReflectancePreset::kFast && r.summary.reflectance_iterations == 40,
           "the daemon fitted with the preset asked for (fast, 40 iterations)");
  t.Expect(!r.photos.empty() && r.photos[0].sh.size() == 27 && r.photos[0].camera.fx > 0.f, "camera and lighting per photo");
  CheckMatchesResultsDir(t, *d, r, true);
  CheckUnrealConversion(t, r);
  g_generated_job = r.job_id;
}

void Cancel(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  const uint64_t request = GenerateFromPhoto(t, c, false);
  if (request == 0) return;
  core::ErrorInfo error;
  t.Expect(c.session().Cancel(request, error), "Cancel: " + error.message);  // before JobAccepted: sent once it arrives
  c.WaitFor([&] { return FailureFor(c, request) != nullptr || c.completed.count(request) != 0; }, kFitTimeoutMs);
  const Failure* failure = FailureFor(c, request);
  if (!t.Expect(failure != nullptr, "the cancelled job ended in a failure")) return;
  t.Expect(failure->error.code == "CANCELLED", "code CANCELLED, got " + failure->error.code + ": " + failure->error.message);
  t.Expect(!failure->job_id.empty() && failure->job_id == c.accepted[request], "the failure names the accepted job");
  t.Expect(c.session().ActiveJobs() == 0, "the session forgot the job");
}

void DisconnectThenFetchAgain(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  const uint64_t request = GenerateFromPhoto(t, c, false);
  if (request == 0) return;
  if (!t.Expect(c.WaitFor([&] { return !c.progress[request].empty(); }, kFitTimeoutMs), "the job started")) return;
  const std::string job = c.accepted[request];
  c.connection().Close();
  c.WaitFor([&c] { return c.closed; }, 10000);
  t.Expect(c.closed && c.session().state() == core::SessionState::kDisconnected, "disconnected mid-fit");
  t.Expect(c.session().InterruptedJobs() == std::vector<std::string>{job}, "the running job is remembered as interrupted");
  t.Expect(c.completed.empty() && c.failures.empty(), "disconnecting neither completes nor fails the job");

  // Reconnect: the session fetches the interrupted job again by itself.
  if (!t.Expect(c.Connect(d->port), "reconnect")) return;
  c.WaitFor([&] { return c.completed.count(request) != 0 || FailureFor(c, request) != nullptr; }, kFitTimeoutMs);
  const Failure* failure = FailureFor(c, request);
  if (!t.Expect(failure == nullptr, "fetch-again failed: " + (failure ? failure->error.code + ": " + failure->error.message : ""))) return;
  if (!t.Expect(c.completed.count(request) == 1, "the interrupted job arrived after the reconnect")) return;
  t.Expect(c.completed[request].job_id == job, "same job id");
  CheckMatchesResultsDir(t, *d, c.completed[request], true);
}

void FetchById(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  if (!t.Expect(!g_generated_job.empty(), "needs the job of daemon/generate_avatar")) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  core::ErrorInfo error;
  const uint64_t full = c.session().FetchResult(g_generated_job, false, error);
  c.WaitFor([&] { return c.completed.count(full) != 0 || FailureFor(c, full) != nullptr; }, 60000);
  if (t.Expect(c.completed.count(full) == 1, "fetched the finished job by id")) {
    CheckMatchesResultsDir(t, *d, c.completed[full], true);
  }
  const uint64_t bare = c.session().FetchResult(g_generated_job, true, error);
  c.WaitFor([&] { return c.completed.count(bare) != 0 || FailureFor(c, bare) != nullptr; }, 60000);
  if (t.Expect(c.completed.count(bare) == 1, "fetched without textures")) {
    t.Expect(c.completed[bare].textures.empty() && !c.completed[bare].mesh.primitives.empty(), "skip_textures sends the mesh only");
  }
}

void FetchUnknownJob(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  core::ErrorInfo error;
  const uint64_t request = c.session().FetchResult("j-20000101-000000-00000000", false, error);
  c.WaitFor([&] { return FailureFor(c, request) != nullptr; }, 30000);
  const Failure* failure = FailureFor(c, request);
  if (!t.Expect(failure != nullptr, "an unknown job fails")) return;
  t.Expect(failure->error.code == "JOB_NOT_FOUND", "code JOB_NOT_FOUND, got " + failure->error.code);
  t.Expect(c.ready && c.session_errors.empty(), "the connection stays usable");
}

// A full head with blendshapes and levels of detail: the morph targets arrive sparse (the session
// asks for them so) and the core hands them on dense, equal to the glb's accessors, LOD by LOD.
void IctAvatar(Context& t) {
  Daemon* d = nullptr;
  if (!RequireDaemon(t, d, true)) return;
  Client c(ReadToken(t, *d));
  if (!t.Expect(c.Connect(d->port), "handshake")) return;
  t.Expect(c.server.default_model == "ict-facekit", "the imported model is the default");
  std::vector<uint8_t> photo;
  if (!t.Expect(ReadPhoto(photo), std::string("cannot read ") + kPhoto)) return;
  core::GenerateOptions options;
  options.texture_size = 256;
  options.reflectance_preset = wire::ReflectancePreset::kFast;
  core::ErrorInfo error;
  const uint64_t request = c.session().Generate({core::PhotoInput{photo.data(), photo.size(), "grace_hopper.jpg", 0}}, options, error);
  if (!t.Expect(request != 0, "Generate refused: " + error.message)) return;
  c.WaitFor([&] { return c.completed.count(request) != 0 || FailureFor(c, request) != nullptr; }, kFitTimeoutMs);
  const Failure* failure = FailureFor(c, request);
  if (!t.Expect(failure == nullptr, "the job failed: " + (failure ? failure->error.code + ": " + failure->error.message : ""))) return;
  if (!t.Expect(c.completed.count(request) == 1, "the avatar completed within the time limit\n" + LogTail(d->log_path))) return;
  const core::AvatarResult& r = c.completed[request];
  t.Expect(r.mesh.lod == 0 && r.lods.size() == 2 && r.lods[0].lod == 1 && r.lods[1].lod == 2, "LOD0 is the avatar, LOD1 and LOD2 beside it");
  t.Expect(r.mesh.target_names.size() == 55 && r.mesh.primitives[0].VertexCount() > 10000, "a full head with 55 morph targets");
  CheckMatchesResultsDir(t, *d, r, true);
  // (CheckUnrealConversion's front-face count assumes a closed skin; eyelashes and gums are not.)
  std::vector<core::UnrealSection> sections;
  if (!t.Expect(core::ToUnrealSections(r.mesh, sections, error), "ToUnrealSections: " + error.message)) return;
  for (const core::UnrealSection& s : sections) {
    bool dense = s.targets.size() == 55;
    for (const auto& target : s.targets) dense = dense && target.position_deltas.size() == s.positions.size() && target.normal_deltas.size() == s.positions.size();
    t.Expect(dense, "every Unreal section has the 55 morph targets, a delta per vertex");
  }
  // Every level as the asset saver builds it: LOD0's materials and morph target names on each.
  std::vector<std::vector<core::UnrealSection>> lods;
  if (!t.Expect(core::ToUnrealLods(r, lods, error), "ToUnrealLods: " + error.message)) return;
  t.Expect(lods.size() == 3, "three levels of detail in Unreal's conventions");
  std::vector<size_t> vertices;
  for (size_t level = 0; level < lods.size(); ++level) {
    const std::string at = "LOD" + std::to_string(level) + " ";
    size_t n = 0;
    bool same = lods[level].size() == sections.size();
    bool moves = false;
    for (size_t s = 0; same && s < lods[level].size(); ++s) {
      const core::UnrealSection& section = lods[level][s];
      n += section.positions.size();
      same = section.material == sections[s].material && section.targets.size() == 55;
      for (size_t k = 0; same && k < section.targets.size(); ++k) {
        same = section.targets[k].name == r.mesh.target_names[k] && section.targets[k].position_deltas.size() == section.positions.size();
        if (section.targets[k].name == "jawOpen") {
          for (const core::Vec3f& delta : section.targets[k].position_deltas) moves = moves || delta.x != 0.f || delta.y != 0.f || delta.z != 0.f;
        }
      }
    }
    t.Expect(same, at + "has LOD0's sections, materials and 55 morph target names in order, a delta per vertex");
    t.Expect(moves, at + "jawOpen moves vertices");
    vertices.push_back(n);
  }
  t.Expect(vertices.size() == 3 && vertices[1] < vertices[0] && vertices[2] < vertices[1], "each level has fewer vertices");
  if (vertices.size() == 3) {
    std::printf("     %zu / %zu / %zu vertices per level\n", vertices[0], vertices[1], vertices[2]);
  }
}

}  // namespace

void RegisterDaemonTests() {
  Add("daemon/not_running", DaemonNotRunning);
  Add("daemon/token_file", TokenFile);
  Add("daemon/wrong_token", WrongToken);
  Add("daemon/handshake", Handshake);
  Add("daemon/generate_avatar", GenerateAvatar);
  Add("daemon/fetch_by_id", FetchById);
  Add("daemon/fetch_unknown_job", FetchUnknownJob);
  Add("daemon/cancel", Cancel);
  Add("daemon/disconnect_then_fetch_again", DisconnectThenFetchAgain);
  Add("daemon/ict_avatar", IctAvatar);
}

void StopOne(Daemon& d) {
  if (d.pid <= 0) return;
  kill(d.pid, SIGTERM);
  int status = 0;
  for (int i = 0; i < 100 && waitpid(d.pid, &status, WNOHANG) == 0; ++i) usleep(100000);
  if (waitpid(d.pid, &status, WNOHANG) == 0) {
    kill(d.pid, SIGKILL);
    waitpid(d.pid, &status, 0);
  }
  d.pid = -1;
  if (!d.home.empty() && std::getenv("FITME_KEEP_TEST_HOME") == nullptr) {
    const std::string rm = "rm -rf '" + d.home + "'";
    if (std::system(rm.c_str()) != 0) std::fprintf(stderr, "could not remove %s\n", d.home.c_str());
  }
}

void StopDaemon() {
  for (const bool ict : {false, true}) StopOne(TheDaemon(ict));
}

}  // namespace fitme::test
