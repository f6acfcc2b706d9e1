//! Answers: the `meta` envelope, signed the way the core verifies it.
//!
//! Every JSON answer carries `meta.sign` over the bytes the configured scope names (by default
//! the primary result member's raw value; a `meta`-only answer is covered by `meta` without its
//! `sign`). The signer is the core's own `sign_response`, so sandbox and SDK cannot disagree.

use serde_json::{json, Map, Value};
use umf_core::codes::names;
use umf_core::verification::sign_response;
use umf_core::{HttpResponse, Operation};

use crate::handlers::{Failure, Reply};
use crate::state::Shared;

fn envelope(
    code: &str,
    message: &str,
    members: Vec<(&'static str, Value)>,
    links: Vec<Value>,
) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("meta".into(), json!({"ret_code": code, "ret_msg": message}));
    for (key, value) in members {
        map.insert(key.into(), value);
    }
    if !links.is_empty() {
        map.insert("links".into(), Value::Array(links));
    }
    map
}

fn json_response(status: u16, body: Vec<u8>) -> HttpResponse {
    HttpResponse {
        status,
        headers: vec![(
            "Content-Type".into(),
            "application/json;charset=UTF-8".into(),
        )],
        body,
    }
}

/// Signs `body` for `op` (or for no operation), corrupting the signature when asked to.
fn signed(shared: &Shared, op: Option<&Operation>, body: Vec<u8>, corrupt: bool) -> Vec<u8> {
    let keys = op.map_or(&[][..], |o| o.result_keys);
    let signed = match sign_response(
        &body,
        &shared.config.umf_private_key,
        shared.config.signature_scope,
        keys,
    ) {
        Ok(signed) => signed,
        Err(_) => return body,
    };
    if !corrupt {
        return signed;
    }
    // Flip one base64 character of the signature: still well-formed, no longer valid.
    let text = String::from_utf8_lossy(&signed).into_owned();
    match text.find("\"sign\":\"") {
        Some(at) => {
            let i = at + 8;
            let mut bytes = text.into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            bytes
        }
        None => signed,
    }
}

/// A successful (or handler-decided) answer.
pub(crate) fn reply(shared: &Shared, op: &Operation, reply: Reply, corrupt: bool) -> HttpResponse {
    if let Some(file) = reply.file {
        return HttpResponse {
            status: reply.status,
            headers: vec![("Content-Type".into(), "text/csv;charset=UTF-8".into())],
            body: file,
        };
    }
    let map = envelope(names::SUCCESS, "SUCCESS", reply.members, reply.links);
    let value = if reply.array_envelope {
        Value::Array(vec![Value::Object(map)])
    } else {
        Value::Object(map)
    };
    let body = serde_json::to_vec(&value).unwrap_or_default();
    json_response(reply.status, signed(shared, Some(op), body, corrupt))
}

/// A failure: `meta` only, signed (a `meta`-only answer is covered by `meta` minus `sign`)
/// unless the sandbox was told to leave error answers unsigned, as the seeds' examples are.
pub(crate) fn failure(
    shared: &Shared,
    op: Option<&Operation>,
    failure: &Failure,
    corrupt: bool,
) -> HttpResponse {
    let body = serde_json::to_vec(&Value::Object(envelope(
        failure.code,
        &failure.message,
        Vec::new(),
        Vec::new(),
    )))
    .unwrap_or_default();
    if !shared.config.sign_errors {
        return json_response(failure.status, body);
    }
    json_response(failure.status, signed(shared, op, body, corrupt))
}

/// The token endpoint's bare answer (no `meta`, 003:L14-17).
pub(crate) fn token(token: &str, expires_in: u64) -> HttpResponse {
    let body = serde_json::to_vec(&json!({"expires_in": expires_in, "access_token": token}))
        .unwrap_or_default();
    json_response(200, body)
}

/// A plain JSON answer for the admin API.
pub(crate) fn admin(status: u16, value: &Value) -> HttpResponse {
    json_response(status, serde_json::to_vec(value).unwrap_or_default())
}
