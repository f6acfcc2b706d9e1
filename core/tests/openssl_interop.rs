//! Both directions with the real `openssl` binary: what the core signs OpenSSL verifies, what
//! the core encrypts OpenSSL decrypts, what OpenSSL signs the core verifies. The test fails (it
//! does not skip) when `openssl` is missing: interoperability is the point. Encryption is checked
//! under both RSA backends (see `core/src/keys/backend.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::path::{Path, PathBuf};
use std::process::Command;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::json;
use umf_core::encryption::{encrypt_fields, EncryptionMode};
use umf_core::{PrivateKey, PublicKey};

fn key_path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/keys")
        .join(file)
}

fn openssl(args: &[&str], dir: &Path) -> std::process::Output {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the openssl binary must be installed for the interoperability tests");
    out
}

const BODIES: &[&str] = &[
    r#"{"payer":{"payment_method":"CREDIT_CARD"},"order":{"mer_reference_id":"R-1","amount":{"total":"100.02","currency":"USD"}}}"#,
    r#"{"order_summary":"跨境支付","note":"<&>"}"#,
    "",
];

#[test]
fn openssl_verifies_what_the_core_signs() {
    let dir = tempfile::tempdir().unwrap();
    for bits in [1024, 2048] {
        let key = PrivateKey::from_bytes(
            &std::fs::read(key_path(&format!("merchant_{bits}_pkcs1.pem"))).unwrap(),
            None,
        )
        .unwrap();
        let spki = key_path(&format!("merchant_{bits}_spki.pem"));
        for (i, body) in BODIES.iter().enumerate() {
            let body_path = dir.path().join(format!("body{i}"));
            let sig_path = dir.path().join(format!("sig{i}"));
            std::fs::write(&body_path, body).unwrap();
            let signature = key.sign(body.as_bytes()).unwrap();
            std::fs::write(&sig_path, signature.to_bytes()).unwrap();
            let out = openssl(
                &[
                    "dgst",
                    "-sha256",
                    "-verify",
                    spki.to_str().unwrap(),
                    "-signature",
                    sig_path.to_str().unwrap(),
                    body_path.to_str().unwrap(),
                ],
                dir.path(),
            );
            assert!(
                out.status.success(),
                "openssl rejected our {bits}-bit signature: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Verified OK");
        }
    }
}

#[test]
fn the_core_verifies_what_openssl_signs() {
    let dir = tempfile::tempdir().unwrap();
    for bits in [1024, 2048] {
        let public = PublicKey::from_bytes(
            &std::fs::read(key_path(&format!("umf_{bits}_cert.der"))).unwrap(),
        )
        .unwrap();
        let private = key_path(&format!("umf_{bits}_pkcs8.pem"));
        for (i, body) in BODIES.iter().enumerate() {
            let body_path = dir.path().join(format!("b{i}"));
            std::fs::write(&body_path, body).unwrap();
            let out = openssl(
                &[
                    "dgst",
                    "-sha256",
                    "-sign",
                    private.to_str().unwrap(),
                    body_path.to_str().unwrap(),
                ],
                dir.path(),
            );
            assert!(out.status.success());
            let signature = STANDARD.encode(&out.stdout);
            public.verify(body.as_bytes(), &signature).unwrap();
            let mut other = body.as_bytes().to_vec();
            other.extend_from_slice(b"x");
            assert_eq!(
                public.verify(&other, &signature).unwrap_err().code(),
                "signature_invalid"
            );
        }
    }
}

fn openssl_decrypt(dir: &Path, private: &Path, ciphertext_b64: &str) -> String {
    let ct_path = dir.join("ct");
    std::fs::write(&ct_path, STANDARD.decode(ciphertext_b64).unwrap()).unwrap();
    let out = openssl(
        &[
            "pkeyutl",
            "-decrypt",
            "-inkey",
            private.to_str().unwrap(),
            "-pkeyopt",
            "rsa_padding_mode:pkcs1",
            "-in",
            ct_path.to_str().unwrap(),
        ],
        dir,
    );
    assert!(
        out.status.success(),
        "openssl could not decrypt: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn openssl_and_the_rsa_crate_decrypt_what_either_backend_encrypts() {
    let dir = tempfile::tempdir().unwrap();
    for bits in [1024, 2048] {
        let public = PublicKey::from_bytes(
            &std::fs::read(key_path(&format!("umf_{bits}_spki.b64"))).unwrap(),
        )
        .unwrap();
        let private = key_path(&format!("umf_{bits}_pkcs8.pem"));
        let umf = PrivateKey::from_bytes(&std::fs::read(&private).unwrap(), None).unwrap();
        let longest = "9".repeat(public.max_plaintext_len());
        // The default backend (OpenSSL with the `native-backend` feature) and the rsa crate.
        for public in [public.clone(), public.rustcrypto_only()] {
            for value in ["6222020000000000000", "张三", "123", "\0", longest.as_str()] {
                let ct = public.encrypt_to_base64(value).unwrap();
                assert_eq!(STANDARD.decode(&ct).unwrap().len(), bits / 8);
                assert_ne!(
                    ct,
                    public.encrypt_to_base64(value).unwrap(),
                    "random padding"
                );
                assert_eq!(openssl_decrypt(dir.path(), &private, &ct), value);
                assert_eq!(&*umf.decrypt_base64(&ct).unwrap(), value.as_bytes());
            }
            let too_long = "9".repeat(public.max_plaintext_len() + 1);
            assert_eq!(
                public.encrypt_to_base64(&too_long).unwrap_err().code(),
                "value_too_long"
            );
        }
    }
}

#[test]
fn every_encrypted_field_of_a_card_payment_decrypts_with_openssl() {
    let dir = tempfile::tempdir().unwrap();
    let public =
        PublicKey::from_bytes(&std::fs::read(key_path("umf_1024_cert.pem")).unwrap()).unwrap();
    let private = key_path("umf_1024_pkcs8.pem");
    let mut body = json!({
        "payer": {
            "payment_method": "CREDIT_CARD",
            "payer_info": {
                "name": "张三",
                "phone": "13800000000",
                "bank_card": {
                    "number": "6222020000000000000",
                    "valid_date": "2612",
                    "cvv2": "123",
                    "payer_name": "ZHANG SAN",
                    "citizen_id_number": "110101199001011234",
                    "citizen_id_type": "IDENTITY_CARD"
                }
            }
        },
        "order": {"mer_reference_id": "R-1", "student_name": ""}
    });
    let report = encrypt_fields(
        "create_payment",
        &mut body,
        None,
        &public,
        EncryptionMode::Wire,
    )
    .unwrap();
    assert_eq!(report.encrypted.len(), 6);
    let card = &body["payer"]["payer_info"]["bank_card"];
    for (field, plain) in [
        ("number", "6222020000000000000"),
        ("valid_date", "2612"),
        ("cvv2", "123"),
        ("payer_name", "ZHANG SAN"),
        ("citizen_id_number", "110101199001011234"),
    ] {
        assert_eq!(
            openssl_decrypt(dir.path(), &private, card[field].as_str().unwrap()),
            plain
        );
    }
    assert_eq!(
        openssl_decrypt(
            dir.path(),
            &private,
            body["payer"]["payer_info"]["name"].as_str().unwrap()
        ),
        "张三"
    );
    // Not sensitive: untouched. Empty: not encrypted (API.md Q22).
    assert_eq!(card["citizen_id_type"], "IDENTITY_CARD");
    assert_eq!(body["payer"]["payer_info"]["phone"], "13800000000");
    assert_eq!(body["order"]["student_name"], "");
}
