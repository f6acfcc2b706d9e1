//! `encryptFields` and `encryptedFieldPaths`: the core's one table of sensitive fields.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use tsify::{Ts, Tsify};
use umf_core::encryption::{self, EncryptionMode};
use wasm_bindgen::prelude::*;

use crate::error::{type_error, JsResult, OrThrow};
use crate::json;
use crate::keys::PublicKey;
use crate::shown::print_as;

/// Options of `encryptFields`.
#[cfg(feature = "merchant")]
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct EncryptFieldsOptions {
    /// `wire` (default; the merchant server, before signing): ciphertext strings.
    /// `marker` (a browser or app, before relaying to the server): `{"$encrypted": "…"}`.
    #[tsify(optional, type = "\"wire\" | \"marker\"")]
    pub mode: Option<String>,
    /// Query parameters of the operation (`query_card_bin` encrypts `card`).
    #[tsify(optional, type = "Record<string, unknown> | string")]
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub query: JsValue,
}

/// What `encryptFields` returns: the payload (and query) with every sensitive field encrypted.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct EncryptedPayload {
    /// The payload: JSON text when text was given (numbers kept as written), else an object.
    #[tsify(type = "any")]
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub payload: JsValue,
    /// The query parameters, when given.
    #[tsify(optional, type = "any")]
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub query: JsValue,
    /// Paths whose plaintext was encrypted here.
    pub encrypted: Vec<String>,
    /// Paths that arrived as encrypted markers and were passed through.
    pub passed_through: Vec<String>,
}

/// What printing an encryption result shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EncryptionSummary<'a> {
    encrypted: &'a [String],
    passed_through: &'a [String],
}

#[cfg(feature = "merchant")]
pub(crate) fn mode_of(name: Option<&str>) -> JsResult<EncryptionMode> {
    match name {
        None | Some("wire") => Ok(EncryptionMode::Wire),
        Some("marker") => Ok(EncryptionMode::Marker),
        Some(_) => Err(type_error("mode must be \"wire\" or \"marker\"")),
    }
}

/// Encrypts every sensitive field of `opId` in `payload` with the UMF public key.
///
/// `payload` is an object or JSON text; the result has the same form. Plain strings are
/// encrypted, `{"$encrypted": "…"}` markers made on a device are checked and passed through,
/// empty values are left alone.
#[cfg(feature = "merchant")]
#[wasm_bindgen(js_name = encryptFields)]
pub fn encrypt_fields(
    #[wasm_bindgen(js_name = opId)] op_id: &str,
    #[wasm_bindgen(unchecked_param_type = "object | string")] payload: JsValue,
    #[wasm_bindgen(js_name = umfPublicKey)] umf_public_key: &PublicKey,
    options: Option<Ts<EncryptFieldsOptions>>,
) -> JsResult<Ts<EncryptedPayload>> {
    let options = match options {
        Some(o) => o.to_rust().or_throw()?,
        None => EncryptFieldsOptions::default(),
    };
    let mode = mode_of(options.mode.as_deref())?;
    run(&payload, &options.query, mode, |body, query, mode| {
        encryption::encrypt_fields(op_id, body, query, umf_public_key.core(), mode)
    })
}

/// Shared by `encryptFields` and `CardEncryptor.encryptFields`: converts, runs `encrypt`,
/// converts back.
pub(crate) fn run(
    payload: &JsValue,
    query: &JsValue,
    mode: EncryptionMode,
    encrypt: impl FnOnce(
        &mut Value,
        Option<&mut Map<String, Value>>,
        EncryptionMode,
    ) -> umf_core::Result<umf_core::EncryptionReport>,
) -> JsResult<Ts<EncryptedPayload>> {
    let mut body = json::from_js(payload, "payload")?;
    let mut query_in = if query.is_undefined() || query.is_null() {
        None
    } else {
        let q = json::from_js(query, "query")?;
        match q.value {
            Value::Object(map) => Some((map, q.as_text)),
            _ => return Err(type_error("query must be an object of query parameters")),
        }
    };
    let report =
        encrypt(&mut body.value, query_in.as_mut().map(|(map, _)| map), mode).or_throw()?;
    let query_out = match &query_in {
        Some((map, as_text)) => json::to_js_value(map, *as_text)?,
        None => JsValue::UNDEFINED,
    };
    let summary = EncryptionSummary {
        encrypted: &report.encrypted,
        passed_through: &report.passed_through,
    };
    let summary = json::to_js_value(&summary, false)?;
    let result = EncryptedPayload {
        payload: json::to_js_value(&body.value, body.as_text)?,
        query: query_out,
        encrypted: report.encrypted,
        passed_through: report.passed_through,
    }
    .into_ts()
    .or_throw()?;
    // The payload is the body to send (read it explicitly); printed, the result says which
    // paths were encrypted or passed through.
    print_as(&result.js_value(), &summary)?;
    Ok(result)
}

/// The sensitive field paths an operation sends (`payer.payer_info.bank_card.number`, ...;
/// `query:card` for a query parameter), from the core's table. Without `opId`, every path.
#[wasm_bindgen(js_name = encryptedFieldPaths)]
pub fn encrypted_field_paths(#[wasm_bindgen(js_name = opId)] op_id: Option<String>) -> Vec<String> {
    match op_id {
        Some(op) => encryption::fields_for(&op)
            .map(|f| f.path.to_owned())
            .collect(),
        None => encryption::ENCRYPTED_FIELDS
            .iter()
            .map(|f| f.path.to_owned())
            .collect(),
    }
}
