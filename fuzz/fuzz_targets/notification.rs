//! Notification bodies and `Signature` headers: verification and the parser behind it (reachable
//! only after verification in production) must never panic on any input, and what verifies
//! parses to the same notification as the parser alone gives.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use umf_core::{verify_notification, PublicKey};

fn key() -> &'static PublicKey {
    static KEY: OnceLock<PublicKey> = OnceLock::new();
    KEY.get_or_init(|| {
        PublicKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem")).unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|b| *b == b'\n').unwrap_or(data.len());
    let (header, body) = data.split_at(split);
    let signature = String::from_utf8_lossy(header);
    let verified = verify_notification(key(), &signature, body);
    let parsed = umf_core::notification::fuzz_parse(body);
    if let Ok(note) = verified {
        assert_eq!(parsed.map(|p| p.idempotency_key()).ok(), Some(note.idempotency_key()));
    }
});
