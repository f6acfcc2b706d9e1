//! JSON across the boundary as text.
//!
//! serde_json's `arbitrary_precision` (enabled for the whole workspace so `6.9800` keeps its
//! zeros) represents numbers in a way serde-wasm-bindgen does not understand, and a JavaScript
//! number cannot keep trailing zeros anyway. So JSON values cross as text: a JavaScript value is
//! turned into text by `JSON.stringify` and read by serde_json; a Rust value is written by
//! serde_json and read by `JSON.parse`. Callers who need numbers exactly as sent pass text and
//! get text back.

use serde_json::Value;
use wasm_bindgen::JsValue;
use zeroize::Zeroizing;

use crate::error::{to_js, type_error, JsResult};

/// A JSON input and the form it came in.
pub struct JsonInput {
    /// The parsed value.
    pub value: Value,
    /// Whether the caller passed text (and so gets text back).
    pub as_text: bool,
}

/// Reads a JSON input: a string is JSON text; anything else goes through `JSON.stringify`.
pub fn from_js(value: &JsValue, what: &str) -> JsResult<JsonInput> {
    // The text may hold plaintext card numbers; wipe the wasm copy once parsed (the core wipes
    // each plaintext value as it encrypts it).
    let (text, as_text) = match value.as_string() {
        Some(text) => (Zeroizing::new(text), true),
        None => {
            let text = js_sys::JSON::stringify(value)
                .ok()
                .and_then(|t| t.as_string())
                .ok_or_else(|| type_error(&format!("{what} cannot be converted to JSON")))?;
            (Zeroizing::new(text), false)
        }
    };
    let value = serde_json::from_str(&text).map_err(|e| {
        to_js(umf_core::Error::InvalidRequest {
            reason: format!("{what} is not valid JSON: {e}"),
        })
    })?;
    Ok(JsonInput { value, as_text })
}

/// Writes a value back in the form it came in: text, or a fresh JavaScript value.
///
/// Through `dyn erased_serde::Serialize`, so that each model's `Serialize` is compiled once
/// for the module, not once per serializer that writes it (see `bindings-wasm/README.md`,
/// "Size").
pub fn to_js_value(value: &dyn erased_serde::Serialize, as_text: bool) -> JsResult<JsValue> {
    let text = serde_json::to_string(value).map_err(|e| {
        to_js(umf_core::Error::InvalidRequest {
            reason: format!("cannot serialise JSON: {e}"),
        })
    })?;
    if as_text {
        Ok(JsValue::from_str(&text))
    } else {
        js_sys::JSON::parse(&text)
    }
}
