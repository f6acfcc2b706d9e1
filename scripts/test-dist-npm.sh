#!/usr/bin/env bash
# The npm tarballs of dist/, tested as a merchant uses them: a fresh npm project outside the
# repository installs umf-sdk, umf-sdk-cli and the platform package from dist/ alone (the
# registry supplies only TypeScript and @types/node for the typed quickstart), starts
# `npx umf sandbox`, takes its keys from `npx umf sandbox --print-test-keys`, and runs the
# quickstarts of bindings-wasm/quickstart: ESM, CommonJS, and TypeScript checked by
# `tsc --strict` (Node-only lib, skipLibCheck off) and then run.
#
#   scripts/test-dist-npm.sh [DIST_DIR]   default: dist
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dist=$(cd "${1:-dist}" && pwd)
# shellcheck source=lib/version.sh
. scripts/lib/version.sh
version=$(workspace_version)
arch=$(node -p 'process.arch')
work=$(mktemp -d)
sandbox_pid=
cleanup() { [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp bindings-wasm/quickstart/quickstart.mjs bindings-wasm/quickstart/quickstart.cjs \
    bindings-wasm/quickstart/quickstart.ts "$work/"
cd "$work"

echo "npm install umf-sdk, umf-sdk-cli and umf-sdk-cli-linux-$arch from dist/"
npm init -y >/dev/null
npm pkg set type=commonjs >/dev/null
npm install --no-audit --no-fund --loglevel=error "$dist/umf-sdk-$version.tgz" \
    "$dist/umf-sdk-cli-$version.tgz" "$dist/umf-sdk-cli-linux-$arch-$version.tgz"
# TypeScript and Node's types, pinned as bindings-wasm's lockfile pins them.
ts=$(node -p "require('$root/bindings-wasm/package-lock.json').packages['node_modules/typescript'].version")
types=$(node -p "require('$root/bindings-wasm/package-lock.json').packages['node_modules/@types/node'].version")
npm install --no-audit --no-fund --loglevel=error "typescript@$ts" "@types/node@$types"

npx umf --version
npx umf sandbox --print-test-keys >test-keys.json
# What npx runs, started directly so that killing it stops the sandbox (the launcher passes
# the signal on).
node_modules/.bin/umf sandbox --port 0 >sandbox.out 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 100); do [ -s sandbox.out ] && break; sleep 0.1; done
export UMF_BASE_URL UMF_TEST_KEYS=test-keys.json
UMF_BASE_URL=$(node -p 'JSON.parse(require("fs").readFileSync("sandbox.out","utf8").split("\n")[0]).base_url')

check() {
    local what=$1 out
    shift
    out=$("$@")
    echo "$out"
    grep -qE '^queried PAY_[A-Z0-9]+: WAIT_BUYER_PAY 12\.50$' <<<"$out" ||
        { echo "the $what quickstart did not create and query a payment" >&2; exit 1; }
}
check ESM node quickstart.mjs
check CommonJS node quickstart.cjs

cat >tsconfig.json <<'JSON'
{
  "compilerOptions": {
    "strict": true, "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext",
    "lib": ["ES2022"], "types": ["node"], "skipLibCheck": false, "outDir": "out"
  },
  "files": ["quickstart.ts"]
}
JSON
# An ES module for tsc and Node alike (top-level await), in its own directory.
mkdir -p out && echo '{"type":"module"}' >out/package.json
npm pkg set type=module >/dev/null
npx tsc -p tsconfig.json
check TypeScript node out/quickstart.js
echo "npm quickstarts from the tarballs (ESM, CommonJS, tsc --strict): passed"
