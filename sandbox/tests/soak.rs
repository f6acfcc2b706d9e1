//! A bounded soak run on loopback: mixed card and QR payment flows with refunds, for
//! `SOAK_SECONDS` (default 15), while the sandbox injects faults at random into every operation
//! (5xx, 429, dropped connections, latency, expired tokens, bad signatures, duplicated and
//! reordered notifications). A merchant that follows the SDK's advice (retry only what
//! `is_retryable()` allows, reconcile by querying otherwise) must end with zero invariant
//! violations:
//!
//! * nothing double-charged: no payment is executed twice, no order id paid twice;
//! * nothing accepted unverified: every answer used carried a verified signature;
//! * every notification handled once per idempotency key, however often it was delivered;
//! * the merchant's view of every payment matches the sandbox's.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use umf_core::{ApiResponse, HttpResponse};
use umf_sandbox::merchant::{CallError, Merchant};
use umf_sandbox::transport::{receive, Received};
use umf_sandbox::{start, test_keys, test_merchant, FaultKind, FaultRule, Sandbox, SandboxConfig};

#[derive(Default)]
struct Ledger {
    faults_seen: Mutex<BTreeMap<String, u64>>,
    /// Every order id a flow tried to create, across retries and repeats.
    orders: Mutex<HashSet<String>>,
    violations: Mutex<Vec<String>>,
    believed_paid: Mutex<HashSet<String>>,
    flows_completed: AtomicU64,
    flows_abandoned: AtomicU64,
}

impl Ledger {
    fn fault(&self, e: &CallError) {
        *self
            .faults_seen
            .lock()
            .unwrap()
            .entry(e.code().to_owned())
            .or_insert(0) += 1;
    }

    fn violation(&self, what: String) {
        self.violations.lock().unwrap().push(what);
    }
}

/// Calls with the SDK's retry advice: retry (with backoff) only what `is_retryable()` allows
/// (and transport failures of reads); everything else is returned for the flow to reconcile.
async fn call(
    m: &Merchant,
    ledger: &Ledger,
    op: &str,
    params: Value,
) -> Result<ApiResponse, CallError> {
    let read = umf_core::operation(op).unwrap().retry == umf_core::operations::RetryClass::Safe;
    let mut delay = Duration::from_millis(20);
    for _ in 0..6 {
        match m.call(op, params.clone()).await {
            Ok(answer) => {
                if !answer.verification.is_verified() {
                    ledger.violation(format!("{op}: answer used without a verified signature"));
                }
                return Ok(answer);
            }
            Err(e) => {
                ledger.fault(&e);
                // The core already retried what it may; a read that still failed may be asked
                // again later, a write only when the error says so.
                let retry = e.error().is_retryable()
                    || (read && e.error().family().as_str() == "transport");
                if !retry {
                    return Err(e);
                }
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
        }
    }
    Err(CallError::Api(umf_core::Error::Timeout {
        operation: op.to_owned(),
        waited_ms: 0,
        sent: true,
        retryable: read,
    }))
}

/// The payment's state as the sandbox reports it (retrying the query, a read, as needed).
async fn state(m: &Merchant, ledger: &Ledger, id: &str) -> Option<String> {
    for _ in 0..10 {
        if let Ok(a) = call(m, ledger, "get_payment", json!({"payment_id": id})).await {
            return a
                .result
                .payment()
                .and_then(|p| p.state.as_ref())
                .map(|s| s.as_str().to_owned());
        }
    }
    None
}

async fn card_flow(i: u64, m: &Merchant, s: &Sandbox, ledger: &Ledger, url: &str) {
    let reference = format!("SOAK-CARD-{i:06}");
    let create = json!({"payer": {"payment_method": "DEBIT_CARD"},
        "order": {"mer_reference_id": reference, "mer_date": "20240101", "amount": {"total": "10.00", "currency": "USD"},
            "sub_orders": [{"mer_sub_reference_id": format!("S{i}"), "trans_code": "03223010", "amount": {"total": "10.00", "currency": "USD"}}]},
        "notify_url": url});
    // create_payment is not retried on an unknown outcome; repeating it with the same order id is
    // the documented way to learn what happened (an identical repeat returns the same payment).
    let mut created = None;
    ledger
        .orders
        .lock()
        .unwrap()
        .insert(format!("SOAK-CARD-{i:06}"));
    for _ in 0..6 {
        match call(m, ledger, "create_payment", create.clone()).await {
            Ok(a) => {
                created = a.result.payment().and_then(|p| p.id.clone());
                break;
            }
            Err(CallError::Api(e)) if e.code() == "validation_failed" => break,
            Err(_) => tokio::time::sleep(Duration::from_millis(30)).await,
        }
    }
    let Some(id) = created else {
        ledger.flows_abandoned.fetch_add(1, Ordering::Relaxed);
        return;
    };
    let card = json!({"number": "6222020000000001234", "phone": "13800000000"});
    let sms = json!({"payment_id": id, "payer": {"payment_method": "DEBIT_CARD", "payer_info": {"bank_card": card}}});
    if call(m, ledger, "send_payment_sms", sms).await.is_err() {
        ledger.flows_abandoned.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let Some(code) = s.sms_code(&id) else { return };
    let execute = json!({"payment_id": id, "payer": {"payment_method": "DEBIT_CARD",
        "payer_info": {"bank_card": {"number": "6222020000000001234", "verify_code": code}}}});
    let executed = call(m, ledger, "execute_payment", execute).await;
    // Whatever the answer, reconcile by querying: never send execute again.
    let known = match executed {
        Ok(a) => a
            .result
            .payment()
            .and_then(|p| p.state.as_ref())
            .map(|s| s.as_str().to_owned()),
        Err(_) => state(m, ledger, &id).await,
    };
    if known.as_deref() == Some("TRADE_SUCCESS") {
        ledger.believed_paid.lock().unwrap().insert(id.clone());
        let refund = json!({"payment_id": id, "refund_info": {"mer_reference_id": format!("SOAK-REF-{i:06}"),
            "mer_date": "20240101", "amount": {"total": "4.00", "currency": "USD"}}});
        let _ = call(m, ledger, "create_refund", refund).await;
        ledger.flows_completed.fetch_add(1, Ordering::Relaxed);
    } else {
        ledger.flows_abandoned.fetch_add(1, Ordering::Relaxed);
    }
}

async fn qr_flow(i: u64, m: &Merchant, s: &Sandbox, ledger: &Ledger, url: &str) {
    let create = json!({"payer": {"payment_method": "WECHAT_SCAN"},
        "order": {"mer_reference_id": format!("SOAK-QR-{i:06}"), "mer_date": "20240101", "amount": {"total": "3.00", "currency": "USD"}},
        "notify_url": url});
    ledger
        .orders
        .lock()
        .unwrap()
        .insert(format!("SOAK-QR-{i:06}"));
    for _ in 0..6 {
        match call(m, ledger, "create_payment", create.clone()).await {
            Ok(a) => {
                let id = a.result.payment().and_then(|p| p.id.clone()).unwrap();
                let _ = s.complete_payment(&id, "TRADE_SUCCESS");
                if state(m, ledger, &id).await.as_deref() == Some("TRADE_SUCCESS") {
                    ledger.believed_paid.lock().unwrap().insert(id);
                    ledger.flows_completed.fetch_add(1, Ordering::Relaxed);
                }
                return;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(30)).await,
        }
    }
    ledger.flows_abandoned.fetch_add(1, Ordering::Relaxed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_mixed_flows_with_faults() {
    let seconds: u64 = std::env::var("SOAK_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    let mut config = SandboxConfig::with_test_keys();
    config.notify_backoff_ms = 20;
    config.notify_max_attempts = 12;
    config.settle_delay_ms = 10;
    for (kind, p) in [
        (FaultKind::Status { status: 503 }, 0.04),
        (FaultKind::Status { status: 429 }, 0.03),
        (FaultKind::Drop, 0.03),
        (FaultKind::Latency { ms: 40 }, 0.05),
        (FaultKind::ExpireToken, 0.02),
        (FaultKind::BadSignature, 0.03),
        (FaultKind::DuplicateNotification, 0.10),
        (FaultKind::ReorderNotifications, 0.05),
    ] {
        let mut rule = FaultRule::new("*", kind);
        rule.probability = p;
        config.faults.push(rule);
    }
    let sandbox = Arc::new(start(config).await.unwrap());
    let merchant = Arc::new(test_merchant(&sandbox));
    let ledger = Arc::new(Ledger::default());

    // The merchant's notify_url: verify, then handle once per idempotency key.
    let handled: Arc<Mutex<HashMap<String, u32>>> = Arc::default();
    let deliveries = Arc::new(AtomicU64::new(0));
    let verifier = umf_core::Client::new(umf_core::ClientConfig::new(
        "http://unused",
        test_keys::umf_private_key().public_key().clone(),
        None,
    ));
    let receiver = {
        let (handled, deliveries) = (handled.clone(), deliveries.clone());
        receive(move |r: Received| {
            let answer =
                match verifier.verify_notification(r.header("Signature").unwrap_or(""), &r.body) {
                    Ok(note) => {
                        deliveries.fetch_add(1, Ordering::Relaxed);
                        let mut seen = handled.lock().unwrap();
                        *seen.entry(note.idempotency_key()).or_insert(0) += 1;
                        let ack = note
                            .acknowledgement(&umf_core::AckOptions::default())
                            .unwrap();
                        HttpResponse::from(ack)
                    }
                    Err(e) => HttpResponse::new(400, e.code()),
                };
            async move { answer }
        })
        .await
        .unwrap()
    };
    let url = format!("{}/n", receiver.url());

    let deadline = Instant::now() + Duration::from_secs(seconds);
    let next = Arc::new(AtomicU64::new(0));
    let mut workers = Vec::new();
    for _ in 0..16 {
        let (m, s, ledger, url, next) = (
            merchant.clone(),
            sandbox.clone(),
            ledger.clone(),
            url.clone(),
            next.clone(),
        );
        workers.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i % 3 == 0 {
                    qr_flow(i, &m, &s, &ledger, &url).await;
                } else {
                    card_flow(i, &m, &s, &ledger, &url).await;
                }
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    sandbox.clear_faults();
    tokio::time::sleep(Duration::from_secs(3)).await; // let retried notifications land

    // Invariants, checked against the sandbox's own records rather than the flows' bookkeeping.
    let orders = ledger.orders.lock().unwrap().len();
    let payments = sandbox.payment_count();
    if payments > orders {
        ledger.violation(format!(
            "{payments} payments exist for {orders} order ids: a repeat created a second payment"
        ));
    }
    let believed: Vec<String> = ledger
        .believed_paid
        .lock()
        .unwrap()
        .iter()
        .cloned()
        .collect();
    for id in &believed {
        let state = state(&merchant, &ledger, id).await;
        if state.as_deref() != Some("TRADE_SUCCESS") {
            ledger.violation(format!(
                "{id}: merchant believes paid, sandbox says {state:?}"
            ));
        }
    }
    // Every event the sandbox had acknowledged was handled, under exactly the key the SDK derives;
    // the merchant handled nothing the sandbox did not send; every payment believed paid had its
    // success handled unless the sandbox gave up delivering it.
    let sent: Vec<Value> = sandbox.deliveries().as_array().cloned().unwrap_or_default();
    let event = |d: &Value| {
        format!(
            "{}:{}:{}",
            d["kind"].as_str().unwrap_or(""),
            d["object_id"].as_str().unwrap_or(""),
            d["state"].as_str().unwrap_or("-")
        )
    };
    let sent_events: HashSet<String> = sent.iter().map(event).collect();
    let gave_up: HashSet<String> = sent
        .iter()
        .filter(|d| d["gave_up"] == true)
        .map(event)
        .collect();
    let handled_events: HashMap<String, u32> = handled.lock().unwrap().clone();
    for d in sent.iter().filter(|d| d["acknowledged"] == true) {
        if !handled_events.contains_key(&event(d)) {
            ledger.violation(format!("{} acknowledged but never handled", event(d)));
        }
    }
    for key in handled_events.keys() {
        if !sent_events.contains(key) {
            ledger.violation(format!("handled {key}, which the sandbox never sent"));
        }
    }
    for id in &believed {
        let key = format!("payment:{id}:TRADE_SUCCESS");
        if !handled_events.contains_key(&key) && !gave_up.contains(&key) {
            ledger.violation(format!(
                "{key}: paid, but its notification was never handled"
            ));
        }
    }
    let delivered = deliveries.load(Ordering::Relaxed);
    let unique = handled_events.len();
    let violations = ledger.violations.lock().unwrap().clone();
    println!(
        "soak run: {seconds} s, flows completed {}, abandoned after faults {}, faults seen {:?}, \
         {payments} payments for {orders} order ids, notifications delivered {delivered} for \
         {unique} distinct events (repeats dropped by key), invariant violations {}",
        ledger.flows_completed.load(Ordering::Relaxed),
        ledger.flows_abandoned.load(Ordering::Relaxed),
        ledger.faults_seen.lock().unwrap(),
        violations.len(),
    );
    assert!(violations.is_empty(), "{violations:#?}");
    assert!(
        delivered > unique as u64,
        "the soak must deliver some notifications more than once"
    );
    assert!(
        ledger.flows_completed.load(Ordering::Relaxed) > 20,
        "the soak must complete flows"
    );
    assert!(
        !ledger.faults_seen.lock().unwrap().is_empty(),
        "the soak must see faults"
    );
    drop(receiver);
}
