//! UMF key change-over: a client and a notification verifier holding a set of UMF public keys
//! accept exactly what one of them signed, and say which.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use proptest::prelude::*;
use umf_core::verification::{sign_response, SignatureScope, VerifyOptions, VerifyPolicy};
use umf_core::{
    verify_notification_with_keys, verify_response_with_keys, Client, ClientConfig, HttpResponse,
    PrivateKey, PublicKey, VerificationStatus,
};

fn key(file: &str) -> PrivateKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

/// Three distinct RSA keys: UMF's current, UMF's next, and one UMF never had.
fn keys() -> [PrivateKey; 3] {
    [
        key("umf_1024_pkcs8.pem"),
        key("umf_2048_pkcs8.pem"),
        key("merchant_1024_pkcs8.pem"),
    ]
}

fn payment(id: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "meta": {"ret_code": "0000", "ret_msg": ["SUCCESS"]},
        // What every get_payment answer carries: its state and the order's amount.
        "payment": {"id": format!("PAY_{id}"), "state": "TRADE_SUCCESS",
            "order": {"amount": {"total": "1.00", "currency": "USD"}}},
    }))
    .unwrap()
}

fn subset(all: &[PrivateKey; 3], mask: u8) -> Vec<&PublicKey> {
    all.iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, k)| k.public_key())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// An answer verifies under a key set iff its signer is in the set, and the report names
    /// the signer's fingerprint; the order of the set does not matter.
    #[test]
    fn a_response_verifies_iff_signed_by_one_of_the_keys(
        id in "[A-Z0-9]{1,30}", signer in 0..3usize, mask in 0u8..8, reversed: bool,
        scope in prop::sample::select(SignatureScope::CONCRETE.to_vec()),
    ) {
        let all = keys();
        let body = payment(&id);
        let signed = sign_response(&body, &all[signer], scope, &["payment"]).unwrap();
        let mut set = subset(&all, mask);
        if reversed {
            set.reverse();
        }
        let options = VerifyOptions { policy: VerifyPolicy::Strict, scope: SignatureScope::Auto };
        let got = verify_response_with_keys(&signed, &set, options, &["payment"]);
        if mask & (1 << signer) != 0 {
            let got = got.unwrap();
            prop_assert_eq!(got.status, VerificationStatus::Verified);
            prop_assert_eq!(got.scope, scope);
            let expected = all[signer].fingerprint().to_hex();
            prop_assert_eq!(got.key_fingerprint.as_deref(), Some(expected.as_str()));
        } else {
            prop_assert!(got.is_err(), "verified without its signer: {:?}", got);
        }
    }

    /// The same for notifications (the `Signature` header over the raw body).
    #[test]
    fn a_notification_verifies_iff_signed_by_one_of_the_keys(
        id in "[A-Z0-9]{1,30}", signer in 0..3usize, mask in 0u8..8,
    ) {
        let all = keys();
        let body = payment(&id);
        let signature = all[signer].sign(&body).unwrap();
        let set = subset(&all, mask);
        let got = verify_notification_with_keys(&set, signature.as_str(), &body);
        if mask & (1 << signer) != 0 {
            let note = got.unwrap();
            prop_assert_eq!(note.key_fingerprint, all[signer].fingerprint().to_hex());
            prop_assert_eq!(note.id, format!("PAY_{id}"));
        } else {
            prop_assert!(got.is_err());
        }
    }
}

#[test]
fn a_client_with_an_additional_key_verifies_both_and_encrypts_with_the_current_one() {
    let [current, next, stranger] = keys();
    let mut config = ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1",
        current.public_key().clone(),
        None,
    );
    config.verify.policy = VerifyPolicy::Strict;
    // The current key listed again counts once.
    config.umf_additional_public_keys =
        vec![next.public_key().clone(), current.public_key().clone()];
    let client = Client::new(config.clone());
    assert_eq!(client.umf_public_keys().len(), 2);
    let body = payment("1");
    for signer in [&current, &next] {
        let signed = sign_response(&body, signer, SignatureScope::PrimaryResult, &["payment"]);
        let answer = client
            .parse("get_payment", &HttpResponse::new(200, signed.unwrap()))
            .unwrap();
        let expected = signer.fingerprint().to_hex();
        assert_eq!(
            answer.verification.key_fingerprint.as_deref(),
            Some(expected.as_str())
        );
        let signature = signer.sign(&body).unwrap();
        let note = client
            .verify_notification(signature.as_str(), &body)
            .unwrap();
        assert_eq!(note.key_fingerprint, expected);
    }
    let forged = sign_response(
        &body,
        &stranger,
        SignatureScope::PrimaryResult,
        &["payment"],
    );
    let refused = client.parse("get_payment", &HttpResponse::new(200, forged.unwrap()));
    assert_eq!(refused.unwrap_err().code(), "signature_invalid");
    // Encryption uses `umf_public_key` only: the current key decrypts, the next one cannot.
    let params = umf_core::RequestParams::from_flat(
        "send_payment_sms",
        serde_json::json!({"payment_id": "PAY_1", "payer": {"payment_method": "CREDIT_CARD",
            "payer_info": {"bank_card": {"number": "6222020000000001234"}}}}),
    )
    .unwrap();
    let request = client
        .prepare_unsigned("send_payment_sms", &params, None)
        .unwrap();
    let mut sent: serde_json::Value = serde_json::from_slice(&request.request.body).unwrap();
    let mut copy = sent.clone();
    umf_core::encryption::decrypt_fields("send_payment_sms", &mut sent, None, &current).unwrap();
    assert_eq!(
        sent["payer"]["payer_info"]["bank_card"]["number"],
        "6222020000000001234"
    );
    assert!(
        umf_core::encryption::decrypt_fields("send_payment_sms", &mut copy, None, &next).is_err()
    );
    // The one-key constructor still works as before: the next key's answers are refused.
    let single = Client::new(ClientConfig {
        umf_additional_public_keys: Vec::new(),
        ..config
    });
    let signed = sign_response(&body, &next, SignatureScope::PrimaryResult, &["payment"]);
    let refused = single.parse("get_payment", &HttpResponse::new(200, signed.unwrap()));
    // A 2048-bit signature does not even fit the 1024-bit key.
    assert_eq!(refused.unwrap_err().code(), "signature_malformed");
}
