//! Notifications: what UMF POSTs to `notify_url` (004:L2585-2588, L3844-3847).
//!
//! The body is `{"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]}, "<kind>": {…}, "links": […]}`
//! signed with the UMF key in the `Signature` header. Delivery retries with exponential backoff
//! (from `notify_backoff_ms`, doubling, at most 5 s apart) until the merchant acknowledges:
//! HTTP 200 with a reply the configured [`AckReading`](crate::readings::AckReading) accepts
//! (by default any `ret_code` `0000` reply, JSON `meta` or form-style); any other reply is a
//! failed attempt. Every delivery is recorded for `GET /__admin/notifications`.

use std::time::Duration;
use umf_core::codes::names;

use serde_json::{json, Value};
use umf_core::{HttpRequest, Method};

use crate::state::{Delivery, SharedRef};

/// Faults that shape one notification.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Flags {
    /// Send it again after it was acknowledged.
    pub duplicate: bool,
    /// Hold it so the next notification overtakes it.
    pub reorder: bool,
}

/// How long a reordered notification is held.
const HOLD: Duration = Duration::from_millis(400);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// The body of a notification about `object` (`kind` is `payment`, `refund` or
/// `customs_declaration`), exactly as the sandbox sends it: `meta`, the object under its kind,
/// and the `self` link under `base_url`. `umf notification sample` signs the same bytes for a
/// merchant's own tests.
pub fn notification_body(kind: &str, object: Value, base_url: &str) -> Vec<u8> {
    let id = object["id"].as_str().unwrap_or_default().to_owned();
    let self_path = match kind {
        "payment" => format!("/payments/payment/{id}"),
        "refund" => format!("/payments/refund/{id}"),
        _ => format!("/payments/customs_declarations/{id}"),
    };
    let mut envelope = serde_json::Map::new();
    envelope.insert(
        "meta".into(),
        json!({"ret_code": names::SUCCESS, "ret_msg": ["SUCCESS"]}),
    );
    envelope.insert(kind.into(), object);
    envelope.insert(
        "links".into(),
        json!([{"href": format!("{}{self_path}", base_url.trim_end_matches('/')), "ref": "self", "method": "GET"}]),
    );
    // A map of JSON values always serialises.
    serde_json::to_vec(&Value::Object(envelope)).unwrap_or_default()
}

/// Queues a notification about `object` (`kind` is `payment`, `refund` or
/// `customs_declaration`) to `url`. Call with the store unlocked or locked: it only spawns.
pub(crate) fn send(
    shared: &SharedRef,
    kind: &'static str,
    object: Value,
    url: Option<String>,
    flags: Flags,
) {
    let Some(url) = url.filter(|u| u.starts_with("http://") || u.starts_with("https://")) else {
        return;
    };
    let id = object["id"].as_str().unwrap_or_default().to_owned();
    let state = object["state"].as_str().unwrap_or_default().to_owned();
    let body = notification_body(kind, object, &shared.base_url);
    let signature = match shared.signing_key().sign(&body) {
        Ok(s) => s.as_str().to_owned(),
        Err(_) => return,
    };
    let shared = shared.clone();
    tokio::spawn(async move {
        if flags.reorder {
            tokio::time::sleep(HOLD).await;
        }
        let acknowledged =
            deliver(&shared, kind, &id, &state, &url, &body, &signature, false).await;
        if acknowledged && flags.duplicate {
            deliver(&shared, kind, &id, &state, &url, &body, &signature, true).await;
        }
    });
}

#[allow(clippy::too_many_arguments)] // one delivery's facts, recorded together
async fn deliver(
    shared: &SharedRef,
    kind: &'static str,
    id: &str,
    state: &str,
    url: &str,
    body: &[u8],
    signature: &str,
    duplicate: bool,
) -> bool {
    let seq = {
        let mut store = shared.lock();
        let seq = store.deliveries.len() as u64 + 1;
        store.deliveries.push(Delivery {
            seq,
            kind,
            object_id: id.to_owned(),
            state: state.to_owned(),
            url: url.to_owned(),
            body: String::from_utf8_lossy(body).into_owned(),
            signature: signature.to_owned(),
            attempts: 0,
            last_status: None,
            acknowledged: false,
            duplicate,
            gave_up: false,
        });
        seq
    };
    let request = HttpRequest {
        method: Method::Post,
        url: url.to_owned(),
        headers: vec![
            ("Content-Type".into(), "application/json".into()),
            ("Signature".into(), signature.to_owned()),
        ],
        body: body.to_vec(),
    };
    let mut backoff = Duration::from_millis(shared.config.notify_backoff_ms.max(1));
    for attempt in 1..=shared.config.notify_max_attempts.max(1) {
        let answer = shared.http.send(&request).await;
        let status = answer.as_ref().ok().map(|r| r.status);
        let acknowledged = answer
            .as_ref()
            .is_ok_and(|r| shared.config.ack.accepts(r, kind, id));
        {
            let mut store = shared.lock();
            if let Some(d) = store.deliveries.iter_mut().find(|d| d.seq == seq) {
                d.attempts = attempt;
                d.last_status = status;
                d.acknowledged = acknowledged;
            }
        }
        if acknowledged {
            return true;
        }
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(MAX_BACKOFF);
    }
    let mut store = shared.lock();
    if let Some(d) = store.deliveries.iter_mut().find(|d| d.seq == seq) {
        d.gave_up = true;
    }
    false
}
