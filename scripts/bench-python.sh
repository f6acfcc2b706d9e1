#!/usr/bin/env bash
# The Python binding's benchmark (not a test): builds the release wheel, installs it into
# target/python-bench-venv with the pinned `cryptography`, and prints how long
# `umf.Client.prepare("create_payment", ...)` takes against the same work written with
# `cryptography`, as a ratio, at 1024 and 2048 bits. `make bench-python` runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

python=${PYTHON:-python3}
venv=$root/target/python-bench-venv
wheels=$root/target/python-bench-wheels

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
grep -E '^(maturin|cryptography)==' bindings-python/requirements-test.txt \
    | "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r /dev/stdin

rm -rf "$wheels"
"$venv/bin/maturin" build --release --quiet --manifest-path bindings-python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
    --no-deps "$wheels"/umf_sdk-*.whl

# From outside the source tree, so `import umf` finds the installed wheel.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
UMF_VECTORS="$root/tests/vectors" \
    "$venv/bin/python" "$root/bindings-python/bench/prepare_bench.py" "$@"
