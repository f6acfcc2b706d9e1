//! Notification acknowledgements and idempotency.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use umf_core::notification::{acknowledgement, NotificationKind};
use umf_core::{verify_notification, AckFormat, AckOptions, PrivateKey};

fn key(file: &str) -> PrivateKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

const REFUND: &str = r#"{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"refund":{"id":"REFUND_1","state":"REFUND_PROCESS","refund_info":{"amount":{"total":2,"currency":"CNY"}}}}"#;

#[test]
fn acknowledgements_in_every_format() {
    let umf = key("umf_1024_pkcs8.pem");
    let merchant = key("merchant_1024_pkcs8.pem");
    let sig = umf.sign(REFUND.as_bytes()).unwrap();
    let note = verify_notification(umf.public_key(), sig.as_str(), REFUND.as_bytes()).unwrap();
    assert_eq!(note.kind, NotificationKind::Refund);
    assert_eq!(note.idempotency_key(), "refund:REFUND_1:REFUND_PROCESS");
    assert_eq!(
        note.refund()
            .unwrap()
            .refund_info
            .as_ref()
            .unwrap()
            .amount
            .as_ref()
            .unwrap()
            .total
            .as_ref()
            .unwrap()
            .as_str(),
        "2"
    );

    let json = note.acknowledgement(&AckOptions::default()).unwrap();
    assert_eq!(json.status, 200);
    assert_eq!(
        json.body,
        br#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}"#
    );
    assert_eq!(
        json.headers,
        vec![("Content-Type".to_owned(), "application/json".to_owned())]
    );

    let with_id = note
        .acknowledgement(&AckOptions {
            format: AckFormat::JsonWithId,
            sign_with: None,
        })
        .unwrap();
    assert_eq!(
        with_id.body,
        br#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"},"refund":{"id":"REFUND_1"}}"#
    );

    let form = acknowledgement(
        &AckOptions {
            format: AckFormat::Form,
            sign_with: None,
        },
        None,
    )
    .unwrap();
    assert_eq!(form.body, b"ret_code=0000&ret_msg=SUCCESS");

    let signed = note
        .acknowledgement(&AckOptions {
            format: AckFormat::Json,
            sign_with: Some(&merchant),
        })
        .unwrap();
    let (_, signature) = signed
        .headers
        .iter()
        .find(|(n, _)| n == "Signature")
        .unwrap();
    merchant
        .public_key()
        .verify(&signed.body, signature)
        .unwrap();
}

#[test]
fn the_signature_is_checked_before_anything_is_read() {
    let umf = key("umf_1024_pkcs8.pem");
    // Garbage body with a valid signature over it: signature passes, then the shape fails.
    let garbage = b"not json";
    let sig = umf.sign(garbage).unwrap();
    assert_eq!(
        verify_notification(umf.public_key(), sig.as_str(), garbage)
            .unwrap_err()
            .code(),
        "notification_malformed"
    );
    // Garbage body with a wrong signature: the signature is what fails.
    let other = umf.sign(b"other").unwrap();
    assert_eq!(
        verify_notification(umf.public_key(), other.as_str(), garbage)
            .unwrap_err()
            .code(),
        "signature_invalid"
    );
}
