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
use umf_sandbox::{
    start, test_keys, AckReading, BearerReading, OutcomeReading, Sandbox, SandboxConfig,
    TokenCredentialReading,
};

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
    card_numbered("6222020000000001234", code)
}

/// [`bank_card`] with this card number.
fn card_numbered(number: &str, code: Option<String>) -> Value {
    let mut card = json!({"number": number, "valid_date": "2612", "cvv2": "123",
        "payer_name": "ZHANG SAN", "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD",
        "citizen_id_number": "110101199001011234"});
    if let Some(code) = code {
        card["verify_code"] = json!(code);
    }
    json!({"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}})
}

/// Creates a card payment for `reference` (10.00 USD), notifications to `notify_url`.
async fn create(m: &Merchant, reference: &str, notify_url: &str) -> Result<String, CallError> {
    let created = create_answer(m, reference, notify_url).await?;
    Ok(created.result.payment().unwrap().id.clone().unwrap())
}

/// [`create`]'s whole answer.
async fn create_answer(
    m: &Merchant,
    reference: &str,
    notify_url: &str,
) -> Result<umf_core::ApiResponse, CallError> {
    let sub = json!({"mer_sub_reference_id": format!("{reference}-S1"), "trans_code": "01122030",
        "amount": money("10.00"),
        "items": [{"mer_item_id": "I-1", "type": "FOOD", "quantity": "1", "amount": money("10.00")}]});
    let created = m
        .call("create_payment", json!({
            "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER", "business_type": "B2C"},
            "order": {"mer_reference_id": reference, "mer_date": today(), "amount": money("10.00"), "sub_orders": [sub]},
            "notify_url": notify_url, "risk_info": {"trans_type": "02"}}))
        .await?;
    Ok(created)
}

/// The card flow (create → SMS → execute); returns the payment id and the state execute
/// answered.
async fn pay_by_card(m: &Merchant, s: &Sandbox, reference: &str, url: &str) -> (String, String) {
    let id = create(m, reference, url).await.unwrap();
    m.call(
        "send_payment_sms",
        json!({"payment_id": id, "payer": bank_card(None)}),
    )
    .await
    .unwrap();
    let executed = execute(m, s, &id).await;
    let state = executed.result.payment().unwrap().state.clone().unwrap();
    (id, state.as_str().to_owned())
}

/// Executes card payment `id` with the SMS code the sandbox sent.
async fn execute(m: &Merchant, s: &Sandbox, id: &str) -> umf_core::ApiResponse {
    let code = s.sms_code(id);
    m.call(
        "execute_payment",
        json!({"payment_id": id, "payer": bank_card(code)}),
    )
    .await
    .unwrap()
}

/// A full refund of `reference`'s payment `id`; returns the refund id and the state answered.
async fn refund_all(m: &Merchant, id: &str, reference: &str, url: &str) -> (String, String) {
    let refund = m
        .call("create_refund", json!({"payment_id": id, "notify_url": url, "refund_info": {
            "mer_reference_id": format!("{reference}-R"), "mer_date": today(), "amount": money("10.00"),
            "sub_orders": [{"mer_sub_reference_id": format!("{reference}-S1"), "trans_code": "01122030",
                "amount": money("10.00"), "items": [{"mer_item_id": "I-1"}]}]}}))
        .await
        .unwrap();
    let refund = refund.result.refund().unwrap();
    let state = refund.state.clone().unwrap();
    (refund.id.clone().unwrap(), state.as_str().to_owned())
}

/// The card flow (create → SMS → execute) and a full refund; returns the payment id.
async fn card_flow_and_refund(m: &Merchant, s: &Sandbox, reference: &str, url: &str) -> String {
    let (id, state) = pay_by_card(m, s, reference, url).await;
    assert_eq!(state, "TRADE_SUCCESS");
    let (_, refunded) = refund_all(m, &id, reference, url).await;
    assert_eq!(refunded, "REFUND_SUCCESS");
    id
}

/// A merchant's notification endpoint: verifies each notification with the SDK and answers
/// the acknowledgement in `format`. Keeps every request received.
async fn endpoint(format: AckFormat) -> (Arc<Mutex<Vec<Received>>>, Receiver) {
    endpoint_with(format, |_| {}).await
}

/// [`endpoint`] with a verifier configured by `configure`.
async fn endpoint_with(
    format: AckFormat,
    configure: impl FnOnce(&mut ClientConfig),
) -> (Arc<Mutex<Vec<Received>>>, Receiver) {
    let mut config = ClientConfig::new(
        "http://unused",
        test_keys::umf_private_key().public_key().clone(),
        None,
    );
    configure(&mut config);
    let verifier = Client::new(config);
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
    admin_call(s, umf_core::Method::Get, path).await
}

/// `POST /__admin/{path}` as JSON.
async fn admin_post(s: &Sandbox, path: &str) -> Value {
    admin_call(s, umf_core::Method::Post, path).await
}

async fn admin_call(s: &Sandbox, method: umf_core::Method, path: &str) -> Value {
    let request = umf_core::HttpRequest {
        method,
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

/// The state a query answers for `op_id` on `params` (`payment` or `refund`).
async fn queried_state(m: &Merchant, op_id: &str, params: Value) -> String {
    let got = m.call(op_id, params).await.unwrap();
    assert_eq!(got.verification.status, VerificationStatus::Verified);
    let state = match op_id {
        "get_refund" => got
            .result
            .refund()
            .and_then(|r| r.state.clone())
            .map(|s| s.as_str().to_owned()),
        _ => got
            .result
            .payment()
            .and_then(|p| p.state.clone())
            .map(|s| s.as_str().to_owned()),
    };
    state.unwrap()
}

/// The `state` in the notification body the merchant received about `id`.
fn notified_state(seen: &Mutex<Vec<Received>>, id: &str) -> Vec<String> {
    seen.lock()
        .unwrap()
        .iter()
        .filter_map(|r| serde_json::from_slice::<Value>(&r.body).ok())
        .filter_map(|v| {
            ["payment", "refund"]
                .into_iter()
                .find(|k| v[k]["id"] == id)
                .map(|k| v[k]["state"].as_str().unwrap_or_default().to_owned())
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outcome_readings_answer_at_once_or_pending_then_settle() {
    for outcomes in [OutcomeReading::Sync, OutcomeReading::Async] {
        // One endpoint per sandbox: the same seed gives the same ids.
        let (seen, receiver) = endpoint(AckFormat::Json).await;
        let url = format!("{}/n", receiver.url());
        let s = sandbox(|c| {
            c.outcomes = outcomes;
            c.settle_delay_ms = 300;
        })
        .await;
        assert_eq!(
            admin(&s, "health").await["readings"]["outcomes"],
            json!(outcomes)
        );
        let m = merchant(&s, |_| {});
        let reference = format!("ORDER-O-{outcomes:?}");
        let (id, executed) = pay_by_card(&m, &s, &reference, &url).await;
        let lookup = json!({"payment_id": id});
        if outcomes == OutcomeReading::Async {
            // 004:L2568: the result is not returned at once; a query shows it pending, and a
            // repeated execute neither fails nor settles twice.
            assert_eq!(executed, "WAIT_BUYER_PAY");
            assert_eq!(
                queried_state(&m, "get_payment", lookup.clone()).await,
                "WAIT_BUYER_PAY"
            );
            assert!(notified_state(&seen, &id).is_empty());
        } else {
            assert_eq!(executed, "TRADE_SUCCESS");
        }
        // Either way the result is delivered by notification, once, and visible by query.
        let delivery = settled_delivery(&s, &id).await;
        assert_eq!(delivery["acknowledged"], true, "{outcomes:?}: {delivery}");
        assert_eq!(
            notified_state(&seen, &id),
            ["TRADE_SUCCESS"],
            "{outcomes:?}"
        );
        assert_eq!(
            queried_state(&m, "get_payment", lookup).await,
            "TRADE_SUCCESS"
        );

        let (refund_id, answered) = refund_all(&m, &id, &reference, &url).await;
        let by_id = json!({"refund_id": refund_id});
        if outcomes == OutcomeReading::Sync {
            // A refund answered done is not notified (004:L2794 notifies a pending one).
            assert_eq!(answered, "REFUND_SUCCESS");
            assert_eq!(
                queried_state(&m, "get_refund", by_id).await,
                "REFUND_SUCCESS"
            );
            continue;
        }
        // 004:L2794: `REFUND_PROCESS`, pending until UMF notifies.
        assert_eq!(answered, "REFUND_PROCESS");
        assert_eq!(
            queried_state(&m, "get_refund", by_id.clone()).await,
            "REFUND_PROCESS"
        );
        let delivery = settled_delivery(&s, &refund_id).await;
        assert_eq!(delivery["acknowledged"], true, "{delivery}");
        assert_eq!(notified_state(&seen, &refund_id), ["REFUND_SUCCESS"]);
        assert_eq!(
            queried_state(&m, "get_refund", by_id).await,
            "REFUND_SUCCESS"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_url_and_credential_readings() {
    use umf_core::TokenCredentialStyle::{Basic, JsonBody};
    let (_seen, receiver) = endpoint(AckFormat::Json).await;
    let url = format!("{}/n", receiver.url());
    let matrix = [
        (TokenCredentialReading::Json, JsonBody, true),
        (TokenCredentialReading::Json, Basic, false),
        (TokenCredentialReading::Basic, Basic, true),
        (TokenCredentialReading::Basic, JsonBody, false),
        (TokenCredentialReading::Both, JsonBody, true),
        (TokenCredentialReading::Both, Basic, true),
    ];
    for (reading, style, passes) in matrix {
        // The 001-003 reading: the token endpoint at `/v1/oauth/authorize`, outside the base.
        let s = sandbox(|c| {
            c.token_credentials = reading;
            c.token_path = "/v1/oauth/authorize".into();
        })
        .await;
        let health = admin(&s, "health").await;
        assert_eq!(health["readings"]["token_credentials"], json!(reading));
        let origin = s.base_url().replace("/cberest/v1", "");
        let case = format!("{reading:?} × {style:?}");
        // Configured as the README says: the token URL and the credential style.
        let m = merchant(&s, |c| {
            c.token_url = Some(format!("{origin}/v1/oauth/authorize"));
            c.token_credentials = style;
        });
        if passes {
            card_flow_and_refund(&m, &s, "ORDER-T-1", &url).await;
            assert_eq!(m.token_requests(), 1, "{case}");
        } else {
            // UMF's answer to credentials it cannot read: 401 / "not registered".
            let err = m.token().await.unwrap_err();
            assert_eq!(err.code(), "api_error", "{case}: {err}");
            assert_eq!(s.tokens_issued(), 0, "{case}");
        }
        // The default token URL (`{base}/oauth/authorize`) is not served under this reading.
        let default = merchant(&s, |c| c.token_credentials = style);
        let issued = s.tokens_issued();
        assert!(default.token().await.is_err(), "{case}");
        assert_eq!(s.tokens_issued(), issued, "{case}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn umf_key_rotation_mid_flow_with_both_keys_configured() {
    let current = test_keys::umf_private_key();
    let next = test_keys::umf_next_private_key();
    let both = |c: &mut ClientConfig| {
        c.umf_additional_public_keys = vec![next.public_key().clone()];
        c.verify.policy = VerifyPolicy::Strict;
    };
    let (seen, receiver) = endpoint_with(AckFormat::Json, both).await;
    let url = format!("{}/n", receiver.url());
    let s = sandbox(|_| {}).await;
    let m = merchant(&s, both);
    let old_only = merchant(&s, |c| c.verify.policy = VerifyPolicy::Strict);
    let fingerprint = |k: &umf_core::PrivateKey| Some(k.fingerprint().to_hex());

    let id = create(&m, "ORDER-K-1", &url).await.unwrap();
    let lookup = json!({"payment_id": id});
    let got = m.call("get_payment", lookup.clone()).await.unwrap();
    assert_eq!(got.verification.key_fingerprint, fingerprint(&current));
    m.call(
        "send_payment_sms",
        json!({"payment_id": id, "payer": bank_card(None)}),
    )
    .await
    .unwrap();

    // UMF changes its key between the SMS and the execution.
    let rotated = admin_post(&s, "keys/rotate").await;
    assert_eq!(
        rotated["umf_public_key_fingerprint"],
        json!(next.fingerprint().to_hex())
    );
    let executed = execute(&m, &s, &id).await;
    assert_eq!(executed.verification.key_fingerprint, fingerprint(&next));
    // The notification, signed with the new key, is verified and acknowledged at once.
    let delivery = settled_delivery(&s, &id).await;
    assert_eq!(delivery["acknowledged"], true, "{delivery}");
    assert_eq!(delivery["attempts"], 1, "{delivery}");
    assert_eq!(seen.lock().unwrap().len(), 1);
    // A merchant who kept only the old key refuses every answer now.
    let refused = old_only
        .call("get_payment", lookup.clone())
        .await
        .unwrap_err();
    assert!(refused.code().starts_with("signature_"), "{refused}");
    // The refund goes on; the merchant encrypts with the old key, which still decrypts.
    let (_, refunded) = refund_all(&m, &id, "ORDER-K-1", &url).await;
    assert_eq!(refunded, "REFUND_SUCCESS");
    // Rotating back: answers verify with the first key again.
    admin_post(&s, "keys/rotate").await;
    let got = m.call("get_payment", lookup).await.unwrap();
    assert_eq!(got.verification.key_fingerprint, fingerprint(&current));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sms_step_takes_an_agreement_and_links_verify_as_get() {
    let s = sandbox(|_| {}).await;
    let m = merchant(&s, |_| {});
    let created = create_answer(&m, "ORDER-H-1", "https://shop.example/n")
        .await
        .unwrap();
    let id = created.result.payment().unwrap().id.clone().unwrap();
    // 004:L2346-2347: the sms_verify link is a GET.
    let verify = created
        .links
        .iter()
        .find(|l| l.rel.as_deref() == Some("sms_verify"))
        .expect("a card payment links sms_verify");
    assert_eq!(verify.method.as_ref().map(|m| m.as_str()), Some("GET"));
    // 004:L4774: `payer_info` names the card by `bank_card` or by `payer_agreement`.
    let agreement = json!({"payment_method": "CREDIT_CARD", "payer_info": {"payer_agreement": {
        "usr_busi_agreement_id": "UB-1", "usr_pay_agreement_id": "UP-1"}}});
    m.call(
        "send_payment_sms",
        json!({"payment_id": id, "payer": agreement}),
    )
    .await
    .unwrap();
    assert!(s.sms_code(&id).is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refund_without_payment_id_finds_its_payment_by_sub_orders() {
    let (_seen, receiver) = endpoint(AckFormat::Json).await;
    let url = format!("{}/n", receiver.url());
    let s = sandbox(|_| {}).await;
    let m = merchant(&s, |_| {});
    let (id, _) = pay_by_card(&m, &s, "ORDER-R-1", &url).await;
    // 004:L4865: refund_info.mer_reference_id is the refund's own id, not the order's.
    let answer = m
        .call("create_async_refund_no_payment_id", json!({"mer_refund_id": "MR-R-1", "notify_url": url,
            "refund_info": {"mer_reference_id": "REFUND-OWN-1", "mer_date": today(), "amount": money("4.00"),
                "sub_orders": [{"mer_sub_reference_id": "ORDER-R-1-S1", "trans_code": "01122030",
                    "amount": money("4.00"), "items": [{"mer_item_id": "I-1"}]}]}}))
        .await
        .unwrap();
    assert!(answer.verification.is_verified());
    // It was that payment's: 4.00 of its 10.00 are refunded, so a full refund now exceeds it.
    let (status, code) = api_code(
        m.call(
            "create_refund",
            json!({"payment_id": id, "notify_url": url, "refund_info": {
            "mer_reference_id": "REFUND-OWN-3", "mer_date": today(), "amount": money("10.00")}}),
        )
        .await,
    );
    assert_eq!(
        (status, code.as_str()),
        (
            402,
            umf_core::codes::names::ACCUMULATED_REFUND_AMOUNT_LARGER_THAN
        )
    );
    // Sub-orders no payment holds, and no order of that id: no payment.
    let unknown = m
        .call("create_async_refund_no_payment_id", json!({"mer_refund_id": "MR-R-2", "notify_url": url,
            "refund_info": {"mer_reference_id": "REFUND-OWN-2", "mer_date": today(), "amount": money("1.00"),
                "sub_orders": [{"mer_sub_reference_id": "NOBODY-S1", "trans_code": "01122030",
                    "amount": money("1.00"), "items": [{"mer_item_id": "I-1"}]}]}}))
        .await;
    let (status, code) = api_code(unknown);
    assert_eq!((status, code.as_str()), (404, "00060760"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invented_test_cards_and_the_sms_lock_are_settings() {
    let declined = "6222020000000000002";
    for (test_cards, sms_max_failures) in [(true, 3), (false, 1)] {
        let s = sandbox(|c| {
            c.test_cards = test_cards;
            c.sms_max_failures = sms_max_failures;
        })
        .await;
        let health = admin(&s, "health").await;
        assert_eq!(health["inventions"]["test_cards"], test_cards);
        let m = merchant(&s, |_| {});
        let id = create(&m, "ORDER-I-1", "https://shop.example/n")
            .await
            .unwrap();
        let payer = card_numbered(declined, None);
        m.call(
            "send_payment_sms",
            json!({"payment_id": id, "payer": payer}),
        )
        .await
        .unwrap();
        // A wrong code: locked at once when one failure is the limit.
        let wrong = card_numbered(declined, Some("000000".into()));
        let (_, code) = api_code(
            m.call("execute_payment", json!({"payment_id": id, "payer": wrong}))
                .await,
        );
        let locked = umf_core::codes::names::EXCEED_LIMITATION_TIMES_INCORRECT_VALIDATION;
        assert_eq!(code == locked, sms_max_failures == 1, "{code}");
        let right = card_numbered(declined, s.sms_code(&id));
        let executed = m
            .call("execute_payment", json!({"payment_id": id, "payer": right}))
            .await;
        if test_cards {
            let (_, code) = api_code(executed);
            assert_eq!(code, umf_core::codes::names::PAYMENT_DECLINED_BANK);
        } else {
            let paid = executed.unwrap();
            let state = paid.result.payment().unwrap().state.clone().unwrap();
            assert_eq!(state.as_str(), "TRADE_SUCCESS");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_order_ids_get_the_same_payment_or_a_duplicate_by_setting() {
    use umf_sandbox::RepeatReading;
    let duplicate = umf_core::codes::names::DUPLICATE_ORDER_INFORMATION_SUB_ORDER;
    for reading in [RepeatReading::SamePayment, RepeatReading::Refuse] {
        let s = sandbox(|c| c.repeat_reference = reading).await;
        let health = admin(&s, "health").await;
        let expected = serde_json::to_value(reading).unwrap();
        assert_eq!(health["readings"]["repeat_reference"], expected);
        let m = merchant(&s, |_| {});
        let first = create(&m, "ORDER-R-1", "https://shop.example/n")
            .await
            .unwrap();
        // The identical request again: what a merchant sends after a lost answer.
        let again = create(&m, "ORDER-R-1", "https://shop.example/n").await;
        match reading {
            RepeatReading::SamePayment => assert_eq!(again.unwrap(), first),
            RepeatReading::Refuse => assert_eq!(api_code(again), (409, duplicate.to_string())),
        }
        // Different contents under the same order id are a duplicate either way.
        let other = create(&m, "ORDER-R-1", "https://shop.example/other").await;
        assert_eq!(api_code(other), (409, duplicate.to_string()));
        // The first payment is still there, unchanged: a query settles a lost answer.
        let state = queried_state(&m, "get_payment", json!({"payment_id": first})).await;
        assert_eq!(state, "WAIT_BUYER_PAY");
    }
}
