// Where the daemon listens and where it keeps its token: the same rules as server/config/paths.ts
// (FITME_HOME first, then the platform's config folder), so a plugin finds the token the daemon
// wrote without being told.
// Engine-agnostic C++17: no exceptions, no RTTI, no engine types.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "FitMe/Core/AvatarData.h"

namespace fitme::core {

constexpr uint16_t kDefaultDaemonPort = 7468;

inline std::string DefaultDaemonUrl() { return "ws://127.0.0.1:" + std::to_string(kDefaultDaemonPort); }

enum class HostOs { kLinux, kMacOs, kWindows };

constexpr HostOs CurrentHostOs() {
#if defined(_WIN32)
  return HostOs::kWindows;
#elif defined(__APPLE__)
  return HostOs::kMacOs;
#else
  return HostOs::kLinux;
#endif
}

// The token file's path (UTF-8). `get_env(name)` returns a variable's value, or "" when unset.
template <typename GetEnv>
std::string DaemonTokenPath(HostOs os, GetEnv get_env) {
  const char sep = os == HostOs::kWindows ? '\\' : '/';
  const auto join = [sep](std::string dir, std::string_view leaf) {
    if (!dir.empty() && dir.back() != '/' && dir.back() != '\\') dir.push_back(sep);
    dir.append(leaf.data(), leaf.size());
    return dir;
  };
  const std::string fitme_home = get_env("FITME_HOME");
  if (!fitme_home.empty()) return join(fitme_home, "token");
  std::string config;
  switch (os) {
    case HostOs::kWindows: {
      config = get_env("APPDATA");
      if (config.empty()) config = join(join(get_env("USERPROFILE"), "AppData"), "Roaming");
      break;
    }
    case HostOs::kMacOs:
      config = join(join(get_env("HOME"), "Library"), "Application Support");
      break;
    case HostOs::kLinux: {
      config = get_env("XDG_CONFIG_HOME");
      if (config.empty()) config = join(get_env("HOME"), ".config");
      break;
    }
  }
  return join(join(config, "fitme-bridge"), "token");
}

// The token from the file's contents: ASCII, surrounding whitespace trimmed.
inline bool ParseToken(std::string_view contents, std::string_view path, std::string& token, ErrorInfo& error) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  size_t begin = 0;
  size_t end = contents.size();
  while (begin < end && is_space(contents[begin])) ++begin;
  while (end > begin && is_space(contents[end - 1])) --end;
  const std::string_view trimmed = contents.substr(begin, end - begin);
  bool printable = !trimmed.empty();
  for (const char c : trimmed) printable = printable && c > ' ' && c < 127;
  if (!printable) {
    error = {errors::kTokenInvalid, "the token file " + ToString(path) +
                                        " does not hold a token; delete it and restart the daemon (`npx fitme serve`) to write a new one"};
    return false;
  }
  token = ToString(trimmed);
  return true;
}

inline ErrorInfo TokenNotFound(std::string_view path) {
  return {errors::kTokenNotFound, "no token file at " + ToString(path) +
                                      ": start the daemon once (`npx fitme serve`) so it writes one, or point FITME_HOME at the "
                                      "folder the daemon uses (`npx fitme doctor` prints the token path)"};
}

}  // namespace fitme::core
