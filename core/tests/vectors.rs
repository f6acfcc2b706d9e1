//! The shared vectors of `tests/vectors/` (made by OpenSSL, see `generate.py`), asserted by
//! error code. Every binding runs the same manifest. Signatures and verification are checked
//! under both RSA backends (see `core/src/keys/backend.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::path::PathBuf;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::Value;
use umf_core::verification::{SignatureScope, VerifyOptions, VerifyPolicy};
use umf_core::{rsa_backend, verify_notification, verify_response, PrivateKey, PublicKey};

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn manifest() -> Value {
    let text = std::fs::read_to_string(vectors_dir().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn key_bytes(file: &str) -> Vec<u8> {
    std::fs::read(vectors_dir().join("keys").join(file)).unwrap()
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str().unwrap_or_else(|| panic!("{k} in {v}"))
}

#[test]
fn every_key_file_loads_with_its_size_format_and_fingerprint() {
    let m = manifest();
    let keys = m["keys"].as_array().unwrap();
    assert_eq!(keys.len(), 60);
    for k in keys {
        let file = s(k, "file");
        let bytes = key_bytes(file);
        let bits = k["bits"].as_u64().unwrap() as usize;
        let (fingerprint, format) = match s(k, "kind") {
            "rsa_private_key" | "encrypted_private_key" => {
                let pass = k["passphrase"].as_str().map(str::as_bytes);
                let key =
                    PrivateKey::from_bytes(&bytes, pass).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(key.bits(), bits, "{file}");
                (key.fingerprint(), key.format())
            }
            _ => {
                let key = PublicKey::from_bytes(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(key.bits(), bits, "{file}");
                (key.fingerprint(), key.format().unwrap())
            }
        };
        assert_eq!(fingerprint.to_hex(), s(k, "fingerprint"), "{file}");
        assert_eq!(
            serde_json::to_value(format.container).unwrap(),
            k["container"],
            "{file}"
        );
        assert_eq!(
            serde_json::to_value(format.encoding).unwrap(),
            k["encoding"],
            "{file}"
        );
    }
}

#[test]
fn every_bad_key_file_fails_with_its_code() {
    let m = manifest();
    for b in m["bad_keys"].as_array().unwrap() {
        let file = s(b, "file");
        let bytes = key_bytes(file);
        let err = match s(b, "wanted") {
            "private" => {
                PrivateKey::from_bytes(&bytes, b["passphrase"].as_str().map(str::as_bytes))
                    .unwrap_err()
            }
            _ => PublicKey::from_bytes(&bytes).unwrap_err(),
        };
        assert_eq!(err.code(), s(b, "error"), "{file}: {err}");
    }
}

#[test]
fn signatures_match_openssl_byte_for_byte() {
    let m = manifest();
    for v in m["signatures"].as_array().unwrap() {
        let key = PrivateKey::from_bytes(&key_bytes(s(v, "key")), None).unwrap();
        let body = base64::engine::general_purpose::STANDARD
            .decode(s(v, "body_b64"))
            .unwrap();
        let ours = key.sign(&body).unwrap();
        assert_eq!(ours.as_str(), s(v, "signature"), "{}", s(v, "name"));
        let public = PublicKey::from_bytes(&key_bytes(s(v, "public_key"))).unwrap();
        public.verify(&body, s(v, "signature")).unwrap();
        let mut tampered = body.clone();
        tampered.push(b' ');
        assert_eq!(
            public
                .verify(&tampered, s(v, "signature"))
                .unwrap_err()
                .code(),
            "signature_invalid"
        );
    }
}

const NATIVE: bool = cfg!(feature = "native-backend");

#[test]
fn the_feature_decides_the_backend_of_every_key() {
    println!("RSA backend: {}", rsa_backend());
    assert_eq!(rsa_backend().starts_with("OpenSSL"), NATIVE);
    let m = manifest();
    let mut loaded = 0;
    for k in m["keys"].as_array().unwrap() {
        let bytes = key_bytes(s(k, "file"));
        match s(k, "kind") {
            "rsa_private_key" | "encrypted_private_key" => {
                let pass = k["passphrase"].as_str().map(str::as_bytes);
                let key = PrivateKey::from_bytes(&bytes, pass).unwrap();
                assert_eq!(key.uses_native_backend(), NATIVE, "{}", s(k, "file"));
                assert_eq!(key.public_key().uses_native_backend(), NATIVE);
                assert!(!key.rustcrypto_only().uses_native_backend());
                assert!(!key.rustcrypto_only().public_key().uses_native_backend());
            }
            _ => {
                let key = PublicKey::from_bytes(&bytes).unwrap();
                assert_eq!(key.uses_native_backend(), NATIVE, "{}", s(k, "file"));
                assert!(!key.rustcrypto_only().uses_native_backend());
            }
        }
        loaded += 1;
    }
    assert_eq!(loaded, 60);
}

/// Every way the signature or the body of a vector can be wrong, with the valid pair first.
fn twins(body: &[u8], signature: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
    let mut cases = vec![(body.to_vec(), signature.to_vec())];
    let mut longer = body.to_vec();
    longer.push(b' ');
    cases.push((longer, signature.to_vec()));
    if !body.is_empty() {
        cases.push((body[..body.len() - 1].to_vec(), signature.to_vec()));
    }
    for i in [0, signature.len() / 2, signature.len() - 1] {
        for bit in [0x01, 0x80] {
            let mut flipped = signature.to_vec();
            flipped[i] ^= bit;
            cases.push((body.to_vec(), flipped));
        }
    }
    // Zero, one, and values at or above any modulus of this size.
    let n = signature.len();
    let mut one = vec![0; n];
    one[n - 1] = 1;
    cases.push((body.to_vec(), vec![0; n]));
    cases.push((body.to_vec(), one));
    cases.push((body.to_vec(), vec![0xff; n]));
    cases
}

#[test]
fn signatures_are_byte_identical_and_verification_agrees() {
    let m = manifest();
    let mut checked = 0;
    for v in m["signatures"].as_array().unwrap() {
        let name = s(v, "name");
        let key = PrivateKey::from_bytes(&key_bytes(s(v, "key")), None).unwrap();
        let body = STANDARD.decode(s(v, "body_b64")).unwrap();
        let native = key.sign(&body).unwrap();
        let rust = key.rustcrypto_only().sign(&body).unwrap();
        assert_eq!(
            native.as_str(),
            s(v, "signature"),
            "{name}: default backend"
        );
        assert_eq!(rust.as_str(), s(v, "signature"), "{name}: rsa crate");

        let public = PublicKey::from_bytes(&key_bytes(s(v, "public_key"))).unwrap();
        let rust_public = public.rustcrypto_only();
        for (i, (body, signature)) in twins(&body, &native.to_bytes()).iter().enumerate() {
            let signature = STANDARD.encode(signature);
            let a = public.verify(body, &signature).map_err(|e| e.code());
            let b = rust_public.verify(body, &signature).map_err(|e| e.code());
            assert_eq!(a, b, "{name}, case {i}: the backends disagree");
            assert_eq!(a.is_ok(), i == 0, "{name}, case {i}: {a:?}");
            checked += 1;
        }
    }
    println!("{checked} verifications compared across backends");
}

fn scope(name: &str) -> SignatureScope {
    serde_json::from_value(Value::String(name.to_owned())).unwrap()
}

#[test]
fn signed_responses_and_their_tampered_twins() {
    let m = manifest();
    let r = &m["responses"];
    let key = PublicKey::from_bytes(&key_bytes(s(r, "umf_public_key"))).unwrap();
    let cases = r["cases"].as_array().unwrap();
    for c in cases {
        let name = s(c, "name");
        let options = VerifyOptions {
            policy: if c["policy"] == "strict" {
                VerifyPolicy::Strict
            } else {
                VerifyPolicy::IfPresent
            },
            scope: scope(s(c, "scope")),
        };
        let result_keys: Vec<&str> = c["result_keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let outcome = match verify_response(s(c, "body").as_bytes(), &key, options, &result_keys) {
            Ok(v) => serde_json::to_value(v.status)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned(),
            Err(e) => e.code().to_owned(),
        };
        assert_eq!(outcome, s(c, "expect"), "{name}");
    }
}

#[test]
fn notifications_and_their_tampered_twins() {
    let m = manifest();
    let n = &m["notifications"];
    let key = PublicKey::from_bytes(&key_bytes(s(n, "umf_public_key"))).unwrap();
    for c in n["cases"].as_array().unwrap() {
        let name = s(c, "name");
        match verify_notification(&key, s(c, "signature"), s(c, "body").as_bytes()) {
            Ok(note) => {
                assert_eq!(s(c, "expect"), "verified", "{name}");
                assert_eq!(note.kind.as_str(), s(c, "kind"), "{name}");
                assert_eq!(note.id, s(c, "id"), "{name}");
                assert_eq!(note.state.as_deref(), Some(s(c, "state")), "{name}");
                assert_eq!(note.idempotency_key(), s(c, "idempotency_key"), "{name}");
            }
            Err(e) => assert_eq!(e.code(), s(c, "expect"), "{name}: {e}"),
        }
    }
}

#[test]
fn a_private_key_is_not_accepted_as_the_umf_key_and_vice_versa() {
    let err = PublicKey::from_bytes(&key_bytes("umf_1024_pkcs8.pem")).unwrap_err();
    assert!(
        err.to_string().contains("found an RSA private key"),
        "{err}"
    );
    let err = PrivateKey::from_bytes(&key_bytes("umf_1024_cert.pem"), None).unwrap_err();
    assert!(
        err.to_string().contains("found an X.509 certificate"),
        "{err}"
    );
}

#[test]
fn keys_export_to_der_that_loads_back() {
    let key = PrivateKey::from_bytes(&key_bytes("merchant_2048_pkcs1.pem"), None).unwrap();
    let der = key.to_pkcs8_der().unwrap();
    let again = PrivateKey::from_bytes(&der, None).unwrap();
    assert_eq!(again.fingerprint(), key.fingerprint());
    let spki = key.public_key().to_spki_der().unwrap();
    assert_eq!(PublicKey::from_bytes(&spki).unwrap(), *key.public_key());
}

#[test]
fn encrypted_keys_at_the_kdf_caps_load_and_over_them_name_the_parameter() {
    let m = manifest();
    let within = m["kdf_keys_within_caps"].as_array().unwrap();
    assert_eq!(within.len(), 2);
    for k in within {
        let file = s(k, "file");
        let started = std::time::Instant::now();
        let key = PrivateKey::from_bytes(&key_bytes(file), Some(s(k, "passphrase").as_bytes()))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(key.bits(), 1024, "{file}");
        eprintln!("{file}: loaded in {:?}", started.elapsed());
    }
    let over: Vec<&Value> = m["bad_keys"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["error"] == "key_kdf_limit")
        .collect();
    assert_eq!(over.len(), 12);
    for b in over {
        let file = s(b, "file");
        let started = std::time::Instant::now();
        let err = PrivateKey::from_bytes(&key_bytes(file), Some(s(b, "passphrase").as_bytes()))
            .unwrap_err();
        assert!(
            started.elapsed() < std::time::Duration::from_millis(500),
            "{file}"
        );
        match err {
            umf_core::Error::KeyKdfLimit { parameter, .. } => {
                assert_eq!(parameter, s(b, "parameter"), "{file}")
            }
            other => panic!("{file}: {other}"),
        }
    }
}
