//! Byte inputs: keys, bodies and messages arrive as strings or bytes.
//!
//! A string is taken as its UTF-8 encoding (PEM, base64 and JSON text are ASCII or UTF-8); a
//! `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer` is taken as is. Signatures and
//! verification cover these exact bytes, so for bodies received over HTTP the raw bytes are the
//! safe choice: a body decoded to a string and encoded again changes if it was not valid UTF-8.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use zeroize::Zeroizing;

use crate::error::{type_error, JsResult};

/// The TypeScript type of every byte input.
pub const BYTES_TS: &str = "string | Uint8Array | ArrayBuffer";

/// The bytes of a string, `Uint8Array` or `ArrayBuffer`; `what` names the argument in the error.
pub fn bytes_of(value: &JsValue, what: &str) -> JsResult<Vec<u8>> {
    if let Some(text) = value.as_string() {
        return Ok(text.into_bytes());
    }
    if let Some(array) = value.dyn_ref::<Uint8Array>() {
        return Ok(array.to_vec());
    }
    if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        return Ok(Uint8Array::new(buffer).to_vec());
    }
    Err(type_error(&format!(
        "{what} must be a string, a Uint8Array or an ArrayBuffer"
    )))
}

/// Like [`bytes_of`], for key material: the copy in wasm memory is zeroised when dropped.
#[cfg(feature = "merchant")]
pub fn secret_bytes_of(value: &JsValue, what: &str) -> JsResult<Zeroizing<Vec<u8>>> {
    bytes_of(value, what).map(Zeroizing::new)
}

/// A clock reading from JavaScript: the given milliseconds, or `Date.now()` when absent.
///
/// wasm32-unknown-unknown has no system clock, so the host's clock is the token manager's.
#[cfg(feature = "merchant")]
pub fn now_ms(given: Option<f64>) -> JsResult<u64> {
    let ms = given.unwrap_or_else(js_sys::Date::now);
    millis(ms, "nowMs")
}

/// A non-negative whole number of milliseconds.
#[cfg(feature = "merchant")]
pub fn millis(ms: f64, what: &str) -> JsResult<u64> {
    if (0.0..=MAX_SAFE_INTEGER).contains(&ms) {
        // In 0..=2^53-1 (so finite, not NaN): the cast of the floor is exact.
        Ok(ms.floor() as u64)
    } else {
        Err(type_error(&format!(
            "{what} must be a non-negative number of milliseconds"
        )))
    }
}

/// `Number.MAX_SAFE_INTEGER`.
#[cfg(feature = "merchant")]
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
