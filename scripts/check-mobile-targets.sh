#!/usr/bin/env bash
# The mobile library type-checks for every target the README claims, so a change that breaks
# an Android or iOS build fails here, where no Android NDK or Xcode exists: `cargo check` needs
# neither (it compiles to metadata and never links), only the target's standard library from
# rustup. The default features only: the `openssl` feature builds OpenSSL's C sources with the
# target's C compiler, which is the NDK's or Xcode's.
#
# aarch64-apple-ios-sim: checked when rustup can install its standard library. Where the
# distribution server has none (seen here: 404 for 1.95.0), it is said plainly; its Rust sources
# are those of aarch64-apple-ios, which is checked (the two differ only in target_abi = "sim",
# which nothing in this workspace reads, as this script asserts).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android aarch64-apple-ios
    aarch64-apple-ios-sim)
if grep -rn --include='*.rs' 'target_abi' core/src bindings-mobile/src >/dev/null; then
    echo "the sources read target_abi: aarch64-apple-ios no longer stands for the simulator" >&2
    exit 1
fi
checked=() unavailable=()
for target in "${targets[@]}"; do
    if ! rustup target list --installed | grep -qx "$target" \
        && ! rustup target add "$target" >/dev/null 2>&1; then
        unavailable+=("$target")
        continue
    fi
    cargo check -q -p umf-mobile --lib --target "$target"
    checked+=("$target")
done
echo "umf-mobile type-checks for: ${checked[*]}"
for target in "${unavailable[@]}"; do
    case "$target" in
        aarch64-apple-ios-sim)
            echo "NOT CHECKED $target: rustup cannot install its standard library here" \
                "(same sources as aarch64-apple-ios, checked above)" ;;
        *)
            echo "rustup cannot install the standard library of $target" >&2
            exit 1 ;;
    esac
done
