//! Regressions of issue 13, class 2: every sensitive value a request model can hold is
//! encrypted in every operation that can carry it, and a member the model does not know inside
//! an object that holds sensitive data is refused, naming its path and never its value.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::{json, Value};
use umf_core::{operation, Client, PrivateKey, RequestParams};

#[path = "oracle/sensitive.rs"]
#[allow(dead_code)] // the generator and check serve tests/sensitive_oracle.rs
mod sensitive;

use sensitive::unvalidated_client;

fn key(file: &str) -> PrivateKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

/// A client that builds without validating, so each case isolates encryption.
fn client() -> (Client, PrivateKey) {
    let umf = key("umf_1024_pkcs8.pem");
    (
        unvalidated_client(&umf, key("merchant_1024_pkcs8.pem")),
        umf,
    )
}

/// `body` with a placeholder for each path parameter of `op_id`.
fn params(op_id: &str, body: Value) -> RequestParams {
    RequestParams {
        body,
        path: operation(op_id)
            .unwrap()
            .path_params()
            .map(|name| (name.to_owned(), "PAY_X".to_owned()))
            .collect(),
        ..RequestParams::default()
    }
}

/// Builds `op_id` with `body` and returns the body sent, asserting none of `secrets` is in it.
fn built_without(op_id: &str, body: Value, secrets: &[&str]) -> Value {
    let (client, _) = client();
    let params = params(op_id, body);
    let request = client.prepare(op_id, &params, None).unwrap();
    let text = String::from_utf8(request.body.clone()).unwrap();
    for secret in secrets {
        assert!(
            !text.contains(secret),
            "{op_id}: `{secret}` is sent in plaintext"
        );
    }
    serde_json::from_str(&text).unwrap()
}

fn decrypts_to(value: &Value, plain: &str) {
    let (_, umf) = client();
    let back = umf.decrypt_base64(value.as_str().unwrap()).unwrap();
    assert_eq!(back.as_slice(), plain.as_bytes());
}

#[test]
fn execute_payment_encrypts_the_payer_name_and_wallet_citizen_ids() {
    // 004 §2.4/§2.5 show these fields on /execute.
    for wallet in [
        "qr_code_scan",
        "wechat_in_app",
        "wechat_in_app_web",
        "wechat_H5",
    ] {
        let body = json!({"payer": {"payment_method": "WECHAT_SCAN", "payer_info": {
            "name": "ZHANG SANFENG",
            wallet: {"citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199003074514"},
        }}});
        let sent = built_without(
            "execute_payment",
            body,
            &["ZHANG SANFENG", "110101199003074514"],
        );
        let info = &sent["payer"]["payer_info"];
        decrypts_to(&info["name"], "ZHANG SANFENG");
        decrypts_to(&info[wallet]["citizen_id_number"], "110101199003074514");
    }
}

#[test]
fn send_payment_sms_encrypts_the_payer_name_and_wallet_citizen_ids() {
    let body = json!({"payer": {"payer_info": {
        "name": "LI SIMING",
        "bank_card": {"number": "6222020000000000000"},
        "wechat_H5": {"citizen_id_number": "110101199003074515"},
    }}});
    let sent = built_without(
        "send_payment_sms",
        body,
        &["LI SIMING", "110101199003074515", "6222020000000000000"],
    );
    decrypts_to(&sent["payer"]["payer_info"]["name"], "LI SIMING");
}

#[test]
fn bind_card_operations_encrypt_the_payer_name() {
    for op in ["bind_card_send_sms", "bind_card_confirm"] {
        let body = json!({"external_customer_id": "C1", "payer_info": {
            "name": "WANG WUYI",
            "bank_card": {"number": "6222020000000000001", "payer_name": "WANG WUYI"},
        }});
        let sent = built_without(op, body, &["WANG WUYI", "6222020000000000001"]);
        decrypts_to(&sent["payer_info"]["name"], "WANG WUYI");
    }
}

#[test]
fn a_card_number_under_an_unknown_member_is_refused_by_path() {
    let (client, _) = client();
    for (op, body, path) in [
        (
            "create_payment",
            json!({"payer": {"payer_info": {"bank_card": {"number ": "6222020000000000002"}}}}),
            "payer.payer_info.bank_card.number ",
        ),
        (
            "create_payment",
            json!({"payer": {"payer_info": {"bank_card": {"card_number": "6222020000000000002"}}}}),
            "payer.payer_info.bank_card.card_number",
        ),
        (
            "execute_payment",
            json!({"payer": {"payer_info": {"payerAgreement": {"cvv_2": "6222020000000000002"}}}}),
            "payer.payer_info.payer_agreement.cvv_2",
        ),
        (
            "bind_card_send_sms",
            json!({"payer_info": {"bank_card": {"card_number": "6222020000000000002"}}}),
            "payer_info.bank_card.card_number",
        ),
    ] {
        let err = client.prepare(op, &params(op, body), None).unwrap_err();
        assert_eq!(err.code(), "unknown_sensitive_member", "{op} {path}");
        let text = format!("{err} {err:?}");
        assert!(text.contains(path), "{op}: {text}");
        assert!(!text.contains("6222020000000000002"), "{op}: {text}");
    }
}

#[test]
fn older_spellings_are_still_read_and_encrypted() {
    let body = json!({"payer": {"payer_info": {
        "bankCard": {"number": "6222020000000000003", "cvv2": "123"},
        "payerAgreement": {"valid_date": "2912", "last_four_cardId": "0003"},
        "wechat_h5": {"citizen_id_number": "110101199003074516"},
    }}});
    let sent = built_without(
        "create_payment",
        body,
        &["6222020000000000003", "110101199003074516", "\"2912\""],
    );
    let info = &sent["payer"]["payer_info"];
    decrypts_to(&info["bank_card"]["number"], "6222020000000000003");
    decrypts_to(&info["payer_agreement"]["valid_date"], "2912");
    decrypts_to(
        &info["wechat_H5"]["citizen_id_number"],
        "110101199003074516",
    );
    assert_eq!(info["payer_agreement"]["last_four_cardid"], "0003");
}

/// A device encrypts the flat parameters it relays (`payment_id` beside the body, as
/// `RequestParams::from_flat` reads them): the path and query parameters are not members of the
/// body and are not "unknown" there, while an unknown member of the body still is.
#[test]
fn a_device_encrypts_flat_parameters_with_the_path_beside_the_body() {
    let (_, umf) = client();
    let device = umf_core::CardEncryptor::new(umf.public_key().clone());
    let mut flat = json!({
        "payment_id": "PAY_X",
        "payer": {"payer_info": {"name": "张三", "bank_card": {"number": "6222020000000000000"}}},
    });
    let report = device
        .encrypt_fields("execute_payment", &mut flat, None)
        .unwrap();
    assert_eq!(flat["payment_id"], "PAY_X");
    assert!(report
        .encrypted
        .iter()
        .any(|p| p == "payer.payer_info.bank_card.number"));
    assert!(!flat.to_string().contains("6222020000000000000"));
    let mut stray = json!({"payment_id": "PAY_X", "card_number": "6222020000000000000"});
    let err = device
        .encrypt_fields("execute_payment", &mut stray, None)
        .unwrap_err();
    assert_eq!(err.code(), "unknown_sensitive_member");
}
