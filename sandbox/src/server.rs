//! The HTTP server: hyper on tokio, loopback by default. API requests go through
//! faults → token → signature → decryption → validation → handler → signed answer; `/__admin`
//! requests drive and inspect the sandbox.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use umf_core::codes::names;

use base64::Engine as _;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde_json::{Map, Value};
use tokio::net::TcpListener;
use umf_core::client::normalize_request_body;
use umf_core::operations::{route, Body};
use umf_core::{operation, Client, ClientConfig, HttpResponse, Method, Operation, RequestParams};

use crate::config::SandboxConfig;
use crate::faults::FaultKind;
use crate::handlers::{dispatch, fail, Ctx, Failure};
use crate::state::{Shared, SharedRef, Store};
use crate::transport::{to_hyper, HttpClient};
use crate::{admin, checks, respond};

/// The path prefix of the API, as on UMF's hosts (004:L7-8).
pub const API_PREFIX: &str = "/cberest/v1";
/// Largest request body accepted.
const MAX_BODY: usize = 8 * 1024 * 1024;

/// A running sandbox. Dropping it (or [`Sandbox::shutdown`]) stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    shared: SharedRef,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Sandbox {
    /// `http://127.0.0.1:PORT/cberest/v1`: the base URL to configure the SDK with.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// `http://127.0.0.1:PORT/__admin`.
    pub fn admin_url(&self) -> String {
        format!("http://{}/__admin", self.addr)
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// How many tokens the sandbox issued (a cold client should cause exactly one).
    pub fn tokens_issued(&self) -> u64 {
        self.shared.lock().tokens.issued
    }

    /// How many API requests were served (token requests included).
    pub fn requests_served(&self) -> u64 {
        self.shared.lock().requests_served
    }

    /// The SMS code sent for a card payment, as a customer would read it on their phone.
    pub fn sms_code(&self, payment_id: &str) -> Option<String> {
        self.shared
            .lock()
            .payments
            .get(payment_id)
            .and_then(|p| p.sms_code.clone())
    }

    /// How many payments exist, however they were created (a repeated `create_payment` for the
    /// same order id must not add one).
    pub fn payment_count(&self) -> usize {
        self.shared.lock().payments.len()
    }

    /// Every notification delivery so far, as `GET /__admin/notifications` shows them.
    pub fn deliveries(&self) -> Value {
        serde_json::to_value(&self.shared.lock().deliveries).unwrap_or_default()
    }

    /// Switches the UMF key the sandbox signs with (as `POST /__admin/keys/rotate`); returns
    /// the new key's fingerprint.
    pub fn rotate_umf_key(&self) -> String {
        self.shared.rotate_umf_key()
    }

    /// Completes a QR / WeChat / web payment as if the customer paid (or failed to).
    pub fn complete_payment(&self, payment_id: &str, state: &str) -> Result<(), String> {
        admin::complete_payment(&self.shared, payment_id, state)
    }

    /// Adds a fault rule.
    pub fn add_fault(&self, rule: crate::FaultRule) {
        self.shared.lock().faults.add(rule);
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// Makes the current token expire.
    pub fn expire_token(&self) {
        self.shared.lock().tokens.expire();
    }

    /// Stops the server.
    pub fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Binds and starts serving on the current tokio runtime.
pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
    let listener = TcpListener::bind(config.bind).await?;
    let addr = listener.local_addr()?;
    let base_url = format!("http://{addr}{API_PREFIX}");
    let mut core_config = ClientConfig::new(
        base_url.clone(),
        config.umf_private_key.public_key().clone(),
        None,
    );
    core_config.validate = true;
    let shared = Arc::new(Shared {
        store: Mutex::new(Store::new(&config)),
        core: Client::new(core_config),
        base_url,
        http: HttpClient::new(Duration::from_secs(5)),
        rotated: std::sync::atomic::AtomicBool::new(false),
        config,
    });
    let (stop, mut stopped) = tokio::sync::oneshot::channel::<()>();
    let accept_shared = shared.clone();
    tokio::spawn(async move {
        loop {
            let accepted = tokio::select! {
                _ = &mut stopped => break,
                accepted = listener.accept() => accepted,
            };
            let Ok((stream, _)) = accepted else { continue };
            let shared = accept_shared.clone();
            tokio::spawn(async move {
                let service = service_fn(move |req| {
                    let shared = shared.clone();
                    async move { handle(shared, req).await.map(to_hyper) }
                });
                // A `Dropped` error closes the connection without an answer.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(Sandbox {
        addr,
        shared,
        stop: Some(stop),
    })
}

/// The connection is closed without an answer (the `drop` fault).
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for Dropped {}

async fn handle(shared: SharedRef, req: hyper::Request<Incoming>) -> Result<HttpResponse, Dropped> {
    let (parts, body) = req.into_parts();
    let bytes = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            return Ok(respond::admin(
                413,
                &serde_json::json!({"error": "body too large"}),
            ))
        }
    };
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or_default().to_owned();
    if let Some(rest) = path.strip_prefix("/__admin") {
        return Ok(admin::handle(
            &shared,
            parts.method.as_str(),
            rest,
            &query,
            &bytes,
        ));
    }
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let method = match parts.method.as_str() {
        "GET" => Method::Get,
        "POST" => Method::Post,
        _ => {
            return Ok(respond::failure(
                &shared,
                None,
                &fail(
                    405,
                    names::THIS_TRANSACTION_DOES_NOT_EXIST,
                    "Method not allowed",
                ),
                false,
            ))
        }
    };
    let token_route = (method == Method::Post && path == shared.config.token_path)
        .then(|| {
            operation("get_access_token")
                .ok()
                .map(|op| (op, Default::default()))
        })
        .flatten();
    let routed = token_route.or_else(|| {
        path.strip_prefix(API_PREFIX)
            .and_then(|p| route(method, p))
            // The token operation is served at `token_path` only.
            .filter(|(op, _)| op.id != "get_access_token")
    });
    let Some((op, path_params)) = routed else {
        return Ok(respond::failure(
            &shared,
            None,
            &fail(
                404,
                names::THIS_TRANSACTION_DOES_NOT_EXIST,
                "This transaction does not exist.",
            ),
            false,
        ));
    };
    let fired = {
        let mut store = shared.lock();
        store.requests_served += 1;
        let mut rolls = Vec::new();
        for _ in 0..8 {
            rolls.push(store.roll());
        }
        let mut rolls = rolls.into_iter();
        store.faults.fire(op.id, || rolls.next().unwrap_or(0.0))
    };
    let mut corrupt = false;
    for fault in &fired {
        match *fault {
            FaultKind::Latency { ms } => tokio::time::sleep(Duration::from_millis(ms)).await,
            FaultKind::Drop => return Err(Dropped),
            FaultKind::Status { status } => {
                let failure = if status == 429 {
                    fail(429, "", "Too Many Requests")
                } else {
                    fail(status, names::SYSTEM_ERROR, "System error.")
                };
                return Ok(status_fault(&shared, op, &failure));
            }
            FaultKind::ExpireToken => shared.lock().tokens.expire(),
            FaultKind::BadSignature => corrupt = true,
            FaultKind::DuplicateNotification | FaultKind::ReorderNotifications => {}
        }
    }
    let outcome = serve(
        &shared,
        op,
        path_params,
        &query,
        &bytes,
        header("authorization"),
        header("signature"),
        header("content-type"),
        &fired,
    );
    Ok(match outcome {
        Ok(response) => {
            if corrupt {
                corrupt_signature(response)
            } else {
                response
            }
        }
        Err(failure) => respond::failure(&shared, Some(op), &failure, corrupt),
    })
}

/// A 5xx or 429 fault: answered before anything is processed.
fn status_fault(shared: &Shared, op: &Operation, failure: &Failure) -> HttpResponse {
    if failure.code.is_empty() {
        respond::admin(
            failure.status,
            &serde_json::json!({"meta": {"ret_msg": failure.message}}),
        )
    } else {
        respond::failure(shared, Some(op), failure, false)
    }
}

fn corrupt_signature(mut response: HttpResponse) -> HttpResponse {
    if let Some(at) = find(&response.body, b"\"sign\":\"") {
        let i = at + 8;
        response.body[i] = if response.body[i] == b'A' { b'B' } else { b'A' };
    }
    response
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[allow(clippy::too_many_arguments)] // the parts of one request
fn serve(
    shared: &SharedRef,
    op: &'static Operation,
    path_params: Vec<(String, String)>,
    raw_query: &str,
    body: &Bytes,
    authorization: Option<String>,
    signature: Option<String>,
    content_type: Option<String>,
    fired: &[FaultKind],
) -> Result<HttpResponse, Failure> {
    if op.id == "get_access_token" {
        return token(shared, authorization.as_deref(), body);
    }
    let checked = {
        let mut store = shared.lock();
        let checked = store
            .tokens
            .check(authorization.as_deref(), shared.config.bearer);
        if let Err(why) = checked {
            store
                .tokens
                .note_refusal(authorization.as_deref(), shared.config.bearer, why);
        }
        checked
    };
    checked.map_err(|why| {
        fail(
            401,
            umf_core::codes::TOKEN_EXPIRED,
            format!("Data Token is expired checksum does not pass ({why:?})"),
        )
    })?;
    checks::signature(shared, op, signature.as_deref(), body)?;
    let mut query = parse_query(raw_query);
    let mut value = match op.body {
        Body::None => Value::Null,
        Body::Multipart => multipart(body, content_type.as_deref())?,
        Body::Json(_) | Body::Token => serde_json::from_slice(body).map_err(|_| {
            fail(
                400,
                checks::VALIDATION,
                "Data validation failure: the body is not JSON",
            )
        })?,
    };
    checks::decrypt(shared, op, &mut value, &mut query)?;
    let normalized = normalize_request_body(op.id, &value).map_err(|e| {
        fail(
            400,
            checks::VALIDATION,
            format!("Data validation failure: {e}"),
        )
    })?;
    let path: BTreeMap<String, String> = path_params.into_iter().collect();
    let params = RequestParams {
        path: path.clone(),
        query: query.clone(),
        body: normalized.clone(),
        // Confirmation is the SDK's guard on the merchant side, not part of the wire request.
        confirm: true,
    };
    checks::validate(shared, op, &params)?;
    let ctx = Ctx {
        op,
        path: &path,
        query: &query,
        body: &normalized,
        faults: fired,
    };
    let reply = {
        let mut store = shared.lock();
        dispatch(shared, &mut store, &ctx)?
    };
    Ok(respond::reply(shared, op, reply, false))
}

fn token(
    shared: &Shared,
    authorization: Option<&str>,
    body: &[u8],
) -> Result<HttpResponse, Failure> {
    let config = &shared.config;
    let ok = config.token_credentials.accepts(
        authorization,
        body,
        &config.client_id,
        &config.client_secret,
    );
    if !ok {
        return Err(fail(
            401,
            names::MERCHANT_NOT_REGISTERED,
            "Merchant has not registered.",
        ));
    }
    let mut store = shared.lock();
    let Store { tokens, ids, .. } = &mut *store;
    let token = tokens.issue(ids, shared.config.token_ttl_secs);
    Ok(respond::token(&token, shared.config.token_ttl_secs))
}

fn parse_query(raw: &str) -> Map<String, Value> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8()
                    .ok()
                    .map(|c| c.into_owned())
            };
            Some((decode(k)?, Value::String(decode(v)?)))
        })
        .collect()
}

/// The file part of a `multipart/form-data` upload, as the upload operations' parameters.
fn multipart(body: &[u8], content_type: Option<&str>) -> Result<Value, Failure> {
    let bad = || {
        fail(
            400,
            checks::VALIDATION,
            "Data validation failure: not a multipart/form-data upload",
        )
    };
    let boundary = content_type
        .and_then(|c| c.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_owned())
        .ok_or_else(bad)?;
    let delimiter = format!("--{boundary}");
    let start = find(body, delimiter.as_bytes()).ok_or_else(bad)? + delimiter.len();
    let rest = &body[start..];
    let header_end = find(rest, b"\r\n\r\n").ok_or_else(bad)?;
    let headers = String::from_utf8_lossy(&rest[..header_end]).into_owned();
    let content = &rest[header_end + 4..];
    let end = find(content, format!("\r\n{delimiter}").as_bytes()).ok_or_else(bad)?;
    let file_name = headers
        .split("filename=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .ok_or_else(bad)?
        .to_owned();
    let part_type = headers
        .lines()
        .find_map(|l| l.strip_prefix("Content-Type:"))
        .map_or("application/octet-stream", str::trim)
        .to_owned();
    Ok(serde_json::json!({
        "file_name": file_name,
        "content_type": part_type,
        "content_base64": base64::engine::general_purpose::STANDARD.encode(&content[..end]),
    }))
}
