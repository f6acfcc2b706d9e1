//! Property tests: sign/verify and encrypt/decrypt round trips over arbitrary UTF-8.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use proptest::prelude::*;
use umf_core::PrivateKey;

fn key(file: &str) -> PrivateKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn sign_then_verify_round_trips(body in any::<String>(), flip in any::<prop::sample::Index>()) {
        let k = key("merchant_1024_pkcs8.pem");
        let sig = k.sign(body.as_bytes()).unwrap();
        prop_assert!(k.public_key().verify(body.as_bytes(), sig.as_str()).is_ok());
        // Deterministic: the same bytes give the same signature.
        prop_assert_eq!(k.sign(body.as_bytes()).unwrap(), sig.clone());
        if !body.is_empty() {
            let mut tampered = body.clone().into_bytes();
            let i = flip.index(tampered.len());
            tampered[i] ^= 0x01;
            prop_assert_eq!(
                k.public_key().verify(&tampered, sig.as_str()).unwrap_err().code(),
                "signature_invalid"
            );
        }
    }

    #[test]
    fn encrypt_then_decrypt_round_trips(value in "\\PC{0,38}") {
        // At most 38 chars of up to 3 bytes each stays within the 117-byte block.
        prop_assume!(value.len() <= 117);
        let k = key("umf_1024_pkcs8.pem");
        let ct = k.public_key().encrypt_to_base64(&value).unwrap();
        let back = k.decrypt_base64(&ct).unwrap();
        prop_assert_eq!(back.as_slice(), value.as_bytes());
    }

    #[test]
    fn encrypt_round_trips_at_2048_bits(value in any::<String>()) {
        let k = key("umf_2048_pkcs8.pem");
        let result = k.public_key().encrypt_to_base64(&value);
        if value.len() <= 245 {
            let back = k.decrypt_base64(&result.unwrap()).unwrap();
            prop_assert_eq!(back.as_slice(), value.as_bytes());
        } else {
            prop_assert_eq!(result.unwrap_err().code(), "value_too_long");
        }
    }
}
