//! Errors as JavaScript `Error` objects carrying the core's stable code.
//!
//! Every failure of the core becomes an `Error` whose `name` is `UmfError` and whose `code` is
//! [`umf_core::Error::code`] unchanged, so callers branch on `err.code` exactly as Python and
//! Kotlin callers do. API errors also carry UMF's answer; field errors carry the field *path*
//! (never its value, which the core keeps out of every message). Misuse of the JavaScript API
//! itself (a number where a key was expected) is a plain `TypeError`, as JavaScript's own
//! functions do it.

use js_sys::{Object, Reflect};
use umf_core::Error;
use wasm_bindgen::prelude::*;

use crate::keys::camel_case;

/// The `name` of every error the core reports.
pub const ERROR_NAME: &str = "UmfError";

/// Shorthand for results that throw into JavaScript.
pub type JsResult<T> = Result<T, JsValue>;

/// Converts a core error into the thrown `Error` object: `code`, `family`, `retryable`, and
/// the extra fields the core lists for the code (`Error::extras`, `ERROR_KINDS`) under their
/// JavaScript names (`extra_property`), so no field is chosen here.
pub fn to_js(err: Error) -> JsValue {
    let js = js_sys::Error::new(&err.to_string());
    js.set_name(ERROR_NAME);
    let obj: &Object = js.as_ref();
    set(obj, "code", err.code());
    set(obj, "family", err.family().as_str());
    set(obj, "retryable", err.is_retryable());
    for (field, value) in err.extras() {
        // Paths, lengths, codes and flags only (never a secret); as JSON text, so numbers
        // written with serde_json's `arbitrary_precision` arrive as numbers.
        let value = js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL);
        set(obj, &extra_property(&field), value);
    }
    match &err {
        Error::Api { .. } => {
            set(obj, "duplicate", err.is_duplicate());
            set(obj, "pending", err.is_pending());
            set(obj, "tokenExpired", err.is_token_expired());
        }
        // Not failed: the outcome comes later.
        Error::OutcomePending { .. } => set(obj, "pending", true),
        // The names of earlier releases, kept beside `len` and `max`.
        Error::ValueTooLong { len, max, .. } => {
            set(obj, "length", *len as u32);
            set(obj, "maxLength", *max as u32);
        }
        Error::KeyKdfLimit { max, .. } => set(obj, "limit", *max as f64),
        _ => {}
    }
    js.into()
}

/// The JavaScript property of an error's extra field: the core's name in camelCase
/// (`http_status` → `httpStatus`), except `name`, which is the `Error`'s own (`UmfError`), so
/// `header`. scripts/types.mjs (`errorProperty`) declares the same names.
pub(crate) fn extra_property(field: &str) -> String {
    match field {
        "name" => "header".to_owned(),
        other => camel_case(other),
    }
}

/// A `TypeError` for arguments of the wrong JavaScript type.
pub fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// Sets a property on an object we just created; that cannot fail.
pub(crate) fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

/// `?` for core results inside exported functions.
pub trait OrThrow<T> {
    /// Converts the error into the JavaScript `Error` to throw.
    fn or_throw(self) -> JsResult<T>;
}

impl<T> OrThrow<T> for umf_core::Result<T> {
    fn or_throw(self) -> JsResult<T> {
        self.map_err(to_js)
    }
}

impl<T> OrThrow<T> for Result<T, tsify::Error> {
    fn or_throw(self) -> JsResult<T> {
        self.map_err(|e| type_error(&e.to_string()))
    }
}

/// Whether `value` is an error the SDK threw for a core failure (it has a stable `code`).
#[wasm_bindgen(js_name = isUmfError, unchecked_return_type = "value is UmfError")]
pub fn is_umf_error(value: &JsValue) -> bool {
    let name = Reflect::get(value, &JsValue::from_str("name")).ok();
    let code = Reflect::get(value, &JsValue::from_str("code")).ok();
    value.is_instance_of::<js_sys::Error>()
        && name.and_then(|n| n.as_string()).as_deref() == Some(ERROR_NAME)
        && code.is_some_and(|c| c.is_string())
}

// `UmfError`, `UmfErrorOf<code>` and the extra fields of every code are declared in
// umf-models.d.ts, generated from the core's schema (scripts/types.mjs).
