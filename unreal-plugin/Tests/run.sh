#!/usr/bin/env bash
# Builds and runs the Unreal plugin's engine-agnostic core tests (no Unreal needed): the golden wire
# vectors, the core's building blocks, and the core against the real daemon over a real WebSocket.
# Needs g++ (C++17) and Debian's libwebsockets-dev (+ pkg-config); prints `N passed, N failed` last.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if ! command -v g++ >/dev/null || ! pkg-config --exists libwebsockets 2>/dev/null; then
  echo "unreal-plugin tests need g++ and libwebsockets: apt-get install -y g++ pkg-config libwebsockets-dev" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The daemon the tests start is the built one (npm test builds it in pretest).
if [ ! -f dist/server/cli/main.js ]; then
  npx tsc -p . >/dev/null || true
fi

build="$(mktemp -d "${TMPDIR:-/tmp}/fitme-unreal-tests.XXXXXX")"
trap 'rm -rf "$build"' EXIT

flags=(-std=c++17 -O1 -Wall -Wextra -Wshadow -Werror -fno-exceptions -fno-rtti
       -I unreal-plugin/Source/FitMeAvatar/Public -I unreal-plugin/Tests/Core)
sources=(Main VectorTests BadFrameTests CoreTests DaemonTests LwsConnection)
pids=()
for s in "${sources[@]}"; do
  g++ "${flags[@]}" $(pkg-config --cflags libwebsockets) -c "unreal-plugin/Tests/Core/$s.cpp" -o "$build/$s.o" &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
if [ "$status" -ne 0 ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
g++ "${build}"/*.o $(pkg-config --libs libwebsockets) -o "$build/fitme-core-tests"

"$build/fitme-core-tests" "$@"
