//! Every fault the sandbox can inject, seen by a merchant using the core as the right typed
//! error (or handled: one refresh after an expired token, repeats dropped by idempotency key).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::HashSet;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use umf_core::HttpResponse;
use umf_sandbox::merchant::{CallError, Merchant};
use umf_sandbox::transport::{receive, HttpClient, Received};
use umf_sandbox::{start, test_keys, test_merchant, FaultKind, FaultRule, Sandbox, SandboxConfig};

async fn sandbox() -> Sandbox {
    let mut config = SandboxConfig::with_test_keys();
    config.settle_delay_ms = 10;
    config.notify_backoff_ms = 20;
    start(config).await.unwrap()
}

fn qr_payment(reference: &str, notify_url: &str) -> Value {
    json!({
        "payer": {"payment_method": "ALIPAY_SCAN", "interface_type": "SERVER_TO_SERVER"},
        "order": {"mer_reference_id": reference, "mer_date": "20240101", "amount": {"total": "9.99", "currency": "USD"}},
        "notify_url": notify_url
    })
}

fn api(err: &CallError) -> &umf_core::Error {
    err.error()
}

/// The retry reasons of the merchant's events since the last look.
fn retry_reasons(m: &Merchant) -> Vec<String> {
    m.take_events()
        .iter()
        .filter_map(|e| e.retry_reason)
        .map(|r| {
            serde_json::to_value(r)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_faults_surface_as_typed_errors() {
    let s = sandbox().await;
    let m = test_merchant(&s);
    m.token().await.unwrap();

    // 5xx: the core sends a read again (after a backoff); a payment POST that may have gone
    // through is sent once and the error says so.
    s.add_fault(
        FaultRule::new("get_refundable_balance", FaultKind::Status { status: 503 }).times(1),
    );
    m.take_events();
    m.call("get_refundable_balance", json!({})).await.unwrap();
    let reasons = retry_reasons(&m);
    assert_eq!(reasons, ["server_error"]);
    s.add_fault(FaultRule::new("create_payment", FaultKind::Status { status: 500 }).times(1));
    let err = m
        .call("create_payment", qr_payment("F-500", ""))
        .await
        .unwrap_err();
    assert!(
        !api(&err).is_retryable(),
        "never retry a payment POST that may have gone through"
    );
    assert!(retry_reasons(&m).is_empty(), "the payment POST went once");

    // 429: not processed, so even a POST goes again (after backing off).
    s.add_fault(FaultRule::new("create_payment", FaultKind::Status { status: 429 }).times(1));
    m.call("create_payment", qr_payment("F-429", ""))
        .await
        .unwrap();
    assert_eq!(retry_reasons(&m), ["rate_limited"]);

    // A dropped connection: a read goes again; a payment POST is a transport error that says
    // it may have been sent, never a result.
    s.add_fault(FaultRule::new("get_refundable_balance", FaultKind::Drop).times(1));
    m.call("get_refundable_balance", json!({})).await.unwrap();
    assert_eq!(retry_reasons(&m), ["interrupted"]);
    s.add_fault(FaultRule::new("create_payment", FaultKind::Drop).times(1));
    let err = m
        .call("create_payment", qr_payment("F-DROP", ""))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "transport_error");
    assert!(matches!(
        err.error(),
        umf_core::Error::Transport {
            sent: true,
            retryable: false,
            ..
        }
    ));
    assert!(retry_reasons(&m).is_empty());

    // A bad response signature is refused: nothing is accepted unverified.
    s.add_fault(FaultRule::new("get_refundable_balance", FaultKind::BadSignature).times(1));
    let err = m
        .call("get_refundable_balance", json!({}))
        .await
        .unwrap_err();
    assert_eq!(err.code(), "signature_invalid");

    // An expired token: the merchant refreshes once and the call succeeds.
    let before = s.tokens_issued();
    s.add_fault(FaultRule::new("get_refundable_balance", FaultKind::ExpireToken).times(1));
    m.call("get_refundable_balance", json!({})).await.unwrap();
    assert_eq!(s.tokens_issued(), before + 1);

    // Latency past the client's timeout: a read goes again and succeeds; a payment POST
    // ends with `timeout`, sent once.
    let impatient = Merchant::new(
        m.client().clone(),
        umf_core::ClientCredentials::new(test_keys::CLIENT_ID, test_keys::CLIENT_SECRET),
        HttpClient::new(Duration::from_millis(150)),
    );
    impatient.token().await.unwrap();
    s.add_fault(FaultRule::new("get_refundable_balance", FaultKind::Latency { ms: 600 }).times(1));
    impatient
        .call("get_refundable_balance", json!({}))
        .await
        .unwrap();
    assert_eq!(retry_reasons(&impatient), ["timeout"]);
    s.add_fault(FaultRule::new("create_payment", FaultKind::Latency { ms: 600 }).times(1));
    assert_eq!(
        impatient
            .call("create_payment", qr_payment("F-SLOW", ""))
            .await
            .unwrap_err()
            .code(),
        "timeout"
    );
    assert!(retry_reasons(&impatient).is_empty());
    // Latency within the timeout only slows the call.
    s.add_fault(FaultRule::new("*", FaultKind::Latency { ms: 30 }).times(1));
    impatient
        .call("get_refundable_balance", json!({}))
        .await
        .unwrap();
}

/// A merchant's notification endpoint: verifies, deduplicates by idempotency key, and fails
/// the first `fail_first` deliveries with HTTP 500.
struct Inbox {
    seen: Mutex<Vec<String>>,
    handled: Mutex<HashSet<String>>,
    deliveries: AtomicU32,
    fail_first: u32,
}

async fn inbox(fail_first: u32) -> (Arc<Inbox>, umf_sandbox::transport::Receiver) {
    let inbox = Arc::new(Inbox {
        seen: Mutex::new(Vec::new()),
        handled: Mutex::new(HashSet::new()),
        deliveries: AtomicU32::new(0),
        fail_first,
    });
    let client = umf_core::Client::new(umf_core::ClientConfig::new(
        "http://unused",
        test_keys::umf_private_key().public_key().clone(),
        None,
    ));
    let sink = inbox.clone();
    let receiver = receive(move |r: Received| {
        let sink = sink.clone();
        let client = client.clone();
        async move {
            let n = sink.deliveries.fetch_add(1, Ordering::SeqCst);
            if n < sink.fail_first {
                return HttpResponse::new(500, "busy");
            }
            let note = client
                .verify_notification(r.header("Signature").unwrap_or(""), &r.body)
                .unwrap();
            let key = note.idempotency_key();
            sink.seen.lock().unwrap().push(key.clone());
            sink.handled.lock().unwrap().insert(key);
            let ack = note
                .acknowledgement(&umf_core::AckOptions::default())
                .unwrap();
            HttpResponse::from(ack)
        }
    })
    .await
    .unwrap();
    (inbox, receiver)
}

async fn wait_for(mut done: impl FnMut() -> bool) {
    for _ in 0..300 {
        if done() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notifications_are_retried_duplicated_and_reordered() {
    let s = sandbox().await;
    let m = test_merchant(&s);

    // Retried across 5xx until acknowledged, then never again.
    let (retry_box, receiver) = inbox(2).await;
    let url = format!("{}/n", receiver.url());
    let created = m
        .call("create_payment", qr_payment("NOTE-1", &url))
        .await
        .unwrap();
    let id = created.result.payment().unwrap().id.clone().unwrap();
    s.complete_payment(&id, "TRADE_SUCCESS").unwrap();
    wait_for(|| !retry_box.seen.lock().unwrap().is_empty()).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        retry_box.deliveries.load(Ordering::SeqCst),
        3,
        "two 500s, then acknowledged"
    );
    assert_eq!(retry_box.seen.lock().unwrap().len(), 1);

    // Duplicated: the same notification twice; the idempotency key drops the repeat.
    let (dup_box, receiver) = inbox(0).await;
    let url = format!("{}/n", receiver.url());
    s.add_fault(FaultRule::new("create_payment", FaultKind::DuplicateNotification).times(1));
    let created = m
        .call("create_payment", json!({"payer": {"payment_method": "CREDIT_CARD"},
            "order": {"mer_reference_id": "NOTE-2", "mer_date": "20240101", "amount": {"total": "1.00", "currency": "USD"}},
            "notify_url": url}))
        .await
        .unwrap();
    let id2 = created.result.payment().unwrap().id.clone().unwrap();
    // The duplicate flag is carried by the request that causes the notification.
    s.add_fault(FaultRule::new("execute_payment", FaultKind::DuplicateNotification).times(1));
    let card = json!({"number": "6222020000000001234", "phone": "13800000000"});
    m.call("send_payment_sms", json!({"payment_id": id2, "payer": {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}}}))
        .await
        .unwrap();
    let code = s.sms_code(&id2).unwrap();
    m.call(
        "execute_payment",
        json!({"payment_id": id2, "payer": {"payment_method": "CREDIT_CARD",
        "payer_info": {"bank_card": {"number": "6222020000000001234", "verify_code": code}}}}),
    )
    .await
    .unwrap();
    wait_for(|| dup_box.seen.lock().unwrap().len() == 2).await;
    assert_eq!(
        dup_box.handled.lock().unwrap().len(),
        1,
        "the repeat is recognised by its key"
    );

    // Reordered: the first notification is held, the second overtakes it.
    let (order_box, receiver) = inbox(0).await;
    let url = format!("{}/n", receiver.url());
    let first = m
        .call("create_payment", qr_payment("NOTE-3", &url))
        .await
        .unwrap();
    let second = m
        .call("create_payment", qr_payment("NOTE-4", &url))
        .await
        .unwrap();
    let (a, b) = (
        first.result.payment().unwrap().id.clone().unwrap(),
        second.result.payment().unwrap().id.clone().unwrap(),
    );
    // The fault rides on the request that causes the notification (here execute_payment);
    // added through the admin API, as a test in any language would.
    umf_sandbox::transport::HttpClient::default()
        .send(&umf_core::HttpRequest {
            method: umf_core::Method::Post,
            url: format!("{}/faults", s.admin_url()),
            headers: vec![],
            body: br#"{"op":"execute_payment","kind":"reorder_notifications","times":1}"#.to_vec(),
        })
        .await
        .unwrap();
    let card = json!({"number": "6222020000000005678", "phone": "13800000000"});
    let c = m
        .call("create_payment", json!({"payer": {"payment_method": "DEBIT_CARD"},
            "order": {"mer_reference_id": "NOTE-5", "mer_date": "20240101", "amount": {"total": "3.00", "currency": "USD"}},
            "notify_url": url}))
        .await
        .unwrap();
    let cid = c.result.payment().unwrap().id.clone().unwrap();
    m.call("send_payment_sms", json!({"payment_id": cid, "payer": {"payment_method": "DEBIT_CARD", "payer_info": {"bank_card": card}}}))
        .await
        .unwrap();
    let code = s.sms_code(&cid).unwrap();
    m.call(
        "execute_payment",
        json!({"payment_id": cid, "payer": {"payment_method": "DEBIT_CARD",
        "payer_info": {"bank_card": {"number": "6222020000000005678", "verify_code": code}}}}),
    )
    .await
    .unwrap();
    s.complete_payment(&a, "TRADE_SUCCESS").unwrap();
    s.complete_payment(&b, "TRADE_CLOSED").unwrap();
    wait_for(|| order_box.seen.lock().unwrap().len() == 3).await;
    let seen = order_box.seen.lock().unwrap().clone();
    assert_eq!(
        seen.last().unwrap(),
        &format!("payment:{cid}:TRADE_SUCCESS"),
        "held back, delivered last: {seen:?}"
    );
    // The two caused later overtook it (in either order between themselves).
    assert!(
        seen[..2].contains(&format!("payment:{a}:TRADE_SUCCESS")),
        "{seen:?}"
    );
    assert!(
        seen[..2].contains(&format!("payment:{b}:TRADE_CLOSED")),
        "{seen:?}"
    );
}
