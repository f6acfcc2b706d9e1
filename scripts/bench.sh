#!/usr/bin/env bash
# The cross-language benchmark (`make bench`): writes the fixtures of the workloads that
# core/examples/bench_fixtures.rs defines, runs each language's harness against the hand-written
# baseline of that language measured in the same run, and gathers their `BENCH|...` lines into
# one markdown table, target/bench/results.md, which it prints.
#
#   scripts/bench.sh                    every language, full rounds (a few minutes)
#   BENCH_QUICK=1 scripts/bench.sh      short rounds: a smoke run (builds already done: < 1 min)
#   BENCH_LANGUAGES="rust python" ...   a subset (rust, python, js, kotlin)
#
# Timing knobs every harness reads: BENCH_WARMUP_MS, BENCH_ROUND_MS, BENCH_ROUNDS (warm-up, then
# rounds alternating SDK and baseline, median reported); the Kotlin harness also reads
# BENCH_ONLY (workload names, comma-separated), to time or profile one crossing. Harnesses:
#
#   rust     core/benches/crypto.rs (criterion)    umf-core, both RSA backends, vs the openssl crate
#   python   bindings-python/bench/workloads.py    umf wheel vs cryptography (OpenSSL)
#            tests/fleet/bench_store.py            a sandbox call with the Redis token store vs without
#   js       bindings-wasm/bench/workloads.mjs     umf-sdk (node:crypto behind its keys, and all-wasm) vs node:crypto
#   kotlin   bindings-mobile/bench/WorkloadsBench.kt  UniFFI binding vs JDK Signature/Cipher + Gson
#
# Installs what it needs on a fresh machine through the installers the test scripts use
# (scripts/lib/*.sh). Packages are rebuilt only when their sources changed since the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

out=target/bench
fixtures=$out/fixtures
mkdir -p "$out"
read -r -a languages <<<"${BENCH_LANGUAGES:-rust python js kotlin}"

if [ "${BENCH_QUICK:-}" = 1 ]; then
    export BENCH_WARMUP_MS=${BENCH_WARMUP_MS:-40} BENCH_ROUND_MS=${BENCH_ROUND_MS:-40}
    export BENCH_ROUNDS=${BENCH_ROUNDS:-3}
    criterion_args=(--warm-up-time 0.2 --measurement-time 0.5 --sample-size 10)
else
    criterion_args=()
    export BENCH_WARMUP_MS=${BENCH_WARMUP_MS:-500} BENCH_ROUND_MS=${BENCH_ROUND_MS:-300}
    export BENCH_ROUNDS=${BENCH_ROUNDS:-7}
fi

# Whether anything under the given paths is newer than the stamp (or there is no stamp).
stale() {
    local stamp=$1
    shift
    [ ! -f "$stamp" ] || [ -n "$(find "$@" -newer "$stamp" -print -quit)" ]
}
rust_sources=(Cargo.toml Cargo.lock core/Cargo.toml core/src)

step "fixtures (cargo run --example bench_fixtures)"
# umf-core's examples build it with its dev-dependency's OpenSSL backend (the system OpenSSL).
./scripts/install-openssl-build-tools.sh --system-openssl
cargo run -q --release -p umf-core --example bench_fixtures -- "$fixtures"

run_rust() {
    step "rust: cargo bench -p umf-core --bench crypto (criterion; CPU time per operation)"
    # core's dev-dependency builds it with the OpenSSL backend (system OpenSSL: headers needed).
    UMF_BENCH_FIXTURES=$root/$fixtures cargo bench -q -p umf-core --bench crypto -- \
        "${criterion_args[@]}"
}

run_python() {
    local stamp=$out/.python-built
    if stale "$stamp" "${rust_sources[@]}" bindings-python/Cargo.toml bindings-python/src \
        bindings-python/python bindings-python/requirements-test.txt; then
        step "python: release wheel and cryptography in target/python-bench-venv"
        # shellcheck source=lib/python-bench-wheel.sh
        . scripts/lib/python-bench-wheel.sh
        touch "$stamp"
    fi
    step "python: bindings-python/bench/workloads.py"
    # From outside the source tree, so `import umf` finds the installed wheel.
    (cd "$out" && "$root/target/python-bench-venv/bin/python" \
        "$root/bindings-python/bench/workloads.py" "$root/$fixtures")
    step "python: tests/fleet/bench_store.py (a call with the Redis token store vs without)"
    command -v redis-server >/dev/null || {
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    }
    cargo build -q -p umf-cli
    (cd "$out" && "$root/target/python-bench-venv/bin/python" "$root/tests/fleet/bench_store.py" \
        --rounds "${BENCH_ROUNDS}")
}

run_js() {
    local stamp=$out/.js-built
    # shellcheck source=lib/wasm-toolchain.sh
    . scripts/lib/wasm-toolchain.sh
    if stale "$stamp" "${rust_sources[@]}" bindings-wasm/Cargo.toml bindings-wasm/src \
        bindings-wasm/npm bindings-wasm/scripts bindings-wasm/package-lock.json; then
        step "js: build the npm package (cargo, wasm-bindgen, wasm-opt)"
        (
            cd bindings-wasm
            [ -x node_modules/.bin/wasm-opt ] || npm ci --no-audit --no-fund --loglevel=error
            node scripts/build.mjs
            ln -sfn ../pkg node_modules/umf-sdk
        )
        touch "$stamp"
    fi
    step "js: bindings-wasm/bench/workloads.mjs"
    (cd bindings-wasm && node bench/workloads.mjs "$root/$fixtures")
}

run_kotlin() {
    local stamp=$out/.kotlin-built classes=$out/kotlin-classes
    # shellcheck source=lib/kotlin-toolchain.sh
    . scripts/lib/kotlin-toolchain.sh
    if stale "$stamp" "${rust_sources[@]}" bindings-mobile/Cargo.toml bindings-mobile/src \
        bindings-mobile/uniffi.toml bindings-mobile/bench; then
        step "kotlin: release library, bindings (UniFFI), kotlinc"
        ./scripts/generate-mobile.sh target/mobile/bindings
        rm -rf "$classes"
        # The generated code is not ours to tidy: its warnings are left to UniFFI.
        "$kotlin_home/bin/kotlinc" -nowarn -cp "$jna:$gson" -d "$classes" \
            target/mobile/bindings/kotlin bindings-mobile/bench
        touch "$stamp"
    fi
    step "kotlin: bindings-mobile/bench/WorkloadsBench.kt against target/release/libumf_mobile.so"
    java -cp "$jna:$gson:$kotlin_home/lib/kotlin-stdlib.jar:$classes" \
        -Djna.library.path=target/release com.umfsdk.bench.WorkloadsBenchKt "$fixtures"
}

logs=()
for language in "${languages[@]}"; do
    log=$out/$language.log
    rm -f "$log"
    "run_$language" | tee "$log"
    logs+=("$log")
done

step "results: $out/results.md"
python3 scripts/bench_table.py "${logs[@]}" >"$out/results.md"
cat "$out/results.md"
printf '\nbenchmarks done in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
