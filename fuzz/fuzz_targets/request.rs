//! Request parameters from callers (bindings pass whatever a user gives): building any
//! operation's request must never panic, and a built request always carries a valid signature.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use umf_core::{Client, ClientConfig, PrivateKey, RequestParams, OPERATIONS};

fn client() -> &'static (Client, PrivateKey) {
    static CLIENT: OnceLock<(Client, PrivateKey)> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let merchant = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/merchant_1024_pkcs8.pem"), None).unwrap();
        let umf = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_pkcs8.pem"), None).unwrap();
        let config = ClientConfig::new("https://uatfx.soopay.net/cberest/v1", umf.public_key().clone(), Some(merchant.clone()));
        (Client::new(config), merchant)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let op = &OPERATIONS[usize::from(selector) % OPERATIONS.len()];
    let Ok(params) = serde_json::from_slice::<serde_json::Value>(rest) else { return };
    let (client, merchant) = client();
    let Ok(params) = RequestParams::from_flat(op.id, params) else { return };
    let _ = client.validate(op.id, &params);
    if let Ok(request) = client.prepare(op.id, &params, None) {
        if let Some(signature) = request.header("Signature") {
            merchant.public_key().verify(&request.body, signature).unwrap();
        }
    }
});
