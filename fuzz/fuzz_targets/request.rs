//! Request parameters from callers (bindings pass whatever a user gives): building any
//! operation's request must never panic, and a built request always carries a valid signature.
//!
//! The same bytes also drive the sensitive-value oracle (`core/tests/oracle/sensitive.rs`): a
//! request generated with values in sensitive positions of the operation's body model must
//! leave with none of them in plaintext, each decrypting back, and an unknown member inside an
//! object that holds sensitive data must be refused by path.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use umf_core::{Client, ClientConfig, PrivateKey, RequestParams, OPERATIONS};

#[path = "../../core/tests/oracle/sensitive.rs"]
#[allow(dead_code)]
mod sensitive;

struct Fixture {
    client: Client,
    unvalidated: Client,
    merchant: PrivateKey,
    umf: PrivateKey,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let merchant = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/merchant_1024_pkcs8.pem"), None).unwrap();
        let umf = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_pkcs8.pem"), None).unwrap();
        let config = ClientConfig::new("https://uatfx.soopay.net/cberest/v1", umf.public_key().clone(), Some(merchant.clone()));
        let unvalidated = sensitive::unvalidated_client(&umf, merchant.clone());
        Fixture { client: Client::new(config), unvalidated, merchant, umf }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let op = &OPERATIONS[usize::from(selector) % OPERATIONS.len()];
    let f = fixture();

    if op.body_model().is_some() || op.query.iter().any(|q| q.sensitive) {
        let case = sensitive::generate(op, &mut sensitive::Choices::new(rest));
        if let Err(violation) = sensitive::check(&case, &f.unvalidated, &f.umf) {
            panic!("{violation}");
        }
    }

    let Ok(params) = serde_json::from_slice::<serde_json::Value>(rest) else { return };
    let Ok(params) = RequestParams::from_flat(op.id, params) else { return };
    let _ = f.client.validate(op.id, &params);
    if let Ok(request) = f.client.prepare(op.id, &params, None) {
        if let Some(signature) = request.header("Signature") {
            f.merchant.public_key().verify(&request.body, signature).unwrap();
        }
    }
});
