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
# The native library of each architecture reuses the OpenSSL its target directory's umf-sdk wheel
# build made (scripts/dist.sh builds the wheels first), when there is one: the same OpenSSL
# source built by the same zig for the same glibc, linked statically all the same. Cargo would
# otherwise build it again (the library's profile differs from the wheel's, see below, so none
# of the wheel's build is shared), a few minutes of the two cores per architecture.
#
#   scripts/dist-jvm.sh [DIST_DIR]         all of it; default DIST_DIR: dist
#
# The steps alone, in this order, which is how scripts/dist.sh runs them beside its wheels:
#
#   scripts/dist-jvm.sh --tools            install what the others need (apt, pip, npm, cargo)
#   scripts/dist-jvm.sh --native TRIPLE    the library of one architecture, checked
#   scripts/dist-jvm.sh --classes          the Kotlin library (needs the x86_64 library)
#   scripts/dist-jvm.sh --assemble [DIST_DIR]   the two jars
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/dist-jvm
step() { printf '\n==> %s\n' "$*"; }
# shellcheck source=lib/dist-target-dir.sh
. scripts/lib/dist-target-dir.sh
venv=target/dist-venv
export PATH=$PWD/$venv/bin:$PATH

tools() {
    # shellcheck source=lib/kotlin-toolchain.sh
    . scripts/lib/kotlin-toolchain.sh
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check ziglang==0.17.1
    # Debian's binutils for aarch64: its strip (zig has none that writes ELF).
    command -v aarch64-linux-gnu-strip >/dev/null || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils-aarch64-linux-gnu >/dev/null
    }
    command -v cargo-zigbuild >/dev/null || cargo install --quiet --locked cargo-zigbuild@0.24.1
    rustup target add x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu >/dev/null
}

# JNA's resource prefix for each platform, readelf's name of the machine and the strip for it.
native() {
    local triple=$1 prefix machine strip
    case "$triple" in
        x86_64-unknown-linux-gnu) prefix=linux-x86-64 machine=X86-64 strip=strip ;;
        aarch64-unknown-linux-gnu) prefix=linux-aarch64 machine=AArch64 strip=aarch64-linux-gnu-strip ;;
        *) echo "no JVM platform for $triple" >&2; return 1 ;;
    esac
    local dir
    dir=$(dist_target_dir "$triple")
    step "the native library for $prefix (cargo zigbuild, glibc 2.17, OpenSSL vendored)"
    # The OpenSSL openssl-src installed for the wheel (the newest, if the directory has several).
    local openssl_lib openssl_env=()
    # shellcheck disable=SC2012 # cargo's own paths; ls -t gives the newest first
    openssl_lib=$(ls -t "$dir/$triple"/release/build/openssl-sys-*/out/openssl-build/install/lib/libcrypto.a 2>/dev/null |
        head -n 1) || true
    if [ -n "$openssl_lib" ]; then
        local openssl_dir
        openssl_dir=$(cd "$(dirname "$openssl_lib")/.." && pwd)
        echo "OpenSSL: the one built for the wheel, $openssl_dir"
        openssl_env=(OPENSSL_NO_VENDOR=1 OPENSSL_STATIC=1 "OPENSSL_DIR=$openssl_dir")
    fi
    # The symbol table stays in the build (zig's linker drops it with the debug info release
    # builds strip): uniffi-bindgen reads the bindings' metadata from it. The jar's copy is
    # stripped below.
    env "${openssl_env[@]}" CARGO_TARGET_DIR="$dir" CARGO_PROFILE_RELEASE_STRIP=none \
        cargo zigbuild -q --release -p umf-mobile --features openssl --target "$triple.2.17"
    rm -rf "${out:?}/natives/$prefix"
    mkdir -p "$out/natives/$prefix"
    local library=$out/natives/$prefix/libumf_mobile.so
    "$strip" -o "$library" "$dir/$triple/release/libumf_mobile.so"
    readelf -h "$library" | grep -q "Machine:.*$machine" ||
        { echo "$library is not for $machine" >&2; return 1; }
    # Statically linked: no libssl/libcrypto among the libraries the loader must find.
    if readelf -d "$library" | grep -E 'NEEDED.*lib(ssl|crypto)\.so'; then
        echo "$library needs a shared OpenSSL" >&2
        return 1
    fi
    local newest
    newest=$(objdump -T "$library" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
    [ "$(printf '%s\n2.17\n' "$newest" | sort -V | tail -n 1)" = 2.17 ] ||
        { echo "$library needs glibc $newest (more than 2.17)" >&2; return 1; }
    echo "$prefix: $(du -k "$library" | cut -f1) KiB, glibc >= ${newest}"
}

# The Kotlin library with its runtime, as a jar in target/dist-jvm that --assemble completes.
classes() {
    # shellcheck source=lib/kotlin-toolchain.sh
    . scripts/lib/kotlin-toolchain.sh >/dev/null
    step "the Kotlin bindings (scripts/generate-mobile.sh), from the linux-x86-64 library"
    UMF_MOBILE_LIB_DIR=target/x86_64-unknown-linux-gnu/release \
        ./scripts/generate-mobile.sh "$out/bindings" >/dev/null
    step "compile the Kotlin library with its runtime (kotlinc -include-runtime)"
    rm -f "$out/classes.jar"
    "$kotlin_home/bin/kotlinc" -nowarn -cp "$jna" -include-runtime -d "$out/classes.jar" \
        "$out/bindings/kotlin" bindings-mobile/jvm
}

assemble() {
    local dist=$1
    # shellcheck source=lib/version.sh
    . scripts/lib/version.sh
    local version
    version=$(workspace_version)
    for needed in "$out/classes.jar" "$out/natives/linux-x86-64/libumf_mobile.so" \
        "$out/natives/linux-aarch64/libumf_mobile.so"; do
        [ -f "$needed" ] || { echo "no $needed: run --native for both and --classes first" >&2; return 1; }
    done
    rm -rf "$out/meta" "$out/sources"
    mkdir -p "$out/meta/META-INF" "$dist"
    cp LICENSE-MIT LICENSE-APACHE "$out/meta/META-INF/"

    step "the jar: the Kotlin library, its runtime and both native libraries"
    local jar=$dist/umf-sdk-jvm-$version.jar
    cp "$out/classes.jar" "$jar"
    jar uf "$jar" -C "$out/natives" . -C "$out/meta" .

    step "the sources jar"
    mkdir -p "$out/sources"
    cp -r "$out/bindings/kotlin/." bindings-mobile/jvm "$out/sources/"
    local sources=$dist/umf-sdk-jvm-$version-sources.jar
    rm -f "$sources"
    jar cf "$sources" -C "$out/sources" . -C "$out/meta" .

    local f listing needed
    for f in "$jar" "$sources"; do
        listing=$(jar tf "$f")
        for needed in META-INF/LICENSE-MIT META-INF/LICENSE-APACHE; do
            grep -qx "$needed" <<<"$listing" || { echo "$f leaves out $needed" >&2; return 1; }
        done
    done
    for needed in linux-x86-64/libumf_mobile.so linux-aarch64/libumf_mobile.so; do
        jar tf "$jar" | grep -qx "$needed" || { echo "$jar leaves out $needed" >&2; return 1; }
    done
    ls -l "$jar" "$sources" | awk '{printf "%s  %d KiB\n", $NF, $5 / 1024}'
}

case "${1:-}" in
    --tools) tools ;;
    --native) native "${2:?--native needs a target triple}" ;;
    --classes) classes ;;
    --assemble) assemble "${2:-dist}" ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *)
        tools
        rm -rf "$out/natives" "$out/classes.jar"
        native x86_64-unknown-linux-gnu
        native aarch64-unknown-linux-gnu
        classes
        assemble "${1:-dist}"
        ;;
esac
