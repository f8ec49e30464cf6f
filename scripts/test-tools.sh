#!/usr/bin/env bash
# Makes sure the tools the test suites need are installed (Debian/Ubuntu packages): mono (mcs) for
# the Unity core, g++ and libwebsockets (the C++ tests' WebSocket client) for the Unreal core, and
# Chromium for the viewer page's tests (test/view, driven by playwright-core, which brings no browser).
# Runs as `npm test`'s pretest: installs what is missing when it can (root, apt-get), otherwise says
# exactly what to install.
set -euo pipefail
need=()
command -v mcs >/dev/null 2>&1 || need+=(mono-mcs)
[ -e /usr/lib/mono/4.5/System.Net.Http.dll ] || need+=(mono-devel)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists libwebsockets 2>/dev/null || need+=(libwebsockets-dev)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test-tools: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
else
  echo "test-tools: the C#, C++ and viewer tests need: ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
