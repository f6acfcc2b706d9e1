//! Response bodies with their `meta.sign`: verification under every scope and policy, and the
//! typed parse of a few operations, must never panic, hang or allocate without bound; every
//! amount (`total`) a typed result holds is the text of a `total` in the body as received
//! (never a number rounded on the way).
//!
//! And the promise "verified means covered", as an oracle: the input (up to a NUL byte) is
//! signed as the sandbox signs, under the scope its first byte picks; what follows the NUL, if
//! it is an object's text, is spliced into the envelope after signing, as an attacker on the
//! path would add members. Whenever such an answer reads as verified, every value of its typed
//! result must lie in the covered bytes (`core/tests/support/coverage_oracle.rs`).
#![no_main]

#[path = "../../core/tests/support/coverage_oracle.rs"]
mod coverage_oracle;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use umf_core::verification::{
    sign_response, verify_response, SignatureScope, VerificationStatus, VerifyOptions, VerifyPolicy,
};
use umf_core::{HttpResponse, PrivateKey, PublicKey};

fn key() -> &'static PublicKey {
    static KEY: OnceLock<PublicKey> = OnceLock::new();
    KEY.get_or_init(|| {
        PublicKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem")).unwrap()
    })
}

fn private_key() -> &'static PrivateKey {
    static KEY: OnceLock<PrivateKey> = OnceLock::new();
    KEY.get_or_init(|| {
        PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_pkcs8.pem"), None)
            .unwrap()
    })
}

const OPS: &[&str] = &["get_payment", "create_refund", "list_transactions", "get_reconciliation_statement",
    "query_card_bin", "get_exchange_rate", "download_settlement_file", "bind_card_confirm",
    "get_payment_with_refunds", "get_refund"];

fuzz_target!(|data: &[u8]| {
    for scope in [SignatureScope::PrimaryResult, SignatureScope::BodyWithoutMeta, SignatureScope::BodyWithoutSign, SignatureScope::Auto] {
        for policy in [VerifyPolicy::Strict, VerifyPolicy::IfPresent, VerifyPolicy::Off] {
            if let Ok(v) = verify_response(data, key(), VerifyOptions { policy, scope }, &["payment"]) {
                // Verified means something was covered.
                assert!(v.status != VerificationStatus::Verified || !v.covered.is_empty());
            }
        }
    }
    let status = 200 + u16::from(data.first().copied().unwrap_or(0) % 4) * 100;
    let response = HttpResponse::new(status, data.to_vec());
    let mut received = Vec::new();
    if let Ok(body) = serde_json::from_slice::<serde_json::Value>(data) {
        totals(&body, &mut received);
    }
    for op in OPS {
        if let Ok(parsed) = umf_core::client::parse_response(op, &response, None) {
            let mut read = Vec::new();
            totals(&serde_json::to_value(&parsed.result).unwrap(), &mut read);
            for amount in read {
                assert!(received.contains(&amount), "{op}: amount {amount} is not in the body");
            }
        }
    }
    signed_then_grown(data);
});

fn signed_then_grown(data: &[u8]) {
    let (body, extra) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let scope = SignatureScope::CONCRETE[usize::from(data.first().copied().unwrap_or(0)) % SignatureScope::CONCRETE.len()];
    let options = VerifyOptions { policy: VerifyPolicy::IfPresent, scope: SignatureScope::Auto };
    // One operation per input, picked by its second byte: signing is the costly step.
    let op = OPS[usize::from(data.get(1).copied().unwrap_or(0)) % OPS.len()];
    {
        let result_keys = umf_core::operation(op).unwrap().result_keys;
        let Ok(mut raw) = sign_response(body, private_key(), scope, result_keys) else {
            return;
        };
        let inner = extra.strip_prefix(b"{").and_then(|e| e.strip_suffix(b"}"));
        if let (Some(inner), Some(b'}')) = (inner, raw.last()) {
            if !inner.is_empty() {
                raw.pop();
                raw.push(b',');
                raw.extend_from_slice(inner);
                raw.push(b'}');
            }
        }
        if let Ok(answer) = umf_core::client::parse_response(op, &HttpResponse::new(200, raw.clone()), Some((key(), options))) {
            if let Err(why) = coverage_oracle::check(&raw, &answer) {
                panic!("{op}: {why}");
            }
        }
    }
}

/// The text of every `total` member: a number's own digits (`arbitrary_precision`), a string
/// as is and trimmed (a [`umf_core::model::Decimal`] trims; an unknown member is kept raw).
fn totals(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("total", serde_json::Value::Number(n)) => out.push(n.to_string()),
                    ("total", serde_json::Value::String(s)) => {
                        out.push(s.clone());
                        out.push(s.trim().to_owned());
                    }
                    _ => totals(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| totals(v, out)),
        _ => {}
    }
}
