#!/usr/bin/env bash
# The Swift binding, compiled and tested: the Swift package of generate-mobile.sh (the generated
# UmfSdk.swift over the C module UmfSdkFFI, linked against libumf_mobile.so of $UMF_MOBILE_LIB_DIR,
# a directory inside the checkout, default target/release) and
# its XCTest suite (bindings-mobile/tests/swift), built and run by Swift 6.0.3 in a Debian trixie
# root (scripts/lib/swift-toolchain.sh; built once under target/swift, about 2.6 GB).
#
#   scripts/test-swift.sh [BINDINGS_DIR]
#
# BINDINGS_DIR: the output of scripts/generate-mobile.sh (scripts/test-mobile.sh passes its
# own); without it, this script generates the bindings and builds `umf` (the suite's sandbox).
# Needs root (debootstrap, chroot, mount). Every mount is undone on exit, failures included.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
SECONDS=0

# shellcheck source=lib/swift-toolchain.sh
. scripts/lib/swift-toolchain.sh
swift_toolchain

bindings=${1:-}
if [ -z "$bindings" ]; then
    step "build the library and generate the bindings; build umf (the sandbox)"
    bindings=target/mobile/bindings
    ./scripts/generate-mobile.sh "$bindings"
    cargo build -p umf-cli
fi

# The package is synced into target/swift/package file by file, an unchanged file left as it
# is: SwiftPM's incremental build (its .build stays there) then recompiles only what changed,
# though generate-mobile.sh writes every file anew.
step "Swift package: sync $bindings/swift-package into target/swift/package"
package=target/swift/package
source_dir=$bindings/swift-package
mkdir -p "$package"
(cd "$source_dir" && find . -type f) | while read -r file; do
    if ! cmp -s "$source_dir/$file" "$package/$file"; then
        mkdir -p "$(dirname "$package/$file")"
        cp "$source_dir/$file" "$package/$file"
    fi
done
(cd "$package" && find . -path ./.build -prune -o -type f -print) | while read -r file; do
    [ -e "$source_dir/$file" ] || rm -f "$package/$file"
done

step "swift build and XCTest, inside target/swift/trixie (the checkout read-only at /src)"
swift_enter
# -L and the rpath: where the Linux C module's library is (Package.swift links umf_mobile), as the
# root sees the checkout.
lib_dir=${UMF_MOBILE_LIB_DIR:-target/release}
lib_dir=/src/${lib_dir#"$PWD"/}
library=(-Xlinker -L"$lib_dir" -Xlinker -rpath -Xlinker "$lib_dir")
swift_run nice swift build --package-path "/src/$package" --build-tests -j 2 "${library[@]}"
swift_run env UMF_SDK_ROOT=/src UMF_COMMAND=/src/target/debug/umf \
    swift test --package-path "/src/$package" --skip-build "${library[@]}"
swift_leave

printf '\nSwift checks passed in %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
