//! Request parameters from callers (bindings pass whatever a user gives): building any
//! operation's request must never panic, and what it builds keeps its promises:
//! * a built request always carries a valid signature;
//! * no header holds a control character (CR/LF would inject headers), whatever the token and
//!   `Accept-Language` (taken from the input's `$token` and `$lang` members);
//! * every amount (`total`) in the body is text the caller wrote, never a rounded number;
//! * the sensitive-value oracle (`core/tests/oracle/sensitive.rs`), driven by the same bytes: a
//!   request generated with values in sensitive positions of the operation's body model leaves
//!   with none of them in plaintext, each decrypting back, and an unknown member inside an
//!   object that holds sensitive data is refused by path.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use umf_core::{AccessToken, Client, ClientConfig, PrivateKey, RequestParams, OPERATIONS};

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
    let f = fixture();

    if op.body_model().is_some() || op.query.iter().any(|q| q.sensitive) {
        let case = sensitive::generate(op, &mut sensitive::Choices::new(rest));
        if let Err(violation) = sensitive::check(&case, &f.unvalidated, &f.umf) {
            panic!("{violation}");
        }
    }

    let Ok(mut params) = serde_json::from_slice::<Value>(rest) else { return };
    let (token, lang) = match params.as_object_mut() {
        Some(map) => (map.remove("$token"), map.remove("$lang")),
        None => (None, None),
    };
    let token = token.and_then(|t| t.as_str().map(|t| AccessToken::from_parts(t, u64::MAX)));
    let mut config = f.client.config().clone();
    config.headers.accept_language = lang.and_then(|l| l.as_str().map(str::to_owned));
    let client = Client::new(config);
    let mut written = Vec::new();
    totals(&params, &mut written);
    let Ok(params) = RequestParams::from_flat(op.id, params) else { return };
    let _ = client.validate(op.id, &params);
    if let Ok(request) = client.prepare(op.id, &params, token.as_ref()) {
        if let Some(signature) = request.header("Signature") {
            f.merchant.public_key().verify(&request.body, signature).unwrap();
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
