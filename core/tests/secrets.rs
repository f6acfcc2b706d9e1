//! Secret hygiene: no key material, secret, token, card or ID number in any `Debug` or
//! `Display` output of keys, credentials, tokens, requests, models or errors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::json;
use umf_core::encryption::{encrypt_fields, EncryptionMode};
use umf_core::model::{BankCard, SensitiveString};
use umf_core::request::{signed_post, HeaderOptions};
use umf_core::{ClientCredentials, HttpResponse, PrivateKey, PublicKey, TokenAction, TokenManager};

const CARD: &str = "6222020000000000000";
const ID_NUMBER: &str = "110101199001011234";
const SECRET: &str = "client-secret-value-XYZ";
const TOKEN: &str = "ea3b83b316d97bd78166475fe36a3f7219d79e8d04bfc784dec424fba0e9462f";

fn pem_chunks(pem: &str) -> Vec<String> {
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    body.as_bytes()
        .chunks(12)
        .filter(|c| c.len() == 12)
        .map(|c| String::from_utf8(c.to_vec()).unwrap())
        .collect()
}

fn assert_clean(shown: &str, private_pem: &str) {
    for forbidden in [CARD, ID_NUMBER, SECRET, TOKEN] {
        assert!(
            !shown.contains(forbidden),
            "leaked {forbidden:?} in {shown}"
        );
    }
    for chunk in pem_chunks(private_pem) {
        assert!(!shown.contains(&chunk), "leaked key material in {shown}");
    }
}

#[test]
fn nothing_secret_is_ever_printed() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    let private_pem = std::fs::read_to_string(dir.join("merchant_1024_pkcs8.pem")).unwrap();
    let key = PrivateKey::from_bytes(private_pem.as_bytes(), None).unwrap();
    let umf =
        PublicKey::from_bytes(&std::fs::read(dir.join("umf_1024_cert.pem")).unwrap()).unwrap();

    let mut shown = Vec::new();
    shown.push(format!("{key:?} {:?} {umf:?}", key.public_key()));

    let credentials = ClientCredentials::new("client-1", SECRET);
    let mut manager = TokenManager::new(credentials.clone(), "https://x/oauth/authorize");
    let TokenAction::Fetch(ticket, token_request) = manager.poll(0) else {
        panic!()
    };
    let token = manager
        .complete(
            ticket,
            &HttpResponse::new(
                200,
                format!(r#"{{"access_token":"{TOKEN}","expires_in":3600}}"#),
            ),
            0,
        )
        .unwrap();
    shown.push(format!(
        "{credentials:?} {manager:?} {token:?} {token_request:?}"
    ));

    let mut body = json!({"payer": {"payer_info": {"bank_card": {
        "number": CARD, "citizen_id_number": ID_NUMBER}}}});
    encrypt_fields(
        "create_payment",
        &mut body,
        None,
        &umf,
        EncryptionMode::Wire,
    )
    .unwrap();
    let request = signed_post(
        "https://x/payments/payment".into(),
        serde_json::to_vec(&body).unwrap(),
        &key,
        Some(&token),
        &HeaderOptions::default(),
    )
    .unwrap();
    assert!(request.header("Authorization").unwrap().contains(TOKEN));
    shown.push(format!("{request:?}"));

    let card = BankCard {
        number: Some(SensitiveString::plain(CARD)),
        citizen_id_number: Some(SensitiveString::plain(ID_NUMBER)),
        ..BankCard::default()
    };
    shown.push(format!("{card:?}"));

    // Errors raised while handling secrets.
    let long = format!("{CARD}{}", "0".repeat(200));
    let mut too_long = json!({"payer": {"payer_info": {"bank_card": {"number": long}}}});
    let e1 = encrypt_fields(
        "create_payment",
        &mut too_long,
        None,
        &umf,
        EncryptionMode::Wire,
    )
    .unwrap_err();
    let e2 = PrivateKey::from_bytes(&private_pem.as_bytes()[..400], None).unwrap_err();
    let e3 = PublicKey::from_bytes(private_pem.as_bytes()).unwrap_err();
    let e4 = umf.verify(CARD.as_bytes(), &"A".repeat(172)).unwrap_err();
    // A PEM label is the file's own text: a BEGIN line that lost its closing dashes (the key
    // body became the "label"), and a secret where the label belongs, with and without a
    // matching END line (regression: both used to be repeated in the message).
    let body: String = private_pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect::<Vec<_>>()
        .join("\n");
    let unclosed = format!("-----BEGIN PRIVATE KEY\n{body}\n-----END PRIVATE KEY-----\n");
    let e5 = PrivateKey::from_bytes(unclosed.as_bytes(), None).unwrap_err();
    let labelled = format!("-----BEGIN {SECRET}-----\n{body}\n-----END {SECRET}-----\n");
    let e6 = PrivateKey::from_bytes(labelled.as_bytes(), None).unwrap_err();
    let e7 = PublicKey::from_bytes(labelled.as_bytes()).unwrap_err();
    let mismatched = format!("-----BEGIN {SECRET}-----\n{body}\n-----END PRIVATE KEY-----\n");
    let e8 = PrivateKey::from_bytes(mismatched.as_bytes(), None).unwrap_err();
    assert_eq!(e6.code(), "key_wrong_kind");
    for e in [e1, e2, e3, e4, e5, e6, e7, e8] {
        shown.push(format!("{e} {e:?}"));
    }

    for s in &shown {
        assert_clean(s, &private_pem);
    }
}
