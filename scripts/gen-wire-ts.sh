#!/usr/bin/env bash
# Regenerates the TypeScript side of the wire format (protobufjs static module + typings) from proto/.
# The C# and C++ codecs come from tools/protogen (npm run gen). Usage: gen-wire-ts.sh [outDir]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-server/stream/gen}
mkdir -p "$out"
npx pbjs -t static-module -w es6 --dependency protobufjs/minimal.js --no-delimited -o "$out/fitme.js" proto/fitme.proto
# protobufjs is CommonJS: under Node's ESM loader its API is the default export, not the namespace.
sed -i 's/^import \* as \$protobuf from/import $protobuf from/' "$out/fitme.js"
npx pbts -o "$out/fitme.d.ts" "$out/fitme.js"
