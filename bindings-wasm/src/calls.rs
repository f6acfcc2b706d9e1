//! `Caller` and `Call`: the core's call loop ([`umf_core::calls`]), driven from JavaScript.
//!
//! The core decides every step of a call (tokens, replays, retries, the shared store); the host
//! only does what a [`Step`] says: send the exact bytes, run a store script, sleep. WebAssembly
//! has no clock of its own, so every report takes the host's time in milliseconds (default
//! `Date.now()`). `UmfClient` is this loop over `fetch`; nothing here adds a rule.

use js_sys::{Array, Object, Uint8Array};
use serde::Deserialize;
use tsify::{Ts, Tsify};
use umf_core::calls::{
    self, store, CallPolicy, CallerOptions as CoreOptions, FailureKind, PollPolicy, PollStep,
    SendFailure, Step, StoreCommand, StoreConfig, StoreMode, Subject,
};
use umf_core::token::ClientCredentials;
use wasm_bindgen::prelude::*;

use crate::client::{answer_to_js, Client};
use crate::error::{set, to_js, type_error, JsResult, OrThrow};
use crate::http::{pairs_object, request_from_js, response_from_js, HttpRequest};
use crate::input::{millis, now_ms};
use crate::json;
use crate::shown::print_as;
use crate::token::AccessToken;

/// The calling policy's numbers (absent: the core's defaults).
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct PolicyOptions {
    /// Sends in all after transient failures (default 3; the replay after a rejected token is
    /// not counted).
    #[tsify(optional)]
    pub max_attempts: Option<u32>,
    /// The first backoff, doubled at each attempt (default 200).
    #[tsify(optional)]
    pub initial_backoff_ms: Option<f64>,
    /// The longest backoff and the longest `Retry-After` honoured (default 5 000).
    #[tsify(optional)]
    pub max_backoff_ms: Option<f64>,
    /// The whole call ends with `timeout` after this long (default 60 000).
    #[tsify(optional)]
    pub deadline_ms: Option<f64>,
    /// Each HTTP attempt gets at most this long (default 20 000).
    #[tsify(optional)]
    pub attempt_timeout_ms: Option<f64>,
    /// Spread backoffs at random over their upper half (default `true`).
    #[tsify(optional)]
    pub jitter: Option<bool>,
}

/// How the shared token store is used (absent: the core's defaults).
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct StoreOptions {
    /// Prefix of every key (default `umf`).
    #[tsify(optional)]
    pub prefix: Option<String>,
    /// The fetch lock's expiry (default 10 000).
    #[tsify(optional)]
    pub lock_ttl_ms: Option<f64>,
    /// How often a process waiting for another's fetch asks again (default 25).
    #[tsify(optional)]
    pub poll_ms: Option<f64>,
    /// How long the process that took the lock waits before fetching, so that requests on
    /// their way with the old token finish first (default 500).
    #[tsify(optional)]
    pub drain_ms: Option<f64>,
    /// After a store failure, the store is not tried again for this long (default 1 000).
    #[tsify(optional)]
    pub retry_after_failure_ms: Option<f64>,
    /// `fallback` (default: go on with a token of this process and report
    /// `store_unavailable`) or `required` (fail with `store_unavailable`).
    #[tsify(optional, type = "\"fallback\" | \"required\"")]
    pub mode: Option<String>,
}

/// How a `Caller` is set up.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct CallerOptions {
    /// Retries, backoff, deadline, timeouts.
    #[tsify(optional)]
    pub policy: Option<PolicyOptions>,
    /// The shared token store's settings; absent, tokens stay in this process.
    #[tsify(optional)]
    pub store: Option<StoreOptions>,
    /// The host for `User-Agent` (`node/20.11.0`, `browser`).
    #[tsify(optional)]
    pub host: Option<String>,
    /// Refresh tokens this long before they expire (default 60 000).
    #[tsify(optional)]
    pub refresh_margin_ms: Option<f64>,
    /// Seed of the backoff jitter (tests); random by default.
    #[tsify(optional)]
    pub jitter_seed: Option<f64>,
}

impl PolicyOptions {
    fn to_core(&self) -> JsResult<CallPolicy> {
        let d = CallPolicy::default();
        let ms = |v: Option<f64>, what, default| v.map_or(Ok(default), |v| millis(v, what));
        Ok(CallPolicy {
            max_attempts: self.max_attempts.unwrap_or(d.max_attempts),
            initial_backoff_ms: ms(
                self.initial_backoff_ms,
                "initialBackoffMs",
                d.initial_backoff_ms,
            )?,
            max_backoff_ms: ms(self.max_backoff_ms, "maxBackoffMs", d.max_backoff_ms)?,
            deadline_ms: ms(self.deadline_ms, "deadlineMs", d.deadline_ms)?,
            attempt_timeout_ms: ms(
                self.attempt_timeout_ms,
                "attemptTimeoutMs",
                d.attempt_timeout_ms,
            )?,
            jitter: self.jitter.unwrap_or(d.jitter),
        })
    }
}

impl StoreOptions {
    fn to_core(&self) -> JsResult<StoreConfig> {
        let d = StoreConfig::default();
        let ms = |v: Option<f64>, what, default| v.map_or(Ok(default), |v| millis(v, what));
        let mode = match self.mode.as_deref() {
            None | Some("fallback") => StoreMode::Fallback,
            Some("required") => StoreMode::Required,
            Some(_) => {
                return Err(type_error(
                    "store.mode must be \"fallback\" or \"required\"",
                ))
            }
        };
        Ok(StoreConfig {
            prefix: self.prefix.clone().unwrap_or(d.prefix),
            lock_ttl_ms: ms(self.lock_ttl_ms, "lockTtlMs", d.lock_ttl_ms)?,
            poll_ms: ms(self.poll_ms, "pollMs", d.poll_ms)?,
            drain_ms: ms(self.drain_ms, "drainMs", d.drain_ms)?,
            retry_after_failure_ms: ms(
                self.retry_after_failure_ms,
                "retryAfterFailureMs",
                d.retry_after_failure_ms,
            )?,
            mode,
        })
    }
}

/// The calling policy for one `client_id`: share one per process (its token state is shared
/// by every call made from it).
#[wasm_bindgen]
pub struct Caller {
    inner: calls::Caller,
}

#[wasm_bindgen]
impl Caller {
    /// The policy for these credentials over `client`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        client: &Client,
        #[wasm_bindgen(js_name = clientId)] client_id: String,
        #[wasm_bindgen(js_name = clientSecret)] client_secret: String,
        options: Option<Ts<CallerOptions>>,
    ) -> JsResult<Caller> {
        let options = match options {
            Some(o) => o.to_rust().or_throw()?,
            None => CallerOptions::default(),
        };
        let core = CoreOptions {
            policy: options.policy.unwrap_or_default().to_core()?,
            store: options
                .store
                .as_ref()
                .map(StoreOptions::to_core)
                .transpose()?,
            host: options.host.unwrap_or_default(),
            refresh_margin_ms: options
                .refresh_margin_ms
                .map(|ms| millis(ms, "refreshMarginMs"))
                .transpose()?,
            jitter_seed: options
                .jitter_seed
                .map(|s| millis(s, "jitterSeed"))
                .transpose()?,
        };
        Ok(Caller {
            inner: calls::Caller::new(
                client.core().clone(),
                ClientCredentials::new(client_id, client_secret),
                core,
            ),
        })
    }

    /// The client id.
    #[wasm_bindgen(getter, js_name = clientId)]
    pub fn client_id(&self) -> String {
        self.inner.client_id().to_owned()
    }

    /// The `User-Agent` every request carries.
    #[wasm_bindgen(getter, js_name = userAgent)]
    pub fn user_agent(&self) -> String {
        self.inner.user_agent().to_owned()
    }

    /// Whether a shared store is configured.
    #[wasm_bindgen(getter, js_name = hasStore)]
    pub fn has_store(&self) -> bool {
        self.inner.store().is_some()
    }

    /// `fallback` or `required` (the store's mode), `null` without a store.
    #[wasm_bindgen(getter, js_name = storeMode)]
    pub fn store_mode(&self) -> Option<String> {
        self.inner.store().map(|s| {
            match s.mode {
                StoreMode::Fallback => "fallback",
                StoreMode::Required => "required",
            }
            .to_owned()
        })
    }

    /// A call of `opId`: the request is validated, encrypted and signed (in WebAssembly) now.
    pub fn call(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "object | string | null | undefined")]
        params: JsValue,
    ) -> JsResult<Call> {
        let params = crate::client::read_params(op_id, &params)?;
        let call = self.inner.call(op_id, params.get()).or_throw()?;
        Ok(Call { inner: call })
    }

    /// A call of `opId` with a request prepared by `Client.prepareUnsigned` and signed by the
    /// host (`attachSignature`), or `toRequest` for an unsigned one.
    #[wasm_bindgen(js_name = callPrepared)]
    pub fn call_prepared(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "HttpRequest")] request: JsValue,
    ) -> JsResult<Call> {
        let request = request_from_js(&request)?;
        let call = self.inner.call_prepared(op_id, request).or_throw()?;
        Ok(Call { inner: call })
    }

    /// Sends a request built elsewhere; the answer comes back as received
    /// (`Call.response()`). With `authorize`, the token goes in `Authorization`.
    pub fn send(
        &self,
        #[wasm_bindgen(unchecked_param_type = "HttpRequest")] request: JsValue,
        authorize: bool,
    ) -> JsResult<Call> {
        let request = request_from_js(&request)?;
        Ok(Call {
            inner: self.inner.send(request, authorize),
        })
    }

    /// A call that only gets a valid token (`Call.token()`).
    pub fn token(&self) -> Call {
        Call {
            inner: self.inner.token(),
        }
    }

    /// What every call of this caller sent so far.
    #[wasm_bindgen(unchecked_return_type = "CallStats")]
    pub fn stats(&self) -> JsValue {
        let s = self.inner.stats();
        let obj = Object::new();
        set(&obj, "requests", s.requests as f64);
        set(&obj, "tokenRequests", s.token_requests as f64);
        set(&obj, "sharedTokens", s.shared_tokens as f64);
        set(&obj, "tokenReplays", s.token_replays as f64);
        set(&obj, "retries", s.retries as f64);
        set(&obj, "storeFailures", s.store_failures as f64);
        obj.into()
    }

    /// The store script that records a notification's idempotency key for `ttlMs`; `null`
    /// without a store (use a `SeenSet`). Read its reply with `seenReply`.
    #[wasm_bindgen(js_name = seenCommand, unchecked_return_type = "StoreStep | null")]
    pub fn seen_command(
        &self,
        #[wasm_bindgen(js_name = idempotencyKey)] key: &str,
        #[wasm_bindgen(js_name = ttlMs)] ttl_ms: f64,
    ) -> JsResult<JsValue> {
        let ttl = millis(ttl_ms, "ttlMs")?;
        match self.inner.seen_command(key, ttl) {
            Some(command) => store_step(command),
            None => Ok(JsValue::NULL),
        }
    }

    /// The `store_unavailable` error, for a store that failed outside a call (`seen` in the
    /// `required` mode).
    #[wasm_bindgen(js_name = storeUnavailable, unchecked_return_type = "UmfError")]
    pub fn store_unavailable(&self, reason: &str) -> JsValue {
        to_js(umf_core::Error::StoreUnavailable {
            reason: reason.chars().take(300).collect(),
        })
    }

    /// Installs a token obtained elsewhere, valid until `expiresAtMs` (clock milliseconds).
    #[wasm_bindgen(js_name = installToken)]
    pub fn install_token(
        &self,
        value: String,
        #[wasm_bindgen(js_name = expiresAtMs)] expires_at_ms: f64,
    ) -> JsResult<AccessToken> {
        let expires = millis(expires_at_ms, "expiresAtMs")?;
        let token = self
            .inner
            .with_tokens(|tokens| tokens.install(value, expires));
        Ok(AccessToken::from_core(token))
    }

    /// What `JSON.stringify` and loggers see: no secret.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsValue {
        let obj = Object::new();
        set(&obj, "clientId", self.inner.client_id());
        set(&obj, "userAgent", self.inner.user_agent());
        set(&obj, "store", self.has_store());
        obj.into()
    }
}

#[wasm_bindgen(typescript_custom_section)]
const STEP_TS: &str = r#"
/** Run this script on the shared store (`EVAL script keys.length ...keys ...args`). `args` may hold the token: never log them. */
export interface StoreStep { kind: "store"; script: string; keys: string[]; args: string[] }
/** What the host does next for a `Call`. */
export type CallStep =
    | { kind: "send"; request: HttpRequest; timeoutMs: number; isTokenRequest: boolean }
    | StoreStep
    | { kind: "sleep"; ms: number }
    | { kind: "done" };
/** How a send failed: nothing left the process, no complete answer in time, or the connection broke after sending. */
export type SendFailureKind = "not_sent" | "timeout" | "interrupted";
/** Counters of everything the calls of one `Caller` sent. */
export interface CallStats {
    requests: number; tokenRequests: number; sharedTokens: number; tokenReplays: number;
    retries: number; storeFailures: number;
}
/** One redacted event of a call: names, numbers and codes only. */
export interface CallEvent {
    kind: "request" | "token_request" | "retry" | "store_unavailable";
    operation: string;
    method: "GET" | "POST";
    /** The path template, never the rendered path or query. */
    path: string;
    status: number | null;
    /** `meta.ret_code` as the answer claimed it (unverified). */
    ret_code: string | null;
    attempt: number;
    /** The exchange's duration, or the backoff of a retry. */
    duration_ms: number;
    token: "reused" | "fetched" | "shared" | "waited" | null;
    retry_reason: "token_rejected" | "server_error" | "rate_limited" | "not_sent" | "timeout" | "interrupted" | null;
    error: string | null;
}
"#;

/// One call: a state machine the host drives with `next`.
#[wasm_bindgen]
pub struct Call {
    inner: calls::Call,
}

#[wasm_bindgen]
impl Call {
    /// What the host does next.
    #[wasm_bindgen(unchecked_return_type = "CallStep")]
    pub fn next(&mut self, #[wasm_bindgen(js_name = nowMs)] now: Option<f64>) -> JsResult<JsValue> {
        let now = now_ms(now)?;
        match self.inner.next(now) {
            Step::Send(out) => {
                let obj = Object::new();
                set(&obj, "kind", "send");
                set(&obj, "request", HttpRequest::to_js(out.request)?.js_value());
                set(&obj, "timeoutMs", out.timeout_ms as f64);
                set(&obj, "isTokenRequest", out.is_token_request);
                Ok(obj.into())
            }
            Step::Store(command) => store_step(command),
            Step::Sleep(ms) => {
                let obj = Object::new();
                set(&obj, "kind", "sleep");
                set(&obj, "ms", ms as f64);
                Ok(obj.into())
            }
            Step::Done => {
                let obj = Object::new();
                set(&obj, "kind", "done");
                Ok(obj.into())
            }
        }
    }

    /// The answer to the last `send` step, as received (the body as bytes).
    pub fn received(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "HttpResponseInit")] response: JsValue,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<()> {
        let now = now_ms(now)?;
        let response = response_from_js(&response)?;
        self.inner.received(response, now);
        Ok(())
    }

    /// The last `send` step could not complete: `not_sent` (nothing left the process: DNS,
    /// connection refused), `timeout` or `interrupted` (it may have been processed).
    pub fn failed(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "SendFailureKind")] kind: &str,
        message: &str,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<()> {
        let kind = match kind {
            "not_sent" => FailureKind::NotSent,
            "timeout" => FailureKind::Timeout,
            "interrupted" => FailureKind::Interrupted,
            _ => {
                return Err(type_error(
                    "kind must be \"not_sent\", \"timeout\" or \"interrupted\"",
                ))
            }
        };
        let now = now_ms(now)?;
        self.inner.failed(SendFailure::new(kind, message), now);
        Ok(())
    }

    /// The store's reply to the last `store` step: its strings in order (an integer as its
    /// decimal text).
    #[wasm_bindgen(js_name = storeReplied)]
    pub fn store_replied(
        &mut self,
        reply: Vec<String>,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<()> {
        let now = now_ms(now)?;
        self.inner.store_replied(reply, now);
        Ok(())
    }

    /// The store could not run the last `store` step.
    #[wasm_bindgen(js_name = storeFailed)]
    pub fn store_failed(
        &mut self,
        message: &str,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<()> {
        let now = now_ms(now)?;
        self.inner.store_failed(message, now);
        Ok(())
    }

    /// The events since the last call of this method.
    #[wasm_bindgen(js_name = takeEvents, unchecked_return_type = "CallEvent[]")]
    pub fn take_events(&mut self) -> JsResult<JsValue> {
        json::to_js_value(&self.inner.take_events(), false)
    }

    /// Whether the call is over.
    #[wasm_bindgen(getter, js_name = isDone)]
    pub fn is_done(&self) -> bool {
        self.inner.is_done()
    }

    /// The verified answer of `Caller.call` / `callPrepared`, or its error. Consumes the call.
    #[wasm_bindgen(unchecked_return_type = "ApiResponse")]
    pub fn answer(self) -> JsResult<JsValue> {
        let answer = self.inner.into_answer().or_throw()?;
        answer_to_js(&answer)
    }

    /// The answer of `Caller.send`, as received. Consumes the call.
    #[wasm_bindgen(
        unchecked_return_type = "{ status: number; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> }"
    )]
    pub fn response(self) -> JsResult<JsValue> {
        let response = self.inner.into_response().or_throw()?;
        let obj = Object::new();
        set(&obj, "status", response.status);
        set(&obj, "headers", pairs_object(&response.headers));
        set(&obj, "body", Uint8Array::from(response.body.as_slice()));
        Ok(obj.into())
    }

    /// The token of `Caller.token`. Consumes the call.
    pub fn token(self) -> JsResult<AccessToken> {
        Ok(AccessToken::from_core(self.inner.into_token().or_throw()?))
    }
}

fn store_step(command: StoreCommand) -> JsResult<JsValue> {
    // Printed, the step shows its keys and the number of its arguments (which may hold the
    // token), as the core's Debug form does.
    let shown = JsValue::from_str(&format!("{command:?}"));
    let obj = Object::new();
    set(&obj, "kind", "store");
    set(&obj, "script", command.script);
    let strings = |items: &[String]| items.iter().map(JsValue::from).collect::<Array>();
    set(&obj, "keys", strings(&command.keys));
    set(&obj, "args", strings(&command.args));
    let obj: JsValue = obj.into();
    print_as(&obj, &shown)?;
    Ok(obj)
}

/// Whether a `seenCommand`'s reply says the key was recorded before (`true`: handled already,
/// skip it). Throws `store_unavailable` for a reply the script cannot give.
#[wasm_bindgen(js_name = seenReply)]
pub fn seen_reply(reply: Vec<String>) -> JsResult<bool> {
    store::seen_reply(&reply).or_throw()
}

/// Idempotency keys recorded in this process, each for a time: the in-process `seen` of a
/// client without a shared store. Bounded: when full, expired keys go first, then the oldest.
#[wasm_bindgen]
pub struct SeenSet {
    inner: store::SeenSet,
}

#[wasm_bindgen]
impl SeenSet {
    /// A set of at most `capacity` keys (default 100 000).
    #[wasm_bindgen(constructor)]
    pub fn new(capacity: Option<u32>) -> SeenSet {
        SeenSet {
            inner: store::SeenSet::new(capacity.unwrap_or(100_000) as usize),
        }
    }

    /// Records `key` for `ttlMs`; returns whether it was recorded already.
    pub fn seen(
        &mut self,
        key: &str,
        #[wasm_bindgen(js_name = ttlMs)] ttl_ms: f64,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<bool> {
        let ttl = millis(ttl_ms, "ttlMs")?;
        let now = now_ms(now)?;
        Ok(self.inner.seen(key, ttl, now))
    }
}

/// The poller's numbers (absent: the core's defaults).
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct PollOptions {
    /// The first wait before querying again (default 1 000).
    #[tsify(optional)]
    pub interval_ms: Option<f64>,
    /// The longest wait between two queries (default 10 000).
    #[tsify(optional)]
    pub max_interval_ms: Option<f64>,
    /// The wait ends with `outcome_pending` after this long (default 120 000).
    #[tsify(optional)]
    pub deadline_ms: Option<f64>,
    /// Each wait is the previous one times this (default 1.5).
    #[tsify(optional)]
    pub backoff: Option<f64>,
}

impl PollOptions {
    fn to_core(&self) -> JsResult<PollPolicy> {
        let d = PollPolicy::default();
        let ms = |v: Option<f64>, what, default| v.map_or(Ok(default), |v| millis(v, what));
        Ok(PollPolicy {
            interval_ms: ms(self.interval_ms, "intervalMs", d.interval_ms)?,
            max_interval_ms: ms(self.max_interval_ms, "maxIntervalMs", d.max_interval_ms)?,
            deadline_ms: ms(self.deadline_ms, "deadlineMs", d.deadline_ms)?,
            backoff: self.backoff.unwrap_or(d.backoff),
        })
    }
}

/// One wait for a payment's or a refund's final state: the core says when to query again.
#[wasm_bindgen]
pub struct Poller {
    inner: calls::Poller,
}

#[wasm_bindgen]
impl Poller {
    /// A wait for `subject` (`payment` or `refund`) that begins at `nowMs`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "\"payment\" | \"refund\"")] subject: &str,
        options: Option<Ts<PollOptions>>,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<Poller> {
        let subject = Subject::from_name(subject)
            .ok_or_else(|| type_error("subject must be \"payment\" or \"refund\""))?;
        let options = match options {
            Some(o) => o.to_rust().or_throw()?,
            None => PollOptions::default(),
        };
        Ok(Poller {
            inner: calls::Poller::new(subject, options.to_core()?, now_ms(now)?),
        })
    }

    /// `payment` or `refund`.
    #[wasm_bindgen(getter, unchecked_return_type = "\"payment\" | \"refund\"")]
    pub fn subject(&self) -> String {
        self.inner.subject().as_str().to_owned()
    }

    /// The operation that reads the state (`get_payment`, `get_refund`).
    #[wasm_bindgen(getter, js_name = queryOperation)]
    pub fn query_operation(&self) -> String {
        self.inner.subject().query_operation().to_owned()
    }

    /// The state just read (from an answer or a notification): `null` when it is final,
    /// otherwise the milliseconds to sleep before querying again. Throws `outcome_pending`
    /// once the deadline has passed.
    pub fn observe(
        &mut self,
        state: &str,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<Option<f64>> {
        match self.inner.observe(state, now_ms(now)?) {
            PollStep::Done => Ok(None),
            PollStep::Sleep(ms) => Ok(Some(ms as f64)),
            PollStep::GaveUp(error) => Err(to_js(error)),
        }
    }
}
