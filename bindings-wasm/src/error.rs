//! Errors as JavaScript `Error` objects carrying the core's stable code.
//!
//! Every failure of the core becomes an `Error` whose `name` is `UmfError` and whose `code` is
//! [`umf_core::Error::code`] unchanged, so callers branch on `err.code` exactly as Python and
//! Kotlin callers do. API errors also carry UMF's answer; field errors carry the field *path*
//! (never its value, which the core keeps out of every message). Misuse of the JavaScript API
//! itself (a number where a key was expected) is a plain `TypeError`, as JavaScript's own
//! functions do it.

use js_sys::{Array, Object, Reflect};
use umf_core::Error;
use wasm_bindgen::prelude::*;

/// The `name` of every error the core reports.
pub const ERROR_NAME: &str = "UmfError";

/// Shorthand for results that throw into JavaScript.
pub type JsResult<T> = Result<T, JsValue>;

/// Converts a core error into the thrown `Error` object.
pub fn to_js(err: Error) -> JsValue {
    let js = js_sys::Error::new(&err.to_string());
    js.set_name(ERROR_NAME);
    let obj: &Object = js.as_ref();
    set(obj, "code", err.code());
    set(obj, "family", err.family().as_str());
    set(obj, "retryable", err.is_retryable());
    match &err {
        Error::Api {
            http_status,
            ret_code,
            ret_msg,
            class,
            ..
        } => {
            set(obj, "httpStatus", *http_status);
            set(obj, "retCode", or_null(ret_code.as_deref()));
            set(obj, "retMsg", ret_msg.as_str());
            set(obj, "class", class.as_str());
            set(obj, "duplicate", err.is_duplicate());
            set(obj, "pending", err.is_pending());
            set(obj, "tokenExpired", err.is_token_expired());
        }
        Error::ValueTooLong { path, len, max } => {
            set(obj, "path", path.as_str());
            set(obj, "length", *len as u32);
            set(obj, "maxLength", *max as u32);
        }
        Error::KeyKdfLimit { parameter, max, .. } => {
            set(obj, "parameter", *parameter);
            set(obj, "limit", *max as f64);
        }
        Error::InvalidHeader { name, .. } => set(obj, "header", name.as_str()),
        Error::Transport {
            operation, sent, ..
        } => {
            set(obj, "operation", operation.as_str());
            set(obj, "sent", *sent);
        }
        Error::Timeout {
            operation,
            waited_ms,
            sent,
            ..
        } => {
            set(obj, "operation", operation.as_str());
            set(obj, "sent", *sent);
            set(obj, "waitedMs", *waited_ms as f64);
        }
        Error::InvalidSensitiveValue { path, .. }
        | Error::SensitiveValueLooksEncrypted { path }
        | Error::UnknownSensitiveMember { path }
        | Error::InvalidCiphertext { path, .. } => set(obj, "path", path.as_str()),
        Error::SignatureMissing {
            unverified_ret_code,
        } => set(
            obj,
            "unverifiedRetCode",
            or_null(unverified_ret_code.as_deref()),
        ),
        Error::Validation { problems } => {
            let list = Array::new();
            for p in problems {
                let item = Object::new();
                set(&item, "path", p.path.as_str());
                set(&item, "rule", p.rule);
                set(&item, "message", p.message.as_str());
                set(
                    &item,
                    "severity",
                    crate::keys::serde_name(&p.severity).as_str(),
                );
                list.push(&item);
            }
            set(obj, "problems", list);
        }
        _ => {}
    }
    js.into()
}

/// A `TypeError` for arguments of the wrong JavaScript type.
pub fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// Sets a property on an object we just created; that cannot fail.
pub(crate) fn set(obj: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value.into());
}

/// `null` for an absent string, as JSON and the other bindings show it.
pub(crate) fn or_null(value: Option<&str>) -> JsValue {
    value.map_or(JsValue::NULL, JsValue::from_str)
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

// Written out here because the error is built by hand above; the codes are
// `umf_core::Error::code`, the same in every binding.
#[wasm_bindgen(typescript_custom_section)]
const UMF_ERROR_TS: &str = r#"
/**
 * An error of the SDK. Branch on `code` (stable across releases and bindings: `key_wrong_kind`,
 * `signature_invalid`, `value_too_long`, `api_error`, ...), never on `message`.
 */
export interface UmfError extends Error {
    name: "UmfError";
    code: string;
    family: "key" | "encryption" | "signature" | "response" | "notification" | "token" | "api" | "request" | "crypto" | "transport";
    /**
     * Whether sending the same request again is safe and may succeed: reads after a transient
     * failure; a state-changing POST only when the answer proves it was not processed (429).
     */
    retryable: boolean;
    /** The JSON path of the sensitive field concerned (never its value). */
    path?: string;
    /** `value_too_long`: the value's UTF-8 length and the most the key encrypts. */
    length?: number;
    maxLength?: number;
    /** `key_kdf_limit`: the key-derivation parameter over its cap, and the cap. */
    parameter?: "pbkdf2_iterations" | "scrypt_memory_bytes" | "scrypt_p" | "key_length" | "salt_length";
    limit?: number;
    /** `invalid_header`: the header that would have been written (never its value). */
    header?: string;
    /** `signature_missing`: the `ret_code` the unsigned response claimed (not authenticated). */
    unverifiedRetCode?: string | null;
    /** `transport_error` / `timeout`: the operation (`get_access_token` for the token request). */
    operation?: string;
    /** `transport_error` / `timeout`: whether the request may have reached UMF (then a state-changing operation is never sent again: query it). */
    sent?: boolean;
    /** `timeout`: how long the call waited in all. */
    waitedMs?: number;
    /** `transport_error` / `timeout` from `UmfClient`: the host's own error (the `fetch` failure). */
    cause?: unknown;
    /** `api_error`: UMF's answer. */
    httpStatus?: number;
    retCode?: string | null;
    retMsg?: string;
    class?: "success" | "pending" | "duplicate" | "conflict" | "token_expired" | "signature" | "validation" | "retryable" | "other";
    duplicate?: boolean;
    pending?: boolean;
    tokenExpired?: boolean;
    /** `validation_failed`: every problem, with its JSON path. */
    problems?: ValidationProblem[];
}
"#;
