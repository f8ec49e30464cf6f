// The client side of the FitMe protocol as a state machine that a transport feeds with frames.
//
// It owns no socket and no thread: the engine (or a test) connects a WebSocket, calls OnConnected
// with the token, passes every complete binary message to OnFrame and reports the close with
// OnDisconnected; the session answers through Transport::SendFrame and SessionListener. It performs
// the handshake, sends requests, follows each job (progress, previews, warnings), reassembles the
// mesh and the textures with their checksums verified, cancels, and after a reconnect fetches the
// jobs that were interrupted again (the daemon keeps fitting while nobody listens, and keeps every
// finished result on disk). Call it from one thread.
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "FitMe/Core/AvatarData.h"
#include "FitMe/Core/FitMeWire.generated.h"
#include "FitMe/Core/LevelsOfDetail.h"
#include "FitMe/Core/MorphTargets.h"
#include "FitMe/Core/TextureAssembler.h"

namespace fitme::core {

constexpr uint32_t kProtocolVersion = 1;

class Transport {
 public:
  virtual ~Transport() = default;
  // Sends one binary WebSocket message; false when the connection cannot take it.
  virtual bool SendFrame(const uint8_t* data, size_t size) = 0;
};

struct ModelData {
  std::string id;
  std::string description;
  uint32_t vertex_count = 0;
  uint32_t triangle_count = 0;
  std::vector<std::string> morph_target_names;
};

struct ServerInfo {
  uint32_t protocol_version = 0;
  std::string server_version;
  std::vector<ModelData> models;
  std::string default_model;
  std::string backend;
  uint32_t max_frame_bytes = 0;
  uint32_t max_photos = 0;
  uint64_t max_photo_pixels = 0;
  uint32_t min_texture_size = 0;
  uint32_t max_texture_size = 0;
  uint32_t max_chunk_bytes = 0;
};

class SessionListener {
 public:
  virtual ~SessionListener() = default;
  // The handshake succeeded; requests may be sent.
  virtual void OnReady(const ServerInfo& server) = 0;
  // `request_id` is what Generate or FetchResult returned, stable across reconnects.
  virtual void OnJobAccepted(uint64_t request_id, const std::string& job_id, uint32_t queue_position) {
    (void)request_id, (void)job_id, (void)queue_position;
  }
  // The message's views are valid during the call only.
  virtual void OnProgress(uint64_t request_id, const wire::Progress& progress) { (void)request_id, (void)progress; }
  virtual void OnPreview(uint64_t request_id, const wire::Preview& preview) { (void)request_id, (void)preview; }
  virtual void OnWarning(uint64_t request_id, const wire::Warning& warning) { (void)request_id, (void)warning; }
  virtual void OnJobCompleted(uint64_t request_id, AvatarResult&& result) = 0;
  // `job_id` is empty when the daemon refused the request before creating a job.
  virtual void OnJobFailed(uint64_t request_id, const std::string& job_id, const ErrorInfo& error) = 0;
  // The connection itself failed: refused handshake, daemon not running, unreadable frame, lost connection.
  virtual void OnSessionError(const ErrorInfo& error) = 0;
};

struct ClientIdentity {
  std::string name = "fitme-unreal";
  std::string version;
};

struct SessionOptions {
  // Largest texture file the client accepts (a 4096² 16-bit PNG is ~100 MB).
  uint64_t max_texture_bytes = 512ull << 20;
  // After a reconnect, fetch every job that was running when the connection dropped.
  bool fetch_interrupted_on_reconnect = true;
};

// A photo to send: the encoded file as read from disk, borrowed for the duration of Generate.
struct PhotoInput {
  const uint8_t* data = nullptr;
  size_t size = 0;
  std::string name;
  uint32_t face_index = 0;  // 0: the largest face
};

struct GenerateOptions {
  std::string model;              // empty: the daemon's default
  uint32_t texture_size = 0;      // 0: the daemon's default (1024)
  wire::ReflectancePreset reflectance_preset = wire::ReflectancePreset::kDefault;
  std::vector<wire::MapKind> maps;  // empty: every map the model supports
  bool preview = false;
  float preview_rate_hz = 0.f;    // 0: 2 Hz
  bool preview_vertices = false;
};

enum class SessionState { kDisconnected, kHandshaking, kReady, kRefused };

class Session {
 public:
  Session(Transport& transport, SessionListener& listener, ClientIdentity identity, SessionOptions options = {})
      : transport_(&transport), listener_(listener), identity_(std::move(identity)), options_(options) {}

  // A reconnect may come through a new socket object; the session and its jobs stay.
  void RebindTransport(Transport& transport) { transport_ = &transport; }

  SessionState state() const { return state_; }
  const ServerInfo& server() const { return server_; }
  size_t ActiveJobs() const { return jobs_.size(); }

  // Jobs that were running when the connection dropped and have not been fetched again yet.
  std::vector<std::string> InterruptedJobs() const {
    std::vector<std::string> ids;
    for (const auto& job : jobs_) {
      if (job.interrupted) ids.push_back(job.job_id);
    }
    return ids;
  }

  // ---- transport events -----------------------------------------------------------------------

  // The WebSocket is open: say hello with the token from the daemon's token file.
  void OnConnected(std::string_view token) {
    state_ = SessionState::kHandshaking;
    wire::Envelope env;
    env.request_id = NextRequestId();
    wire::Hello& hello = env.mutable_hello();
    hello.protocol_version = kProtocolVersion;
    hello.client_name = identity_.name;
    hello.client_version = identity_.version;
    hello.token = token;
    hello.sparse_morph_targets = true;  // MorphTargets.h expands them
    Send(env);
  }

  // The WebSocket could not be opened at all.
  void OnConnectFailed(std::string_view url, std::string_view reason) {
    state_ = SessionState::kDisconnected;
    listener_.OnSessionError({errors::kDaemonNotRunning,
                              "cannot reach the FitMe daemon at " + ToString(url) + " (" + ToString(reason) +
                                  "): start it with `npx fitme serve` (or check the port), then try again"});
  }

  void OnFrame(const uint8_t* data, size_t size) {
    wire::Envelope env;
    const wire::DecodeResult decoded = wire::Decode(data, size, env);
    if (!decoded.ok()) {
      SessionError(errors::kBadFrame, std::string("the daemon sent a frame this plugin cannot read (") +
                                          wire::DecodeStatusText(decoded.status) + " at byte " +
                                          std::to_string(decoded.offset) + "); update the plugin and the daemon together");
      return;
    }
    if (state_ == SessionState::kHandshaking) {
      OnHandshakeAnswer(env);
      return;
    }
    if (state_ != SessionState::kReady) return;
    using Body = wire::Envelope::BodyCase;
    switch (env.body_case) {
      case Body::kAccepted: OnAccepted(env.request_id, env.accepted); break;
      case Body::kProgress: WithJob(env.progress.job_id, [&](Job& j) { listener_.OnProgress(j.request_id, env.progress); }); break;
      case Body::kPreview: WithJob(env.preview.job_id, [&](Job& j) { listener_.OnPreview(j.request_id, env.preview); }); break;
      case Body::kWarning: WithJob(env.warning.job_id, [&](Job& j) { listener_.OnWarning(j.request_id, env.warning); }); break;
      case Body::kMesh: WithJob(env.mesh.job_id, [&](Job& j) { OnMesh(j, env.mesh); }); break;
      case Body::kTextureBegin: WithJob(env.texture_begin.job_id, [&](Job& j) { OnTextureBegin(j, env.texture_begin); }); break;
      case Body::kTextureChunk: WithJob(env.texture_chunk.job_id, [&](Job& j) { OnTextureChunk(j, env.texture_chunk); }); break;
      case Body::kCompleted: OnCompleted(env.completed); break;
      case Body::kFailure: OnFailure(env.request_id, env.failure); break;
      case Body::kNotSet:
        break;  // a message type from a newer daemon, or an empty envelope: nothing to do
      default:
        SessionError(errors::kProtocolViolation, "the daemon sent a client-only message; is it a FitMe daemon?");
        break;
    }
  }

  // The WebSocket closed. Jobs the daemon had accepted survive (it keeps fitting and keeps the
  // result); their partial streams are dropped and fetched again after the next handshake.
  void OnDisconnected(int close_code, std::string_view reason) {
    const SessionState was = state_;
    state_ = SessionState::kDisconnected;
    std::vector<Job> lost;
    for (auto it = jobs_.begin(); it != jobs_.end();) {
      if (it->abandoned) {  // already reported as failed
        it = jobs_.erase(it);
        continue;
      }
      if (it->job_id.empty()) {
        lost.push_back(std::move(*it));
        it = jobs_.erase(it);
        continue;
      }
      it->interrupted = true;
      it->ResetStream(options_.max_texture_bytes, server_.max_chunk_bytes);
      ++it;
    }
    if (was == SessionState::kRefused) return;  // the Failure before the close already said why
    const std::string why = "the connection to the FitMe daemon closed (code " + std::to_string(close_code) +
                            (reason.empty() ? std::string() : ", " + ToString(reason)) + ")";
    for (const Job& job : lost) {
      listener_.OnJobFailed(job.request_id, std::string(),
                            {errors::kDisconnected, why + " before the daemon accepted the request; send it again"});
    }
    if (was != SessionState::kDisconnected) {
      listener_.OnSessionError({errors::kDisconnected, why + "; reconnect to fetch running jobs again"});
    }
  }

  // ---- requests -------------------------------------------------------------------------------

  // Returns the request id (a handle for this job from now on), or 0 with `error` set.
  uint64_t Generate(const std::vector<PhotoInput>& photos, const GenerateOptions& options, ErrorInfo& error) {
    if (!RequireReady(error)) return 0;
    if (photos.empty()) {
      error = {"INVALID_REQUEST", "pick at least one photo of the person"};
      return 0;
    }
    wire::Envelope env;
    env.request_id = NextRequestId();
    wire::GenerateAvatar& generate = env.mutable_generate();
    for (const PhotoInput& p : photos) {
      wire::Photo photo;
      photo.data = wire::BytesView{p.data, p.size};
      photo.name = p.name;
      photo.face_index = p.face_index;
      generate.photos.push_back(photo);
    }
    generate.has_options = true;
    generate.options.model = options.model;
    generate.options.texture_size = options.texture_size;
    generate.options.reflectance_preset = options.reflectance_preset;
    generate.options.maps = options.maps;
    generate.options.preview = options.preview;
    generate.options.preview_rate_hz = options.preview_rate_hz;
    generate.options.preview_vertices = options.preview_vertices;
    const size_t frame_size = wire::EncodedSize(env);
    if (server_.max_frame_bytes != 0 && frame_size > server_.max_frame_bytes) {
      error = {errors::kTooLarge, "the photos add up to " + std::to_string(frame_size >> 20) +
                                      " MiB, more than the daemon accepts in one request (" +
                                      std::to_string(server_.max_frame_bytes >> 20) + " MiB): send fewer or smaller photos"};
      return 0;
    }
    jobs_.emplace_back(env.request_id, std::string(), options_.max_texture_bytes, server_.max_chunk_bytes);
    jobs_.back().wire_request_id = env.request_id;
    Send(env);
    return env.request_id;
  }

  // Asks the daemon to stop the job; it answers with a CANCELLED failure. A job not yet accepted
  // is cancelled as soon as the daemon names it.
  bool Cancel(uint64_t request_id, ErrorInfo& error) {
    if (!RequireReady(error)) return false;
    Job* job = FindByRequest(request_id);
    if (job == nullptr) {
      error = {"JOB_NOT_FOUND", "no running request has id " + std::to_string(request_id) + "; it has already finished"};
      return false;
    }
    job->cancel_requested = true;
    if (!job->job_id.empty()) SendCancel(job->job_id);
    return true;
  }

  // Streams a finished (or still running) job again, e.g. after a reconnect or a daemon restart.
  uint64_t FetchResult(std::string_view job_id, bool skip_textures, ErrorInfo& error) {
    if (!RequireReady(error)) return 0;
    if (job_id.empty()) {
      error = {"INVALID_REQUEST", "a job id is needed to fetch a result"};
      return 0;
    }
    Job* existing = FindByJobId(job_id);
    if (existing != nullptr && !existing->interrupted) {
      error = {"INVALID_REQUEST", "job " + ToString(job_id) + " is already being received"};
      return 0;
    }
    if (existing == nullptr) {
      jobs_.emplace_back(NextRequestId(), ToString(job_id), options_.max_texture_bytes, server_.max_chunk_bytes);
      existing = &jobs_.back();
    }
    SendFetch(*existing, skip_textures);
    return existing->request_id;
  }

 private:
  struct Job {
    Job(uint64_t request, std::string id, uint64_t max_texture_bytes, uint32_t max_chunk_bytes)
        : request_id(request), job_id(std::move(id)), assembler(max_texture_bytes, max_chunk_bytes) {}

    void ResetStream(uint64_t max_texture_bytes, uint32_t max_chunk_bytes) {
      has_mesh = false;
      mesh = MeshData();
      lods.clear();
      textures.clear();
      assembler = TextureAssembler(max_texture_bytes, max_chunk_bytes);
    }

    uint64_t request_id;            // the handle the listener knows, kept across reconnects
    uint64_t wire_request_id = 0;   // the latest request sent for it (the daemon echoes this one)
    std::string job_id;             // empty until the daemon accepts the request
    bool cancel_requested = false;
    bool interrupted = false;       // the connection dropped while it ran
    bool abandoned = false;         // failed here (e.g. a checksum); the daemon's remaining frames are dropped
    bool has_mesh = false;
    MeshData mesh;
    std::vector<MeshData> lods;     // LOD1, LOD2, ... when the model has them
    std::vector<TextureData> textures;
    TextureAssembler assembler;
  };

  uint64_t NextRequestId() { return next_request_id_++; }

  bool Send(const wire::Envelope& env) {
    wire::Encode(env, frame_);
    return transport_->SendFrame(frame_.data(), frame_.size());
  }

  void SendCancel(const std::string& job_id) {
    wire::Envelope env;
    env.request_id = NextRequestId();
    env.mutable_cancel().job_id = job_id;
    Send(env);
  }

  void SendFetch(Job& job, bool skip_textures) {
    wire::Envelope env;
    env.request_id = NextRequestId();
    wire::FetchResult& fetch = env.mutable_fetch();
    fetch.job_id = job.job_id;
    fetch.skip_textures = skip_textures;
    job.wire_request_id = env.request_id;
    job.interrupted = false;
    Send(env);
  }

  bool RequireReady(ErrorInfo& error) const {
    if (state_ == SessionState::kReady) return true;
    error = {errors::kNotReady, "not connected to the FitMe daemon yet: wait for the handshake to finish"};
    return false;
  }

  void SessionError(const char* code, std::string message) { listener_.OnSessionError({code, std::move(message)}); }

  Job* FindByRequest(uint64_t request_id) {
    for (auto& job : jobs_) {
      if (job.request_id == request_id) return &job;
    }
    return nullptr;
  }

  Job* FindByWireRequest(uint64_t wire_request_id) {
    for (auto& job : jobs_) {
      if (job.wire_request_id == wire_request_id) return &job;
    }
    return nullptr;
  }

  Job* FindByJobId(std::string_view job_id) {
    for (auto& job : jobs_) {
      if (!job.job_id.empty() && job.job_id == job_id) return &job;
    }
    return nullptr;
  }

  void Erase(const Job* job) {
    for (auto it = jobs_.begin(); it != jobs_.end(); ++it) {
      if (&*it == job) {
        jobs_.erase(it);
        return;
      }
    }
  }

  // Frames for jobs this session does not follow (e.g. another client's) are ignored.
  template <typename Fn>
  void WithJob(std::string_view job_id, Fn fn) {
    Job* job = FindByJobId(job_id);
    if (job != nullptr && !job->abandoned) fn(*job);
  }

  void Abandon(Job& job, const ErrorInfo& error) {
    job.abandoned = true;
    listener_.OnJobFailed(job.request_id, job.job_id, error);
  }

  void OnHandshakeAnswer(const wire::Envelope& env) {
    if (env.body_case == wire::Envelope::BodyCase::kFailure) {
      state_ = SessionState::kRefused;
      SessionError(ErrorCodeName(env.failure.code).c_str(), ToString(env.failure.message));
      return;
    }
    if (env.body_case != wire::Envelope::BodyCase::kWelcome) {
      state_ = SessionState::kRefused;
      SessionError(errors::kProtocolViolation, "the daemon did not answer the handshake with Welcome; is it a FitMe daemon?");
      return;
    }
    const wire::Welcome& w = env.welcome;
    if (w.protocol_version != kProtocolVersion) {
      state_ = SessionState::kRefused;
      SessionError(errors::kUnsupportedProtocol, "the daemon speaks protocol " + std::to_string(w.protocol_version) +
                                                     ", this plugin speaks " + std::to_string(kProtocolVersion) +
                                                     ": update the plugin or the daemon so they match");
      return;
    }
    server_ = ServerInfo();
    server_.protocol_version = w.protocol_version;
    server_.server_version = ToString(w.server_version);
    for (const wire::ModelInfo& m : w.models) {
      ModelData model;
      model.id = ToString(m.id);
      model.description = ToString(m.description);
      model.vertex_count = m.vertex_count;
      model.triangle_count = m.triangle_count;
      for (const auto name : m.morph_target_names) model.morph_target_names.push_back(ToString(name));
      server_.models.push_back(std::move(model));
    }
    server_.default_model = ToString(w.default_model);
    server_.backend = ToString(w.backend);
    if (w.has_limits) {
      server_.max_frame_bytes = w.limits.max_frame_bytes;
      server_.max_photos = w.limits.max_photos;
      server_.max_photo_pixels = w.limits.max_photo_pixels;
      server_.min_texture_size = w.limits.min_texture_size;
      server_.max_texture_size = w.limits.max_texture_size;
      server_.max_chunk_bytes = w.limits.max_chunk_bytes;
    }
    state_ = SessionState::kReady;
    for (auto& job : jobs_) job.ResetStream(options_.max_texture_bytes, server_.max_chunk_bytes);
    listener_.OnReady(server_);
    if (!options_.fetch_interrupted_on_reconnect) return;
    for (auto& job : jobs_) {
      if (job.interrupted) SendFetch(job, false);
    }
  }

  void OnAccepted(uint64_t wire_request_id, const wire::JobAccepted& accepted) {
    Job* job = FindByWireRequest(wire_request_id);
    if (job == nullptr) return;
    job->job_id = ToString(accepted.job_id);
    // Copied out: the listener may send requests, which can move the job in memory.
    const uint64_t request_id = job->request_id;
    const std::string job_id = job->job_id;
    if (job->cancel_requested) SendCancel(job_id);
    listener_.OnJobAccepted(request_id, job_id, accepted.queue_position);
  }

  // LOD0 is the avatar; lower levels of detail (one Mesh frame each, after it) go beside it.
  void OnMesh(Job& job, wire::Mesh& mesh) {
    if (mesh.lod == 0 ? job.has_mesh : !job.has_mesh) {
      Abandon(job, {errors::kProtocolViolation, job.has_mesh ? "the daemon sent the mesh of job " + job.job_id + " twice"
                                                             : "the daemon sent a level of detail of job " + job.job_id + " before its mesh"});
      return;
    }
    MeshData out;
    out.name = ToString(mesh.name);
    out.lod = mesh.lod;
    for (const auto name : mesh.target_names) out.target_names.push_back(ToString(name));
    for (wire::Primitive& p : mesh.primitives) {
      PrimitiveData prim;
      prim.name = ToString(p.name);
      prim.positions = std::move(p.positions);
      prim.normals = std::move(p.normals);
      prim.tangents = std::move(p.tangents);
      prim.uvs = std::move(p.uvs);
      prim.indices = std::move(p.indices);
      prim.material = p.material;
      const size_t n = prim.VertexCount();
      for (wire::MorphTarget& t : p.targets) {
        MorphTargetData target;
        std::string error;
        if (!DenseMorphTarget(t, n, n > 0 && prim.normals.size() == 3 * n, target, error)) {
          Abandon(job, {errors::kProtocolViolation, "job " + job.job_id + ": " + error});
          return;
        }
        prim.targets.push_back(std::move(target));
      }
      out.primitives.push_back(std::move(prim));
    }
    for (const wire::Material& m : mesh.materials) {
      MaterialData mat;
      mat.name = ToString(m.name);
      for (size_t i = 0; i < 4 && i < m.base_color_factor.size(); ++i) mat.base_color_factor[i] = m.base_color_factor[i];
      mat.metallic = m.metallic;
      mat.roughness = m.roughness;
      mat.specular_factor = m.specular_factor;
      mat.base_color_texture = m.base_color_texture;
      mat.normal_texture = m.normal_texture;
      mat.specular_texture = m.specular_texture;
      mat.roughness_texture = m.roughness_texture;
      out.materials.push_back(std::move(mat));
    }
    if (mesh.lod == 0) {
      job.mesh = std::move(out);
      job.has_mesh = true;
      return;
    }
    ErrorInfo error;
    if (!CheckLodMatchesLod0(job.mesh, out, error)) {
      error.message = "job " + job.job_id + ": the daemon sent an invalid mesh: " + error.message;
      Abandon(job, error);
      return;
    }
    job.lods.push_back(std::move(out));
  }

  void OnTextureBegin(Job& job, const wire::TextureBegin& begin) {
    ErrorInfo error;
    if (!job.assembler.Begin(begin, error)) Abandon(job, error);
  }

  void OnTextureChunk(Job& job, const wire::TextureChunk& chunk) {
    ErrorInfo error;
    bool complete = false;
    if (!job.assembler.AddChunk(chunk, complete, error)) {
      Abandon(job, error);
      return;
    }
    if (complete) job.textures.push_back(job.assembler.Take());
  }

  void OnCompleted(const wire::JobCompleted& completed) {
    Job* job = FindByJobId(completed.job_id);
    if (job == nullptr) return;
    if (job->abandoned) {
      Erase(job);
      return;
    }
    if (!job->has_mesh || job->assembler.active()) {
      const ErrorInfo error{errors::kProtocolViolation, job->has_mesh ? "job " + job->job_id + " completed in the middle of a texture"
                                                                      : "job " + job->job_id + " completed without a mesh"};
      const uint64_t request_id = job->request_id;
      const std::string job_id = job->job_id;
      Erase(job);
      listener_.OnJobFailed(request_id, job_id, error);
      return;
    }
    AvatarResult result;
    result.job_id = job->job_id;
    result.mesh = std::move(job->mesh);
    result.lods = std::move(job->lods);
    result.textures = std::move(job->textures);
    if (completed.has_summary) {
      const wire::Summary& s = completed.summary;
      result.summary.model = ToString(s.model);
      result.summary.vertex_count = s.vertex_count;
      result.summary.triangle_count = s.triangle_count;
      result.summary.texture_size = s.texture_size;
      result.summary.duration_ms = s.duration_ms;
      result.summary.reflectance_preset = s.reflectance_preset;
      result.summary.reflectance_iterations = s.reflectance_iterations;
      for (const auto w : s.warnings) result.summary.warnings.push_back(ToString(w));
      result.summary.glb_sha256 = ToString(s.glb_sha256);
    }
    for (const wire::PhotoFit& p : completed.photos) {
      PhotoFitData fit;
      fit.photo_index = p.photo_index;
      if (p.has_camera) {
        const wire::Camera& c = p.camera;
        fit.camera.width = c.width;
        fit.camera.height = c.height;
        fit.camera.fx = c.fx;
        fit.camera.fy = c.fy;
        fit.camera.cx = c.cx;
        fit.camera.cy = c.cy;
        for (size_t i = 0; i < 4 && i < c.rotation.size(); ++i) fit.camera.rotation[i] = c.rotation[i];
        for (size_t i = 0; i < 3 && i < c.translation.size(); ++i) fit.camera.translation[i] = c.translation[i];
      }
      if (p.has_lighting) fit.sh = p.lighting.sh;
      fit.landmark_error = p.landmark_error;
      fit.coverage = p.coverage;
      result.photos.push_back(std::move(fit));
    }
    const uint64_t request_id = job->request_id;
    Erase(job);
    listener_.OnJobCompleted(request_id, std::move(result));
  }

  void OnFailure(uint64_t wire_request_id, const wire::Failure& failure) {
    ErrorInfo error{ErrorCodeName(failure.code), ToString(failure.message)};
    Job* job = failure.job_id.empty() ? nullptr : FindByJobId(failure.job_id);
    if (job == nullptr && wire_request_id != 0) job = FindByWireRequest(wire_request_id);
    if (job == nullptr) {
      // A refused cancel for a job that already ended, or a failure about the connection itself.
      if (wire_request_id == 0) SessionError(error.code.c_str(), std::move(error.message));
      return;
    }
    const bool report = !job->abandoned;
    const uint64_t request_id = job->request_id;
    const std::string job_id = job->job_id;
    Erase(job);
    if (report) listener_.OnJobFailed(request_id, job_id, error);
  }

  Transport* transport_;
  SessionListener& listener_;
  ClientIdentity identity_;
  SessionOptions options_;
  SessionState state_ = SessionState::kDisconnected;
  ServerInfo server_;
  std::vector<Job> jobs_;
  uint64_t next_request_id_ = 1;
  std::vector<uint8_t> frame_;
};

}  // namespace fitme::core
