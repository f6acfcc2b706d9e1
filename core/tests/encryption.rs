//! Sensitive-field encryption: the one table, empty values, too-long values, device-side
//! ciphertext passed through and never encrypted twice.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::{json, Value};
use umf_core::encryption::{
    encrypt_fields, encrypted_marker, fields_for, EncryptionMode, EncryptionReport,
    ENCRYPTED_FIELDS, ENCRYPTED_MARKER,
};
use umf_core::{PrivateKey, PublicKey};

fn keys(bits: u32) -> (PublicKey, PrivateKey) {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    let private = PrivateKey::from_bytes(
        &std::fs::read(dir.join(format!("umf_{bits}_pkcs8.pem"))).unwrap(),
        None,
    )
    .unwrap();
    (private.public_key().clone(), private)
}

/// Prepares `body` for the wire (server side).
fn wire(op: &str, body: &mut Value, key: &PublicKey) -> umf_core::Result<EncryptionReport> {
    encrypt_fields(op, body, None, key, EncryptionMode::Wire)
}

fn decrypt(key: &PrivateKey, v: &Value) -> String {
    String::from_utf8(key.decrypt_base64(v.as_str().unwrap()).unwrap().to_vec()).unwrap()
}

/// API.md §3.3's (operation, path) pairs, the documents' own list: the table derived from the
/// models must hold every one (it holds more: whatever else a model can carry).
const DOCUMENTED: &[(&str, &[&str])] = &[
    ("query:card", &["query_card_bin"]),
    ("payer.payer_info.name", &["create_payment"]),
    (
        "payer.payer_info.bank_card.number",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.bank_card.valid_date",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.bank_card.cvv2",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.bank_card.payer_name",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.bank_card.citizen_id_number",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.payer_agreement.valid_date",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.payer_agreement.cvv2",
        &["create_payment", "send_payment_sms", "execute_payment"],
    ),
    (
        "payer.payer_info.qr_code_scan.citizen_id_number",
        &["create_payment"],
    ),
    (
        "payer.payer_info.wechat_in_app.citizen_id_number",
        &["create_payment"],
    ),
    (
        "payer.payer_info.wechat_in_app_web.citizen_id_number",
        &["create_payment"],
    ),
    (
        "payer.payer_info.wechat_H5.citizen_id_number",
        &["create_payment"],
    ),
    ("order.student_name", &["create_payment"]),
    (
        "payer_info.bank_card.number",
        &["bind_card_send_sms", "bind_card_confirm"],
    ),
    (
        "payer_info.bank_card.payer_name",
        &["bind_card_send_sms", "bind_card_confirm"],
    ),
    (
        "payer_info.bank_card.citizen_id_number",
        &["bind_card_send_sms", "bind_card_confirm"],
    ),
    (
        "payer_info.bank_card.valid_date",
        &["bind_card_send_sms", "bind_card_confirm"],
    ),
    (
        "payer_info.bank_card.cvv2",
        &["bind_card_send_sms", "bind_card_confirm"],
    ),
    (
        "payee_account",
        &["send_payee_info", "confirm_remittance", "send_b2b_order"],
    ),
    ("payee_name", &["send_payee_info"]),
    ("payee_address", &["send_payee_info"]),
    ("payee_swift", &["send_payee_info"]),
    ("iban", &["send_payee_info"]),
    ("payer_name", &["send_order_item", "create_tuition_order"]),
    ("payer_IDCard", &["send_order_item"]),
    ("payer_id_card", &["create_tuition_order"]),
    (
        "cust_code",
        &[
            "send_enterprise_qualification",
            "query_enterprise_qualification_report",
        ],
    ),
    (
        "cust_name",
        &[
            "send_enterprise_qualification",
            "query_enterprise_qualification_report",
        ],
    ),
    ("cust_addr", &["send_enterprise_qualification"]),
    ("rep_nm", &["send_enterprise_qualification"]),
    ("cert_num", &["send_enterprise_qualification"]),
    ("phone", &["send_enterprise_qualification"]),
    ("cont_aact", &["send_enterprise_qualification"]),
    ("company_phone", &["send_enterprise_qualification"]),
];

#[test]
fn the_derived_table_holds_every_documented_pair_and_what_the_models_add() {
    for (path, ops) in DOCUMENTED {
        let row = ENCRYPTED_FIELDS
            .iter()
            .find(|f| f.path == *path)
            .unwrap_or_else(|| panic!("{path} is not derived"));
        for op in *ops {
            assert!(row.applies_to(op), "{path} is not derived for {op}");
        }
        assert!(!row.source.is_empty(), "{path} has no seed lines");
    }
    let mut paths: Vec<&str> = ENCRYPTED_FIELDS.iter().map(|f| f.path.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), ENCRYPTED_FIELDS.len(), "paths are unique");
    // 35 documented paths that an operation sends, and 9 the models add: the payer's name, the
    // bound card and the wallets' ID numbers in card binding, and the unbound agreements'
    // expiry and CVV2. (API.md's 36th, `customs_declaration_only.citizen_id_number`, belongs to
    // no operation's body.)
    assert_eq!(ENCRYPTED_FIELDS.len(), 44);
    let pairs: usize = ENCRYPTED_FIELDS.iter().map(|f| f.operations.len()).sum();
    assert_eq!(
        pairs, 88,
        "API.md §3.3 counts 59 pairs; the models carry 29 more"
    );
    // 12 payer paths, plus the tuition student's name.
    assert_eq!(fields_for("create_payment").count(), 13);
    for op in ["send_payment_sms", "execute_payment"] {
        assert_eq!(fields_for(op).count(), 12, "{op}");
    }
    for op in ["bind_card_send_sms", "bind_card_confirm"] {
        assert_eq!(fields_for(op).count(), 12, "{op}");
    }
    assert_eq!(fields_for("send_enterprise_qualification").count(), 8);
    assert_eq!(
        fields_for("query_card_bin")
            .next()
            .unwrap()
            .query_parameter(),
        Some("card")
    );
}

#[test]
fn device_ciphertext_passes_through_and_is_never_encrypted_twice() {
    let (public, private) = keys(1024);
    // The device encrypts with the public key alone and relays markers.
    let mut device = json!({"payer": {"payer_info": {"bank_card": {
        "number": "6222020000000000000", "cvv2": "123", "phone": "13800000000"}}}});
    let report = encrypt_fields(
        "create_payment",
        &mut device,
        None,
        &public,
        EncryptionMode::Marker,
    )
    .unwrap();
    assert_eq!(report.encrypted.len(), 2);
    let relayed = device.to_string();
    assert!(!relayed.contains("6222020000000000000"));
    assert!(relayed.contains(ENCRYPTED_MARKER));

    // The server adds what it knows and prepares the wire body.
    let mut server: Value = serde_json::from_str(&relayed).unwrap();
    server["payer"]["payer_info"]["bank_card"]["payer_name"] = json!("ZHANG SAN");
    let device_number =
        server["payer"]["payer_info"]["bank_card"]["number"][ENCRYPTED_MARKER].clone();
    let report = wire("create_payment", &mut server, &public).unwrap();
    assert_eq!(
        report.encrypted,
        vec!["payer.payer_info.bank_card.payer_name"]
    );
    assert_eq!(report.passed_through.len(), 2);
    let card = &server["payer"]["payer_info"]["bank_card"];
    assert_eq!(
        card["number"], device_number,
        "the device's ciphertext is sent unchanged"
    );
    assert_eq!(decrypt(&private, &card["number"]), "6222020000000000000");
    assert_eq!(decrypt(&private, &card["cvv2"]), "123");
    assert_eq!(decrypt(&private, &card["payer_name"]), "ZHANG SAN");
    assert_eq!(card["phone"], "13800000000");

    // Preparing twice is harmless only through markers: a bare ciphertext string is refused.
    let err = wire("create_payment", &mut server, &public).unwrap_err();
    assert_eq!(err.code(), "sensitive_value_looks_encrypted");
}

#[test]
fn markers_of_the_wrong_size_or_shape_are_refused() {
    let (public, _) = keys(1024);
    let (public_2048, _) = keys(2048);
    let foreign = public_2048.encrypt_to_base64("6222").unwrap();
    for (marker, why) in [
        (
            encrypted_marker(foreign),
            "2048-bit ciphertext under a 1024-bit key",
        ),
        (encrypted_marker("not base64!".into()), "not base64"),
        (json!({ENCRYPTED_MARKER: 12}), "not a string"),
    ] {
        let mut body = json!({"payer": {"payer_info": {"bank_card": {"number": marker}}}});
        let err = wire("create_payment", &mut body, &public).unwrap_err();
        assert_eq!(err.code(), "invalid_ciphertext", "{why}");
        assert!(err
            .to_string()
            .contains("payer.payer_info.bank_card.number"));
    }
}

#[test]
fn empty_absent_and_wrong_typed_values() {
    let (public, _) = keys(1024);
    let mut body =
        json!({"payer": {"payer_info": {"bank_card": {"cvv2": "", "valid_date": null}}}});
    let report = wire("execute_payment", &mut body, &public).unwrap();
    assert!(report.encrypted.is_empty());
    assert_eq!(body["payer"]["payer_info"]["bank_card"]["cvv2"], "");

    let mut body = json!({"payer": {"payer_info": {"bank_card": {"cvv2": 123}}}});
    let err = wire("execute_payment", &mut body, &public).unwrap_err();
    assert_eq!(err.code(), "invalid_sensitive_value");
}

#[test]
fn too_long_values_name_the_path_never_the_value() {
    let (public, _) = keys(1024);
    let address = "长".repeat(40); // 120 UTF-8 bytes > 117
    let mut body = json!({"cust_code": "91310000", "cust_addr": address});
    let err = wire("send_enterprise_qualification", &mut body, &public).unwrap_err();
    assert_eq!(err.code(), "value_too_long");
    let text = format!("{err} {err:?}");
    assert!(text.contains("cust_addr"));
    assert!(text.contains("120") && text.contains("117"));
    assert!(!text.contains('长'));
}

#[test]
fn the_encrypted_query_parameter() {
    let (public, private) = keys(1024);
    let mut query = serde_json::Map::new();
    query.insert("card".into(), json!("6222020000000000000"));
    let mut body = Value::Null;
    encrypt_fields(
        "query_card_bin",
        &mut body,
        Some(&mut query),
        &public,
        EncryptionMode::Wire,
    )
    .unwrap();
    assert_eq!(decrypt(&private, &query["card"]), "6222020000000000000");
}

#[test]
fn fields_inside_arrays_are_reached() {
    // No documented path crosses an array, but a body that nests one must not hide a field.
    let (public, private) = keys(1024);
    let mut body =
        json!({"payer_info": [{"bank_card": {"number": "1"}}, {"bank_card": {"number": "2"}}]});
    let report = wire("bind_card_send_sms", &mut body, &public).unwrap();
    assert_eq!(
        report.encrypted,
        vec![
            "payer_info[0].bank_card.number",
            "payer_info[1].bank_card.number"
        ]
    );
    assert_eq!(
        decrypt(&private, &body["payer_info"][1]["bank_card"]["number"]),
        "2"
    );
}

#[test]
fn an_unknown_operation_is_refused_not_sent_in_plaintext() {
    let (public, _) = keys(1024);
    let mut body =
        json!({"payer": {"payer_info": {"bank_card": {"number": "6222020000000000000"}}}});
    let err = wire("create_paymnet", &mut body, &public).unwrap_err();
    assert_eq!(err.code(), "unknown_operation");
    assert_eq!(
        body["payer"]["payer_info"]["bank_card"]["number"],
        "6222020000000000000"
    );
}

#[test]
fn a_value_where_an_object_of_sensitive_fields_belongs_is_refused_by_path() {
    let (public, _) = keys(1024);
    for body in [
        json!({"payer": {"payer_info": {"bank_card": "6222020000000000000"}}}),
        json!({"payer": {"payer_info": {"bank_card": 6222020000000000000_u64}}}),
        json!({"payer": {"payer_info": {"bankCard": ["6222020000000000000"]}}}),
    ] {
        let mut device = body.clone();
        let err = encrypt_fields(
            "create_payment",
            &mut device,
            None,
            &public,
            EncryptionMode::Marker,
        )
        .unwrap_err();
        assert_eq!(err.code(), "invalid_sensitive_value", "{body}");
        let text = format!("{err} {err:?}");
        assert!(text.contains("payer.payer_info.bank_card"), "{text}");
        assert!(!text.contains("6222020000000000000"), "{text}");
    }
    // Absent is absent.
    let mut body = json!({"payer": {"payer_info": {"bank_card": "", "payer_agreement": null}}});
    assert!(wire("create_payment", &mut body, &public)
        .unwrap()
        .encrypted
        .is_empty());
}
