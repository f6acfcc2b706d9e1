#!/usr/bin/env bash
# The fleet test: a real Redis and the sandbox (4 s tokens), 8 Python and 4 Node worker
# processes sharing one client_id, with the shared token store, without it, and with Redis
# stopped across a token refresh (tests/fleet/run.py says what each phase asserts). Prints the
# figures as the README's fleet table and writes them to target/fleet.md.
#
# Needs what scripts/test-python.sh (target/python-venv with the wheel and redis-py) and
# scripts/test-wasm.sh (bindings-wasm/pkg and node_modules with the redis client) build; run
# after them, as scripts/test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

if ! command -v redis-server >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
for needed in target/python-venv/bin/python bindings-wasm/pkg/package.json \
    bindings-wasm/node_modules/redis/package.json; do
    [ -e "$needed" ] || { echo "missing $needed: run scripts/test-python.sh and scripts/test-wasm.sh first" >&2; exit 1; }
done
cargo build -q -p umf-cli

step "fleet: 8 Python + 4 Node processes, one client_id ($(redis-server --version | cut -d' ' -f3))"
mkdir -p target
python3 tests/fleet/run.py "$@" | tee target/fleet.md
