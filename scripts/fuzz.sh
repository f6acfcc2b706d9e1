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
# One target: its run, then its summary line in target/fuzz-T.summary; fails with the log's end.
fuzz_one() {
    local t=$1 log=target/fuzz-$1.log
    local dirs=("$corpus/$t")
    [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
    if ! cargo +nightly fuzz run --release "$t" "${dirs[@]}" -- \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1; then
        tail -40 "$log"
        echo "fuzz target $t FAILED: see $log and fuzz/artifacts/$t/" >&2
        return 1
    fi
    local execs done_line cov corp
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}' || true)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" || true)
    cov=$(grep -o 'cov: [0-9]*' <<<"$done_line" | awk '{print $2}' || true)
    corp=$(grep -o 'corp: [0-9]*' <<<"$done_line" | awk '{print $2}' || true)
    printf '%-14s %12s execs  cov %6s  corpus %5s\n' "$t" "${execs:-?}" "${cov:-?}" \
        "${corp:-?}" >"target/fuzz-$t.summary"
}

# libFuzzer runs one process per target: as many targets at a time as there are cores
# (FUZZ_JOBS), each still for its full FUZZ_SECONDS.
jobs=${FUZZ_JOBS:-$(nproc)}
failed=0
pids=()
for t in "${targets[@]}"; do
    echo "==> fuzz $t for ${SECONDS_PER_TARGET}s"
    rm -f "target/fuzz-$t.summary"
    fuzz_one "$t" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$jobs" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
[ "$failed" = 0 ] || exit 1
summary=()
for t in "${targets[@]}"; do
    summary+=("$(cat "target/fuzz-$t.summary")")
done
printf '\nfuzzing summary (%ss per target, no crash, hang or leak):\n' "$SECONDS_PER_TARGET"
printf '  %s\n' "${summary[@]}"
