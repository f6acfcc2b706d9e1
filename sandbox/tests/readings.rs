//! The interpretation matrix: the sandbox held to one reading of an ambiguous document at a
//! time, and the SDK (configured as the README tells a merchant) against each. A matching
//! configuration passes the card flow, a refund and a notification; a mismatched one fails the
//! way a merchant would see it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use umf_core::{
    AckFormat, AckOptions, AuthorizationStyle, Client, ClientConfig, ClientCredentials, Error,
    HttpResponse, VerificationStatus, VerifyPolicy,
};
use umf_sandbox::merchant::{CallError, Merchant};
use umf_sandbox::transport::{receive, HttpClient, Received, Receiver};
use umf_sandbox::{start, test_keys, AckReading, BearerReading, Sandbox, SandboxConfig};

/// A merchant as the README's "Using the core" sets one up: base URL, UMF's public key, the
/// merchant key, credentials; `configure` is the one setting a reading may need.
fn merchant(sandbox: &Sandbox, configure: impl FnOnce(&mut ClientConfig)) -> Merchant {
    let mut config = ClientConfig::new(
        sandbox.base_url(),
        test_keys::umf_private_key().public_key().clone(),
        Some(test_keys::merchant_private_key()),
    );
    configure(&mut config);
    Merchant::new(
        Client::new(config),
        ClientCredentials::new(test_keys::CLIENT_ID, test_keys::CLIENT_SECRET),
        HttpClient::default(),
    )
}

async fn sandbox(configure: impl FnOnce(&mut SandboxConfig)) -> Sandbox {
    let mut config = SandboxConfig::with_test_keys();
    config.notify_backoff_ms = 20;
    config.notify_max_attempts = 3;
    configure(&mut config);
    start(config).await.unwrap()
}

fn today() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    umf_core::model::DateTimeText::date8_from_unix(now.as_secs() as i64, 480)
}

fn money(total: &str) -> Value {
    json!({"total": total, "currency": "USD"})
}

/// The card owner's details (the SDK encrypts the sensitive ones).
fn bank_card(code: Option<String>) -> Value {
    let mut card = json!({"number": "6222020000000001234", "valid_date": "2612", "cvv2": "123",
        "payer_name": "ZHANG SAN", "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD",
        "citizen_id_number": "110101199001011234"});
    if let Some(code) = code {
        card["verify_code"] = json!(code);
    }
    json!({"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}})
}

/// Creates a card payment for `reference` (10.00 USD), notifications to `notify_url`.
async fn create(m: &Merchant, reference: &str, notify_url: &str) -> Result<String, CallError> {
    let sub = json!({"mer_sub_reference_id": format!("{reference}-S1"), "trans_code": "01122030",
        "amount": money("10.00"),
        "items": [{"mer_item_id": "I-1", "type": "FOOD", "quantity": "1", "amount": money("10.00")}]});
    let created = m
        .call("create_payment", json!({
            "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER", "business_type": "B2C"},
            "order": {"mer_reference_id": reference, "mer_date": today(), "amount": money("10.00"), "sub_orders": [sub]},
            "notify_url": notify_url, "risk_info": {"trans_type": "02"}}))
        .await?;
    Ok(created.result.payment().unwrap().id.clone().unwrap())
}

/// The card flow (create → SMS → execute) and a full refund; returns the payment id.
async fn card_flow_and_refund(m: &Merchant, s: &Sandbox, reference: &str, url: &str) -> String {
    let id = create(m, reference, url).await.unwrap();
    m.call(
        "send_payment_sms",
        json!({"payment_id": id, "payer": bank_card(None)}),
    )
    .await
    .unwrap();
    let code = s.sms_code(&id);
    let executed = m
        .call(
            "execute_payment",
            json!({"payment_id": id, "payer": bank_card(code)}),
        )
        .await
        .unwrap();
    let state = executed.result.payment().unwrap().state.clone().unwrap();
    assert_eq!(state.as_str(), "TRADE_SUCCESS");
    let refund = m
        .call("create_refund", json!({"payment_id": id, "notify_url": url, "refund_info": {
            "mer_reference_id": format!("{reference}-R"), "mer_date": today(), "amount": money("10.00"),
            "sub_orders": [{"mer_sub_reference_id": format!("{reference}-S1"), "trans_code": "01122030",
                "amount": money("10.00"), "items": [{"mer_item_id": "I-1"}]}]}}))
        .await
        .unwrap();
    let refunded = refund.result.refund().and_then(|r| r.state.clone());
    assert_eq!(refunded.unwrap().as_str(), "REFUND_SUCCESS");
    id
}

/// A merchant's notification endpoint: verifies each notification with the SDK and answers
/// the acknowledgement in `format`. Keeps every request received.
async fn endpoint(format: AckFormat) -> (Arc<Mutex<Vec<Received>>>, Receiver) {
    let verifier = Client::new(ClientConfig::new(
        "http://unused",
        test_keys::umf_private_key().public_key().clone(),
        None,
    ));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let receiver = receive(move |r: Received| {
        let note = verifier.verify_notification(r.header("Signature").unwrap_or(""), &r.body);
        sink.lock().unwrap().push(r);
        let options = AckOptions {
            format,
            sign_with: None,
        };
        let reply = note.and_then(|n| n.acknowledgement(&options));
        async move {
            match reply {
                Ok(ack) => HttpResponse::from(ack),
                Err(e) => HttpResponse::new(400, e.to_string()),
            }
        }
    })
    .await
    .unwrap();
    (seen, receiver)
}

/// The sandbox's books (`GET /__admin/notifications`) on the notification about `id`, once it
/// was acknowledged or given up.
async fn settled_delivery(s: &Sandbox, id: &str) -> Value {
    for _ in 0..300 {
        let books = admin(s, "notifications").await;
        let found =
            books.as_array().unwrap().iter().find(|d| {
                d["object_id"] == id && (d["acknowledged"] == true || d["gave_up"] == true)
            });
        if let Some(d) = found {
            return d.clone();
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the notification about {id} neither acknowledged nor given up")
}

/// `GET /__admin/{path}` as JSON.
async fn admin(s: &Sandbox, path: &str) -> Value {
    let request = umf_core::HttpRequest {
        method: umf_core::Method::Get,
        url: format!("{}/{path}", s.admin_url()),
        headers: Vec::new(),
        body: Vec::new(),
    };
    let answer = HttpClient::default().send(&request).await.unwrap();
    serde_json::from_slice(&answer.body).unwrap()
}

fn api_code(result: Result<impl std::fmt::Debug, CallError>) -> (u16, String) {
    match result {
        Err(CallError::Api(Error::Api {
            http_status,
            ret_code: Some(code),
            ..
        })) => (http_status, code),
        other => panic!("expected UMF's error answer, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bearer_readings_accept_their_spelling_and_refuse_the_other() {
    let (_seen, receiver) = endpoint(AckFormat::Json).await;
    let url = format!("{}/n", receiver.url());
    let matrix = [
        (
            BearerReading::StrictSpace,
            AuthorizationStyle::BearerSpace,
            true,
        ),
        (
            BearerReading::StrictSpace,
            AuthorizationStyle::BearerNoSpace,
            false,
        ),
        (
            BearerReading::StrictNoSpace,
            AuthorizationStyle::BearerNoSpace,
            true,
        ),
        (
            BearerReading::StrictNoSpace,
            AuthorizationStyle::BearerSpace,
            false,
        ),
        (BearerReading::Both, AuthorizationStyle::BearerSpace, true),
        (BearerReading::Both, AuthorizationStyle::BearerNoSpace, true),
    ];
    for (reading, style, passes) in matrix {
        let s = sandbox(|c| c.bearer = reading).await;
        let m = merchant(&s, |c| c.headers.authorization = style);
        let case = format!("{reading:?} × {style:?}");
        if passes {
            card_flow_and_refund(&m, &s, "ORDER-B-1", &url).await;
            assert_eq!(m.token_requests(), 1, "{case}");
            continue;
        }
        // Answered like a bad token: HTTP 401 / 00280703. The merchant's client refreshes the
        // token and retries once, is refused again, and nothing was created.
        let (status, code) = api_code(create(&m, "ORDER-B-2", &url).await);
        assert_eq!((status, code.as_str()), (401, "00280703"), "{case}");
        assert_eq!(m.token_requests(), 2, "{case}");
        assert_eq!(s.payment_count(), 0, "{case}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ack_readings_accept_their_reply_and_retry_any_other() {
    let readings = [
        (AckReading::Json, Some(AckFormat::Json)),
        (AckReading::JsonWithId, Some(AckFormat::JsonWithId)),
        (AckReading::Form, Some(AckFormat::Form)),
        (AckReading::Any, None),
    ];
    let formats = [AckFormat::Json, AckFormat::JsonWithId, AckFormat::Form];
    for (reading, only) in readings {
        for format in formats {
            let s = sandbox(|c| c.ack = reading).await;
            assert_eq!(admin(&s, "health").await["readings"]["ack"], json!(reading));
            let m = merchant(&s, |_| {});
            let (seen, receiver) = endpoint(format).await;
            let url = format!("{}/n", receiver.url());
            let id = create(&m, "ORDER-A-1", &url).await.unwrap();
            s.complete_payment(&id, "TRADE_SUCCESS").unwrap();
            let delivery = settled_delivery(&s, &id).await;
            let received = seen.lock().unwrap().len();
            let case = format!("{reading:?} × {format:?}");
            if only.is_none_or(|f| f == format) {
                assert_eq!(delivery["acknowledged"], true, "{case}: {delivery}");
                assert_eq!(
                    (delivery["attempts"].as_u64(), received),
                    (Some(1), 1),
                    "{case}"
                );
            } else {
                // Not an acknowledgement under this reading: a failed delivery, retried on its
                // schedule (3 attempts here) and in the books as given up.
                assert_eq!(delivery["acknowledged"], false, "{case}: {delivery}");
                assert_eq!(delivery["gave_up"], true, "{case}");
                assert_eq!(delivery["last_status"], 200, "{case}");
                assert_eq!(
                    (delivery["attempts"].as_u64(), received),
                    (Some(3), 3),
                    "{case}"
                );
            }
        }
    }
}

/// An error answer as the SDK sees it, and whether its bytes carried `meta.sign`.
async fn error_answer(m: &Merchant) -> (Result<umf_core::ApiResponse, Error>, bool) {
    let token = m.token().await.unwrap();
    let params =
        umf_core::RequestParams::from_flat("get_payment", json!({"payment_id": "PAY_NONE"}))
            .unwrap();
    let request = m
        .client()
        .prepare("get_payment", &params, Some(&token))
        .unwrap();
    let response = HttpClient::default().send(&request).await.unwrap();
    let signed = String::from_utf8_lossy(&response.body).contains("\"sign\"");
    (m.client().parse("get_payment", &response), signed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_errors_readings_and_the_verification_policy() {
    let (_seen, receiver) = endpoint(AckFormat::Json).await;
    let url = format!("{}/n", receiver.url());
    for sign_errors in [true, false] {
        let s = sandbox(|c| c.sign_errors = sign_errors).await;
        // The README's default policy (`if_present`) reads UMF's error either way.
        let lenient = merchant(&s, |_| {});
        let (answer, signed) = error_answer(&lenient).await;
        assert_eq!(signed, sign_errors);
        let (status, code) = api_code(answer.map_err(CallError::Api));
        assert_eq!((status, code.as_str()), (404, "00060760"), "{sign_errors}");
        // Successful answers stay signed whatever the setting.
        let id = card_flow_and_refund(&lenient, &s, "ORDER-E-1", &url).await;
        let got = lenient
            .call("get_payment", json!({"payment_id": id}))
            .await
            .unwrap();
        assert_eq!(got.verification.status, VerificationStatus::Verified);
        // An expired token's 401 / `00280703` is read either way: one refresh, and on.
        s.expire_token();
        let before = lenient.token_requests();
        let lookup = json!({"payment_id": id});
        lenient.call("get_payment", lookup.clone()).await.unwrap();
        assert_eq!(lenient.token_requests(), before + 1);
        // `strict` requires a signature on every answer: against unsigned errors a merchant
        // sees `signature_missing` instead of UMF's code, so `strict` fits only `yes`.
        let strict = merchant(&s, |c| c.verify.policy = VerifyPolicy::Strict);
        match error_answer(&strict).await.0 {
            Err(Error::Api { ret_code, .. }) if sign_errors => {
                assert_eq!(ret_code.as_deref(), Some("00060760"))
            }
            Err(e) if !sign_errors => assert_eq!(e.code(), "signature_missing"),
            other => panic!("sign_errors {sign_errors}, strict: {other:?}"),
        }
        // But a rejected token is one rule in the core's call loop, read from the raw answer
        // whether it is signed or not (HTTP 401 / `00280703`): the same bytes go once more with
        // a fresh token, and the answer to that is verified strictly.
        s.expire_token();
        let before = strict.token_requests();
        let answer = strict.call("get_payment", lookup).await.unwrap();
        assert_eq!(answer.verification.status, VerificationStatus::Verified);
        assert_eq!(strict.token_requests(), before + 1, "{sign_errors}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signature_scope_readings_are_detected_and_a_wrong_fixed_one_fails() {
    use umf_core::verification::SignatureScope;
    let (_seen, receiver) = endpoint(AckFormat::Json).await;
    let url = format!("{}/n", receiver.url());
    for scope in SignatureScope::CONCRETE {
        let s = sandbox(|c| c.signature_scope = scope).await;
        // The README's default (`auto`) verifies whichever reading UMF signs by, and says which.
        let detecting = merchant(&s, |c| c.verify.policy = VerifyPolicy::Strict);
        let id = card_flow_and_refund(&detecting, &s, "ORDER-S-1", &url).await;
        let lookup = json!({"payment_id": id});
        let got = detecting.call("get_payment", lookup.clone()).await.unwrap();
        assert_eq!(got.verification.status, VerificationStatus::Verified);
        assert_eq!(got.verification.scope, scope);
        // A merchant who fixed the scope: the matching one verifies, any other is refused.
        for fixed in SignatureScope::CONCRETE {
            let m = merchant(&s, |c| c.verify.scope = fixed);
            let answer = m.call("get_payment", lookup.clone()).await;
            match answer {
                Ok(got) if fixed == scope => assert_eq!(got.verification.scope, scope),
                Err(CallError::Api(e)) if fixed != scope => {
                    assert_eq!(e.code(), "signature_invalid", "{scope:?} × {fixed:?}")
                }
                other => panic!("{scope:?} × {fixed:?}: {other:?}"),
            }
        }
    }
}
