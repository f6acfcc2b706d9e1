#!/usr/bin/env bash
# The README's first command (`make demo`). Until the local sandbox lands, it shows the core's
# round trip with the `umf` CLI and cross-checks every step with OpenSSL.
set -euo pipefail
cd "$(dirname "$0")/.."

K=tests/vectors/keys
cargo build -q -p umf-cli
UMF=target/debug/umf
mask() { sed -E 's/([A-Za-z0-9+\/]{12})[A-Za-z0-9+\/=]{20,}/\1…/g'; }

echo "== 1. keys: what the merchant and UMF keys are"
$UMF keys inspect $K/merchant_1024_pkcs8.der
$UMF keys inspect $K/umf_1024_cert.pem

BODY='{"payer":{"payment_method":"CREDIT_CARD"},"order":{"mer_reference_id":"DEMO-0001","mer_date":"20240101","amount":{"total":"100.02","currency":"USD"}}}'
echo
echo "== 2. sign the exact body bytes (Signature header)"
SIG=$(printf '%s' "$BODY" | $UMF sign --key $K/merchant_1024_pkcs8.der -)
echo "Signature: $SIG" | mask
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '%s' "$BODY" > "$tmp/body"; printf '%s' "$SIG" | base64 -d > "$tmp/sig"
echo -n "openssl dgst -sha256 -verify: "
openssl dgst -sha256 -verify $K/merchant_1024_spki.pem -signature "$tmp/sig" "$tmp/body"
echo -n "umf verify: "
printf '%s' "$BODY" | $UMF verify --key $K/merchant_1024_cert.pem --signature "$SIG" -

echo
echo "== 3. encrypt a card number with the UMF public key"
CT=$($UMF encrypt --key $K/umf_1024_cert.pem 6222020000000000000)
echo "number: $CT" | mask
printf '%s' "$CT" | base64 -d > "$tmp/ct"
echo -n "openssl pkeyutl -decrypt (UMF's side) recovers: "
openssl pkeyutl -decrypt -inkey $K/umf_1024_pkcs8.pem -in "$tmp/ct" | sed -E 's/^(.{4}).*(.{4})$/\1 **** **** \2/'
echo

echo
echo "== 4. a payment notification signed by UMF, verified and acknowledged"
NOTE='{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"PAY_DEMO","state":"TRADE_SUCCESS","order":{"mer_reference_id":"DEMO-0001","amount":{"total":"100.02","currency":"USD"}}}}'
printf '%s' "$NOTE" > "$tmp/note"
NSIG=$(openssl dgst -sha256 -sign $K/umf_1024_pkcs8.pem "$tmp/note" | base64 -w0)
$UMF notification verify --key $K/umf_1024_cert.pem --signature "$NSIG" "@$tmp/note" | grep -E '"(kind|id|state|idempotency_key|acknowledgement)"'
echo -n "tampered copy: "
if sed 's/TRADE_SUCCESS/TRADE_CLOSED/' "$tmp/note" | $UMF notification verify --key $K/umf_1024_cert.pem --signature "$NSIG" - 2>&1; then
    echo "tampered notification accepted!" >&2; exit 1
fi

echo
echo "demo finished: every step agreed with OpenSSL"
