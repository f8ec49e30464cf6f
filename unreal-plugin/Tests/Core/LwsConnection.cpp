#include "LwsConnection.h"

#include <libwebsockets.h>

#include <chrono>
#include <cstring>

namespace fitme::test {

namespace {

int Trampoline(struct lws* wsi, enum lws_callback_reasons reason, void* user, void* in, size_t len) {
  (void)user;
  lws_context* context = lws_get_context(wsi);
  auto* self = context != nullptr ? static_cast<LwsConnection*>(lws_context_user(context)) : nullptr;
  if (self == nullptr) return lws_callback_http_dummy(wsi, reason, user, in, len);
  return self->Callback(wsi, static_cast<int>(reason), in, len);
}

const struct lws_protocols kProtocols[] = {
    {"fitme", Trampoline, 0, 0, 0, nullptr, 0},
    {nullptr, nullptr, 0, 0, 0, nullptr, 0},
};

}  // namespace

// lws_service sleeps until something happens; a short recurring timer bounds each Pump slice.
struct LwsConnection::Tick {
  lws_sorted_usec_list_t sul;
  lws_context* context;

  static void Fire(lws_sorted_usec_list_t* sul) {
    Tick* tick = lws_container_of(sul, Tick, sul);
    lws_sul_schedule(tick->context, 0, &tick->sul, Fire, 20 * LWS_US_PER_MS);
  }
};

LwsConnection::LwsConnection(Events& events) : events_(events) {}

LwsConnection::~LwsConnection() { Destroy(); }

void LwsConnection::Destroy() {
  if (context_ != nullptr) {
    lws_context* c = context_;
    context_ = nullptr;
    lws_context_destroy(c);
  }
  wsi_ = nullptr;
  open_ = false;
}

bool LwsConnection::Open(const std::string& host, int port, const std::string& origin) {
  Destroy();
  lws_set_log_level(LLL_ERR, nullptr);
  struct lws_context_creation_info info;
  std::memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.protocols = kProtocols;
  info.user = this;
  context_ = lws_create_context(&info);
  if (context_ == nullptr) return false;
  tick_ = std::make_unique<Tick>();
  std::memset(&tick_->sul, 0, sizeof tick_->sul);
  tick_->context = context_;
  lws_sul_schedule(context_, 0, &tick_->sul, Tick::Fire, 20 * LWS_US_PER_MS);

  host_ = host;
  origin_ = origin;
  finished_ = false;
  closing_ = false;
  open_ = false;
  outbox_.clear();
  inbox_.clear();
  close_code_ = 1006;
  close_reason_.clear();
  struct lws_client_connect_info connect;
  std::memset(&connect, 0, sizeof connect);
  connect.context = context_;
  connect.address = host_.c_str();
  connect.port = port;
  connect.path = "/";
  connect.host = host_.c_str();
  connect.origin = origin_.empty() ? nullptr : origin_.c_str();
  connect.protocol = nullptr;
  connect.local_protocol_name = kProtocols[0].name;
  connect.pwsi = &wsi_;
  if (lws_client_connect_via_info(&connect) == nullptr && !finished_) {
    finished_ = true;
    events_.OnConnectError("lws_client_connect_via_info failed");
  }
  return true;
}

void LwsConnection::Pump(int ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (context_ != nullptr && std::chrono::steady_clock::now() < deadline) {
    lws_service(context_, 0);
  }
}

void LwsConnection::Close() {
  if (wsi_ == nullptr || !open_) return;
  closing_ = true;
  lws_callback_on_writable(wsi_);
}

bool LwsConnection::SendFrame(const uint8_t* data, size_t size) {
  if (wsi_ == nullptr || !open_) return false;
  std::vector<uint8_t> frame(LWS_PRE + size);
  std::memcpy(frame.data() + LWS_PRE, data, size);
  outbox_.push_back(std::move(frame));
  lws_callback_on_writable(wsi_);
  return true;
}

int LwsConnection::Callback(struct lws* wsi, int reason, void* in, size_t len) {
  switch (reason) {
    case LWS_CALLBACK_CLIENT_ESTABLISHED:
      wsi_ = wsi;
      open_ = true;
      events_.OnOpen();
      return 0;
    case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
      wsi_ = nullptr;
      if (!finished_) {
        finished_ = true;
        events_.OnConnectError(in != nullptr ? std::string(static_cast<const char*>(in), len) : std::string("connection failed"));
      }
      return 0;
    case LWS_CALLBACK_CLIENT_RECEIVE: {
      const auto* bytes = static_cast<const uint8_t*>(in);
      inbox_.insert(inbox_.end(), bytes, bytes + len);
      if (lws_remaining_packet_payload(wsi) == 0 && lws_is_final_fragment(wsi)) {
        std::vector<uint8_t> message;
        message.swap(inbox_);
        events_.OnMessage(message);
      }
      return 0;
    }
    case LWS_CALLBACK_CLIENT_WRITEABLE: {
      if (closing_) {
        lws_close_reason(wsi, LWS_CLOSE_STATUS_NORMAL, nullptr, 0);
        close_code_ = 1000;
        return -1;
      }
      if (outbox_.empty()) return 0;
      std::vector<uint8_t> frame = std::move(outbox_.front());
      outbox_.pop_front();
      const size_t size = frame.size() - LWS_PRE;
      if (lws_write(wsi, frame.data() + LWS_PRE, size, LWS_WRITE_BINARY) < static_cast<int>(size)) return -1;
      if (!outbox_.empty()) lws_callback_on_writable(wsi);
      return 0;
    }
    case LWS_CALLBACK_WS_PEER_INITIATED_CLOSE:
      if (len >= 2) {
        const auto* bytes = static_cast<const uint8_t*>(in);
        close_code_ = (bytes[0] << 8) | bytes[1];
        close_reason_.assign(reinterpret_cast<const char*>(bytes + 2), len - 2);
      }
      return 0;
    case LWS_CALLBACK_CLIENT_CLOSED:
    case LWS_CALLBACK_CLOSED:
      wsi_ = nullptr;
      if (!finished_) {
        finished_ = true;
        open_ = false;
        events_.OnClosed(close_code_, close_reason_);
      }
      return 0;
    default:
      return 0;
  }
}

}  // namespace fitme::test
