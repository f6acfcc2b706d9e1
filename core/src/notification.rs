//! Inbound notifications: UMF POSTs a payment, refund or customs result to `notify_url`.
//!
//! 004:L2585-2588 and L3844-3847: the body is JSON, and the HTTP `Signature` header carries
//! `base64(SHA256withRSA(raw body))` made with UMF's private key. There is no `meta.sign`, and
//! `meta.ret_msg` is an array here (K01). [`verify_notification`] checks the header over the raw
//! body with the UMF public key *before* reading anything; there is deliberately no way to read
//! a notification without that check.
//!
//! UMF documents no replay protection (API.md Q5). [`Notification::idempotency_key`] gives
//! `kind:id:state`, so a handler can drop repeats and out-of-order stale states.
//!
//! The acknowledgement (API.md Q6): 004 says the merchant answers with a `meta` object
//! (004:L2662-2673); the default is `{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}`. The
//! older form-style answer and a variant echoing the object id (003:L1035-1037) are options.
//! The acknowledgement is **not signed by default**: no document shows a signed reply or says
//! UMF checks one, and the reply carries nothing UMF acts on beyond "received". A signature can
//! be added with [`AckOptions::sign_with`] if UMF asks for one.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::json_scan;
use crate::keys::{PrivateKey, PublicKey};
use crate::model::lenient::Lenient;
use crate::model::{CustomsDeclaration, Link, Meta, Payment, Refund};

/// The header UMF puts the signature in (matched case-insensitively).
pub const SIGNATURE_HEADER: &str = "Signature";

/// Which object a notification reports on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A payment result (004 §3.8, §4.3).
    Payment,
    /// A refund result (004 §3.49).
    Refund,
    /// A customs declaration result (003 §3.15; no example exists, shape inferred).
    CustomsDeclaration,
}

impl NotificationKind {
    /// `payment`, `refund` or `customs_declaration`: also the body member that carries it.
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::Payment => "payment",
            NotificationKind::Refund => "refund",
            NotificationKind::CustomsDeclaration => "customs_declaration",
        }
    }
}

/// The object a notification carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationObject {
    /// A payment.
    Payment(Box<Payment>),
    /// A refund.
    Refund(Box<Refund>),
    /// A customs declaration.
    CustomsDeclaration(Box<CustomsDeclaration>),
}

/// A verified notification.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    /// Which object it reports on.
    pub kind: NotificationKind,
    /// The envelope (`ret_msg` is an array here).
    pub meta: Meta,
    /// The object.
    pub object: NotificationObject,
    /// HATEOAS links; data only.
    pub links: Vec<Link>,
    /// The object id (`PAY_…`, `REFUND_…`, `CUST_…`).
    pub id: String,
    /// The object's state (`TRADE_SUCCESS`, `REFUND_SUCCESS`, ...), when present.
    pub state: Option<String>,
    /// Hex SHA-256 fingerprint of the UMF public key whose signature verified it.
    pub key_fingerprint: String,
}

/// Verifies the `Signature` header over the raw body with the UMF public key, then reads the
/// notification.
///
/// Pass the body exactly as received (not a re-serialised parse of it) and the header value.
pub fn verify_notification(
    key: &PublicKey,
    signature: &str,
    raw_body: &[u8],
) -> Result<Notification> {
    verify_notification_with_keys(&[key], signature, raw_body)
}

/// [`verify_notification`] with a set of UMF public keys (a key change-over): accepted when
/// the `Signature` is one of theirs, and [`Notification::key_fingerprint`] names which. An
/// empty set accepts nothing.
pub fn verify_notification_with_keys(
    keys: &[&PublicKey],
    signature: &str,
    raw_body: &[u8],
) -> Result<Notification> {
    if raw_body.is_empty() {
        return Err(Error::NotificationMalformed {
            reason: "empty body".into(),
        });
    }
    let mut failure = None;
    for key in keys {
        match key.verify(raw_body, signature) {
            Ok(()) => {
                let mut notification = parse_verified(raw_body)?;
                notification.key_fingerprint = key.fingerprint().to_hex();
                return Ok(notification);
            }
            // As for answers: "wrong for one key" wins over "does not fit another key".
            Err(e) if failure.is_none() || matches!(e, Error::SignatureInvalid) => {
                failure = Some(e)
            }
            Err(_) => {}
        }
    }
    Err(failure.unwrap_or(Error::SignatureInvalid))
}

/// The parser behind [`verify_notification`], for the fuzzer only: compiled solely under
/// cargo-fuzz (`--cfg fuzzing`), so no build a merchant uses can read an unverified
/// notification.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn fuzz_parse(raw_body: &[u8]) -> Result<Notification> {
    parse_verified(raw_body)
}

/// Reads a body whose signature was checked. Private: reading is only reachable through
/// [`verify_notification`].
fn parse_verified(raw_body: &[u8]) -> Result<Notification> {
    json_scan::scan_object(raw_body).map_err(|e| malformed(e.to_string()))?;
    let value: Value =
        serde_json::from_slice(raw_body).map_err(|e| malformed(format!("not JSON: {e}")))?;
    let Value::Object(mut map) = value else {
        return Err(malformed("not a JSON object"));
    };
    let meta: Meta = member(&mut map, "meta")?.unwrap_or_default();
    let links: Vec<Link> = member(&mut map, "links")?.unwrap_or_default();
    let object = if let Some(p) = member(&mut map, "payment")? {
        NotificationObject::Payment(Box::new(p))
    } else if let Some(r) = member(&mut map, "refund")? {
        NotificationObject::Refund(Box::new(r))
    } else {
        // The create response uses the plural key holding a one-element array (K13).
        let list: Option<Vec<CustomsDeclaration>> = match member(&mut map, "customs_declaration")? {
            Some(list) => Some(list),
            None => member(&mut map, "customs_declarations")?,
        };
        match list {
            Some(mut list) if list.len() == 1 => {
                NotificationObject::CustomsDeclaration(Box::new(list.remove(0)))
            }
            Some(_) => return Err(malformed("expected one customs declaration")),
            None => {
                return Err(malformed(
                    "no payment, refund or customs_declaration member",
                ))
            }
        }
    };
    let (kind, id, state) = match &object {
        NotificationObject::Payment(p) => (
            NotificationKind::Payment,
            &p.id,
            p.state.as_ref().map(|s| s.as_str()),
        ),
        NotificationObject::Refund(r) => (
            NotificationKind::Refund,
            &r.id,
            r.state.as_ref().map(|s| s.as_str()),
        ),
        NotificationObject::CustomsDeclaration(c) => (
            NotificationKind::CustomsDeclaration,
            &c.id,
            c.state.as_ref().map(|s| s.as_str()),
        ),
    };
    let id = id
        .clone()
        .ok_or_else(|| malformed(format!("{} has no id", kind.as_str())))?;
    let state = state.map(str::to_owned);
    Ok(Notification {
        kind,
        meta,
        object,
        links,
        id,
        state,
        key_fingerprint: String::new(),
    })
}

fn malformed(reason: impl Into<String>) -> Error {
    Error::NotificationMalformed {
        reason: reason.into(),
    }
}

/// Takes a top-level member out and reads it leniently, naming it in any error.
fn member<T: Lenient>(map: &mut serde_json::Map<String, Value>, name: &str) -> Result<Option<T>> {
    match map.remove(name) {
        Some(value) => T::from_value(value).map_err(|e| malformed(format!("{name}: {e}"))),
        None => Ok(None),
    }
}

impl Notification {
    /// `kind:id:state`, e.g. `payment:PAY_GM3T…:TRADE_SUCCESS`. Store it when a notification is
    /// handled and skip any notification whose key was seen: UMF retries until acknowledged and
    /// documents no replay protection. A state of `-` means the notification carried none.
    pub fn idempotency_key(&self) -> String {
        format!(
            "{}:{}:{}",
            self.kind.as_str(),
            self.id,
            self.state.as_deref().unwrap_or("-")
        )
    }

    /// The payment, if this is a payment notification.
    pub fn payment(&self) -> Option<&Payment> {
        match &self.object {
            NotificationObject::Payment(p) => Some(p),
            _ => None,
        }
    }

    /// The refund, if this is a refund notification.
    pub fn refund(&self) -> Option<&Refund> {
        match &self.object {
            NotificationObject::Refund(r) => Some(r),
            _ => None,
        }
    }

    /// The customs declaration, if this is a customs notification.
    pub fn customs_declaration(&self) -> Option<&CustomsDeclaration> {
        match &self.object {
            NotificationObject::CustomsDeclaration(c) => Some(c),
            _ => None,
        }
    }

    /// The reply telling UMF the notification was received.
    pub fn acknowledgement(&self, options: &AckOptions<'_>) -> Result<Acknowledgement> {
        acknowledgement(options, Some((self.kind, &self.id)))
    }
}

/// The shape of the acknowledgement body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AckFormat {
    /// `{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}` (004:L2669-2673).
    #[default]
    Json,
    /// The same plus the object id, `{"meta":{…},"payment":{"id":"PAY_…"}}` (003:L1035-1037).
    JsonWithId,
    /// `ret_code=0000&ret_msg=SUCCESS`, the older form-style reply.
    Form,
}

/// How to build the acknowledgement.
#[derive(Debug, Clone, Copy, Default)]
pub struct AckOptions<'a> {
    /// Body shape.
    pub format: AckFormat,
    /// Sign the reply body with the merchant key (adds a `Signature` header). Off by default;
    /// see the module documentation.
    pub sign_with: Option<&'a PrivateKey>,
}

/// The HTTP reply to send back to UMF.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Acknowledgement {
    /// HTTP status (200).
    pub status: u16,
    /// Headers (`Content-Type`, and `Signature` when signed).
    pub headers: Vec<(String, String)>,
    /// Exact body bytes.
    #[serde(with = "body_text")]
    pub body: Vec<u8>,
}

/// The acknowledgement is the HTTP answer the merchant's endpoint sends back: a host (or a test
/// server) hands it to its HTTP stack as it is.
impl From<Acknowledgement> for crate::http::HttpResponse {
    fn from(ack: Acknowledgement) -> Self {
        crate::http::HttpResponse {
            status: ack.status,
            headers: ack.headers,
            body: ack.body,
        }
    }
}

mod body_text {
    pub fn serialize<S: serde::Serializer>(body: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&String::from_utf8_lossy(body))
    }
}

/// Builds a success acknowledgement, optionally naming the object received.
pub fn acknowledgement(
    options: &AckOptions<'_>,
    object: Option<(NotificationKind, &str)>,
) -> Result<Acknowledgement> {
    let (content_type, body) = match options.format {
        AckFormat::Form => (
            "application/x-www-form-urlencoded",
            b"ret_code=0000&ret_msg=SUCCESS".to_vec(),
        ),
        AckFormat::Json | AckFormat::JsonWithId => {
            let mut map = serde_json::Map::new();
            map.insert(
                "meta".into(),
                serde_json::json!({"ret_code": "0000", "ret_msg": "SUCCESS"}),
            );
            if options.format == AckFormat::JsonWithId {
                if let Some((kind, id)) = object {
                    map.insert(kind.as_str().into(), serde_json::json!({ "id": id }));
                }
            }
            let body = serde_json::to_vec(&Value::Object(map)).map_err(|e| Error::Crypto {
                reason: format!("cannot serialise the acknowledgement: {e}"),
            })?;
            ("application/json", body)
        }
    };
    let mut headers = vec![("Content-Type".to_owned(), content_type.to_owned())];
    if let Some(key) = options.sign_with {
        headers.push((SIGNATURE_HEADER.to_owned(), key.sign(&body)?.into()));
    }
    Ok(Acknowledgement {
        status: 200,
        headers,
        body,
    })
}
