//! Response bodies with their `meta.sign`: verification under every scope and policy, and the
//! typed parse of a few operations, must never panic, hang or allocate without bound. (That a
//! tampered body never verifies is the forgery matrix's job: the corpus holds genuinely signed
//! vectors, so "never verified" is not an invariant here.)
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
    for op in OPS {
        let _ = umf_core::client::parse_response(op, &response, None);
    }
});
