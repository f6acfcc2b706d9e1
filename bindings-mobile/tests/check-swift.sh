#!/usr/bin/env bash
# What compiling the Swift on Linux (scripts/test-swift.sh) cannot see:
# * the static library an XCFramework links (libumf_mobile.a) exports every C function the
#   Swift calls: the Linux build links the .so only, and no iOS build runs here;
# * the documentation an app developer reads carries the warnings: `Client.withMerchantKey`
#   says the merchant key does not belong in an app, the app's `Client` explains
#   `merchant_key_required`, `TokenManager` says the client secret does not belong in an app.
#
#   bindings-mobile/tests/check-swift.sh SWIFT_DIR [STATIC_LIBRARY]
#   default STATIC_LIBRARY: target/release/libumf_mobile.a
set -euo pipefail

dir=$1
library=${2:-target/release/libumf_mobile.a}
swift=$dir/UmfSdk.swift
header=$dir/UmfSdkFFI.h
failed=0
fail() {
    echo "FAILED  $*"
    failed=$((failed + 1))
}

# The warnings, in the doc comments right above what they warn about.
doc_before() { grep -B16 -E -- "$1" "$swift" | grep -q -- "$2"; }
doc_before 'public static func withMerchantKey' 'The merchant private key does not belong in an app' ||
    fail "withMerchantKey carries the warning"
doc_before 'public convenience init\(baseUrl: String' 'merchant_key_required' ||
    fail "the app's Client explains merchant_key_required"
doc_before 'open class TokenManager:' 'The client secret does not belong in an app' ||
    fail "TokenManager carries the warning"

# Every C function the Swift calls, declared in the header and exported by the static library.
# readelf, not nm: release objects carry LLVM bitcode that binutils' nm tries, and fails, to
# read through its LTO plugin.
mapfile -t symbols < <(grep -Eo '\b(uniffi|ffi)_umf_mobile_[a-z0-9_]+' "$swift" | sort -u)
[ "${#symbols[@]}" -gt 50 ] || fail "the Swift calls the library (${#symbols[@]} functions)"
exported=$(readelf -W --syms "$library" | awk '$5 == "GLOBAL" && $7 != "UND" { print $8 }' | sort -u) ||
    { echo "cannot read the symbols of $library" >&2; exit 1; }
for symbol in "${symbols[@]}"; do
    grep -Eq "\\b$symbol\\(" "$header" || fail "the header declares $symbol"
    grep -qx "$symbol" <<<"$exported" || fail "$(basename "$library") exports $symbol"
done

echo "swift (static library and documentation): ${#symbols[@]} functions exported, $failed failed"
[ "$failed" -eq 0 ]
