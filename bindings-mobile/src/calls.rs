//! The core's call loop ([`umf_core::calls`]) for Kotlin and Swift: the policy stays in the core,
//! the host sends, sleeps and runs store commands.
//!
//! A host client (the JVM's `UmfClient` over `java.net.http`, Swift's over `URLSession`) keeps
//! one [`Caller`] per `client_id` and drives each [`Call`] like this:
//!
//! ```text
//! val call = caller.call("get_payment", params)
//! while (true) when (val step = call.next()) {
//!     is Step.Send  -> try { call.received(http.send(step.request, step.timeoutMs)) }
//!                      catch (e: IOException) { call.failed(SendFailure(kindOf(e), e.message)) }
//!     is Step.Store -> try { call.storeReplied(redis.eval(step.command)) }
//!                      catch (e: Exception) { call.storeFailed(e.message) }
//!     is Step.Sleep -> Thread.sleep(step.ms)
//!     Step.Done     -> break
//! }   // and call.takeEvents() to the listener after each step
//! call.answer()
//! ```
//!
//! Time is the system clock, read here: the host passes no `now`. Numbers are signed 64-bit
//! for Kotlin's sake; negative inputs read as zero.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use umf_core::calls::{
    self as core, store, CallerOptions, EventKind, FailureKind, RetryReason, StoreMode, TokenSource,
};
use umf_core::ClientCredentials;

use crate::client::{request_params, ApiResponse, Client};
use crate::error::{internal, invalid_request, Result};
use crate::http::{HttpRequest, HttpResponse};
use crate::json;
use crate::token::AccessToken;

/// How a send failed, as the host's HTTP client saw it (the core's own type).
#[uniffi::remote(Enum)]
pub enum FailureKind {
    /// Nothing left the process: DNS, connection refused, connect timeout, TLS handshake.
    NotSent,
    /// No complete answer within the timeout; the request may have been processed.
    Timeout,
    /// The connection broke after the request started; it may have been processed.
    Interrupted,
}

/// What an event reports (the core's own type).
#[uniffi::remote(Enum)]
pub enum EventKind {
    /// An API request was answered (any status) or failed in transport.
    Request,
    /// A token request was answered or failed.
    TokenRequest,
    /// The call sends again after `duration_ms`, for `retry_reason`.
    Retry,
    /// The shared token store could not be used.
    StoreUnavailable,
}

/// Where a call's token came from (the core's own type).
#[uniffi::remote(Enum)]
pub enum TokenSource {
    /// This process's cached token.
    Reused,
    /// Fetched from UMF by this call.
    Fetched,
    /// Read from the shared store (fetched by another process).
    Shared,
    /// Fetched by another call of this process, which this call waited for.
    Waited,
}

/// Why a request goes again (the core's own type).
#[uniffi::remote(Enum)]
pub enum RetryReason {
    /// HTTP 401 or `00280703`: the same bytes once more with a fresh token.
    TokenRejected,
    /// HTTP 5xx on an operation that is safe to repeat.
    ServerError,
    /// HTTP 429.
    RateLimited,
    /// The connection failed before the request was sent.
    NotSent,
    /// No answer in time, on an operation that is safe to repeat.
    Timeout,
    /// The connection dropped after sending, on an operation that is safe to repeat.
    Interrupted,
}

/// What to do when the shared store cannot be reached (the core's own type).
#[uniffi::remote(Enum)]
pub enum StoreMode {
    /// Go on with a token of this process and report a `store_unavailable` event.
    Fallback,
    /// Fail the call with `store_unavailable`.
    Required,
}

/// The calling policy's numbers ([`umf_core::calls::CallPolicy`]). Start from
/// `defaultCallPolicy()` and change what differs: the defaults have one home, the core.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct CallPolicy {
    /// Sends in all after transient failures (5xx, 429, not sent); one means never again.
    pub max_attempts: i32,
    /// The first backoff; each further attempt doubles it.
    pub initial_backoff_ms: i64,
    /// The longest backoff (and the longest `Retry-After` honoured).
    pub max_backoff_ms: i64,
    /// The whole call, token included, ends with `timeout` after this long.
    pub deadline_ms: i64,
    /// Each send gets at most this long (never more than what is left of the deadline).
    pub attempt_timeout_ms: i64,
    /// Spread backoffs at random over their upper half.
    pub jitter: bool,
}

impl From<CallPolicy> for core::CallPolicy {
    fn from(p: CallPolicy) -> Self {
        core::CallPolicy {
            max_attempts: u32::try_from(p.max_attempts).unwrap_or(0),
            initial_backoff_ms: ms(p.initial_backoff_ms),
            max_backoff_ms: ms(p.max_backoff_ms),
            deadline_ms: ms(p.deadline_ms),
            attempt_timeout_ms: ms(p.attempt_timeout_ms),
            jitter: p.jitter,
        }
    }
}

impl From<&core::CallPolicy> for CallPolicy {
    fn from(p: &core::CallPolicy) -> Self {
        CallPolicy {
            max_attempts: i32::try_from(p.max_attempts).unwrap_or(i32::MAX),
            initial_backoff_ms: signed(p.initial_backoff_ms),
            max_backoff_ms: signed(p.max_backoff_ms),
            deadline_ms: signed(p.deadline_ms),
            attempt_timeout_ms: signed(p.attempt_timeout_ms),
            jitter: p.jitter,
        }
    }
}

/// The shared token store's settings ([`umf_core::calls::StoreConfig`]). Start from
/// `defaultStoreConfig()`.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct StoreConfig {
    /// Prefix of every key (`umf`).
    pub prefix: String,
    /// The fetch lock's expiry.
    pub lock_ttl_ms: i64,
    /// How often a process waiting for another's fetch asks again.
    pub poll_ms: i64,
    /// How long the process that took the lock waits before fetching, so that requests on
    /// their way with the old token finish first.
    pub drain_ms: i64,
    /// After a store failure, the store is not tried again for this long.
    pub retry_after_failure_ms: i64,
    /// Fall back to a token of this process, or fail.
    pub mode: StoreMode,
}

impl From<StoreConfig> for core::StoreConfig {
    fn from(c: StoreConfig) -> Self {
        core::StoreConfig {
            prefix: c.prefix,
            lock_ttl_ms: ms(c.lock_ttl_ms),
            poll_ms: ms(c.poll_ms),
            drain_ms: ms(c.drain_ms),
            retry_after_failure_ms: ms(c.retry_after_failure_ms),
            mode: c.mode,
        }
    }
}

impl From<&core::StoreConfig> for StoreConfig {
    fn from(c: &core::StoreConfig) -> Self {
        StoreConfig {
            prefix: c.prefix.clone(),
            lock_ttl_ms: signed(c.lock_ttl_ms),
            poll_ms: signed(c.poll_ms),
            drain_ms: signed(c.drain_ms),
            retry_after_failure_ms: signed(c.retry_after_failure_ms),
            mode: c.mode,
        }
    }
}

/// The core's default policy.
#[uniffi::export]
pub fn default_call_policy() -> CallPolicy {
    CallPolicy::from(&core::CallPolicy::default())
}

/// The core's default store settings.
#[uniffi::export]
pub fn default_store_config() -> StoreConfig {
    StoreConfig::from(&core::StoreConfig::default())
}

/// Counters of everything a [`Caller`]'s calls sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct CallStats {
    /// API requests sent (each attempt).
    pub requests: i64,
    /// Token requests sent.
    pub token_requests: i64,
    /// Tokens read from the shared store.
    pub shared_tokens: i64,
    /// Replays after a rejected token.
    pub token_replays: i64,
    /// Sends after a transient failure.
    pub retries: i64,
    /// Times the shared store could not be used.
    pub store_failures: i64,
}

/// A failed send: how, and the host client's message (never request bytes).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SendFailure {
    /// How it failed.
    pub kind: FailureKind,
    /// The host client's message.
    pub message: String,
}

/// One script for the host's store client: `EVAL script len(keys) keys... args...`.
/// `toString()` / `description` never show the arguments (they may hold the token).
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct StoreCommand {
    /// The Lua script.
    pub script: String,
    /// Its keys.
    pub keys: Vec<String>,
    /// Its arguments (may hold the token: never log them).
    pub args: Vec<String>,
}

impl std::fmt::Debug for StoreCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreCommand")
            .field("keys", &self.keys)
            .field("args", &format_args!("<{} redacted>", self.args.len()))
            .finish()
    }
}

impl From<core::StoreCommand> for StoreCommand {
    fn from(c: core::StoreCommand) -> Self {
        StoreCommand {
            script: c.script.to_owned(),
            keys: c.keys,
            args: c.args,
        }
    }
}

/// A call's event, for the host's listener: names, numbers and codes only (the core's
/// [`umf_core::calls::CallEvent`], field for field). `callEventJson` writes it as the core does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CallEvent {
    /// What happened.
    pub kind: EventKind,
    /// The operation id (`get_access_token` for token requests).
    pub operation: String,
    /// `GET` or `POST`.
    pub method: String,
    /// The path template, never the rendered path or query.
    pub path: String,
    /// The HTTP status, when an answer came.
    pub status: Option<i32>,
    /// `meta.ret_code` as the answer claimed it (unverified).
    pub ret_code: Option<String>,
    /// Which send of the request it was, from 1.
    pub attempt: i64,
    /// How long the exchange took, or the backoff for a retry.
    pub duration_ms: i64,
    /// Where the token came from (API requests only).
    pub token: Option<TokenSource>,
    /// Why the call goes again (retry events).
    pub retry_reason: Option<RetryReason>,
    /// The error code, when the exchange failed.
    pub error: Option<String>,
}

impl From<core::CallEvent> for CallEvent {
    fn from(e: core::CallEvent) -> Self {
        CallEvent {
            kind: e.kind,
            operation: e.operation,
            method: e.method.as_str().to_owned(),
            path: e.path,
            status: e.status.map(i32::from),
            ret_code: e.ret_code,
            attempt: i64::from(e.attempt),
            duration_ms: signed(e.duration_ms),
            token: e.token,
            retry_reason: e.retry_reason,
            error: e.error.map(str::to_owned),
        }
    }
}

/// The event as one JSON object, with the core's field names and snake_case values.
#[uniffi::export]
pub fn call_event_json(event: CallEvent) -> Result<String> {
    json::write(&event)
}

/// What the host does next for a [`Call`].
#[derive(Debug, uniffi::Enum)]
pub enum Step {
    /// Send `request` as its exact bytes, waiting at most `timeout_ms` for the whole answer;
    /// then `received` or `failed`.
    Send {
        /// The request (its `Authorization` holds the token; a token request's body holds the
        /// client secret: never log either).
        request: Arc<HttpRequest>,
        /// The attempt's timeout.
        timeout_ms: i64,
        /// Whether it is the token request.
        is_token_request: bool,
    },
    /// Run `command` on the shared store; then `store_replied` or `store_failed`.
    Store {
        /// The script, keys and arguments.
        command: StoreCommand,
    },
    /// Sleep this long, then ask for the next step.
    Sleep {
        /// Milliseconds.
        ms: i64,
    },
    /// The call is over: read its outcome.
    Done,
}

/// The calling policy for one `client_id` in one process: build one per client id and share
/// it (thread-safe; every call through it shares the token).
#[derive(Debug, uniffi::Object)]
pub struct Caller {
    inner: core::Caller,
}

#[uniffi::export]
impl Caller {
    /// The loop for `client` (built with the merchant key, for signed operations) and these
    /// credentials. `host` names the runtime in `User-Agent` (`jvm/17.0.15`, `swift/6.0`).
    /// Without `policy`, the core's default; without `store`, tokens stay in this process.
    // Kotlin and Swift see named arguments with defaults (`Caller(client, id, secret, host,
    // store = config)`): a record of options would only move the same list elsewhere.
    #[allow(clippy::too_many_arguments)]
    #[uniffi::constructor(default(
        policy = None,
        store = None,
        refresh_margin_ms = None,
        jitter_seed = None
    ))]
    pub fn new(
        client: Arc<Client>,
        client_id: String,
        client_secret: String,
        host: String,
        policy: Option<CallPolicy>,
        store: Option<StoreConfig>,
        refresh_margin_ms: Option<i64>,
        jitter_seed: Option<i64>,
    ) -> Arc<Self> {
        let options = CallerOptions {
            policy: policy.map(Into::into).unwrap_or_default(),
            store: store.map(Into::into),
            host,
            refresh_margin_ms: refresh_margin_ms.map(ms),
            // A seed is any 64 bits: the sign is only how Kotlin spells them.
            jitter_seed: jitter_seed.map(|s| s as u64),
        };
        Arc::new(Caller {
            inner: core::Caller::new(
                client.inner.clone(),
                ClientCredentials::new(client_id, client_secret),
                options,
            ),
        })
    }

    /// A call of `operation_id` with its flat parameter object (JSON text). The request is
    /// validated, encrypted and signed now: its errors come back before anything is sent.
    #[uniffi::method(default(params_json = "{}"))]
    pub fn call(&self, operation_id: String, params_json: String) -> Result<Arc<Call>> {
        let params = request_params(&operation_id, params_json)?;
        Ok(Call::wrap(self.inner.call(&operation_id, &params)?))
    }

    /// A call of `operation_id` with a request prepared and signed elsewhere
    /// (`Client.prepareUnsigned` + `attachSignature`).
    pub fn call_prepared(
        &self,
        operation_id: String,
        request: Arc<HttpRequest>,
    ) -> Result<Arc<Call>> {
        Ok(Call::wrap(
            self.inner
                .call_prepared(&operation_id, request.core().clone())?,
        ))
    }

    /// Sends a request built elsewhere; the answer comes back as received (`Call.response`).
    /// With `authorize`, the token goes in `Authorization` and a rejected token is replayed
    /// once; only a GET is retried after a transient failure.
    pub fn send(&self, request: Arc<HttpRequest>, authorize: bool) -> Arc<Call> {
        Call::wrap(self.inner.send(request.core().clone(), authorize))
    }

    /// A call that only gets a valid token (`Call.token`).
    pub fn token(&self) -> Arc<Call> {
        Call::wrap(self.inner.token())
    }

    /// What every call of this caller sent so far.
    pub fn stats(&self) -> CallStats {
        let s = self.inner.stats();
        CallStats {
            requests: signed(s.requests),
            token_requests: signed(s.token_requests),
            shared_tokens: signed(s.shared_tokens),
            token_replays: signed(s.token_replays),
            retries: signed(s.retries),
            store_failures: signed(s.store_failures),
        }
    }

    /// The `User-Agent` every request carries.
    pub fn user_agent(&self) -> String {
        self.inner.user_agent().to_owned()
    }

    /// The client id.
    pub fn client_id(&self) -> String {
        self.inner.client_id().to_owned()
    }

    /// The policy in force.
    pub fn policy(&self) -> CallPolicy {
        CallPolicy::from(self.inner.policy())
    }

    /// The store settings, when a shared store is used.
    pub fn store(&self) -> Option<StoreConfig> {
        self.inner.store().map(StoreConfig::from)
    }

    /// The store command recording a notification's idempotency key for `ttl_ms` (read its
    /// reply with `seenReply`); none without a store (use a `SeenSet`).
    pub fn seen_command(&self, idempotency_key: String, ttl_ms: i64) -> Option<StoreCommand> {
        self.inner
            .seen_command(&idempotency_key, ms(ttl_ms))
            .map(StoreCommand::from)
    }
}

/// Whether the store's reply to a `seenCommand` says the key was recorded before (skip the
/// notification). An unexpected reply throws `store_unavailable`.
#[uniffi::export]
pub fn seen_reply(reply: Vec<String>) -> Result<bool> {
    Ok(store::seen_reply(&reply)?)
}

/// Idempotency keys recorded in this process, each for a time: `seen` without a shared store.
#[derive(Debug, uniffi::Object)]
pub struct SeenSet {
    inner: Mutex<store::SeenSet>,
}

#[uniffi::export]
impl SeenSet {
    /// A set holding at most `capacity` keys (expired, then oldest, dropped first).
    #[uniffi::constructor]
    pub fn new(capacity: i64) -> Arc<Self> {
        let capacity = usize::try_from(capacity).unwrap_or(1);
        Arc::new(SeenSet {
            inner: Mutex::new(store::SeenSet::new(capacity)),
        })
    }

    /// Records `key` for `ttl_ms`; whether it was already recorded.
    pub fn seen(&self, key: String, ttl_ms: i64) -> bool {
        lock(&self.inner).seen(&key, ms(ttl_ms), now_ms())
    }
}

/// One call, driven by the host with `next` until `Step.Done`. Its outcome is read once.
#[derive(Debug, uniffi::Object)]
pub struct Call {
    inner: Mutex<core::Call>,
}

impl Call {
    fn wrap(inner: core::Call) -> Arc<Self> {
        Arc::new(Call {
            inner: Mutex::new(inner),
        })
    }

    fn call(&self) -> MutexGuard<'_, core::Call> {
        lock(&self.inner)
    }

    fn outcome(&self) -> Result<core::Outcome> {
        match self.call().take_outcome() {
            Some(outcome) => Ok(outcome?),
            None => Err(invalid_request(
                "the call is not done, or its outcome was already read",
            )),
        }
    }
}

#[uniffi::export]
impl Call {
    /// What to do next.
    pub fn next(&self) -> Step {
        match self.call().next(now_ms()) {
            core::Step::Send(out) => Step::Send {
                request: HttpRequest::wrap(out.request),
                timeout_ms: signed(out.timeout_ms),
                is_token_request: out.is_token_request,
            },
            core::Step::Store(command) => Step::Store {
                command: command.into(),
            },
            core::Step::Sleep(ms) => Step::Sleep { ms: signed(ms) },
            core::Step::Done => Step::Done,
        }
    }

    /// The answer to the last `Send`, exactly as received.
    pub fn received(&self, response: HttpResponse) {
        let now = now_ms();
        match response.to_core() {
            Ok(response) => self.call().received(response, now),
            // Not an HTTP status: the exchange broke after sending.
            Err(e) => self.call().failed(
                core::SendFailure::new(FailureKind::Interrupted, e.to_string()),
                now,
            ),
        }
    }

    /// The last `Send` could not be completed.
    pub fn failed(&self, failure: SendFailure) {
        self.call().failed(
            core::SendFailure::new(failure.kind, failure.message),
            now_ms(),
        );
    }

    /// The store's reply to the last `Store`: its strings in order, an integer as decimal text.
    pub fn store_replied(&self, reply: Vec<String>) {
        self.call().store_replied(reply, now_ms());
    }

    /// The store could not run the last `Store` (unreachable, refused, timed out).
    pub fn store_failed(&self, message: String) {
        self.call().store_failed(&message, now_ms());
    }

    /// Events since the last time this was asked.
    pub fn take_events(&self) -> Vec<CallEvent> {
        self.call()
            .take_events()
            .into_iter()
            .map(CallEvent::from)
            .collect()
    }

    /// Whether the call is over.
    pub fn is_done(&self) -> bool {
        self.call().is_done()
    }

    /// The verified answer of `Caller.call`, or its error (`UmfException.Transport` for
    /// `transport_error`, `timeout`, `store_unavailable`).
    pub fn answer(&self) -> Result<ApiResponse> {
        match self.outcome()? {
            core::Outcome::Answer(answer) => ApiResponse::from_core(*answer),
            _ => Err(internal("this call has no operation answer")),
        }
    }

    /// The answer of `Caller.send`, as received.
    pub fn response(&self) -> Result<HttpResponse> {
        match self.outcome()? {
            core::Outcome::Response(response) => Ok(HttpResponse::from_core(response)),
            _ => Err(internal("this call has no raw response")),
        }
    }

    /// The token of `Caller.token`.
    pub fn token(&self) -> Result<Arc<AccessToken>> {
        match self.outcome()? {
            core::Outcome::Token(token) => Ok(AccessToken::wrap(token)),
            _ => Err(internal("this call has no token")),
        }
    }
}

/// The poller's numbers ([`umf_core::calls::PollPolicy`]). Start from `defaultPollPolicy()`.
#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct PollPolicy {
    /// The first wait before querying again.
    pub interval_ms: i64,
    /// The longest wait between two queries.
    pub max_interval_ms: i64,
    /// The wait ends with `outcome_pending` after this long.
    pub deadline_ms: i64,
    /// Each wait is the previous one times this.
    pub backoff: f64,
}

impl From<PollPolicy> for core::PollPolicy {
    fn from(p: PollPolicy) -> Self {
        core::PollPolicy {
            interval_ms: ms(p.interval_ms),
            max_interval_ms: ms(p.max_interval_ms),
            deadline_ms: ms(p.deadline_ms),
            backoff: p.backoff,
        }
    }
}

/// The core's poller defaults.
#[uniffi::export]
pub fn default_poll_policy() -> PollPolicy {
    let d = core::PollPolicy::default();
    PollPolicy {
        interval_ms: signed(d.interval_ms),
        max_interval_ms: signed(d.max_interval_ms),
        deadline_ms: signed(d.deadline_ms),
        backoff: d.backoff,
    }
}

/// One wait for a payment's or a refund's final state (`WAIT_BUYER_PAY` after
/// `execute_payment`, `REFUND_PROCESS` after a refund): the core says when to query again.
/// The host queries `queryOperation` with `{idParameter: id}`, hands the answer (or a
/// notification's state) to `observe`, and sleeps what it returns; `null` means final.
#[derive(Debug, uniffi::Object)]
pub struct Poller {
    inner: Mutex<core::Poller>,
}

#[uniffi::export]
impl Poller {
    /// A wait for `subject` (`payment` or `refund`) that begins now.
    #[uniffi::constructor]
    pub fn new(subject: String, policy: PollPolicy) -> Result<Arc<Self>> {
        let subject = core::Subject::from_name(&subject)
            .ok_or_else(|| invalid_request("subject must be `payment` or `refund`"))?;
        Ok(Arc::new(Poller {
            inner: Mutex::new(core::Poller::new(subject, policy.into(), now_ms())),
        }))
    }

    /// The operation that reads the state (`get_payment`, `get_refund`).
    pub fn query_operation(&self) -> String {
        lock(&self.inner).subject().query_operation().to_owned()
    }

    /// The query's parameter naming the payment or refund (`payment_id`, `refund_id`).
    pub fn id_parameter(&self) -> String {
        lock(&self.inner).subject().id_parameter().to_owned()
    }

    /// The query's parameters for the payment or refund `id`, as JSON text.
    pub fn query_params(&self, id: String) -> String {
        let name = lock(&self.inner).subject().id_parameter();
        serde_json::json!({ name: id }).to_string()
    }

    /// The state just read: `null` when it is final, otherwise the milliseconds to sleep
    /// before querying again. Throws `outcome_pending` once the deadline has passed.
    pub fn observe(&self, state: String) -> Result<Option<i64>> {
        match lock(&self.inner).observe(&state, now_ms()) {
            core::PollStep::Done => Ok(None),
            core::PollStep::Sleep(wait) => Ok(Some(signed(wait))),
            core::PollStep::GaveUp(error) => Err(error.into()),
        }
    }

    /// [`Poller::observe`] with the state of a query's answer (no state: not final).
    pub fn observe_answer(&self, answer: ApiResponse) -> Result<Option<i64>> {
        let result: serde_json::Value =
            serde_json::from_str(&answer.result_json).unwrap_or_default();
        self.observe(result["state"].as_str().unwrap_or_default().to_owned())
    }
}

/// Milliseconds since the Unix epoch, the clock every call and token of this binding uses.
fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn ms(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn signed(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn kinds() -> impl Strategy<Value = EventKind> {
        prop_oneof![
            Just(EventKind::Request),
            Just(EventKind::TokenRequest),
            Just(EventKind::Retry),
            Just(EventKind::StoreUnavailable)
        ]
    }

    fn sources() -> impl Strategy<Value = Option<TokenSource>> {
        prop::option::of(prop_oneof![
            Just(TokenSource::Reused),
            Just(TokenSource::Fetched),
            Just(TokenSource::Shared),
            Just(TokenSource::Waited)
        ])
    }

    fn reasons() -> impl Strategy<Value = Option<RetryReason>> {
        prop::option::of(prop_oneof![
            Just(RetryReason::TokenRejected),
            Just(RetryReason::ServerError),
            Just(RetryReason::RateLimited),
            Just(RetryReason::NotSent),
            Just(RetryReason::Timeout),
            Just(RetryReason::Interrupted)
        ])
    }

    proptest! {
        /// The binding's event writes the same JSON as the core's: same names, same values.
        #[test]
        fn event_json_is_the_cores(kind in kinds(), post: bool, operation in "[a-z_]{1,20}",
                path in "/[a-z{}_/]{0,30}", status in prop::option::of(100u16..1000),
                ret_code in prop::option::of("[0-9A-Z]{1,16}"), attempt: u32, duration_ms: u64,
                token in sources(), retry_reason in reasons(),
                error in prop::option::of(prop_oneof![Just("transport_error"), Just("timeout"),
                    Just("store_unavailable")])) {
            let event = core::CallEvent {
                kind,
                operation,
                method: if post { umf_core::Method::Post } else { umf_core::Method::Get },
                path,
                status,
                ret_code,
                attempt,
                duration_ms: duration_ms >> 1,
                token,
                retry_reason,
                error,
            };
            let expected = serde_json::to_string(&event).unwrap();
            prop_assert_eq!(call_event_json(CallEvent::from(event)).unwrap(), expected);
        }

        /// Policies and store settings cross the boundary both ways unchanged.
        #[test]
        fn settings_round_trip(max_attempts in 0u32..1000, a in 0u64..1 << 62, b in 0u64..1 << 62,
                c in 0u64..1 << 62, d in 0u64..1 << 62, jitter: bool, required: bool) {
            let policy = core::CallPolicy { max_attempts, initial_backoff_ms: a,
                max_backoff_ms: b, deadline_ms: c, attempt_timeout_ms: d, jitter };
            prop_assert_eq!(core::CallPolicy::from(CallPolicy::from(&policy)), policy);
            let store = core::StoreConfig { prefix: "p".into(), lock_ttl_ms: a, poll_ms: b,
                drain_ms: d, retry_after_failure_ms: c,
                mode: if required { StoreMode::Required } else { StoreMode::Fallback } };
            prop_assert_eq!(core::StoreConfig::from(StoreConfig::from(&store)), store);
        }
    }

    #[test]
    fn defaults_are_the_cores() {
        assert_eq!(
            core::CallPolicy::from(default_call_policy()),
            core::CallPolicy::default()
        );
        assert_eq!(
            core::StoreConfig::from(default_store_config()),
            core::StoreConfig::default()
        );
    }

    #[test]
    fn store_commands_never_print_their_arguments() {
        let command = StoreCommand {
            script: store::PUT.to_owned(),
            keys: vec!["umf:{c}:token".into()],
            args: vec!["tok-SECRET-1".into()],
        };
        let shown = format!("{command:?}");
        assert!(!shown.contains("tok-SECRET-1") && shown.contains("umf:{c}:token"));
    }

    #[test]
    fn the_poller_crosses_over_with_the_cores_schedule_and_error() {
        let quick = PollPolicy {
            interval_ms: 1,
            max_interval_ms: 1,
            deadline_ms: 30,
            backoff: 2.0,
        };
        let poller = Poller::new("refund".into(), quick).unwrap();
        assert_eq!(
            (poller.query_operation(), poller.id_parameter()),
            ("get_refund".to_owned(), "refund_id".to_owned())
        );
        assert_eq!(
            poller.query_params("REFUND_1".into()),
            r#"{"refund_id":"REFUND_1"}"#
        );
        assert_eq!(poller.observe("REFUND_SUCCESS".into()).unwrap(), None);
        let answer = |result: &str| ApiResponse {
            operation: "get_refund".into(),
            http_status: 200,
            verification: umf_core::Verification {
                status: umf_core::VerificationStatus::NotChecked,
                scope: umf_core::SignatureScope::Auto,
                covered: Vec::new(),
                uncovered: Vec::new(),
                key_fingerprint: None,
            },
            meta_json: "{}".into(),
            result_json: result.into(),
            links_json: "[]".into(),
            uncovered_json: "{}".into(),
            file_bytes: None,
        };
        assert_eq!(
            poller
                .observe_answer(answer(r#"{"state":"REFUND_FAIL"}"#))
                .unwrap(),
            None
        );
        let error = loop {
            match poller.observe_answer(answer(r#"{"state":"REFUND_PROCESS"}"#)) {
                Ok(Some(wait)) => {
                    assert_eq!(wait, 1);
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                Ok(None) => panic!("a pending state ended the wait"),
                Err(e) => break e,
            }
        };
        assert_eq!(error.code(), "outcome_pending");
        assert!(
            matches!(error, crate::error::UmfError::Transport { waited_ms: Some(w), .. } if w >= 30)
        );
        assert!(Poller::new("order".into(), default_poll_policy()).is_err());
        assert_eq!(default_poll_policy().deadline_ms, 120_000);
    }
}
