// The tests' WebSocket client: libwebsockets (Debian's libwebsockets-dev), the library Unreal's own
// WebSockets module is built on for desktop platforms. It reassembles messages from the receive
// callbacks the same way the plugin's IWebSocket transport does (append until the fragment's
// remaining payload is 0 and it is the final fragment) and feeds them to whatever listens.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "FitMe/Core/Session.h"

struct lws;
struct lws_context;

namespace fitme::test {

class LwsConnection : public core::Transport {
 public:
  class Events {
   public:
    virtual ~Events() = default;
    virtual void OnOpen() = 0;
    virtual void OnMessage(const std::vector<uint8_t>& message) = 0;
    virtual void OnConnectError(const std::string& reason) = 0;
    virtual void OnClosed(int code, const std::string& reason) = 0;
  };

  explicit LwsConnection(Events& events);
  ~LwsConnection() override;
  LwsConnection(const LwsConnection&) = delete;
  LwsConnection& operator=(const LwsConnection&) = delete;

  // Starts connecting to ws://host:port/; `origin` adds an Origin header (a browser's), empty for none.
  bool Open(const std::string& host, int port, const std::string& origin = std::string());
  // Services the connection for up to `ms` milliseconds.
  void Pump(int ms);
  // Starts a clean close (code 1000).
  void Close();
  bool open() const { return open_; }
  bool finished() const { return finished_; }

  bool SendFrame(const uint8_t* data, size_t size) override;

  // libwebsockets' callback, public for the C trampoline only.
  int Callback(struct lws* wsi, int reason, void* in, size_t len);

 private:
  void Destroy();

  struct Tick;
  Events& events_;
  std::unique_ptr<Tick> tick_;
  lws_context* context_ = nullptr;
  lws* wsi_ = nullptr;
  std::string host_;
  std::string origin_;
  bool open_ = false;
  bool finished_ = true;
  bool closing_ = false;
  std::deque<std::vector<uint8_t>> outbox_;
  std::vector<uint8_t> inbox_;
  int close_code_ = 1006;
  std::string close_reason_;
};

}  // namespace fitme::test
