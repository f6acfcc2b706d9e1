//! `umf demo`: a merchant server against the local sandbox, end to end.
//!
//! Starts the sandbox in-process with the built-in test keys and a notification endpoint on
//! loopback, then runs a card payment (token, create, SMS, execute, notification, query), a QR
//! payment, a partial refund and a customs declaration, printing each exchange with sensitive
//! values masked. The sandbox reports payments and refunds as 004:L2568 and L2794 describe
//! them (`--outcomes async`): `execute_payment` answers `WAIT_BUYER_PAY` and the refund
//! `REFUND_PROCESS`, and the final state arrives by query (the core's poller) and by
//! notification. Any step whose outcome is not the expected one ends the demo with exit 1.

use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use umf_core::calls::{PollPolicy, Subject};
use umf_core::{ApiResponse, HttpResponse, Notification, OperationResult};
use umf_sandbox::merchant::{self, Merchant};
use umf_sandbox::transport::{receive, Received};
use umf_sandbox::{test_merchant, OutcomeReading, Sandbox, SandboxConfig};

use crate::input::{say, Failure};

/// A step that did not go as expected.
struct Wrong(String);

type Step<T> = Result<T, Wrong>;

fn wrong(what: impl Into<String>) -> Wrong {
    Wrong(what.into())
}

fn expect(condition: bool, what: &str) -> Step<()> {
    if condition {
        Ok(())
    } else {
        Err(wrong(what))
    }
}

fn mask_card(number: &str) -> String {
    let n = number.len();
    format!(
        "{} **** **** {}",
        &number[..4.min(n)],
        &number[n.saturating_sub(4)..]
    )
}

fn short(text: &str) -> String {
    if text.len() > 12 {
        format!("{}…", &text[..12])
    } else {
        text.to_owned()
    }
}

fn short_id(id: &str) -> String {
    if id.len() > 12 {
        format!("{}…", &id[..12])
    } else {
        id.to_owned()
    }
}

fn line(arrow: &str, what: &str, outcome: &str) {
    say(&format!("  {arrow} {what:<52} {outcome}"));
}

/// What the merchant's notification endpoint accepted: the verified notification and the
/// acknowledgement it answered with.
type Inbox = Arc<Mutex<Vec<(Notification, String)>>>;

/// How long the sandbox takes to settle a pending payment or refund.
const SETTLE_DELAY_MS: u64 = 400;

/// The demo's wait for a pending outcome: quicker than the default (a second, growing to ten)
/// so that the transcript shows several queries in well under a second.
const POLL: PollPolicy = PollPolicy {
    interval_ms: 100,
    max_interval_ms: 400,
    deadline_ms: 10_000,
    backoff: 2.0,
};

struct Demo {
    sandbox: Sandbox,
    merchant: Merchant,
    inbox: Inbox,
    notify_url: String,
    mer_date: String,
}

impl Demo {
    async fn call(&self, op: &str, params: Value) -> Step<ApiResponse> {
        let answer = self
            .merchant
            .call(op, params)
            .await
            .map_err(|e| wrong(format!("{op}: {e}")))?;
        expect(
            answer.verification.is_verified(),
            &format!("{op}: the answer is not signed"),
        )?;
        Ok(answer)
    }

    /// Waits until the notification endpoint accepted the notification about `id`.
    async fn notification(&self, id: &str) -> Step<Notification> {
        for _ in 0..250 {
            let found = self
                .inbox
                .lock()
                .ok()
                .and_then(|inbox| inbox.iter().find(|(n, _)| n.id == id).cloned());
            if let Some((note, ack)) = found {
                line(
                    "←",
                    &format!("notification {}", note.idempotency_key()),
                    &format!("signature verified; answered {ack}"),
                );
                return Ok(note);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Err(wrong(format!("no notification for {id}")))
    }

    /// Queries the payment or refund `id` until its state is final (the core's poller decides
    /// each sleep), and prints how it went.
    async fn wait_for(&self, subject: Subject, id: &str, want: &str) -> Step<ApiResponse> {
        let (answer, queries) = self
            .merchant
            .wait_for(subject, id, POLL)
            .await
            .map_err(|e| wrong(format!("waiting for {id}: {e}")))?;
        let state = merchant::state_of(subject, &answer);
        expect(
            state == want,
            &format!("the {} ends {want}", subject.as_str()),
        )?;
        line(
            "→",
            &format!("GET  {} (polled)", self.path(subject.query_operation(), id)),
            &format!("{state} after {queries} queries"),
        );
        Ok(answer)
    }

    /// The operation's path with the id shortened for the transcript.
    fn path(&self, op: &str, id: &str) -> String {
        let template = umf_core::operation(op).map(|o| o.path).unwrap_or("");
        let id = short_id(id);
        template
            .replace("{payment_id}", &id)
            .replace("{customs_declaration_id}", &id)
            .replace("{refund_id}", &id)
    }
}

fn state_of(answer: &ApiResponse) -> String {
    merchant::state_of(Subject::Payment, answer)
}

async fn card_payment(d: &Demo) -> Step<String> {
    say("\n1. Card payment: create → SMS → execute (pending) → query until final → notification");
    let token = d.merchant.token().await.map_err(|e| wrong(e.to_string()))?;
    line(
        "→",
        "POST /oauth/authorize",
        &format!(
            "token issued (valid {} s)",
            token.expires_at_ms().saturating_sub(now_ms()) / 1000
        ),
    );
    let created = d
        .call("create_payment", json!({
            "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER", "business_type": "B2C"},
            "order": {"mer_reference_id": "DEMO-CARD-0001", "mer_date": d.mer_date,
                "amount": {"total": "100.00", "currency": "USD"}, "order_summary": "demo order",
                "sub_orders": [{"mer_sub_reference_id": "DEMO-CARD-S1", "trans_code": "01122030",
                    "amount": {"total": "100.00", "currency": "USD"},
                    "items": [{"mer_item_id": "TEA-01", "type": "FOOD", "name": "green tea", "quantity": "2",
                        "amount": {"total": "100.00", "currency": "USD"}}]}]},
            "notify_url": d.notify_url,
            "risk_info": {"trans_type": "02", "goods_type": "1", "receiver_name": "Z", "receiver_moblie_id": "13800000000", "receiver_address": "Shanghai"}
        }))
        .await?;
    let payment = created
        .result
        .payment()
        .ok_or_else(|| wrong("no payment"))?;
    let id = payment.id.clone().ok_or_else(|| wrong("no payment id"))?;
    expect(
        state_of(&created) == "WAIT_BUYER_PAY",
        "the new payment waits for the buyer",
    )?;
    let cny = payment
        .order
        .as_ref()
        .and_then(|o| o.amount.as_ref())
        .and_then(|a| a.total_cny.clone());
    line(
        "→",
        "POST /payments/payment",
        &format!(
            "{id} WAIT_BUYER_PAY (USD 100.00 = CNY {})",
            cny.map(|c| c.to_string()).unwrap_or_default()
        ),
    );

    let number = "6222020000000001234";
    let card = json!({"number": number, "valid_date": "2612", "cvv2": "123", "payer_name": "ZHANG SAN",
        "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"});
    let params = umf_core::RequestParams::from_flat(
        "send_payment_sms",
        json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD", "payer_info": {"bank_card": card}}}),
    )
    .map_err(|e| wrong(e.to_string()))?;
    let prepared = d
        .merchant
        .client()
        .prepare("send_payment_sms", &params, Some(&token))
        .map_err(|e| wrong(e.to_string()))?;
    let sent: Value = serde_json::from_slice(&prepared.body).map_err(|e| wrong(e.to_string()))?;
    let ciphertext = sent["payer"]["payer_info"]["bank_card"]["number"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    expect(
        !String::from_utf8_lossy(&prepared.body).contains(number),
        "the card number leaves encrypted",
    )?;
    d.merchant
        .call_params("send_payment_sms", &params)
        .await
        .map_err(|e| wrong(format!("send_payment_sms: {e}")))?;
    line(
        "→",
        &format!("POST {}", d.path("send_payment_sms", &id)),
        &format!(
            "card {} sent as {} ({} base64 chars); SMS sent",
            mask_card(number),
            short(&ciphertext),
            ciphertext.len()
        ),
    );
    let code = d
        .sandbox
        .sms_code(&id)
        .ok_or_else(|| wrong("the sandbox sent no SMS"))?;
    line(
        "←",
        "SMS to 138****0000",
        "code ****** (read from the sandbox, as the customer would)",
    );

    let mut with_code = card_fields(number);
    with_code["verify_code"] = json!(code);
    let executed = d
        .call(
            "execute_payment",
            json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
            "payer_info": {"bank_card": with_code}}}),
        )
        .await?;
    expect(
        state_of(&executed) == "WAIT_BUYER_PAY",
        "the executed payment is pending: its result follows",
    )?;
    line(
        "→",
        &format!("POST {}", d.path("execute_payment", &id)),
        "WAIT_BUYER_PAY (pending: result by query and notification)",
    );
    let got = d.wait_for(Subject::Payment, &id, "TRADE_SUCCESS").await?;
    let settle = got
        .result
        .payment()
        .and_then(|p| p.settle_date.clone())
        .unwrap_or_default();
    line(
        "",
        "",
        &format!(
            "settles {settle} (meta.sign verified over `{}`)",
            got.verification.covered.join(",")
        ),
    );
    let note = d.notification(&id).await?;
    expect(
        note.state.as_deref() == Some("TRADE_SUCCESS"),
        "the notification reports TRADE_SUCCESS",
    )?;
    Ok(id)
}

fn card_fields(number: &str) -> Value {
    json!({"number": number, "valid_date": "2612", "cvv2": "123", "payer_name": "ZHANG SAN",
        "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"})
}

async fn qr_payment(d: &Demo) -> Step<()> {
    say("\n2. QR payment (Alipay): create → the customer scans → notification → query");
    let created = d
        .call("create_payment", json!({
            "payer": {"payment_method": "ALIPAY_SCAN", "interface_type": "SERVER_TO_SERVER",
                "payer_info": {"qr_code_scan": {"citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"}}},
            "order": {"mer_reference_id": "DEMO-QR-0001", "mer_date": d.mer_date,
                "amount": {"total": "20.00", "currency": "USD"},
                "sub_orders": [{"mer_sub_reference_id": "DEMO-QR-S1", "trans_code": "03223010",
                    "amount": {"total": "20.00", "currency": "USD"}}]},
            "notify_url": d.notify_url
        }))
        .await?;
    let payment = created
        .result
        .payment()
        .ok_or_else(|| wrong("no payment"))?;
    let id = payment.id.clone().ok_or_else(|| wrong("no payment id"))?;
    let qr = payment
        .payer
        .as_ref()
        .and_then(|p| p.payer_info.as_ref())
        .and_then(|i| i.qr_code_scan.as_ref())
        .and_then(|q| q.qr_code_url.clone())
        .ok_or_else(|| wrong("no QR content"))?;
    line(
        "→",
        "POST /payments/payment",
        &format!("{id} WAIT_BUYER_PAY, QR {qr}"),
    );
    d.sandbox
        .complete_payment(&id, "TRADE_SUCCESS")
        .map_err(wrong)?;
    line("·", "the customer scans and pays", "(sandbox admin API)");
    let note = d.notification(&id).await?;
    expect(
        note.state.as_deref() == Some("TRADE_SUCCESS"),
        "the QR notification reports TRADE_SUCCESS",
    )?;
    let got = d.call("get_payment", json!({"payment_id": id})).await?;
    expect(state_of(&got) == "TRADE_SUCCESS", "the QR payment is paid")?;
    line(
        "→",
        &format!("GET  {}", d.path("get_payment", &id)),
        "TRADE_SUCCESS",
    );
    Ok(())
}

async fn partial_refund(d: &Demo, payment_id: &str) -> Step<()> {
    say(
        "\n3. Partial refund of the card payment: 30.00 of 100.00 (pending → final), then too much",
    );
    let refund = d
        .call("create_refund", json!({"payment_id": payment_id, "notify_url": d.notify_url, "refund_info": {
            "mer_reference_id": "DEMO-REFUND-0001", "mer_date": d.mer_date, "amount": {"total": "30.00", "currency": "USD"},
            "sub_orders": [{"mer_sub_reference_id": "DEMO-CARD-S1", "trans_code": "01122030",
                "amount": {"total": "30.00", "currency": "USD"}, "items": [{"mer_item_id": "TEA-01"}]}]}}))
        .await?;
    let r = refund.result.refund().ok_or_else(|| wrong("no refund"))?;
    let state = r
        .state
        .as_ref()
        .map(|s| s.as_str().to_owned())
        .unwrap_or_default();
    let refund_id = r.id.clone().ok_or_else(|| wrong("no refund id"))?;
    expect(
        state == "REFUND_PROCESS",
        "the partial refund is pending: its result follows",
    )?;
    line(
        "→",
        &format!("POST {}", d.path("create_refund", payment_id)),
        &format!("{refund_id} {state} (pending)"),
    );
    d.wait_for(Subject::Refund, &refund_id, "REFUND_SUCCESS")
        .await?;
    let note = d.notification(&refund_id).await?;
    expect(
        note.state.as_deref() == Some("REFUND_SUCCESS"),
        "the refund notification reports REFUND_SUCCESS",
    )?;
    let too_much = d
        .merchant
        .call("create_refund", json!({"payment_id": payment_id, "refund_info": {
            "mer_reference_id": "DEMO-REFUND-0002", "mer_date": d.mer_date, "amount": {"total": "70.01", "currency": "USD"}}}))
        .await;
    match too_much {
        Err(umf_sandbox::merchant::CallError::Api(umf_core::Error::Api {
            ret_code: Some(code),
            ..
        })) if code == "00060774" => {
            line(
                "→",
                "POST …/refund of 70.01 more",
                "refused 00060774 (more than paid)",
            );
            Ok(())
        }
        other => Err(wrong(format!("refunding more than paid: {other:?}"))),
    }
}

async fn customs(d: &Demo, payment_id: &str) -> Step<()> {
    say("\n4. Customs declaration of the card payment's goods");
    let declared = d
        .call("apply_to_customs", json!({"payment_id": payment_id, "customs_id": "NB", "mer_customs_code": "3302461234",
            "ec_plat_id": "DEMO-PLATFORM", "notify_url": d.notify_url, "sub_order": {"mer_sub_reference_id": "DEMO-CARD-S1"},
            "freight_amount": {"total": "0", "currency": "CNY"}, "tax_amount": {"total": "0", "currency": "CNY"}}))
        .await?;
    let OperationResult::CustomsDeclarations {
        customs_declarations,
    } = &declared.result
    else {
        return Err(wrong("no customs declaration"));
    };
    let id = customs_declarations
        .first()
        .and_then(|c| c.id.clone())
        .ok_or_else(|| wrong("no declaration id"))?;
    line(
        "→",
        &format!("POST {}", d.path("apply_to_customs", payment_id)),
        &format!("{id} ACCEPTED"),
    );
    let note = d.notification(&id).await?;
    expect(
        note.state.as_deref() == Some("SUCCESS"),
        "customs clears the declaration",
    )?;
    let got = d
        .call(
            "get_customs_declaration",
            json!({"customs_declaration_id": id}),
        )
        .await?;
    let OperationResult::CustomsDeclarations {
        customs_declarations,
    } = &got.result
    else {
        return Err(wrong("no customs declaration"));
    };
    let state = customs_declarations
        .first()
        .and_then(|c| c.state.as_ref())
        .map(|s| s.as_str().to_owned());
    expect(
        state.as_deref() == Some("SUCCESS"),
        "the declaration query shows SUCCESS",
    )?;
    line(
        "→",
        &format!("GET  {}", d.path("get_customs_declaration", &id)),
        "SUCCESS",
    );
    Ok(())
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

async fn run_demo() -> Step<()> {
    let mut config = SandboxConfig::with_test_keys();
    // Payments and refunds report their result later, as UMF may (004:L2568, L2794).
    config.outcomes = OutcomeReading::Async;
    config.settle_delay_ms = SETTLE_DELAY_MS;
    let sandbox = umf_sandbox::start(config)
        .await
        .map_err(|e| wrong(e.to_string()))?;
    let merchant = test_merchant(&sandbox);
    // The merchant's notify_url: verify the Signature header over the raw body first, keep
    // the notification, and only then acknowledge; anything unverified gets a 400, so UMF
    // retries rather than the merchant trusting it.
    let inbox: Inbox = Arc::default();
    let (sink, verifier) = (inbox.clone(), merchant.client().clone());
    let receiver = receive(move |r: Received| {
        let answer =
            match verifier.verify_notification(r.header("Signature").unwrap_or(""), &r.body) {
                Ok(note) => match note.acknowledgement(&umf_core::AckOptions::default()) {
                    Ok(ack) => {
                        let text = String::from_utf8_lossy(&ack.body).into_owned();
                        if let Ok(mut inbox) = sink.lock() {
                            inbox.push((note, text));
                        }
                        HttpResponse::from(ack)
                    }
                    Err(_) => HttpResponse::new(500, "cannot acknowledge"),
                },
                Err(e) => HttpResponse::new(400, e.code()),
            };
        async move { answer }
    })
    .await
    .map_err(|e| wrong(e.to_string()))?;
    let keys = merchant.client().config();
    say(&format!(
        "umf demo: a merchant server against the local UMF sandbox at {}",
        sandbox.base_url()
    ));
    say(&format!(
        "  keys: merchant {}…, UMF {}… (built-in test keys); notifications to {}/umf/notify",
        &keys
            .merchant_key
            .as_ref()
            .map(|k| k.fingerprint().to_hex())
            .unwrap_or_default()[..12],
        &keys.umf_public_key.fingerprint().to_hex()[..12],
        receiver.url()
    ));
    let demo = Demo {
        notify_url: format!("{}/umf/notify", receiver.url()),
        mer_date: umf_core::model::DateTimeText::date8_from_unix((now_ms() / 1000) as i64, 480),
        sandbox,
        merchant,
        inbox,
    };
    let payment = card_payment(&demo).await?;
    qr_payment(&demo).await?;
    partial_refund(&demo, &payment).await?;
    customs(&demo, &payment).await?;
    expect(
        demo.sandbox.tokens_issued() == 1,
        "one token served the whole demo",
    )?;
    say(&format!(
        "\ndemo passed: {} API requests with {} token, {} notifications; every answer and \
         notification signature verified",
        demo.sandbox.requests_served(),
        demo.sandbox.tokens_issued(),
        demo.sandbox.deliveries().as_array().map_or(0, Vec::len),
    ));
    Ok(())
}

pub fn run() -> Result<ExitCode, Failure> {
    let runtime = tokio::runtime::Runtime::new().map_err(|e| Failure::io("starting tokio", e))?;
    match runtime.block_on(run_demo()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(Wrong(what)) => {
            eprintln!("\ndemo FAILED: {what}");
            Ok(ExitCode::from(1))
        }
    }
}
