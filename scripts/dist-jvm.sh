#!/usr/bin/env bash
# The JVM artifacts of `make dist`: dist/umf-sdk-jvm-<version>.jar, the Kotlin library (the
# UniFFI bindings and the java.net.http client of bindings-mobile/jvm) with the Kotlin runtime
# and the native library for linux-x86-64 and linux-aarch64 at JNA's resource paths, so that
# `java -cp umf-sdk-jvm-<version>.jar:jna.jar` needs nothing else; and its sources jar. Both carry
# LICENSE-MIT and LICENSE-APACHE under META-INF/.
#
# Both libraries are built with cargo-zigbuild (zig, from PyPI's `ziglang`, as C compiler and
# linker), against glibc 2.17 like the wheels of scripts/dist.sh, with OpenSSL vendored and
# cross-built by openssl-src with the same zig: a JVM on RHEL 7 or later, Debian 8 or later,
# Amazon Linux 2 loads them. Checked: each is for its architecture and needs no glibc symbol
# newer than 2.17.
#
#   scripts/dist-jvm.sh [DIST_DIR]     default DIST_DIR: dist
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist}
out=target/dist-jvm
step() { printf '\n==> %s\n' "$*"; }

# shellcheck source=lib/kotlin-toolchain.sh
. scripts/lib/kotlin-toolchain.sh
venv=target/dist-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check ziglang==0.17.1
export PATH=$PWD/$venv/bin:$PATH
# Debian's binutils for aarch64: its strip (zig has none that writes ELF).
command -v aarch64-linux-gnu-strip >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils-aarch64-linux-gnu >/dev/null
}
command -v cargo-zigbuild >/dev/null || cargo install --quiet --locked cargo-zigbuild@0.24.1
rustup target add x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu >/dev/null

# shellcheck source=lib/version.sh
. scripts/lib/version.sh
version=$(workspace_version)

rm -rf "$out/natives" "$out/meta" "$out/sources"
mkdir -p "$out/meta/META-INF" "$dist"
cp LICENSE-MIT LICENSE-APACHE "$out/meta/META-INF/"
# JNA's resource prefix for each platform, the Rust target and readelf's name of the machine.
for platform in "linux-x86-64 x86_64-unknown-linux-gnu X86-64 strip" \
    "linux-aarch64 aarch64-unknown-linux-gnu AArch64 aarch64-linux-gnu-strip"; do
    read -r prefix triple machine strip <<<"$platform"
    step "the native library for $prefix (cargo zigbuild, glibc 2.17, OpenSSL vendored)"
    # The symbol table stays in the build (zig's linker drops it with the debug info release
    # builds strip): uniffi-bindgen reads the bindings' metadata from it. The jar's copy is
    # stripped below.
    CARGO_PROFILE_RELEASE_STRIP=none \
        cargo zigbuild -q --release -p umf-mobile --features openssl --target "$triple.2.17"
    mkdir -p "$out/natives/$prefix"
    library=$out/natives/$prefix/libumf_mobile.so
    "$strip" -o "$library" "target/$triple/release/libumf_mobile.so"
    readelf -h "$library" | grep -q "Machine:.*$machine" ||
        { echo "$library is not for $machine" >&2; exit 1; }
    newest=$(objdump -T "$library" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
    [ "$(printf '%s\n2.17\n' "$newest" | sort -V | tail -n 1)" = 2.17 ] ||
        { echo "$library needs glibc $newest (more than 2.17)" >&2; exit 1; }
    echo "$prefix: $(du -k "$library" | cut -f1) KiB, glibc >= ${newest}"
done

step "the Kotlin bindings (scripts/generate-mobile.sh), from the linux-x86-64 library"
UMF_MOBILE_LIB_DIR=target/x86_64-unknown-linux-gnu/release \
    ./scripts/generate-mobile.sh "$out/bindings" >/dev/null

step "compile the Kotlin library with its runtime (kotlinc -include-runtime)"
jar=$dist/umf-sdk-jvm-$version.jar
rm -f "$jar"
"$kotlin_home/bin/kotlinc" -nowarn -cp "$jna" -include-runtime -d "$jar" \
    "$out/bindings/kotlin" bindings-mobile/jvm
jar uf "$jar" -C "$out/natives" . -C "$out/meta" .

step "the sources jar"
mkdir -p "$out/sources"
cp -r "$out/bindings/kotlin/." bindings-mobile/jvm "$out/sources/"
sources=$dist/umf-sdk-jvm-$version-sources.jar
rm -f "$sources"
jar cf "$sources" -C "$out/sources" . -C "$out/meta" .

for f in "$jar" "$sources"; do
    listing=$(jar tf "$f")
    for needed in META-INF/LICENSE-MIT META-INF/LICENSE-APACHE; do
        grep -qx "$needed" <<<"$listing" || { echo "$f leaves out $needed" >&2; exit 1; }
    done
done
for native in linux-x86-64/libumf_mobile.so linux-aarch64/libumf_mobile.so; do
    jar tf "$jar" | grep -qx "$native" || { echo "$jar leaves out $native" >&2; exit 1; }
done
ls -l "$jar" "$sources" | awk '{printf "%s  %d KiB\n", $NF, $5 / 1024}'
