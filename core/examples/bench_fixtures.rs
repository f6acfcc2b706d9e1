//! Writes the fixtures of the cross-language benchmark (`make bench`, scripts/bench.sh) into
//! a directory, deterministically, signed the way UMF and the sandbox sign: responses with the
//! core's own [`sign_response`], notifications with a plain signature over the raw body.
//!
//! ```text
//! cargo run --release -p umf-core --example bench_fixtures -- target/bench/fixtures
//! ```
//!
//! The workloads every language harness measures, each against the hand-written baseline of
//! that language (OpenSSL through `cryptography`, `node:crypto`, the JDK's `Signature`/`Cipher`):
//!
//! | workload | the SDK does | the baseline does |
//! |---|---|---|
//! | `sign-1024`, `sign-2048` | sign `message` (the create_payment JSON) with `merchant_<bits>` | SHA256withRSA over the same bytes |
//! | `verify-1024`, `verify-2048` | verify `signatures.<bits>` over `message` with `umf_<bits>` | the same check |
//! | `encrypt-1024`, `encrypt-2048` | encrypt `card_number` to base64 with `umf_<bits>` | RSAES-PKCS1-v1_5 + base64 |
//! | `prepare-create_payment` | `prepare("create_payment", create_payment.json)`: validate, encrypt 5 card fields, serialise, sign (1024-bit keys, as UMF issues) | parse the same JSON text, encrypt the `encrypted_paths`, serialise compactly, sign |
//! | `verify-statement-20k` | the verified, typed parse of `statement-20k.json` (`get_reconciliation_statement`, ~20 KB) | parse the JSON, verify `meta.sign` over the byte range `statement.signed` (handed the cut, so a floor for any hand-written check) |
//! | `verify-notification` | verify and read `notification.json` with its `Signature` header | verify the raw body, parse the JSON |
//!
//! Keys are the shared test vectors (tests/vectors/keys): `merchant_<bits>_pkcs8` signs,
//! `umf_<bits>_spki` verifies and encrypts; the UMF private key signs the fixtures.
//! `manifest.json` names every file and value above.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)] // a developer tool: fail loudly

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use umf_core::verification::{sign_response, ScannedResponse, SignatureScope};
use umf_core::verification::{VerifyOptions, VerifyPolicy};
use umf_core::{
    operation, verify_notification, Client, ClientConfig, HttpResponse, PrivateKey, PublicKey,
    RequestParams,
};

/// The card number of the encrypt workloads.
const CARD_NUMBER: &str = "6222020000000001234";
/// The statement's size target.
const STATEMENT_BYTES: usize = 20 * 1024;
/// UMF issues 1024-bit keys: the request, response and notification workloads use them.
const UMF_BITS: u32 = 1024;
const STATEMENT_OP: &str = "get_reconciliation_statement";

fn key_bytes(keys: &Path, name: &str) -> Vec<u8> {
    fs::read(keys.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn private_key(keys: &Path, who: &str, bits: u32) -> PrivateKey {
    PrivateKey::from_bytes(&key_bytes(keys, &format!("{who}_{bits}_pkcs8.pem")), None).unwrap()
}

fn public_key(keys: &Path, bits: u32) -> PublicKey {
    PublicKey::from_bytes(&key_bytes(keys, &format!("umf_{bits}_spki.pem"))).unwrap()
}

/// A card payment with the five encrypted card fields of 004 §3.5.
fn create_payment() -> Value {
    json!({
        "payer": {
            "payment_method": "CREDIT_CARD",
            "interface_type": "SERVER_TO_SERVER",
            "business_type": "B2C",
            "payer_info": {"bank_card": {
                "number": CARD_NUMBER,
                "valid_date": "2612",
                "cvv2": "123",
                "payer_name": "ZHANG SAN",
                "phone": "13800000000",
                "citizen_id_type": "IDENTITY_CARD",
                "citizen_id_number": "110101199001011234",
            }},
        },
        "order": {
            "mer_reference_id": "ORDER-20240101-0001",
            "mer_date": "20240101",
            "amount": {"total": "100.00", "currency": "USD"},
            "sub_orders": [{
                "mer_sub_reference_id": "ORDER-20240101-0001-S1",
                "trans_code": "01122030",
                "amount": {"total": "100.00", "currency": "USD"},
                "items": [{
                    "mer_item_id": "I-1", "type": "FOOD", "name": "tea", "quantity": "1",
                    "amount": {"total": "100.00", "currency": "USD"},
                }],
            }],
        },
        "notify_url": "https://shop.example/umf/notify",
        "risk_info": {"trans_type": "02"},
    })
}

/// One payment and one refund line of the statement, shaped as 004:L3268's example.
fn statement_lines(i: usize) -> (Value, Value) {
    let payment_id = format!("PAY_GI4DAMJSHEYTMMZRHA3DQOJYGEZDAMJYGAY{i:05}");
    let payment = json!({
        "order_date": "20180129",
        "amount": {"total": "200.00", "exchange_rate": {"rate": "6.8088"}, "currency": "USD", "total_cny": "1361.76"},
        "payment_id": payment_id,
        "settle_date": "20180130",
        "product_id": "PaymentGateway-Debitcard",
        "service_fee": "61.76",
        "exchange_date": "20180130",
        "exchange_amount": {"total": "190.93", "exchange_rate": "6.8088", "currency": "USD", "total_cny": "1300.0"},
        "state": "TRADE_SUCCESS",
        "execute_success_time": "2018-01-29T16:31:31+08:00",
        "mer_reference_id": format!("2018012935{i:04}"),
    });
    let refund = json!({
        "amount": {"total": "20.00", "exchange_rate": {"rate": "6.8088"}, "currency": "USD", "total_cny": "136.18"},
        "mer_sub_reference_id": format!("2018012935{i:04}"),
        "settle_date": "20180130",
        "product_id": "PaymentGateway-Debitcard",
        "payment_id": payment_id,
        "state": "REFUND_SUCCESS",
        "execute_success_time": "2018-01-29T17:38:52+08:00",
        "refund_id": format!("REFUND_HEYDCMBRGI4TAMRSGAYTQMBRG{i:05}"),
    });
    (payment, refund)
}

/// The unsigned statement body: `[{meta, pagination, reconciliations}]` (004:L3268), lines
/// added until it reaches [`STATEMENT_BYTES`].
fn statement_body() -> Vec<u8> {
    let (mut payments, mut refunds) = (Vec::new(), Vec::new());
    loop {
        let n = payments.len();
        let body = json!([{
            "meta": {"ret_code": "0000", "ret_msg": "successful transaction"},
            "pagination": {"page_number": "1", "total_count": n.to_string(), "page_size": "500"},
            "reconciliations": {
                "refund_summaries": refunds,
                "amount": {"total": format!("{}.00", 180 * n), "exchange_rate": {"rate": "6.8088"}, "currency": "USD", "total_cny": format!("{}.58", 1225 * n)},
                "payment_summaries": payments,
                "settle_date": "20180130",
            },
        }]);
        let bytes = serde_json::to_vec(&body).unwrap();
        if bytes.len() >= STATEMENT_BYTES {
            return bytes;
        }
        let (payment, refund) = statement_lines(n);
        payments.push(payment);
        refunds.push(refund);
    }
}

/// A payment notification as 004:L2588 shows it.
fn notification_body() -> Vec<u8> {
    let id = "PAY_GM3TAOJRGYYDONJVGY3TGMRUGUZDAMJXGA4TCNOZ";
    let base = "https://fx.soopay.net/cberest/v1/payments";
    serde_json::to_vec(&json!({
        "meta": {"ret_code": "0000", "ret_msg": ["SUCCESS"]},
        "payment": {
            "id": id,
            "payer": {"bank_code": "", "payer_info": {"payer_agreement": {"gate_id": "", "last_four_cardid": "", "usr_pay_agreement_id": "", "usr_busi_agreement_id": ""}}},
            "order": {"mer_reference_id": "54bec7906fa88c72ba3597a7", "mer_date": "20170915", "amount": {"total": "0.01", "currency": "CNY", "total_cny": "0.01"}, "mer_priv": ""},
            "state": "TRADE_SUCCESS",
            "settle_date": "20170916",
            "execute_success_time": "20170916",
        },
        "links": [
            {"href": format!("{base}/payment/{id}"), "ref": "self", "method": "GET"},
            {"href": format!("{base}/payment/{id}/refund"), "ref": "refund", "method": "POST"},
            {"href": format!("{base}/{id}/apply_to_customs"), "ref": "apply_to_customs", "method": "POST"},
        ],
    }))
    .unwrap()
}

/// Byte offset of `part`, a subslice of `whole`.
fn offset_in(whole: &[u8], part: &[u8]) -> usize {
    let offset = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    assert!(offset + part.len() <= whole.len(), "not a subslice");
    offset
}

fn main() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let repo = repo.canonicalize().unwrap();
    let keys = repo.join("tests/vectors/keys");
    let out = std::env::args_os()
        .nth(1)
        .map_or_else(|| repo.join("target/bench/fixtures"), PathBuf::from);
    fs::create_dir_all(&out).unwrap();
    let write = |name: &str, bytes: &[u8]| fs::write(out.join(name), bytes).unwrap();

    // sign / verify / encrypt: the create_payment parameters as compact JSON are the message.
    let params = create_payment();
    let message = serde_json::to_vec(&params).unwrap();
    write("create_payment.json", &message);
    let mut signatures = serde_json::Map::new();
    for bits in [1024, 2048] {
        let signature = private_key(&keys, "umf", bits).sign(&message).unwrap();
        public_key(&keys, bits)
            .verify(&message, signature.as_str())
            .unwrap();
        signatures.insert(bits.to_string(), signature.as_str().into());
    }

    // prepare: which paths the core encrypts in this request (the baselines encrypt the same).
    let umf_key = public_key(&keys, UMF_BITS);
    let client = Client::new(ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1",
        umf_key.clone(),
        Some(private_key(&keys, "merchant", UMF_BITS)),
    ));
    let request = RequestParams::from_flat("create_payment", params).unwrap();
    let unsigned = client
        .prepare_unsigned("create_payment", &request, None)
        .unwrap();
    let encrypted_paths = unsigned.encryption.encrypted.clone();
    assert_eq!(encrypted_paths.len(), 5, "{encrypted_paths:?}");

    // The statement, signed as the sandbox signs it (respond.rs), and checked as a client would.
    let op = operation(STATEMENT_OP).unwrap();
    let umf_private = private_key(&keys, "umf", UMF_BITS);
    let statement = sign_response(
        &statement_body(),
        &umf_private,
        SignatureScope::PrimaryResult,
        op.result_keys,
    )
    .unwrap();
    let scanned = ScannedResponse::scan(&statement).unwrap();
    let coverage = scanned
        .coverage(SignatureScope::PrimaryResult, op.result_keys)
        .unwrap();
    let covered_raw = scanned.member_raw(&coverage.covered[0]).unwrap();
    assert_eq!(covered_raw, &coverage.bytes[..]);
    let start = offset_in(&statement, covered_raw);
    let strict = VerifyOptions {
        policy: VerifyPolicy::Strict,
        scope: SignatureScope::PrimaryResult,
    };
    let parsed = umf_core::client::parse_response(
        STATEMENT_OP,
        &HttpResponse::new(200, statement.clone()),
        Some((&umf_key, strict)),
    )
    .unwrap();
    assert!(parsed.verification.is_verified());
    write("statement-20k.json", &statement);

    // The notification: a plain signature over the raw body (notify.rs).
    let notification = notification_body();
    let notification_signature = umf_private.sign(&notification).unwrap();
    verify_notification(&umf_key, notification_signature.as_str(), &notification).unwrap();
    write("notification.json", &notification);

    let manifest = json!({
        "keys_dir": keys,
        "card_number": CARD_NUMBER,
        "message": "create_payment.json",
        "signatures": signatures,
        "umf_bits": UMF_BITS,
        "create_payment": {"file": "create_payment.json", "encrypted_paths": encrypted_paths},
        "statement": {
            "file": "statement-20k.json",
            "operation": STATEMENT_OP,
            "bytes": statement.len(),
            "signed": [start, start + coverage.bytes.len()],
        },
        "notification": {"file": "notification.json", "signature": notification_signature.as_str()},
    });
    write(
        "manifest.json",
        &serde_json::to_vec_pretty(&manifest).unwrap(),
    );
    println!(
        "bench fixtures in {}: statement {} bytes, notification {} bytes",
        out.display(),
        statement.len(),
        notification.len()
    );
}
