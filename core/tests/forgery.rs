//! The forgery matrix (`tests/vectors/forgery.json`, made by OpenSSL): every way to tamper with
//! a signed response or notification, asserted by error code; prints how many cases ran.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::Value;
use umf_core::verification::VerifyOptions;
use umf_core::{verify_notification, verify_response, PublicKey};

fn matrix() -> Value {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    serde_json::from_str(&std::fs::read_to_string(dir.join("forgery.json")).unwrap()).unwrap()
}

fn key(m: &Value) -> PublicKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PublicKey::from_bytes(&std::fs::read(dir.join(m["umf_public_key"].as_str().unwrap())).unwrap())
        .unwrap()
}

#[test]
fn every_tampered_response_and_notification_is_rejected_by_code() {
    let m = matrix();
    let key = key(&m);
    let mut ran = 0;
    let mut failures = Vec::new();
    for c in m["responses"].as_array().unwrap() {
        let options = VerifyOptions {
            policy: serde_json::from_value(c["policy"].clone()).unwrap(),
            scope: serde_json::from_value(c["scope"].clone()).unwrap(),
        };
        let keys: Vec<&str> = c["result_keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap())
            .collect();
        let got =
            match verify_response(c["body"].as_str().unwrap().as_bytes(), &key, options, &keys) {
                Ok(v) => serde_json::to_value(v.status)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
                Err(e) => e.code().to_owned(),
            };
        if got != c["expect"] {
            failures.push(format!(
                "response {}: expected {}, got {got}",
                c["name"], c["expect"]
            ));
        }
        ran += 1;
    }
    for c in m["notifications"].as_array().unwrap() {
        let got = match verify_notification(
            &key,
            c["signature"].as_str().unwrap(),
            c["body"].as_str().unwrap().as_bytes(),
        ) {
            Ok(_) => "verified".to_owned(),
            Err(e) => e.code().to_owned(),
        };
        if got != c["expect"] {
            failures.push(format!(
                "notification {}: expected {}, got {got}",
                c["name"], c["expect"]
            ));
        }
        ran += 1;
    }
    println!("forgery matrix: {ran} cases run");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(ran >= 80);
}
