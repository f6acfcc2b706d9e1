//! Requests out and responses in, as plain JavaScript objects.
//!
//! A request's `body` is the exact bytes to send (a `Uint8Array`): pass it to `fetch` or
//! `http.request` unchanged, never a re-serialisation. `headers` is a plain object in the order
//! the core built them, which `fetch`, `Headers` and Node's `http` all take. Printed, a request
//! shows the core's redacted form only (see [`crate::shown`]); its members are read explicitly.

use js_sys::{Array, Object, Reflect};
use serde::{Serialize, Serializer};
use tsify::{Ts, Tsify};
use umf_core::{HttpRequest as CoreRequest, HttpResponse as CoreResponse};
use wasm_bindgen::prelude::*;
use zeroize::Zeroize;

use crate::error::{type_error, JsResult, OrThrow};
use crate::input::bytes_of;
use crate::shown::print_as;

/// A request ready to send.
#[derive(Serialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct HttpRequest {
    /// `GET` or `POST`.
    #[tsify(type = "\"GET\" | \"POST\"")]
    pub method: &'static str,
    /// Absolute URL.
    pub url: String,
    /// Headers in the order to send them.
    #[tsify(type = "Record<string, string>")]
    #[serde(serialize_with = "pairs_as_object")]
    pub headers: Vec<(String, String)>,
    /// The exact body bytes (signed, when the request is signed). Over an `ArrayBuffer`, so
    /// `fetch(url, { body })` accepts it (a DOM `BodyInit`).
    #[tsify(type = "Uint8Array<ArrayBuffer>")]
    #[serde(with = "serde_bytes")]
    pub body: Vec<u8>,
}

impl HttpRequest {
    /// The JavaScript object for a core request.
    pub fn to_js(request: CoreRequest) -> JsResult<Ts<HttpRequest>> {
        // The core's redacted form: method, URL without its query, header names with the
        // credentials' values hidden, the body's length.
        let shown = JsValue::from_str(&format!("{request:?}"));
        let mut request = HttpRequest {
            method: request.method.as_str(),
            url: request.url,
            headers: request.headers,
            body: request.body,
        };
        let js = request.into_ts();
        // JavaScript has its copy now. The body may carry the client secret (the token request)
        // and the headers a bearer token: wipe the wasm copies rather than leave them in freed
        // memory.
        request.body.zeroize();
        for (_, value) in &mut request.headers {
            value.zeroize();
        }
        let js = js.or_throw()?;
        print_as(&js.js_value(), &shown)?;
        Ok(js)
    }
}

/// Header pairs as a plain object (`Record<string, string>`), in their order.
pub(crate) fn pairs_as_object<S: Serializer>(
    pairs: &[(String, String)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

/// Header pairs as a plain JavaScript object, in their order.
pub(crate) fn pairs_object(pairs: &[(String, String)]) -> Object {
    let obj = Object::new();
    for (name, value) in pairs {
        crate::error::set(&obj, name, value.as_str());
    }
    obj
}

/// Reads back a request object made by this module (`{method, url, headers, body}`), e.g. the
/// result of `attachSignature`, to hand it to the call loop.
pub fn request_from_js(value: &JsValue) -> JsResult<CoreRequest> {
    if !value.is_object() {
        return Err(type_error(
            "request must be an object {method, url, headers, body}",
        ));
    }
    let method = match get(value, "method")?.as_string().as_deref() {
        Some("GET") => umf_core::Method::Get,
        Some("POST") => umf_core::Method::Post,
        _ => return Err(type_error("request.method must be \"GET\" or \"POST\"")),
    };
    let url = get(value, "url")?
        .as_string()
        .ok_or_else(|| type_error("request.url must be a string"))?;
    let body = body_of(value, "request.body")?;
    let headers = headers_from_js(&get(value, "headers")?)?;
    Ok(CoreRequest {
        method,
        url,
        headers,
        body,
    })
}

// A response as received. Read by hand in `response_from_js` rather than through serde, because
// `body` may be a string or bytes and `headers` an object, a `Headers` or a list of pairs; so
// its TypeScript is written here too.
#[wasm_bindgen(typescript_custom_section)]
const HTTP_RESPONSE_TS: &str = r#"
/** A response as received. Prefer the body as bytes (`new Uint8Array(await res.arrayBuffer())`). */
export interface HttpResponseInit {
    status: number;
    /** An object, a `Headers` (anything with `forEach`), or `[name, value]` pairs. */
    headers?: Record<string, string | string[]> | { forEach(callback: (value: string, name: string) => void): void } | Iterable<[string, string]>;
    body: string | Uint8Array | ArrayBuffer;
}
"#;

/// Reads a response object: `{status, headers?, body}`.
pub fn response_from_js(value: &JsValue) -> JsResult<CoreResponse> {
    if !value.is_object() {
        return Err(type_error(
            "response must be an object {status, headers?, body}",
        ));
    }
    let status = get(value, "status")?
        .as_f64()
        .filter(|s| s.fract() == 0.0 && (100.0..=999.0).contains(s))
        .ok_or_else(|| type_error("response.status must be an HTTP status number"))?;
    let body = body_of(value, "response.body")?;
    let headers = headers_from_js(&get(value, "headers")?)?;
    Ok(CoreResponse {
        // Checked to lie in 100..=999 above.
        status: status as u16,
        headers,
        body,
    })
}

/// `value.body` as bytes (absent: empty).
fn body_of(value: &JsValue, what: &str) -> JsResult<Vec<u8>> {
    let body = get(value, "body")?;
    if body.is_undefined() || body.is_null() {
        Ok(Vec::new())
    } else {
        bytes_of(&body, what)
    }
}

fn headers_from_js(value: &JsValue) -> JsResult<Vec<(String, String)>> {
    if value.is_undefined() || value.is_null() {
        return Ok(Vec::new());
    }
    let bad = || type_error("response.headers must be an object, a Headers or [name, value] pairs");
    // `Headers`, `Map` and arrays of pairs are iterable; plain objects are not.
    let entries: Vec<JsValue> = match js_sys::try_iter(value)? {
        Some(iter) => iter.collect::<Result<_, _>>()?,
        None if value.is_object() => Object::entries(value.unchecked_ref()).to_vec(),
        None => return Err(bad()),
    };
    entries
        .into_iter()
        .map(|entry| {
            let pair: Array = entry.dyn_into().map_err(|_| bad())?;
            let name = pair.get(0).as_string().ok_or_else(bad)?;
            let value = pair.get(1);
            // Node gives repeated headers as arrays; they are joined as HTTP does.
            let value = match value.dyn_ref::<Array>() {
                Some(list) => list
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                None => value.as_string().ok_or_else(bad)?,
            };
            Ok((name, value))
        })
        .collect()
}

fn get(value: &JsValue, key: &str) -> JsResult<JsValue> {
    Reflect::get(value, &JsValue::from_str(key))
}
