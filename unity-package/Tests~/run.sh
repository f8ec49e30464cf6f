#!/usr/bin/env bash
# Here-only tests of the Unity package's engine-agnostic core (no Unity needed): compiles
# Runtime/Core with Debian's mcs (C# 7.2) together with the console test runner in this folder,
# then runs it with mono against the golden vectors in test/vectors/ and a real daemon
# (node bin/fitme.js serve). Unity ignores this folder (its name ends in ~).
# Usage: bash unity-package/Tests~/run.sh ['part of a test name|another part']
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
package="$(dirname "$here")"
repo="$(dirname "$package")"

for tool in mcs mono; do
  if ! command -v "$tool" >/dev/null; then
    echo "run.sh: '$tool' not found; install Debian's mono-mcs and mono-devel (apt-get install -y mono-mcs mono-devel)" >&2
    exit 1
  fi
done
if [ ! -f "$repo/dist/server/cli/main.js" ]; then
  echo "run.sh: the daemon is not built (dist/server/cli/main.js missing); building with npm run build" >&2
  (cd "$repo" && npm run build >/dev/null)
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/fitme-csharp.XXXXXX")"
trap 'rm -rf "$out"' EXIT
mapfile -d '' sources < <(find "$package/Runtime/Core" "$here" -name '*.cs' -print0 | sort -z)
mcs -langversion:7.2 -nologo -warnaserror+ -debug -target:exe -out:"$out/FitMe.Core.Tests.exe" \
  -lib:/usr/lib/mono/4.5/Facades -r:System.Net.Http.dll -r:System.Runtime.InteropServices.RuntimeInformation.dll \
  "${sources[@]}"
cd "$repo"
FITME_TEST_TMP="$out" mono --debug "$out/FitMe.Core.Tests.exe" "$repo" "${1:-}"
