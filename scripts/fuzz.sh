#!/usr/bin/env bash
# Fuzzes everything that reads untrusted input, each target for FUZZ_SECONDS (default 30),
# with seed corpora from the shared vectors and the documents' examples. Fails on any crash,
# hang (10 s) or allocation over 2 GB; prints executions and coverage per target.
#
# Every input that ever crashed a target is kept in fuzz/regressions/<target>/ (with a unit test
# naming the bug next to the fix) and replayed first on every run: libFuzzer executes each
# corpus directory in full before it starts mutating.
#
#   FUZZ_SECONDS=600 ./scripts/fuzz.sh [target…]
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
rustup toolchain list | grep -q nightly || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(keys json_scan response notification statement request)

# fuzz/Cargo.lock is tracked, and cargo-fuzz has no --locked: fail here when it is out of date
# (a dependency of umf-core changed) instead of letting the build rewrite it in the checkout.
if ! cargo +nightly metadata --manifest-path fuzz/Cargo.toml --format-version 1 --locked \
    >/dev/null; then
    echo "fuzz/Cargo.lock is out of date: run 'cargo +nightly metadata --manifest-path" \
        "fuzz/Cargo.toml --format-version 1 >/dev/null' and commit it" >&2
    exit 1
fi

corpus=target/fuzz-corpus
python3 scripts/fuzz_corpus.py "$corpus"
cargo +nightly fuzz build --release
summary=()
for t in "${targets[@]}"; do
    log=target/fuzz-$t.log
    echo "==> fuzz $t for ${SECONDS_PER_TARGET}s"
    dirs=("$corpus/$t")
    [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
    if ! cargo +nightly fuzz run --release "$t" "${dirs[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1; then
        tail -40 "$log"
        echo "fuzz target $t FAILED: see $log and fuzz/artifacts/$t/" >&2
        exit 1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' || true)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true)
    cov=$(grep -o 'cov: [0-9]*' <<<"$done_line" | awk '{print $2}' || true)
    corp=$(grep -o 'corp: [0-9]*' <<<"$done_line" | awk '{print $2}' || true)
    summary+=("$(printf '%-14s %12s execs  cov %6s  corpus %5s' "$t" "${execs:-?}" "${cov:-?}" "${corp:-?}")")
done
printf '\nfuzzing summary (%ss per target, no crash, hang or leak):\n' "$SECONDS_PER_TARGET"
printf '  %s\n' "${summary[@]}"
