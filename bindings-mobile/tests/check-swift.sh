#!/usr/bin/env bash
# Checks the generated Swift bindings without a Swift compiler (none exists on these machines):
# the files are there, the public API has the documented shape, every C function the Swift
# calls is declared in the header, and the built libraries (the .so, and the .a an XCFramework
# links) export every one of them.
#
#   bindings-mobile/tests/check-swift.sh SWIFT_DIR [LIBRARY...]
#   default LIBRARY: target/release/libumf_mobile.so target/release/libumf_mobile.a
set -euo pipefail

dir=$1
shift
libraries=("$@")
[ ${#libraries[@]} -gt 0 ] || libraries=(target/release/libumf_mobile.so target/release/libumf_mobile.a)
swift=$dir/UmfSdk.swift
header=$dir/UmfSdkFFI.h
passed=0
failed=0

check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >/dev/null 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAILED  $what"
    fi
}
has() { grep -Eq -- "$2" "$1"; }

for file in "$swift" "$header" "$dir/UmfSdkFFI.modulemap"; do
    check "$file exists" test -s "$file"
done
check "module map names UmfSdkFFI" has "$dir/UmfSdkFFI.modulemap" '^module UmfSdkFFI \{'
check "the Swift imports UmfSdkFFI" has "$swift" '^import UmfSdkFFI$'

# The public API, as bindings-mobile/README.md documents it (whitespace as UniFFI writes it).
api=(
    'open class CardEncryptor: CardEncryptorProtocol'
    'public convenience init\(umfPublicKey: Data\) *throws'
    'public static func fromPublicKey\(umfPublicKey: PublicKey\) -> CardEncryptor'
    'open func encryptValue\(value: String\) *throws *-> String'
    'open func encryptFields\(operationId: String, payloadJson: String, queryJson: String\? = nil\) *throws *-> EncryptedPayload'
    'open func verifyResponse\(rawBody: Data, options: VerifyOptions\? = nil, resultKeys: \[String\] = \[\]\) *throws *-> Verification'
    'open func verifyNotification\(signature: String, rawBody: Data\) *throws *-> VerifiedNotification'
    'open class PublicKey: PublicKeyProtocol'
    'open func verify\(message: Data, signature: String\) *throws'
    'open func fingerprint\(\) -> String'
    'open class PrivateKey: PrivateKeyProtocol'
    'public convenience init\(keyBytes: Data, passphrase: String\? = nil\) *throws'
    'open func sign\(message: Data\) *throws *-> String'
    'open class TokenManager: TokenManagerProtocol'
    'open func poll\(nowMs: Int64\) *throws *-> TokenAction'
    'open func complete\(ticket: RefreshTicket, response: HttpResponse, nowMs: Int64\) *throws *-> AccessToken'
    'open class HttpRequest: HttpRequestProtocol'
    'public struct HttpResponse: Equatable, Hashable'
    'public struct EncryptedPayload: Equatable, Hashable'
    'public struct VerifiedNotification: Equatable, Hashable'
    'public struct VerifyOptions: Equatable, Hashable'
    'public struct Verification: Equatable, Hashable'
    'public enum VerifyPolicy: Equatable, Hashable'
    'public enum SignatureScope: Equatable, Hashable'
    'public enum VerificationStatus: Equatable, Hashable'
    'public enum NotificationKind: Equatable, Hashable'
    'public enum TokenAction'
    '^enum UmfError: Swift.Error, Equatable, Hashable, Foundation.LocalizedError'
    'public func code\(\) -> String'
    'public func isRetryable\(\) -> Bool'
    'public func encryptedFields\(\) -> \[EncryptedField\]'
    'public func encryptedFieldsFor\(operationId: String\) -> \[EncryptedField\]'
    'public func isTokenRejection\(response: HttpResponse\) -> Bool'
    'public func rsaBackend\(\) -> String'
    'The merchant private key does not belong in an app'
    'The client secret does not belong in an app'
    # Operations: the app's client (UMF public key only, not throwing), the server's.
    'open class Client: ClientProtocol'
    'public convenience init\(baseUrl: String, umfPublicKey: PublicKey, options: ClientOptions\? = nil\) *\{'
    'public static func withMerchantKey\(baseUrl: String, umfPublicKey: PublicKey, merchantKey: PrivateKey, options: ClientOptions\? = nil\) *-> Client'
    'open func prepare\(operationId: String, paramsJson: String = "\{\}", token: AccessToken\? = nil\) *throws *-> HttpRequest'
    'open func prepareUnsigned\(operationId: String, paramsJson: String = "\{\}", token: AccessToken\? = nil\) *throws *-> UnsignedRequest'
    'open func validate\(operationId: String, paramsJson: String = "\{\}"\) *throws *-> \[ValidationProblem\]'
    'open func parse\(operationId: String, response: HttpResponse\) *throws *-> ApiResponse'
    'open func hasMerchantKey\(\) -> Bool'
    'open func tokenUrl\(\) -> String'
    'open func cardEncryptor\(\) -> CardEncryptor'
    'open func authorization\(token: AccessToken\) *throws *-> String'
    'open func withHeader\(name: String, value: String\) *throws *-> HttpRequest'
    'open class UnsignedRequest: UnsignedRequestProtocol'
    'open func bytesToSign\(\) -> Data'
    'open func signatureRequired\(\) -> Bool'
    'open func passedThrough\(\) -> \[String\]'
    'open func attachSignature\(signature: String, checkWith: PublicKey\? = nil\) *throws *-> HttpRequest'
    'open func signWith\(key: PrivateKey\) *throws *-> HttpRequest'
    'public struct ApiResponse: Equatable, Hashable'
    'public var verification: Verification'
    'public var resultJson: String'
    'public var fileBytes: Data\?'
    'public struct ClientOptions: Equatable, Hashable'
    'public struct OperationInfo: Equatable, Hashable'
    'public var encryptedPaths: \[String\]'
    'public struct ValidationProblem: Equatable, Hashable'
    'public var severity: Severity'
    'public func operations\(\) -> \[OperationInfo\]'
    'public func operation\(operationId: String\) *throws *-> OperationInfo'
    'public enum UmfEnvironment: Equatable, Hashable'
    'public func baseUrl\(\) -> String'
    'public enum Area: Equatable, Hashable'
    'public enum RetryClass: Equatable, Hashable'
    'public enum Stability: Equatable, Hashable'
    'public enum AuthorizationStyle: Equatable, Hashable'
    'public enum Severity: Equatable, Hashable'
)
for pattern in "${api[@]}"; do
    check "API: $pattern" has "$swift" "$pattern"
done
# The loud warning sits on the constructor that takes the merchant key, and the app's
# constructor says why it cannot sign.
doc_before() { grep -B16 -E -- "$2" "$1" | grep -q -- "$3"; }
check "withMerchantKey carries the warning" \
    doc_before "$swift" 'public static func withMerchantKey' 'The merchant private key does not belong in an app'
check "the app's Client explains merchant_key_required" \
    doc_before "$swift" 'public convenience init\(baseUrl: String' 'merchant_key_required'
for family in Key Encryption Signature Response Notification Token Api Request Crypto Internal; do
    check "UmfError case $family" has "$swift" "^    case $family\\("
done

# Every C function the Swift calls is declared in the header and exported by each library.
mapfile -t symbols < <(grep -Eo '\b(uniffi|ffi)_umf_mobile_[a-z0-9_]+' "$swift" | sort -u)
check "the Swift calls the library (${#symbols[@]} functions)" test "${#symbols[@]}" -gt 50
for symbol in "${symbols[@]}"; do
    check "header declares $symbol" has "$header" "\\b$symbol\\("
done
for library in "${libraries[@]}"; do
    # readelf, not nm: release objects carry LLVM bitcode that binutils' nm tries, and fails, to
    # read through its LTO plugin. For a .so, the dynamic symbols are what JNA and dlsym see.
    case "$library" in
        *.so) symbol_table=(--dyn-syms) ;;
        *) symbol_table=(--syms) ;;
    esac
    exported=$(readelf -W "${symbol_table[@]}" "$library" 2>/dev/null |
        awk '$5 == "GLOBAL" && $7 != "UND" { print $8 }' | sort -u)
    for symbol in "${symbols[@]}"; do
        check "$(basename "$library") exports $symbol" grep -qx "$symbol" <<<"$exported"
    done
done

echo "swift: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
