//! Regression tests, one per class of hostile input that once got through: an amount the
//! decimal parser refused was rounded through `f64`; encrypted keys with extreme KDF parameters
//! ran for minutes, took gigabytes or aborted the process; a token with CR/LF went into
//! `Authorization`. Each must now end in a typed error, at once.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};
use umf_core::{
    AccessToken, Client, ClientConfig, HttpResponse, PrivateKey, RequestParams, TokenAction,
    TokenManager,
};

/// 33 significant digits: beyond the parser's 30; as an `f64` it is 100.
const LONG_AMOUNT: &str = "99.9999999999999999999999999999999";

fn keys_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys")
}

fn key(file: &str) -> PrivateKey {
    PrivateKey::from_bytes(&std::fs::read(keys_dir().join(file)).unwrap(), None).unwrap()
}

fn client() -> Client {
    let merchant = key("merchant_1024_pkcs8.pem");
    let umf = key("umf_1024_pkcs8.pem");
    Client::new(ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1",
        umf.public_key().clone(),
        Some(merchant),
    ))
}

/// Runs `f` on its own thread and fails the test if it has not answered within `limit` (the
/// thread is left behind: the point is that the caller would have waited).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit)
        .unwrap_or_else(|_| panic!("no answer within {limit:?}"))
}

fn refund_params(total: Value) -> RequestParams {
    RequestParams::from_flat(
        "create_refund",
        json!({"payment_id": "PAY_1", "refund_info": {"mer_reference_id": "R-1",
            "mer_date": "20240102", "amount": {"total": total, "currency": "USD"}},
            "notify_url": "https://m.example/notify"}),
    )
    .unwrap()
}

#[test]
fn an_amount_of_33_digits_is_refused_never_rounded_to_100() {
    let mut unvalidated = client().config().clone();
    unvalidated.validate = false;
    for c in [client(), Client::new(unvalidated)] {
        let number: Value = serde_json::from_str(LONG_AMOUNT).unwrap();
        for total in [number, json!(LONG_AMOUNT)] {
            let err = c
                .prepare("create_refund", &refund_params(total), None)
                .map(|r| String::from_utf8(r.body).unwrap())
                .expect_err("a 33-digit amount must not be sent");
            assert_eq!(err.code(), "validation_failed", "{err}");
        }
    }
    for total in [LONG_AMOUNT.to_owned(), format!("\"{LONG_AMOUNT}\"")] {
        let body = format!(
            r#"{{"meta":{{"ret_code":"0000","ret_msg":"success"}},"refund":{{"id":"REFUND_1","state":"REFUND_SUCCESS","refund_info":{{"amount":{{"total":{total},"currency":"USD"}}}}}}}}"#
        );
        let parsed = client().parse("get_refund", &HttpResponse::new(200, body));
        let err = parsed
            .map(|r| serde_json::to_string(&r.result).unwrap())
            .expect_err("a 33-digit amount must not be read");
        assert_eq!(err.code(), "response_malformed", "{err}");
    }
}

#[test]
fn an_amount_in_exponent_form_is_refused_not_expanded_through_a_float() {
    let mut unvalidated = client().config().clone();
    unvalidated.validate = false;
    for text in ["1e2", "1E-7"] {
        let total: Value = serde_json::from_str(text).unwrap();
        let err = Client::new(unvalidated.clone())
            .prepare("create_refund", &refund_params(total), None)
            .unwrap_err();
        assert_eq!(err.code(), "validation_failed", "{err}");
    }
}

fn load_encrypted(file: &'static str) -> umf_core::Error {
    within(Duration::from_secs(5), move || {
        let bytes = std::fs::read(keys_dir().join(file)).unwrap();
        PrivateKey::from_bytes(&bytes, Some(b"correct horse battery staple")).unwrap_err()
    })
}

#[test]
fn pbkdf2_with_a_billion_iterations_is_refused_before_deriving() {
    let err = load_encrypted("kdf_pbkdf2_iterations_1e9.der");
    assert_eq!(err.code(), "key_kdf_limit", "{err}");
    assert!(err.to_string().contains("iterations"), "{err}");
}

#[test]
fn scrypt_needing_4_gib_is_refused_before_allocating() {
    let err = load_encrypted("kdf_scrypt_n_2e22.der");
    assert_eq!(err.code(), "key_kdf_limit", "{err}");
}

#[test]
fn scrypt_n_2_to_the_40_is_refused_not_aborted() {
    let err = load_encrypted("kdf_scrypt_n_2e40.der");
    assert_eq!(err.code(), "key_kdf_limit", "{err}");
}

#[test]
fn a_caller_token_with_crlf_never_reaches_a_header() {
    let params = RequestParams::from_flat("get_payment", json!({"payment_id": "PAY_1"})).unwrap();
    for bad in ["tok\r\nX-Injected: 1", "tok\nX-Injected: 1", "tok\r", ""] {
        let token = AccessToken::from_parts(bad, u64::MAX);
        let err = client()
            .prepare("get_payment", &params, Some(&token))
            .unwrap_err();
        assert_eq!(err.code(), "invalid_header", "{err}");
        let mut built = client().prepare("get_payment", &params, None).unwrap();
        let err = built
            .set_header("Authorization", format!("Bearer {bad}"))
            .unwrap_err();
        assert_eq!(err.code(), "invalid_header", "{err}");
        assert!(built.header("Authorization").is_none());
    }
}

#[test]
fn a_token_response_with_crlf_in_access_token_is_refused() {
    let mut manager = TokenManager::new(
        umf_core::ClientCredentials::new("id", "secret"),
        "https://uatfx.soopay.net/cberest/v1/oauth/authorize",
    );
    let TokenAction::Fetch(ticket, _) = manager.poll(0) else {
        panic!("expected to fetch")
    };
    let response = HttpResponse::new(
        200,
        r#"{"expires_in":3600,"access_token":"abc\r\nX-Injected: 1"}"#,
    );
    let err = manager.complete(ticket, &response, 0).unwrap_err();
    assert_eq!(err.code(), "token_response_invalid", "{err}");
    assert!(!err.to_string().contains("X-Injected"), "{err}");
}
