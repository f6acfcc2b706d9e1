//! Request parameters from callers (bindings pass whatever a user gives): building any
//! operation's request must never panic, and what it builds keeps three promises:
//! * a built request always carries a valid signature;
//! * no header holds a control character (CR/LF would inject headers), whatever the token and
//!   `Accept-Language` (taken from the input's `$token` and `$lang` members);
//! * every amount (`total`) in the body is text the caller wrote, never a rounded number.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use umf_core::{AccessToken, Client, ClientConfig, PrivateKey, RequestParams, OPERATIONS};

fn client() -> &'static (Client, PrivateKey) {
    static CLIENT: OnceLock<(Client, PrivateKey)> = OnceLock::new();
    CLIENT.get_or_init(|| {
        let merchant = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/merchant_1024_pkcs8.pem"), None).unwrap();
        let umf = PrivateKey::from_bytes(include_bytes!("../../tests/vectors/keys/umf_1024_pkcs8.pem"), None).unwrap();
        let config = ClientConfig::new("https://uatfx.soopay.net/cberest/v1", umf.public_key().clone(), Some(merchant.clone()));
        (Client::new(config), merchant)
    })
}

/// The text of every `total` member, as written: a number's own digits, a string as is and
/// trimmed (a `Decimal` trims).
fn totals(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("total", Value::Number(n)) => out.push(n.to_string()),
                    ("total", Value::String(s)) => {
                        out.push(s.clone());
                        out.push(s.trim().to_owned());
                    }
                    _ => totals(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| totals(v, out)),
        _ => {}
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let op = &OPERATIONS[usize::from(selector) % OPERATIONS.len()];
    let Ok(mut params) = serde_json::from_slice::<Value>(rest) else { return };
    let (token, lang) = match params.as_object_mut() {
        Some(map) => (map.remove("$token"), map.remove("$lang")),
        None => (None, None),
    };
    let token = token.and_then(|t| t.as_str().map(|t| AccessToken::from_parts(t, u64::MAX)));
    let (client, merchant) = client();
    let mut config = client.config().clone();
    config.headers.accept_language = lang.and_then(|l| l.as_str().map(str::to_owned));
    let client = Client::new(config);
    let mut written = Vec::new();
    totals(&params, &mut written);
    let Ok(params) = RequestParams::from_flat(op.id, params) else { return };
    let _ = client.validate(op.id, &params);
    if let Ok(request) = client.prepare(op.id, &params, token.as_ref()) {
        if let Some(signature) = request.header("Signature") {
            merchant.public_key().verify(&request.body, signature).unwrap();
        }
        for (name, value) in &request.headers {
            assert!(
                name.bytes().chain(value.bytes()).all(|b| (0x20..=0x7e).contains(&b)),
                "header {name} holds a control or non-ASCII byte"
            );
        }
        if let Ok(body) = serde_json::from_slice::<Value>(&request.body) {
            let mut sent = Vec::new();
            totals(&body, &mut sent);
            for total in sent {
                assert!(written.contains(&total), "amount {total} was not written by the caller");
            }
        }
    }
});
