//! Response bodies with their `meta.sign`: verification under every scope and policy, and the
//! typed parse of a few operations, must never panic, hang or allocate without bound; every
//! amount (`total`) a typed result holds is the text of a `total` in the body as received
//! (never a number rounded on the way). (That a tampered body never verifies is the forgery matrix's job: the
//! corpus holds genuinely signed vectors, so "never verified" is not an invariant here.)
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use umf_core::verification::{verify_response, SignatureScope, VerificationStatus, VerifyOptions, VerifyPolicy};
use umf_core::{HttpResponse, PublicKey};

fn key() -> &'static PublicKey {
    static KEY: OnceLock<PublicKey> = OnceLock::new();
    KEY.get_or_init(|| {
        PublicKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem")).unwrap()
    })
}

const OPS: &[&str] = &["get_payment", "create_refund", "list_transactions", "get_reconciliation_statement",
    "query_card_bin", "get_exchange_rate", "download_settlement_file", "bind_card_confirm"];

fuzz_target!(|data: &[u8]| {
    for scope in [SignatureScope::PrimaryResult, SignatureScope::AllResults, SignatureScope::BodyWithoutSign] {
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
});

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
