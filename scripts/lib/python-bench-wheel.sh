# Sourced by the benchmark scripts: the release wheel of bindings-python installed, with the
# pinned `cryptography` (the hand-written baseline) and maturin, into target/python-bench-venv.
# Used by scripts/bench-python.sh and scripts/bench.sh. Sets $venv.
# Expects to run from the repository root; installs Python's venv module if it is missing.

python=${PYTHON:-python3}
venv=$PWD/target/python-bench-venv
wheels=$PWD/target/python-bench-wheels

if [ ! -x "$venv/bin/python" ]; then
    if ! "$python" -m venv --help >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv python3-pip >/dev/null
    fi
    "$python" -m venv "$venv"
fi
# httpx and redis-py: the fleet store's per-call benchmark (tests/fleet/bench_store.py).
grep -E '^(maturin|cryptography|httpx|redis)==' bindings-python/requirements-test.txt \
    | "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r /dev/stdin

rm -rf "$wheels"
"$venv/bin/maturin" build --release --quiet --manifest-path bindings-python/Cargo.toml \
    --interpreter "$venv/bin/python" --out "$wheels"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall \
    --no-deps "$wheels"/umf_sdk-*.whl
