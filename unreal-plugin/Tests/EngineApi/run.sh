#!/usr/bin/env bash
# Compile check of the Unreal glue (no Unreal needed): every .cpp of the FitMeAvatar and
# FitMeAvatarEditor modules (automation tests included) is compiled with g++ -fsyntax-only, as
# C++20 with -fno-exceptions -fno-rtti, against the declaration-only UE 5.3 surface in Surface/
# (the reflection macros defined away; UnrealHeaderTool's .generated.h files stand in as headers
# that pull in the macros). A misspelt engine name, a wrong argument list or type fails here.
# Then a planted signature error must fail too, so the check is known to be able to fail.
# Usage: bash unreal-plugin/Tests/EngineApi/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
plugin="$(cd "$here/../.." && pwd)"
src="$plugin/Source"

if ! command -v g++ >/dev/null; then
  echo "engine-api: g++ not found (apt-get install -y g++)" >&2
  exit 1
fi

out="$(mktemp -d "${TMPDIR:-/tmp}/fitme-engine-api-ue.XXXXXX")"
trap 'rm -rf "$out"' EXIT

# UHT writes <Header>.generated.h; here each is a header that brings the reflection macros in.
grep -rhoE '#include "[A-Za-z0-9_]+\.generated\.h"' "$src" --include='*.h' | sed -E 's/#include "(.*)"/\1/' | sort -u |
  while read -r g; do printf '// Stand-in for UnrealHeaderTool output.\n#pragma once\n#include "UE/CoreUObject.h"\n' >"$out/$g"; done

# UnrealBuildTool passes each module's <MODULE>_API export macro on the command line.
flags=(-std=c++20 -fsyntax-only -fno-exceptions -fno-rtti -Wall -Werror -Wno-unused-variable -Wno-unused-function
       -DFITMEAVATAR_API= -DFITMEAVATAREDITOR_API= -I "$here/Surface" -I "$out"
       -I "$src/FitMeAvatar/Public" -I "$src/FitMeAvatar/Private"
       -I "$src/FitMeAvatarEditor/Public" -I "$src/FitMeAvatarEditor/Private")

# Compiles $1 (a .cpp) and prints a status line; returns g++'s status.
check() {
  local rel="${1#$plugin/}"
  if g++ "${flags[@]}" "$1" 2>"$out/log"; then
    echo "ok   $rel"
  else
    echo "FAIL $rel"
    sed 's/^/       /' "$out/log" | head -40
    return 1
  fi
}

failed=0
mapfile -t sources < <(find "$src/FitMeAvatar/Private" "$src/FitMeAvatarEditor/Private" -name '*.cpp' | sort)
for s in "${sources[@]}"; do check "$s" || failed=1; done

# Each engine header a module includes must come from a module its .Build.cs lists (UnrealBuildTool
# gives a module the include paths of its dependencies; a missing one fails in Unreal only). The
# engine module of each header is the `// module:` line of its stand-in under Surface/.
for dir in "$src"/*/; do
  m="$(basename "$dir")"
  deps=" $(grep -oE '"[A-Za-z0-9_]+"' "$dir/$m.Build.cs" | tr -d '"' | tr '\n' ' ') "
  missing=() used=()
  while read -r inc; do
    [[ "$inc" == *.generated.h ]] && continue
    [ -e "$dir/Public/$inc" ] || [ -e "$dir/Private/$inc" ] && continue
    owner=""
    for other in "$src"/*/; do [ -e "$other/Public/$inc" ] && owner="$(basename "$other")"; done
    if [ -z "$owner" ] && [ -e "$here/Surface/$inc" ]; then owner="$(sed -n 's#^// module: \([A-Za-z0-9_-]*\).*#\1#p' "$here/Surface/$inc")"; fi
    [ -z "$owner" ] && { missing+=("$inc (no stand-in)"); continue; }
    [ "$owner" = "-" ] && continue
    used+=("$owner")
    [[ "$deps" == *" $owner "* ]] || missing+=("$inc (module $owner)")
  done < <(find "$dir" \( -name '*.h' -o -name '*.cpp' \) -not -path '*/FitMe/Core/*' -exec grep -hoE '^#include "[^"]+"' {} + | sed -E 's/#include "(.*)"/\1/' | sort -u)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "ok   $m.Build.cs lists every module its includes come from: $(printf '%s\n' "${used[@]}" | sort -u | tr '\n' ' ')"
  else
    echo "FAIL $m.Build.cs lacks the modules of: ${missing[*]}"
    failed=1
  fi
done

# The check must be able to fail: a call with an argument the engine's signature does not take.
planted="$out/Planted.cpp"
cat >"$planted" <<'CPP'
#include "Materials/MaterialInstanceDynamic.h"
void Planted(UMaterialInstanceDynamic* Instance) { Instance->SetScalarParameterValue(TEXT("Roughness"), FLinearColor::White); }
CPP
if g++ "${flags[@]}" "$planted" 2>"$out/planted.log"; then
  echo "FAIL planted signature error compiled: the surface no longer checks argument types"
  failed=1
elif grep -qE "error: cannot convert .const FLinearColor. to .float." "$out/planted.log"; then
  echo "ok   planted signature error fails: $(grep -m1 -o "error: cannot convert[^;]*" "$out/planted.log")"
else
  echo "FAIL planted signature error failed for another reason:"
  sed 's/^/       /' "$out/planted.log" | head -20
  failed=1
fi

if [ "$failed" -eq 0 ]; then
  # The engine types and free functions the glue names (tokens of the glue that Surface/UE declares):
  # checked against the surface only, never against Unreal's headers, and never run here.
  glue="$(find "$src/FitMeAvatar" "$src/FitMeAvatarEditor" \( -name '*.cpp' -o -name '*.h' \) -not -path '*/FitMe/Core/*' -exec cat {} + |
    grep -oE '\b[A-Za-z_][A-Za-z0-9_]*\b' | sort -u)"
  for h in "$here"/Surface/UE/*.h; do
    names="$(grep -oE '^\s*(template <[^;{]*> )?(class|struct|enum( class)?|typedef [^;]* |using) [A-Za-z_][A-Za-z0-9_]*|^[A-Za-z_<>:*& ]+ [A-Za-z_][A-Za-z0-9_]*\(' "$h" |
      grep -oE '[A-Za-z_][A-Za-z0-9_]*\(?$' | tr -d '(' | grep -vxE 'Type|Name|FArguments' | sort -u | comm -12 - <(echo "$glue") | tr '\n' ' ')"
    echo "engine-api: $(basename "$h"): ${names:-none}"
  done
fi
[ "$failed" -eq 0 ] && echo "engine-api (Unreal): passed (${#sources[@]} sources)" || echo "engine-api (Unreal): FAILED"
exit "$failed"
