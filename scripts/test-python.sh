#!/usr/bin/env bash
# The Python binding, end to end: builds the abi3 wheel with maturin, installs it (with its
# httpx extra) into a fresh venv, and runs the pytest suite (end to end against `umf sandbox`,
# built here), mypy's stubtest, mypy --strict and pyright --strict against the installed package,
# never against the source tree (UMF_WHEEL=path: that wheel instead of building one; scripts/test.sh
# passes the x86_64 wheel of make dist). Installs what it needs on a fresh machine (Python 3 with pip and venv; PyPI
# reachable; a C compiler, perl and make, with which the wheel builds the OpenSSL it links
# statically: a few minutes the first time, cached in target/ after).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

./scripts/install-openssl-build-tools.sh

python=${PYTHON:-python3}
venv=$root/target/python-venv
wheels=$root/target/python-wheels

step "fresh venv in target/python-venv ($("$python" --version))"
"$python" -m venv --clear "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r bindings-python/requirements-test.txt
"$venv/bin/python" -m pip --disable-pip-version-check list 2>/dev/null \
    | grep -Ei '^(maturin|pytest|mypy|pyright|cryptography|httpx|ruff|flask|fastapi|uvicorn) ' || true

python_dirs=(bindings-python/python bindings-python/tests bindings-python/examples
    bindings-python/bench bindings-python/codegen tests/fleet)
step "ruff: format and lint of the Python sources, tests, examples, benchmark and generator"
"$venv/bin/ruff" format --check "${python_dirs[@]}"
"$venv/bin/ruff" check "${python_dirs[@]}"

step "umf CLI (the sandbox of the end-to-end tests; the schema of the generator)"
cargo build -q -p umf-cli
umf_bin=$root/target/debug/umf

step "generated types (umf/models.py, umf/_operations.py) match the core"
"$venv/bin/python" bindings-python/codegen/generate.py --umf "$umf_bin" --check

rm -rf "$wheels"
if [ -n "${UMF_WHEEL:-}" ]; then
    # The release wheel make dist built (scripts/test.sh): the suite tests what ships.
    step "wheel: $UMF_WHEEL (from make dist)"
    mkdir -p "$wheels" && cp "$UMF_WHEEL" "$wheels/"
else
    step "wheel (maturin build --release, abi3 for CPython >= 3.9, OpenSSL vendored)"
    "$venv/bin/maturin" build --release --quiet --manifest-path bindings-python/Cargo.toml \
        --interpreter "$venv/bin/python" --out "$wheels"
fi
wheel=$(ls "$wheels"/umf_sdk-*.whl)
echo "built $(basename "$wheel")"
case "$wheel" in
    *abi3*) ;;
    *) echo "expected an abi3 wheel, got $wheel" >&2; exit 1 ;;
esac
python3 scripts/check-versions.py --wheel "$wheel"

step "install the wheel with its httpx extra"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${wheel}[httpx]"

# Run from outside the source tree so `import umf` can only find the installed wheel.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

step "pytest (against the installed wheel; end to end against the sandbox)"
PYTHONDONTWRITEBYTECODE=1 UMF_VECTORS="$root/tests/vectors" UMF_BIN="$umf_bin" \
    "$venv/bin/python" -m pytest -q -p no:cacheprovider --durations=5 \
    "$root/bindings-python/tests"

step "stubtest (hand-written stubs against the built module) and mypy --strict"
"$venv/bin/python" -m mypy.stubtest umf
# The package itself, and the suite as a user of the stubs.
"$venv/bin/python" -m mypy --strict --no-incremental -p umf
"$venv/bin/python" -m mypy --strict --no-incremental "$root/bindings-python/tests"
# (The examples are checked by tests/test_examples.py.)
"$venv/bin/python" -m mypy --strict --no-incremental "$root/bindings-python/bench" \
    "$root/bindings-python/codegen"

step "pyright --strict on the examples and the typed quickstart (against the installed wheel)"
"$venv/bin/pyright" --pythonpath "$venv/bin/python" -p "$root/bindings-python/pyrightconfig.json"

printf '\npython binding checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
