//! The forgery matrix (`tests/vectors/forgery.json`, made by OpenSSL): every way to tamper with
//! a signed response or notification, asserted by error code; prints how many cases ran.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::Value;
use umf_core::client::parse_response;
use umf_core::verification::VerifyOptions;
use umf_core::{verify_notification, verify_response, HttpResponse, PublicKey};

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
    // The default backend (OpenSSL with the `native-backend` feature) and the rsa crate must give
    // the expected code, and so the same code, in every case.
    for (backend, key) in [
        ("default", key.clone()),
        ("rsa crate", key.rustcrypto_only()),
    ] {
        let (ran, failures) = run(&m, &key);
        println!("forgery matrix ({backend} backend): {ran} cases run");
        assert!(failures.is_empty(), "{backend}: {}", failures.join("\n"));
        assert!(ran >= 80);
    }
}

fn run(m: &Value, key: &PublicKey) -> (usize, Vec<String>) {
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
        let got = match verify_response(c["body"].as_str().unwrap().as_bytes(), key, options, &keys)
        {
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
            key,
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
    for c in m["answers"].as_array().unwrap() {
        if let Err(why) = run_answer(c, key) {
            failures.push(format!("answer {}: {why}", c["name"]));
        }
        ran += 1;
    }
    (ran, failures)
}

/// A scope-confusion case read through `parse_response`: the outcome, what was covered and
/// what not, and which strings may and may not reach the typed result.
fn run_answer(c: &Value, key: &PublicKey) -> Result<(), String> {
    let options = VerifyOptions {
        policy: serde_json::from_value(c["policy"].clone()).unwrap(),
        scope: serde_json::from_value(c["scope"].clone()).unwrap(),
    };
    let response = HttpResponse::new(200, c["body"].as_str().unwrap().as_bytes().to_vec());
    let answer = match parse_response(c["op"].as_str().unwrap(), &response, Some((key, options))) {
        Ok(answer) => answer,
        Err(e) if e.code() == c["expect"] => return Ok(()),
        Err(e) => return Err(format!("expected {}, got {}", c["expect"], e.code())),
    };
    if c["expect"] != "verified" || !answer.verification.is_verified() {
        return Err(format!(
            "expected {}, got {:?}",
            c["expect"], answer.verification.status
        ));
    }
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_str().unwrap().to_owned())
            .collect()
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    if sorted(answer.verification.covered.clone()) != sorted(names(&c["covered"])) {
        return Err(format!("covered {:?}", answer.verification.covered));
    }
    if sorted(answer.verification.uncovered.clone()) != sorted(names(&c["uncovered"])) {
        return Err(format!("uncovered {:?}", answer.verification.uncovered));
    }
    let result = serde_json::to_string(&answer.result).unwrap();
    for absent in names(&c["absent"]) {
        if result.contains(&absent) {
            return Err(format!("uncovered `{absent}` reached the typed result"));
        }
    }
    for present in names(&c["present"]) {
        if !result.contains(&present) {
            return Err(format!(
                "covered `{present}` is missing from the typed result"
            ));
        }
    }
    Ok(())
}
