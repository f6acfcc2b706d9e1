#!/usr/bin/env bash
# Every test, lint and check of the repository: the README's second command (`make test`) and
# what CI runs. Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS=0
# Each step with the time since the start: where a run's minutes go.
step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

step "toolchain: rustfmt, clippy, wasm32 target, openssl; OpenSSL headers, perl and make"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
rustup target add wasm32-unknown-unknown >/dev/null
if ! command -v openssl >/dev/null; then
    apt-get update -qq && apt-get install -y -qq openssl >/dev/null
fi
# umf-core's tests and benchmark build it with its OpenSSL backend (native-backend, a
# dev-dependency feature) linked to the system OpenSSL; the Python wheel and the desktop Kotlin
# library build OpenSSL from source (vendored-openssl).
./scripts/install-openssl-build-tools.sh --system-openssl
openssl version

step "format"
cargo fmt --all -- --check

step "one version: the workspace's, in every package and in CHANGELOG.md"
python3 scripts/check-versions.py

step "license texts in every crate cargo would publish"
publishable=$(cargo metadata --no-deps --format-version 1 | python3 -c '
import json, sys
print(" ".join(p["name"] for p in json.load(sys.stdin)["packages"] if p["publish"] != []))')
for crate in $publishable; do
    files=$(cargo package --list --allow-dirty -p "$crate" 2>/dev/null)
    for license in LICENSE-MIT LICENSE-APACHE; do
        grep -qx "$license" <<<"$files" || { echo "the $crate crate leaves out $license" >&2; exit 1; }
    done
done
echo "LICENSE-MIT and LICENSE-APACHE in: $publishable"

step "clippy (native; umf-core's library without the OpenSSL backend; wasm32)"
# --all-targets builds umf-core's tests, whose dev-dependency turns native-backend on; the
# library alone is checked without it, as the CLI and the sandbox build it.
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p umf-core -- -D warnings
# On wasm32 the feature, even vendored, must change nothing: no openssl crate, no C build.
cargo clippy -p umf-core --target wasm32-unknown-unknown --features vendored-openssl -- -D warnings
if cargo tree -p umf-core --target wasm32-unknown-unknown --features vendored-openssl -e normal \
    | grep -q openssl; then
    echo "the openssl crate is in umf-core's wasm32 dependency tree" >&2
    exit 1
fi

# umf-core's tests run with its OpenSSL backend and compare it with the rsa crate in the same
# run: byte-identical signatures, the same verdict on every tampered vector, the forgery matrix.
step "tests (unit, vectors, OpenSSL interop, properties, examples, operations, sandbox, CLI)"
cargo test --workspace -- --skip two_hundred_concurrent_payment_flows --skip soak_mixed_flows_with_faults

step "sandbox load run (200 concurrent payment flows, notifications through injected 5xx)"
cargo test -p umf-sandbox --test load -- --nocapture

step "sandbox soak run (mixed flows under random faults, SOAK_SECONDS=${SOAK_SECONDS:-30})"
SOAK_SECONDS=${SOAK_SECONDS:-30} cargo test -p umf-sandbox --test soak -- --nocapture

step "docs"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps

step "umf-core builds for wasm32-unknown-unknown"
cargo build -p umf-core --target wasm32-unknown-unknown

step "release artifacts: make dist (manylinux2014 wheels for x86_64 and aarch64, sdist, CLI, JVM jar, npm)"
./scripts/dist.sh

step "mobile binding against the jar's linux-x86-64 library: Kotlin on the JVM, Swift (XCTest)"
# The library dist-jvm.sh built for the jar (glibc 2.17, OpenSSL vendored) and the jar's Kotlin
# classes are the ones tested: built once, and what ships is what passed.
# shellcheck source=lib/version.sh
. scripts/lib/version.sh
UMF_MOBILE_LIB_DIR=target/x86_64-unknown-linux-gnu/release \
    UMF_MOBILE_JAR=dist/umf-sdk-jvm-$(workspace_version).jar ./scripts/test-mobile.sh

step "Python binding: pytest, stubtest, mypy and pyright against the x86_64 wheel of dist/"
UMF_WHEEL=$(ls dist/umf_sdk-*-manylinux_2_17_x86_64.whl) ./scripts/test-python.sh

step "the artifacts of dist/ installed and run: fresh venv, Debian bullseye and trixie, aarch64"
./scripts/test-dist.sh

step "the JVM jar of dist/: a Kotlin quickstart with java -cp umf-sdk-jvm.jar:jna.jar"
./scripts/test-dist-jvm.sh

step "the Swift package of dist/: a fresh SwiftPM app depending on it, built and run (Swift 6.0.3)"
./scripts/test-dist-swift.sh

step "the npm tarballs of dist/: a fresh npm project, npx umf sandbox, ESM, CommonJS, tsc --strict"
./scripts/test-dist-npm.sh

step "npm package (bindings-wasm): build, types, node --test, chromium"
./scripts/test-wasm.sh

step "fleet: one token for 12 processes in two languages on Redis, and the drill"
./scripts/test-fleet.sh

step "fuzzing: every parser of untrusted input, 30 s per target (nightly, cargo-fuzz)"
FUZZ_SECONDS=${FUZZ_SECONDS:-30} ./scripts/fuzz.sh

step "supply chain (cargo deny; advisories against the RustSec snapshot in ../shared/advisory-db)"
./scripts/deny.sh

step "supply chain (npm and Python packages)"
./scripts/audit.sh

printf '\nall checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
