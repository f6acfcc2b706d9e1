//! A bounded load run on loopback: 200 concurrent card payment flows (create, SMS, execute,
//! query) through one merchant client sharing one token, with the notification endpoint
//! failing a third of first deliveries with HTTP 503. Every flow must complete, every
//! notification must be acknowledged exactly once and none lost; throughput and latency
//! percentiles are printed (`cargo test -p umf-sandbox --test load -- --nocapture`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use umf_core::HttpResponse;
use umf_sandbox::transport::{receive, Received};
use umf_sandbox::{start, test_keys, test_merchant, SandboxConfig};

const FLOWS: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_payment_flows() {
    let mut config = SandboxConfig::with_test_keys();
    config.notify_backoff_ms = 25;
    config.notify_max_attempts = 10;
    let sandbox = Arc::new(start(config).await.unwrap());
    let merchant = Arc::new(test_merchant(&sandbox));

    // The merchant's endpoint: verifies, counts per idempotency key, fails every third first
    // delivery of a payment with 503 so the sandbox must retry.
    let handled: Arc<Mutex<HashMap<String, u32>>> = Arc::default();
    let attempts: Arc<Mutex<HashMap<String, u32>>> = Arc::default();
    let injected = Arc::new(AtomicU64::new(0));
    let verifier = umf_core::Client::new(umf_core::ClientConfig::new(
        "http://unused",
        test_keys::umf_private_key().public_key().clone(),
        None,
    ));
    let receiver = {
        let (handled, attempts, injected) = (handled.clone(), attempts.clone(), injected.clone());
        receive(move |r: Received| {
            let (handled, attempts, injected, verifier) = (
                handled.clone(),
                attempts.clone(),
                injected.clone(),
                verifier.clone(),
            );
            async move {
                let note = match verifier
                    .verify_notification(r.header("Signature").unwrap_or(""), &r.body)
                {
                    Ok(n) => n,
                    Err(_) => return HttpResponse::new(400, "bad signature"),
                };
                let key = note.idempotency_key();
                let n = {
                    let mut a = attempts.lock().unwrap();
                    let n = a.entry(key.clone()).or_insert(0);
                    *n += 1;
                    *n
                };
                let digit = note.id.bytes().last().unwrap_or(0);
                if n == 1 && digit % 3 == 0 {
                    injected.fetch_add(1, Ordering::Relaxed);
                    return HttpResponse::new(503, "try later");
                }
                *handled.lock().unwrap().entry(key).or_insert(0) += 1;
                let ack = note
                    .acknowledgement(&umf_core::AckOptions::default())
                    .unwrap();
                HttpResponse::from(ack)
            }
        })
        .await
        .unwrap()
    };
    let notify_url = format!("{}/umf/notify", receiver.url());

    let latencies: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..FLOWS {
        let (merchant, latencies, notify_url) =
            (merchant.clone(), latencies.clone(), notify_url.clone());
        let sandbox = sandbox.clone();
        tasks.push(tokio::spawn(async move {
            let timed = |op: &'static str, params: Value| {
                let (merchant, latencies) = (merchant.clone(), latencies.clone());
                async move {
                    let t = Instant::now();
                    let r = merchant.call(op, params).await.unwrap_or_else(|e| panic!("{op}: {e}"));
                    latencies.lock().unwrap().push(t.elapsed());
                    r
                }
            };
            let reference = format!("LOAD-{i:05}");
            let created = timed("create_payment", json!({
                "payer": {"payment_method": "DEBIT_CARD", "interface_type": "SERVER_TO_SERVER"},
                "order": {"mer_reference_id": reference, "mer_date": "20240101", "amount": {"total": "12.34", "currency": "USD"}},
                "notify_url": notify_url,
            }))
            .await;
            let id = created.result.payment().unwrap().id.clone().unwrap();
            let card = json!({"number": "6222020000000001234", "phone": "13800000000"});
            timed("send_payment_sms", json!({"payment_id": id, "payer": {"payment_method": "DEBIT_CARD", "payer_info": {"bank_card": card}}})).await;
            // The code the customer reads on their phone.
            let code = sandbox.sms_code(&id).unwrap();
            timed("execute_payment", json!({"payment_id": id, "payer": {"payment_method": "DEBIT_CARD",
                "payer_info": {"bank_card": {"number": "6222020000000001234", "verify_code": code}}}})).await;
            let got = timed("get_payment", json!({"payment_id": id})).await;
            assert_eq!(got.result.payment().unwrap().state.as_ref().unwrap().as_str(), "TRADE_SUCCESS");
            id
        }));
    }
    let mut ids = Vec::new();
    for task in tasks {
        ids.push(task.await.unwrap());
    }
    let elapsed = started.elapsed();

    // Every notification acknowledged exactly once, none lost.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let done = handled.lock().unwrap().len();
        if done == FLOWS || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let handled = handled.lock().unwrap().clone();
    let missing: Vec<&String> = ids
        .iter()
        .filter(|id| !handled.contains_key(&format!("payment:{id}:TRADE_SUCCESS")))
        .collect();
    let repeated = handled.values().filter(|n| **n != 1).count();
    let deliveries = sandbox.deliveries();
    let acknowledged = deliveries
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["acknowledged"] == true)
        .count();

    let mut sorted = latencies.lock().unwrap().clone();
    sorted.sort();
    let calls = sorted.len();
    println!(
        "load run: {FLOWS} concurrent card payment flows, {calls} API calls in {:.2?} \
         ({:.0} calls/s, {:.0} flows/s); latency p50 {:.2?}, p99 {:.2?}, max {:.2?}; \
         notifications: {} acknowledged, {} failed first with 503 and were retried, {} lost, {} handled twice; \
         token requests: {}",
        elapsed,
        calls as f64 / elapsed.as_secs_f64(),
        FLOWS as f64 / elapsed.as_secs_f64(),
        percentile(&sorted, 0.50),
        percentile(&sorted, 0.99),
        sorted[calls - 1],
        acknowledged,
        injected.load(Ordering::Relaxed),
        missing.len(),
        repeated,
        merchant.token_requests(),
    );
    assert!(missing.is_empty(), "lost notifications: {missing:?}");
    assert_eq!(repeated, 0);
    assert_eq!(acknowledged, FLOWS);
    assert!(
        injected.load(Ordering::Relaxed) > 0,
        "the run must include failed deliveries"
    );
    assert_eq!(
        merchant.token_requests(),
        1,
        "one token for 200 concurrent flows"
    );
    drop(receiver);
}
