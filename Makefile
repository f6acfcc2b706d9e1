# The two commands of the README. Each installs what it needs on a fresh machine.

.PHONY: demo test bench vectors

## Run the demo (the CLI round trip until the sandbox lands).
demo:
	./scripts/demo.sh

## Run every test, lint and check (what CI runs).
test:
	./scripts/test.sh

## Run the benchmarks and print ratios against the baselines.
bench:
	cargo bench -p umf-core --bench crypto

## Regenerate the shared test vectors with OpenSSL (commit the result).
vectors:
	python3 tests/vectors/generate.py
