# The two commands of the README. Each installs what it needs on a fresh machine.

.PHONY: demo test dist bench bench-python profile vectors sandbox

## Run the demo: a merchant server against the local UMF sandbox, end to end.
demo:
	@echo "building umf (cargo build -p umf-cli; the first run compiles the workspace: a few minutes)..."
	cargo run -q -p umf-cli -- demo

## Run the local UMF sandbox (prints its base URL; Ctrl-C stops it).
sandbox:
	@echo "building umf (cargo build -p umf-cli; the first run compiles the workspace: a few minutes)..." >&2
	cargo run -q -p umf-cli -- sandbox

## Run every test, lint and check (what CI runs).
test:
	./scripts/test.sh

## The release artifacts in dist/: umf-sdk wheels (manylinux2014 x86_64 and aarch64, cross-built
## with zig), its sdist, umf-sdk-cli wheels (the `umf` command), and the JVM jar (the Kotlin
## library with its native library for linux-x86-64 and linux-aarch64) with its sources jar, the
## Swift package for Linux (with the same libraries), and the npm tarballs (umf-sdk; umf-sdk-cli for npx, with its linux-x64 and linux-arm64 packages).
dist:
	./scripts/dist.sh

## Every binding's harness (Rust, Python, JS, Kotlin) over the same workloads, each against that
## language's hand-written baseline in the same run; one table in target/bench/results.md
## (BENCH_QUICK=1: a short smoke run; BENCH_LANGUAGES="rust python": a subset).
bench:
	./scripts/bench.sh

## The Python binding: Client.prepare(create_payment) against the same work with `cryptography`.
bench-python:
	./scripts/bench-python.sh

## Instructions per call of prepare/validate/parse at 1, 10 and 100 sub-orders (callgrind).
profile:
	./scripts/profile.sh

## Regenerate the shared test vectors with OpenSSL (commit the result).
vectors:
	python3 tests/vectors/generate.py
