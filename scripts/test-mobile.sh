#!/usr/bin/env bash
# The mobile binding's proof, the way UniFFI tests itself: build bindings-mobile, generate the
# Kotlin and Swift bindings, compile the Kotlin with kotlinc against JNA and run the Kotlin tests
# on the desktop JVM against the built library (also end to end against `umf sandbox`); compile
# the Swift package with Swift 6.0.3 on Linux and run its XCTest suite against the same library
# (scripts/test-swift.sh, in a Debian trixie root it builds once under target/swift; needs
# root); run a short benchmark against the JDK's RSA.
#
#   scripts/test-mobile.sh            tests + a short benchmark (about 10 s of it)
#   scripts/test-mobile.sh --bench    tests + the full benchmark (about 40 s)
#
# UMF_MOBILE_LIB_DIR: test a library built already (make test: the jar's own linux-x86-64 build
# of scripts/dist-jvm.sh); default: build target/release/libumf_mobile.so.
# UMF_MOBILE_JAR: the Kotlin library compiled already (make test: dist/'s umf-sdk-jvm jar, built
# from that same library): the tests, the README's examples and the benchmark are compiled
# against it and run with it, so the classes that ship are the ones tested (and kotlinc does
# not compile the bindings a second time); default: compile the bindings and
# bindings-mobile/jvm with the tests.
#
# Installs what it needs on a fresh machine (scripts/lib/kotlin-toolchain.sh): a JDK, JNA, Gson,
# OpenSSL, npm, and the C compiler, make and perl that build the library's vendored OpenSSL, from
# Debian; kotlinc from npm's kotlin-compiler into target/mobile/tools.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/mobile
lib_dir=${UMF_MOBILE_LIB_DIR:-target/release}
export UMF_MOBILE_LIB_DIR
step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

# shellcheck source=lib/kotlin-toolchain.sh
. scripts/lib/kotlin-toolchain.sh

step "build the library and generate the bindings; build umf (its sandbox is the end-to-end peer)"
./scripts/generate-mobile.sh "$out/bindings"
cargo build -p umf-cli

step "the desktop library's OpenSSL is linked statically and not exported"
# generate-mobile.sh builds it with the `openssl` feature (umf-core's vendored-openssl); the
# Kotlin suite checks rsaBackend(). Exported, OpenSSL's symbols could clash with another copy
# in the same JVM.
lib=$lib_dir/libumf_mobile.so
if nm -D --defined-only "$lib" | grep -q -E ' (EVP|RSA|BN|OPENSSL)_'; then
    echo "$lib exports OpenSSL's symbols" >&2
    exit 1
fi

rm -rf "$out/classes"
# The generated code is not ours to tidy: its warnings are left to UniFFI.
if [ -n "${UMF_MOBILE_JAR:-}" ]; then
    step "compile the tests, the README's examples and benchmark against $UMF_MOBILE_JAR (kotlinc)"
    [ -f "$UMF_MOBILE_JAR" ] || { echo "UMF_MOBILE_JAR: no $UMF_MOBILE_JAR" >&2; exit 1; }
    library=$UMF_MOBILE_JAR:
    sources=()
else
    step "compile the Kotlin bindings, tests, the README's examples and benchmark (kotlinc)"
    library=
    sources=("$out/bindings/kotlin" bindings-mobile/jvm)
fi
"$kotlin_home/bin/kotlinc" -nowarn -cp "$library$jna:$gson:$kotlin_home/lib/kotlin-test.jar" -d "$out/classes" \
    "${sources[@]}" "$out/bindings/readme-kotlin" bindings-mobile/tests/kotlin bindings-mobile/bench
classpath="$library$jna:$gson:$kotlin_home/lib/kotlin-stdlib.jar:$kotlin_home/lib/kotlin-test.jar:$out/classes"

step "Kotlin tests on the JVM against $lib"
java -cp "$classpath" -Djna.library.path="$lib_dir" com.umfsdk.test.MainKt "$PWD" target/debug/umf

step "Swift: the package compiled by Swift 6.0.3 and its XCTest suite (scripts/test-swift.sh)"
./scripts/test-swift.sh "$out/bindings"

step "Swift: what compiling on Linux cannot see (the iOS static library's symbols, the warnings)"
./bindings-mobile/tests/check-swift.sh "$out/bindings/swift" "$lib_dir/libumf_mobile.a"

step "the library type-checks for every Android and iOS target (cargo check: no NDK or Xcode)"
./scripts/check-mobile-targets.sh

step "benchmark: Kotlin cost of encrypting a card's fields vs the JDK"
if [ "${1:-}" = "--bench" ]; then
    bench_args=(3000 1000 10)
else
    bench_args=(1000 300 5)
fi
java -cp "$classpath" -Djna.library.path="$lib_dir" com.umfsdk.bench.EncryptBenchKt "$PWD" \
    "${bench_args[@]}"

printf '\nmobile checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
