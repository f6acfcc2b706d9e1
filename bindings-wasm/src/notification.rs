//! `verifyNotification` and `acknowledgeNotification`: UMF's POSTs to `notify_url`.
//!
//! The `Signature` header is checked over the raw body before anything is read (the core
//! offers no way around it). Pass the body exactly as received: see the README's raw-body
//! recipes for Express, Fastify and Next.js.

use serde::Serialize;
use serde_json::Value;
use tsify::{Ts, Tsify};
use umf_core::model::{CustomsDeclaration, Link, Meta, Payment, Refund};
use umf_core::notification::{self, AckFormat, AckOptions, NotificationKind, NotificationObject};
use wasm_bindgen::prelude::*;

use crate::error::{type_error, JsResult, OrThrow};
use crate::input::bytes_of;
use crate::json;
use crate::keys::serde_name;
#[cfg(feature = "merchant")]
use crate::private_key::PrivateKey;
use crate::shown::print_as;

/// A verified notification. Objects keep their wire spellings (`mer_reference_id`) and amounts
/// the text UMF sent; their types (`Payment`, `Meta`, ...) are the core's models.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Notification {
    /// Which object it reports on.
    #[tsify(type = "\"payment\" | \"refund\" | \"customs_declaration\"")]
    pub kind: String,
    /// The object id (`PAY_…`, `REFUND_…`, `CUST_…`).
    pub id: String,
    /// The object's state (`TRADE_SUCCESS`, ...), or `null`.
    pub state: Option<String>,
    /// `kind:id:state`: store it when handled and skip notifications whose key was seen (UMF
    /// retries until acknowledged and documents no replay protection).
    pub idempotency_key: String,
    /// Hex SHA-256 fingerprint of the UMF public key that verified it: during a key
    /// change-over, which of the configured keys UMF signed with.
    pub key_fingerprint: String,
    /// The envelope.
    #[tsify(type = "Meta")]
    pub meta: Value,
    /// HATEOAS links.
    #[tsify(type = "Link[]")]
    pub links: Value,
    /// The payment, for `kind === "payment"`.
    #[tsify(optional, type = "Payment")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<Value>,
    /// The refund, for `kind === "refund"`.
    #[tsify(optional, type = "Refund")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refund: Option<Value>,
    /// The customs declaration, for `kind === "customs_declaration"`.
    #[tsify(optional, type = "CustomsDeclaration")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customs_declaration: Option<Value>,
}

/// Reads the raw body, runs `verify` (signature first, then parsing: the core's) and gives
/// the JavaScript notification. Every `verifyNotification` of the package goes through here.
pub(crate) fn verified(
    raw_body: &JsValue,
    verify: impl FnOnce(&[u8]) -> umf_core::Result<notification::Notification>,
) -> JsResult<JsValue> {
    let raw = bytes_of(raw_body, "rawBody")?;
    Notification::to_js(&verify(&raw).or_throw()?)
}

impl Notification {
    /// The JavaScript object for a verified core notification. It crosses as JSON text so that
    /// amounts keep their text (see [`crate::json`]), written once from the core's typed
    /// notification: no intermediate tree, no copy of its members.
    pub fn to_js(n: &notification::Notification) -> JsResult<JsValue> {
        let idempotency_key = n.idempotency_key();
        let (payment, refund, customs_declaration) = match &n.object {
            NotificationObject::Payment(p) => (Some(&**p), None, None),
            NotificationObject::Refund(r) => (None, Some(&**r), None),
            NotificationObject::CustomsDeclaration(c) => (None, None, Some(&**c)),
        };
        let view = NotificationView {
            kind: n.kind.as_str(),
            id: &n.id,
            state: n.state.as_deref(),
            idempotency_key: &idempotency_key,
            key_fingerprint: &n.key_fingerprint,
            meta: &n.meta,
            links: &n.links,
            payment,
            refund,
            customs_declaration,
        };
        let js = json::to_js_value(&view, false)?;
        // The object may echo the payer's details: printed, a notification says what it is
        // about; `payment`, `refund` and `customsDeclaration` are read explicitly.
        let summary = NotificationSummary {
            kind: view.kind,
            id: view.id,
            state: view.state,
            idempotency_key: view.idempotency_key,
        };
        print_as(&js, &json::to_js_value(&summary, false)?)?;
        Ok(js)
    }
}

/// What crosses for a [`Notification`]: its members borrowed from the core's notification, in
/// the declaration's order, serialised straight to the JSON text `JSON.parse` reads.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationView<'a> {
    kind: &'a str,
    id: &'a str,
    state: Option<&'a str>,
    idempotency_key: &'a str,
    key_fingerprint: &'a str,
    meta: &'a Meta,
    links: &'a [Link],
    #[serde(skip_serializing_if = "Option::is_none")]
    payment: Option<&'a Payment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    refund: Option<&'a Refund>,
    #[serde(skip_serializing_if = "Option::is_none")]
    customs_declaration: Option<&'a CustomsDeclaration>,
}

/// What printing a notification shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationSummary<'a> {
    kind: &'a str,
    id: &'a str,
    state: Option<&'a str>,
    idempotency_key: &'a str,
}

/// Verifies the `Signature` header over the raw body with the UMF public key, then reads the
/// notification. A missing header is `signature_missing`. During a key change-over pass the
/// keys as an array: any of them verifies, and `keyFingerprint` says which.
#[cfg(feature = "merchant")]
#[wasm_bindgen(js_name = verifyNotification, unchecked_return_type = "Notification")]
pub fn verify_notification(
    #[wasm_bindgen(js_name = umfPublicKey, unchecked_param_type = "PublicKey | PublicKey[]")]
    umf_public_key: JsValue,
    signature: Option<String>,
    #[wasm_bindgen(js_name = rawBody, unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
    raw_body: JsValue,
) -> JsResult<JsValue> {
    let keys = if js_sys::Array::is_array(&umf_public_key) {
        crate::client::additional_keys(&umf_public_key, crate::host_rsa::RsaBackend::Auto)?
    } else {
        vec![crate::private_key::public_key_from_js(
            &umf_public_key,
            "umfPublicKey",
            crate::host_rsa::RsaBackend::Auto,
        )?]
    };
    let keys: Vec<&umf_core::PublicKey> = keys.iter().collect();
    verified(&raw_body, |raw| {
        notification::verify_notification_with_keys(
            &keys,
            signature.as_deref().unwrap_or_default(),
            raw,
        )
    })
}

/// The HTTP reply that tells UMF a notification was received.
#[cfg(feature = "merchant")]
#[derive(Serialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Acknowledgement {
    /// HTTP status (200).
    pub status: u16,
    /// Headers (`Content-Type`, and `Signature` when signed).
    #[tsify(type = "Record<string, string>")]
    #[serde(serialize_with = "crate::http::pairs_as_object")]
    pub headers: Vec<(String, String)>,
    /// The exact body text.
    pub body: String,
}

/// Builds the reply to a verified notification: `json` (default,
/// `{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}`), `json_with_id` (adds the object id) or
/// `form` (`ret_code=0000&ret_msg=SUCCESS`). Unsigned: no document shows UMF checking a signed
/// reply (see `acknowledgeNotificationSigned` if UMF asks for one).
#[cfg(feature = "merchant")]
#[wasm_bindgen(js_name = acknowledgeNotification)]
pub fn acknowledge_notification(
    #[wasm_bindgen(unchecked_param_type = "Pick<Notification, \"kind\" | \"id\">")]
    notification: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "\"json\" | \"json_with_id\" | \"form\"")]
    format: Option<String>,
) -> JsResult<Ts<Acknowledgement>> {
    acknowledge(&notification, format.as_deref(), None)
}

/// Like `acknowledgeNotification`, with a `Signature` header made with the merchant key.
#[cfg(feature = "merchant")]
#[wasm_bindgen(js_name = acknowledgeNotificationSigned)]
pub fn acknowledge_notification_signed(
    #[wasm_bindgen(unchecked_param_type = "Pick<Notification, \"kind\" | \"id\">")]
    notification: JsValue,
    #[wasm_bindgen(js_name = merchantKey)] merchant_key: &PrivateKey,
    #[wasm_bindgen(unchecked_optional_param_type = "\"json\" | \"json_with_id\" | \"form\"")]
    format: Option<String>,
) -> JsResult<Ts<Acknowledgement>> {
    acknowledge(&notification, format.as_deref(), Some(merchant_key))
}

#[cfg(feature = "merchant")]
fn acknowledge(
    notification: &JsValue,
    format: Option<&str>,
    sign_with: Option<&PrivateKey>,
) -> JsResult<Ts<Acknowledgement>> {
    let format = match format {
        None => AckFormat::default(),
        Some(name) => [AckFormat::Json, AckFormat::JsonWithId, AckFormat::Form]
            .into_iter()
            .find(|f| serde_name(f) == name)
            .ok_or_else(|| type_error("format must be \"json\", \"json_with_id\" or \"form\""))?,
    };
    let kind_name = js_sys::Reflect::get(notification, &JsValue::from_str("kind"))?.as_string();
    let id = js_sys::Reflect::get(notification, &JsValue::from_str("id"))?.as_string();
    let kind = [
        NotificationKind::Payment,
        NotificationKind::Refund,
        NotificationKind::CustomsDeclaration,
    ]
    .into_iter()
    .find(|k| Some(k.as_str()) == kind_name.as_deref());
    let (Some(kind), Some(id)) = (kind, id) else {
        return Err(type_error(
            "notification must be what verifyNotification returned",
        ));
    };
    let options = AckOptions {
        format,
        sign_with: sign_with.map(PrivateKey::core),
    };
    let ack = notification::acknowledgement(&options, Some((kind, &id))).or_throw()?;
    Acknowledgement {
        status: ack.status,
        headers: ack.headers,
        body: String::from_utf8_lossy(&ack.body).into_owned(),
    }
    .into_ts()
    .or_throw()
}
