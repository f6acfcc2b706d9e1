//! `/__admin`: drive and inspect the sandbox from tests (plain JSON, no auth, loopback only).
//!
//! | method and path | does |
//! |---|---|
//! | `GET /__admin/health` | `{"ok": true}`, counts and the readings the sandbox holds to |
//! | `GET /__admin/sms/{payment_id}` | the SMS code "sent" for a card payment |
//! | `GET /__admin/bind_sms/{external_customer_id}` | the SMS code of a card binding |
//! | `GET /__admin/cashier/{payment_id}` | the cashier page an `upay` link opens (a Pay button) |
//! | `GET /__admin/payments/{id}` | a payment as stored |
//! | `POST /__admin/payments/{id}/complete` `{"state": "TRADE_SUCCESS"}` | the customer pays (or not) |
//! | `GET /__admin/notifications` | every delivery: body, signature, attempts, acknowledged |
//! | `GET /__admin/faults`, `POST /__admin/faults` (a rule), `DELETE /__admin/faults` | faults |
//! | `POST /__admin/tokens/expire` | expire the current token |
//! | `POST /__admin/keys/rotate` | sign with the other UMF key from now on (a key change-over) |

use serde_json::{json, Value};
use umf_core::model::PaymentState;
use umf_core::HttpResponse;

use crate::faults::FaultRule;
use crate::handlers::payments_admin;
use crate::respond;
use crate::state::SharedRef;

pub(crate) fn handle(
    shared: &SharedRef,
    method: &str,
    path: &str,
    _query: &str,
    body: &[u8],
) -> HttpResponse {
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let ok = |v: Value| respond::admin(200, &v);
    let not_found = || respond::admin(404, &json!({"error": "not found"}));
    match (method, segments.as_slice()) {
        ("GET", ["health"]) => {
            let store = shared.lock();
            ok(json!({
                "ok": true,
                "base_url": shared.base_url,
                "payments": store.payments.len(),
                "refunds": store.refunds.len(),
                "declarations": store.declarations.len(),
                "notifications": store.deliveries.len(),
                "tokens_issued": store.tokens.issued,
                "token_rejections": store.tokens.refusals.total(),
                "token_refusals": store.tokens.refusals,
                "requests_served": store.requests_served,
                "umf_public_key_fingerprint": shared.signing_key().fingerprint().to_hex(),
                // Behaviours the documents do not describe (README: what the sandbox invents).
                "inventions": {
                    "sms_max_failures": shared.config.sms_max_failures,
                    "test_cards": shared.config.test_cards,
                    "notify_backoff_ms": shared.config.notify_backoff_ms,
                    "notify_max_attempts": shared.config.notify_max_attempts,
                },
                "readings": {
                    "signature_scope": shared.config.signature_scope,
                    "bearer": shared.config.bearer,
                    "ack": shared.config.ack,
                    "sign_errors": shared.config.sign_errors,
                    "outcomes": shared.config.outcomes,
                    "repeat_reference": shared.config.repeat_reference,
                    "token_path": shared.config.token_path,
                    "token_credentials": shared.config.token_credentials,
                },
            }))
        }
        ("GET", ["sms", id]) => match shared
            .lock()
            .payments
            .get(*id)
            .and_then(|p| p.sms_code.clone())
        {
            Some(code) => ok(json!({"payment_id": id, "code": code})),
            None => not_found(),
        },
        ("GET", ["bind_sms", customer]) => {
            match shared.lock().binding_codes.get(*customer).cloned() {
                Some(code) => ok(json!({"external_customer_id": customer, "code": code})),
                None => not_found(),
            }
        }
        ("GET", ["cashier", id]) => {
            let page = format!(
                "<!doctype html><title>UMF sandbox cashier</title><h1>Pay {id}</h1>\
                 <form method=post action=\"/__admin/payments/{id}/complete\"><button>Pay</button></form>"
            );
            HttpResponse {
                status: 200,
                headers: vec![("Content-Type".into(), "text/html; charset=utf-8".into())],
                body: page.into_bytes(),
            }
        }
        ("GET", ["payments", id]) => {
            let store = shared.lock();
            match store.payments.get(*id) {
                Some(p) => ok(payments_admin::view(shared, p)),
                None => not_found(),
            }
        }
        ("POST", ["payments", id, "complete"]) => {
            let state = serde_json::from_slice::<Value>(body)
                .ok()
                .and_then(|v| v["state"].as_str().map(str::to_owned))
                .unwrap_or_else(|| "TRADE_SUCCESS".into());
            match complete_payment(shared, id, &state) {
                Ok(()) => ok(json!({"payment_id": id, "state": state})),
                Err(e) => respond::admin(409, &json!({"error": e})),
            }
        }
        ("GET", ["notifications"]) => {
            ok(serde_json::to_value(&shared.lock().deliveries).unwrap_or_default())
        }
        ("GET", ["faults"]) => {
            ok(serde_json::to_value(shared.lock().faults.list()).unwrap_or_default())
        }
        ("POST", ["faults"]) => match serde_json::from_slice::<FaultRule>(body) {
            Ok(rule) => {
                shared.lock().faults.add(rule.clone());
                ok(serde_json::to_value(rule).unwrap_or_default())
            }
            Err(e) => respond::admin(400, &json!({"error": e.to_string()})),
        },
        ("DELETE", ["faults"]) => {
            shared.lock().faults.clear();
            ok(json!({"cleared": true}))
        }
        ("POST", ["keys", "rotate"]) => {
            ok(json!({"umf_public_key_fingerprint": shared.rotate_umf_key()}))
        }
        ("POST", ["tokens", "expire"]) => {
            shared.lock().tokens.expire();
            ok(json!({"expired": true}))
        }
        _ => not_found(),
    }
}

/// Completes a waiting payment with `state` and notifies the merchant.
pub(crate) fn complete_payment(shared: &SharedRef, id: &str, state: &str) -> Result<(), String> {
    let state = PaymentState::from_wire(state);
    if !state.is_final() {
        return Err(format!("{state} is not a final state"));
    }
    payments_admin::complete(shared, id, state)
}
