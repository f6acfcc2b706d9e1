#!/usr/bin/env bash
# Generates the Kotlin and Swift bindings of bindings-mobile from the built library (UniFFI
# library mode), with the uniffi-bindgen of tools/ pinned to the library's UniFFI version.
#
#   scripts/generate-mobile.sh [OUT_DIR]       default OUT_DIR: target/mobile/bindings
#
# Writes OUT_DIR/kotlin/com/umfsdk/umf.kt and OUT_DIR/swift/{UmfSdk.swift, UmfSdkFFI.h,
# UmfSdkFFI.modulemap}. The output is not committed: it is a pure function of the Rust sources
# and the pinned UniFFI, and every build (tests, AAR, XCFramework) regenerates it.
#
# The host library is built in release mode: it is also what the Kotlin tests and the benchmark
# load. The bindings do not depend on the target, so one generation serves Android and iOS. It
# is built with the `openssl` feature (OpenSSL from source, statically linked, as in the Python
# wheel): the desktop JVM library does its RSA in OpenSSL; the Android and iOS builds do not.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/mobile/bindings}

cargo build --release -p umf-mobile --features openssl
cargo build -p uniffi-bindgen
case "$(uname -s)" in
    Darwin) lib=target/release/libumf_mobile.dylib ;;
    *) lib=target/release/libumf_mobile.so ;;
esac

rm -rf "$out"
# --no-format: ktlint and swiftformat are not needed to build or read the output.
for language in kotlin swift; do
    target/debug/uniffi-bindgen generate --library "$lib" --language "$language" \
        --out-dir "$out/$language" --no-format
done
echo "generated: $(find "$out" -type f | sort | tr '\n' ' ')"
