#!/usr/bin/env bash
# `make dist`: the release artifacts, built into dist/ from a checkout: the Python ones here,
# the JVM jar by scripts/dist-jvm.sh, the Swift package by scripts/dist-swift.sh and the npm
# tarballs by scripts/dist-npm.sh (called at the end).
#
#   umf_sdk-VERSION-cp39-abi3-manylinux_2_17_{x86_64,aarch64}.whl   the SDK (OpenSSL inside)
#   umf_sdk-VERSION.tar.gz                                           its sdist
#   umf_sdk_cli-VERSION-py3-none-manylinux_2_17_{x86_64,aarch64}.whl the `umf` command
#
# Both architectures are built on this machine: maturin cross-compiles with zig (the `ziglang`
# package from PyPI) as the C compiler and linker, against glibc 2.17 (manylinux2014, what most
# binary wheels ship: RHEL 7 and later, Debian 8 and later, Amazon Linux 2). OpenSSL is built
# from source by openssl-src with the same zig, for each target. Each artifact is then checked:
# `auditwheel show` must give the manylinux_2_17 tag the file name claims, the native code must
# be for the architecture the tag names (readelf), both license texts must be inside, and the
# version must be the workspace's. Prints each artifact's size.
#
# Installs what it needs: maturin, ziglang and auditwheel in target/dist-venv (pinned), the
# aarch64 Rust target, and the C build tools OpenSSL's Configure needs. The two architectures
# build side by side, each in its own target directory (target/ and target/dist-aarch64, see
# scripts/lib/dist-target-dir.sh), beside the npm package's WebAssembly; builds reuse them: the
# first run compiles OpenSSL once per architecture and the workspace in release for both, later
# runs only what changed. DIST_JOBS (default 2): cargo's -j, for each architecture's builds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

out=$root/dist
venv=$root/target/dist-venv
jobs=${DIST_JOBS:-2}
targets=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)
# glibc 2.17: the oldest glibc zig links against and the manylinux2014 baseline.
compatibility=manylinux2014
glibc_tag=manylinux_2_17
tools=(maturin==1.16.0 ziglang==0.17.1 auditwheel==6.8.2)

step "tools: ${tools[*]} in target/dist-venv; Rust targets; OpenSSL's build tools"
./scripts/install-openssl-build-tools.sh
command -v unzip >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null
}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${tools[@]}"
rustup target add "${targets[@]}" >/dev/null 2>&1
# maturin finds zig as `python -m ziglang` of the interpreter on PATH.
export PATH=$venv/bin:$PATH
# shellcheck source=lib/dist-target-dir.sh
. scripts/lib/dist-target-dir.sh

rm -rf "$out"
mkdir -p "$out"
# What dist-jvm.sh's steps need (apt, kotlinc, cargo-zigbuild), before anything runs alongside.
./scripts/dist-jvm.sh --tools

# Each architecture's builds in a row (the umf-sdk wheel, whose OpenSSL the JVM library then
# reuses; the CLI wheel; the JVM library) while the other architecture's run, and the npm
# package's WebAssembly beside both: the end of each release build is one crate compiled and
# linked on one core (codegen-units=1, thin LTO), which in a row would leave the other core
# idle for minutes each time. aarch64 builds in its own target directory
# (scripts/lib/dist-target-dir.sh). Each job writes a log, shown when it ends; the first to fail
# stops dist with its log.
chain() {
    local target=$1
    CARGO_TARGET_DIR=$root/$(dist_target_dir "$target")
    export CARGO_TARGET_DIR
    step "umf-sdk wheel for $target ($compatibility, abi3, OpenSSL vendored)"
    maturin build --quiet --release --zig --compatibility "$compatibility" --target "$target" \
        --manifest-path bindings-python/Cargo.toml --interpreter python3 --out "$out" -j "$jobs"
    step "umf-sdk-cli wheel for $target ($compatibility, the umf binary)"
    maturin build --quiet --release --zig --compatibility "$compatibility" --target "$target" \
        --manifest-path cli/Cargo.toml --out "$out" -j "$jobs"
    unset CARGO_TARGET_DIR
    ./scripts/dist-jvm.sh --native "$target"
    # The Kotlin library compiles from the x86_64 library's bindings while aarch64 builds.
    if [ "$target" = x86_64-unknown-linux-gnu ]; then ./scripts/dist-jvm.sh --classes; fi
}
# A job and what it started (maturin, cargo, rustc), so that a failure stops them all.
kill_tree() {
    local child
    for child in $(pgrep -P "$1"); do kill_tree "$child"; done
    kill "$1" 2>/dev/null || true
}
logs=$root/target/dist-logs
rm -rf "$logs"
mkdir -p "$logs"
rm -rf target/dist-jvm/natives target/dist-jvm/classes.jar
declare -A running=()
for target in "${targets[@]}"; do
    chain "$target" >"$logs/$target.log" 2>&1 &
    running[$!]=$target
done
./scripts/dist-npm.sh --wasm >"$logs/wasm.log" 2>&1 &
running[$!]=wasm
# The uniffi-bindgen that the Kotlin step's scripts/generate-mobile.sh runs, built now rather
# than at the end of the x86_64 builds (a debug build for this machine: target/debug, a lock of
# its own); generate-mobile.sh's own `cargo build` then finds it built.
cargo build -q -p uniffi-bindgen >"$logs/uniffi-bindgen.log" 2>&1 &
running[$!]=uniffi-bindgen

step "umf-sdk sdist"
# Its log (cargo's notes on crate metadata) is shown only if it fails.
maturin sdist --manifest-path bindings-python/Cargo.toml --out "$out" >target/dist-sdist.log 2>&1 ||
    { cat target/dist-sdist.log >&2; exit 1; }

# Each job's log as it ends, in the order they end.
while [ ${#running[@]} -gt 0 ]; do
    status=0
    wait -n -p ended "${!running[@]}" || status=$?
    name=${running[$ended]}
    unset "running[$ended]"
    step "$name ($((SECONDS / 60))m$(printf %02d $((SECONDS % 60)))s): $([ $status = 0 ] && echo built || echo "FAILED ($status)")"
    cat "$logs/$name.log"
    if [ $status != 0 ]; then
        echo "dist: the $name builds failed (log above, and in $logs/$name.log)" >&2
        for pid in "${!running[@]}"; do kill_tree "$pid"; done
        exit 1
    fi
done

step "check every artifact: manylinux tag, architecture, license texts, version"
# The ELF machine readelf reports for each architecture of a file name.
machine_of() {
    case "$1" in
        *x86_64*) echo "Advanced Micro Devices X86-64" ;;
        *aarch64*) echo "AArch64" ;;
        *) echo "no architecture in $1" >&2; return 1 ;;
    esac
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
shopt -s nullglob
wheels=("$out"/*.whl)
sdists=("$out"/*.tar.gz)
[ ${#wheels[@]} = 4 ] && [ ${#sdists[@]} = 1 ] ||
    { echo "expected 4 wheels and 1 sdist in dist/, found: $(ls "$out")" >&2; exit 1; }
for wheel in "${wheels[@]}"; do
    name=$(basename "$wheel")
    arch=$(sed -E 's/.*_(x86_64|aarch64)\.whl$/\1/' <<<"$name")
    case "$name" in
        *"${glibc_tag}_$arch"*) ;;
        *) echo "$name: not tagged ${glibc_tag}_$arch" >&2; exit 1 ;;
    esac
    # auditwheel reads the ELF files of any architecture; it must find nothing newer than 2.17.
    shown=$(auditwheel show "$wheel" 2>&1)
    grep -q "is consistent with the following platform tag:" <<<"$shown" &&
        tr -s ' \n' ' ' <<<"$shown" | grep -q "\"${glibc_tag}_$arch\"" ||
        { echo "$name: auditwheel does not confirm ${glibc_tag}_$arch:" >&2; echo "$shown" >&2; exit 1; }
    listing=$(unzip -Z1 "$wheel")
    for license in LICENSE-MIT LICENSE-APACHE; do
        grep -q "\.dist-info/licenses/$license$" <<<"$listing" ||
            { echo "$name leaves out $license" >&2; exit 1; }
    done
    # The native file: the extension module of the SDK, the `umf` binary of the CLI wheel.
    native=$(grep -E '(\.abi3\.so|\.data/scripts/umf)$' <<<"$listing")
    rm -rf "${scratch:?}"/*
    unzip -q -o "$wheel" "$native" -d "$scratch"
    found=$(readelf -h "$scratch/$native" | sed -n 's/^ *Machine: *//p')
    [ "$found" = "$(machine_of "$name")" ] ||
        { echo "$name: $native is for '$found'" >&2; exit 1; }
    echo "$name: auditwheel ${glibc_tag}_$arch, $native for $found, both license texts"
done
sdist_listing=$(tar -tzf "${sdists[0]}")
for license in LICENSE-MIT LICENSE-APACHE; do
    grep -qE "^umf_sdk-[^/]+/$license$" <<<"$sdist_listing" ||
        { echo "$(basename "${sdists[0]}") leaves out $license" >&2; exit 1; }
done
echo "$(basename "${sdists[0]}"): both license texts"
# The long description is the package's page on the index, where a relative link leads nowhere.
for wheel in "${wheels[@]}"; do
    unzip -p "$wheel" '*.dist-info/METADATA' | python3 -c '
import re, sys
links = re.findall(r"\]\((?!https?://|#)([^)]*)\)", sys.stdin.read())
if links:
    sys.exit(f"{sys.argv[1]}: relative links in the long description: {links}")' "$(basename "$wheel")"
done
echo "long descriptions: no relative links"
version_args=()
for file in "${wheels[@]}" "${sdists[@]}"; do version_args+=(--wheel "$file"); done
python3 scripts/check-versions.py "${version_args[@]}"

step "the JVM jar and its sources jar (scripts/dist-jvm.sh)"
./scripts/dist-jvm.sh --assemble "$out"

step "the Swift package for Linux (scripts/dist-swift.sh)"
./scripts/dist-swift.sh "$out"

step "the npm tarballs: umf-sdk, umf-sdk-cli and its platform packages (scripts/dist-npm.sh)"
./scripts/dist-npm.sh --pack "$out"

step "dist/ ($((SECONDS / 60))m$(printf %02d $((SECONDS % 60)))s)"
for file in "${wheels[@]}" "${sdists[@]}" "$out"/umf-sdk-jvm-*.jar "$out"/*.tgz; do
    printf '%8s KiB  %s\n' $(($(stat -c %s "$file") / 1024)) "$(basename "$file")"
done
