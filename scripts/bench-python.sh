#!/usr/bin/env bash
# The Python binding's benchmark (not a test): builds the release wheel, installs it into
# target/python-bench-venv with the pinned `cryptography`, and prints how long
# `umf.Client.prepare("create_payment", ...)` takes against the same work written with
# `cryptography`, as a ratio, at 1024 and 2048 bits. `make bench-python` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The wheel builds OpenSSL from source (vendored-openssl): a C compiler, make and perl.
./scripts/install-openssl-build-tools.sh
# shellcheck source=lib/python-bench-wheel.sh
. scripts/lib/python-bench-wheel.sh

# From outside the source tree, so `import umf` finds the installed wheel.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
UMF_VECTORS="$root/tests/vectors" \
    "$venv/bin/python" "$root/bindings-python/bench/prepare_bench.py" "$@"
