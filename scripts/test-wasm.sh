#!/usr/bin/env bash
# The npm package (bindings-wasm/): installs what it needs on a fresh machine, builds the
# package, checks that its generated TypeScript is current with the core's schema, type-checks
# the declarations and the READMEs' JavaScript (tsc --strict, Node-only and DOM), and runs
# `node --test` against the BUILT package: the shared vectors, end to end against the local UMF sandbox (`umf sandbox`, built here), and
# a real headless Chromium page. Called by scripts/test.sh; runs alone too.
#
# Installs: the wasm toolchain of scripts/lib/wasm-toolchain.sh (wasm32 target, wasm-bindgen-cli
# pinned to Cargo.lock, node, openssl); the dev packages of bindings-wasm/package-lock.json
# (typescript, @types/node, binaryen's wasm-opt, playwright-core, redis); Debian's chromium (never a browser
# download of Playwright's own) and redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
start=$SECONDS

# shellcheck source=lib/wasm-toolchain.sh
. scripts/lib/wasm-toolchain.sh

step "chromium"
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] || apt_install chromium
echo "node $(node --version), $(openssl version), $("$CHROMIUM" --version 2>/dev/null)"

step "redis-server (the call loop's shared token store, tests/calls.test.mjs)"
command -v redis-server >/dev/null || apt_install redis-server
redis-server --version

step "npm dev packages (bindings-wasm/package-lock.json)"
cd bindings-wasm
npm ci --no-audit --no-fund --loglevel=error

step "the umf CLI: the schema (umf schema --json) and the sandbox of the end-to-end tests (cargo build -p umf-cli)"
cargo build -p umf-cli
export UMF_BIN="${CARGO_TARGET_DIR:-$PWD/../target}/debug/umf"

step "npm/models.d.ts is current: generated from the core's schema (scripts/types.mjs)"
schema=$(mktemp)
"$UMF_BIN" schema --json >"$schema"
node scripts/types.mjs "$schema" --check
rm -f "$schema"

step "clippy for wasm32: the full module and the device build"
cargo clippy -p umf-sdk-wasm --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p umf-sdk-wasm --target wasm32-unknown-unknown --no-default-features -- -D warnings

step "build the package (cargo, wasm-bindgen, wasm-opt; full module and device build)"
node scripts/build.mjs
# The tests import the package by its name, through its conditional exports.
ln -sfn ../pkg node_modules/umf-sdk

step "the package's version is the workspace's; the tarball holds both license texts"
python3 ../scripts/check-versions.py --npm pkg/package.json
packed=$(cd pkg && npm pack --dry-run --json --loglevel=error)
node -e '
const files = JSON.parse(process.argv[1])[0].files.map((f) => f.path);
const missing = ["LICENSE-MIT", "LICENSE-APACHE", "README.md", "package.json"].filter((f) => !files.includes(f));
if (missing.length) { console.error(`npm pack leaves out ${missing.join(", ")}`); process.exit(1); }
console.log(`npm pack: ${files.length} files, licenses included`);' "$packed"

step "TypeScript declarations, tsc --strict without skipLibCheck: Node-only (no DOM) and DOM tsconfigs (node16 ESM and CJS, a typed quickstart), web, browser condition"
node_modules/.bin/tsc -p tests/types/tsconfig.node.json
node_modules/.bin/tsc -p tests/types/tsconfig.json
node_modules/.bin/tsc -p tests/types/tsconfig.browser.json

step "the READMEs' JavaScript under tsc --strict (checkJs), Node-only and DOM"
node scripts/readme-types.mjs
node_modules/.bin/tsc -p tests/types/tsconfig.readme.node.json
node_modules/.bin/tsc -p tests/types/tsconfig.readme.json

step "node --test against the built package (vectors, interop, tokens, operations, sandbox, chromium)"
node --test tests/*.test.mjs

printf '\nnpm package checks passed in %ds\n' $((SECONDS - start))
