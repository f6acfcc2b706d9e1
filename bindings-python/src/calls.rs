//! The core's call loop (`umf_core::calls`) for Python hosts: `umf.Caller` decides every step
//! of a call, `umf.Call` is one call, and `umf.http` only sends, sleeps and runs store
//! commands.
//!
//! This module translates and nothing else: knobs in, steps out, reports in. The clock is the
//! system clock, read here at each report, so a Python host can never hand the loop a time of
//! its own. The GIL is released wherever the core signs, encrypts or verifies.

use std::sync::{Mutex, MutexGuard, PoisonError};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use umf_core::calls::store::{seen_reply as core_seen_reply, SeenSet};
use umf_core::calls::{
    Call, CallPolicy, CallStats, Caller, CallerOptions, FailureKind, PollPolicy, PollStep, Poller,
    SendFailure, Step, StoreCommand, StoreConfig, StoreMode, Subject,
};
use umf_core::token::SystemClock;
use umf_core::Clock;

use crate::client::{request_params, PyApiResponse, PyClient};
use crate::errors::IntoPyResult;
use crate::http::{PyHttpRequest, PyHttpResponse};
use crate::json::serialized;
use crate::names::py_repr;
use crate::token::{PyAccessToken, PyClientCredentials};

fn now() -> u64 {
    SystemClock.now_millis()
}

/// How many idempotency keys an in-process `SeenSet` keeps by default.
const SEEN_CAPACITY: usize = 100_000;

/// The retry policy's numbers (the same names in every binding).
#[pyclass(frozen, module = "umf", name = "CallPolicy")]
#[derive(Clone)]
pub struct PyCallPolicy {
    inner: CallPolicy,
}

#[pymethods]
impl PyCallPolicy {
    /// Each knob left out (or `None`) takes the core's default.
    #[new]
    #[pyo3(signature = (
        *,
        max_attempts=None,
        initial_backoff_ms=None,
        max_backoff_ms=None,
        deadline_ms=None,
        attempt_timeout_ms=None,
        jitter=None,
    ))]
    fn new(
        max_attempts: Option<u32>,
        initial_backoff_ms: Option<u64>,
        max_backoff_ms: Option<u64>,
        deadline_ms: Option<u64>,
        attempt_timeout_ms: Option<u64>,
        jitter: Option<bool>,
    ) -> Self {
        let d = CallPolicy::default();
        PyCallPolicy {
            inner: CallPolicy {
                max_attempts: max_attempts.unwrap_or(d.max_attempts),
                initial_backoff_ms: initial_backoff_ms.unwrap_or(d.initial_backoff_ms),
                max_backoff_ms: max_backoff_ms.unwrap_or(d.max_backoff_ms),
                deadline_ms: deadline_ms.unwrap_or(d.deadline_ms),
                attempt_timeout_ms: attempt_timeout_ms.unwrap_or(d.attempt_timeout_ms),
                jitter: jitter.unwrap_or(d.jitter),
            },
        }
    }

    /// Sends in all after transient failures (the replay after a rejected token not counted).
    #[getter]
    fn max_attempts(&self) -> u32 {
        self.inner.max_attempts
    }

    /// The first backoff; each further attempt doubles it.
    #[getter]
    fn initial_backoff_ms(&self) -> u64 {
        self.inner.initial_backoff_ms
    }

    /// The longest backoff (and the longest `Retry-After` honoured).
    #[getter]
    fn max_backoff_ms(&self) -> u64 {
        self.inner.max_backoff_ms
    }

    /// The whole call, token included, ends with a `timeout` error after this long.
    #[getter]
    fn deadline_ms(&self) -> u64 {
        self.inner.deadline_ms
    }

    /// Each request gets at most this long.
    #[getter]
    fn attempt_timeout_ms(&self) -> u64 {
        self.inner.attempt_timeout_ms
    }

    /// Whether backoffs are spread at random over their upper half.
    #[getter]
    fn jitter(&self) -> bool {
        self.inner.jitter
    }

    fn __repr__(&self) -> String {
        let p = &self.inner;
        format!(
            "CallPolicy(max_attempts={}, initial_backoff_ms={}, max_backoff_ms={}, \
             deadline_ms={}, attempt_timeout_ms={}, jitter={})",
            p.max_attempts,
            p.initial_backoff_ms,
            p.max_backoff_ms,
            p.deadline_ms,
            p.attempt_timeout_ms,
            if p.jitter { "True" } else { "False" }
        )
    }
}

fn mode_name(mode: StoreMode) -> &'static str {
    match mode {
        StoreMode::Fallback => "fallback",
        StoreMode::Required => "required",
    }
}

/// How the shared token store is used (its knobs; the Redis client is the host's).
#[pyclass(frozen, module = "umf", name = "StoreConfig")]
#[derive(Clone)]
pub struct PyStoreConfig {
    inner: StoreConfig,
}

#[pymethods]
impl PyStoreConfig {
    /// Each knob left out (or `None`) takes the core's default.
    #[new]
    #[pyo3(signature = (
        *,
        prefix=None,
        lock_ttl_ms=None,
        poll_ms=None,
        retry_after_failure_ms=None,
        mode=None,
        drain_ms=None,
    ))]
    fn new(
        prefix: Option<String>,
        lock_ttl_ms: Option<u64>,
        poll_ms: Option<u64>,
        retry_after_failure_ms: Option<u64>,
        mode: Option<&str>,
        drain_ms: Option<u64>,
    ) -> PyResult<Self> {
        let d = StoreConfig::default();
        let mode = match mode {
            None => d.mode,
            Some("fallback") => StoreMode::Fallback,
            Some("required") => StoreMode::Required,
            Some(_) => {
                return Err(PyValueError::new_err(
                    "mode must be one of 'fallback', 'required'",
                ))
            }
        };
        Ok(PyStoreConfig {
            inner: StoreConfig {
                prefix: prefix.unwrap_or(d.prefix),
                lock_ttl_ms: lock_ttl_ms.unwrap_or(d.lock_ttl_ms),
                poll_ms: poll_ms.unwrap_or(d.poll_ms),
                drain_ms: drain_ms.unwrap_or(d.drain_ms),
                retry_after_failure_ms: retry_after_failure_ms.unwrap_or(d.retry_after_failure_ms),
                mode,
            },
        })
    }

    /// Prefix of every key.
    #[getter]
    fn prefix(&self) -> &str {
        &self.inner.prefix
    }

    /// The fetch lock's expiry.
    #[getter]
    fn lock_ttl_ms(&self) -> u64 {
        self.inner.lock_ttl_ms
    }

    /// How often a process waiting for another's fetch asks again.
    #[getter]
    fn poll_ms(&self) -> u64 {
        self.inner.poll_ms
    }

    /// How long the process that took the lock waits before fetching.
    #[getter]
    fn drain_ms(&self) -> u64 {
        self.inner.drain_ms
    }

    /// After a store failure, the store is not tried again for this long.
    #[getter]
    fn retry_after_failure_ms(&self) -> u64 {
        self.inner.retry_after_failure_ms
    }

    /// `fallback` (go on with a token of this process) or `required` (fail the call).
    #[getter]
    fn mode(&self) -> &'static str {
        mode_name(self.inner.mode)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let c = &self.inner;
        Ok(format!(
            "StoreConfig(prefix={}, lock_ttl_ms={}, poll_ms={}, drain_ms={}, \
             retry_after_failure_ms={}, mode='{}')",
            py_repr(py, c.prefix.as_str())?,
            c.lock_ttl_ms,
            c.poll_ms,
            c.drain_ms,
            c.retry_after_failure_ms,
            mode_name(c.mode)
        ))
    }
}

/// One script for the store: run it with `EVAL`/`EVALSHA` (`script`, `keys`, `args`). The
/// arguments may hold the token: never log them.
#[pyclass(frozen, module = "umf", name = "StoreCommand")]
pub struct PyStoreCommand {
    inner: StoreCommand,
}

#[pymethods]
impl PyStoreCommand {
    /// The Lua script.
    #[getter]
    fn script(&self) -> &'static str {
        self.inner.script
    }

    /// Its keys.
    #[getter]
    fn keys(&self) -> Vec<String> {
        self.inner.keys.clone()
    }

    /// Its arguments (may hold the token).
    #[getter]
    fn args(&self) -> Vec<String> {
        self.inner.args.clone()
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }
}

/// What the host does next: `kind` is `send` (`request` within `timeout_ms`), `store`
/// (`command`), `sleep` (`sleep_ms`) or `done`.
#[pyclass(frozen, module = "umf", name = "Step")]
pub struct PyStep {
    kind: &'static str,
    request: Option<Py<PyHttpRequest>>,
    timeout_ms: u64,
    is_token_request: bool,
    command: Option<Py<PyStoreCommand>>,
    sleep_ms: u64,
}

#[pymethods]
impl PyStep {
    /// `send`, `store`, `sleep` or `done`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    /// The request to send as its exact bytes (`send` only).
    #[getter]
    fn request(&self, py: Python<'_>) -> Option<Py<PyHttpRequest>> {
        self.request.as_ref().map(|r| r.clone_ref(py))
    }

    /// How long to wait for the answer (`send` only).
    #[getter]
    fn timeout_ms(&self) -> u64 {
        self.timeout_ms
    }

    /// Whether `request` is the token request (its body holds the client secret).
    #[getter]
    fn is_token_request(&self) -> bool {
        self.is_token_request
    }

    /// The store command (`store` only).
    #[getter]
    fn command(&self, py: Python<'_>) -> Option<Py<PyStoreCommand>> {
        self.command.as_ref().map(|c| c.clone_ref(py))
    }

    /// How long to sleep (`sleep` only).
    #[getter]
    fn sleep_ms(&self) -> u64 {
        self.sleep_ms
    }

    fn __repr__(&self) -> String {
        format!("Step(kind='{}')", self.kind)
    }
}

fn step_to_python(py: Python<'_>, step: Step) -> PyResult<PyStep> {
    let mut out = PyStep {
        kind: "done",
        request: None,
        timeout_ms: 0,
        is_token_request: false,
        command: None,
        sleep_ms: 0,
    };
    match step {
        Step::Send(outgoing) => {
            out.kind = "send";
            out.request = Some(Py::new(
                py,
                PyHttpRequest {
                    inner: outgoing.request,
                },
            )?);
            out.timeout_ms = outgoing.timeout_ms;
            out.is_token_request = outgoing.is_token_request;
        }
        Step::Store(command) => {
            out.kind = "store";
            out.command = Some(Py::new(py, PyStoreCommand { inner: command })?);
        }
        Step::Sleep(ms) => {
            out.kind = "sleep";
            out.sleep_ms = ms;
        }
        Step::Done => {}
    }
    Ok(out)
}

fn failure_kind(name: &str) -> PyResult<FailureKind> {
    match name {
        "not_sent" => Ok(FailureKind::NotSent),
        "timeout" => Ok(FailureKind::Timeout),
        "interrupted" => Ok(FailureKind::Interrupted),
        _ => Err(PyValueError::new_err(
            "kind must be one of 'not_sent', 'timeout', 'interrupted'",
        )),
    }
}

fn stats_dict<'py>(py: Python<'py>, s: CallStats) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("requests", s.requests)?;
    d.set_item("token_requests", s.token_requests)?;
    d.set_item("shared_tokens", s.shared_tokens)?;
    d.set_item("token_replays", s.token_replays)?;
    d.set_item("retries", s.retries)?;
    d.set_item("store_failures", s.store_failures)?;
    Ok(d)
}

/// The calling policy for one `client_id` in this process: share one across every thread,
/// task and client of that `client_id` (it holds the token).
#[pyclass(frozen, module = "umf", name = "Caller")]
pub struct PyCaller {
    inner: Caller,
}

#[pymethods]
impl PyCaller {
    #[new]
    #[pyo3(signature = (client, credentials, *, policy=None, store=None, host="", refresh_margin_ms=None, jitter_seed=None))]
    fn new(
        client: &PyClient,
        credentials: &PyClientCredentials,
        policy: Option<&PyCallPolicy>,
        store: Option<&PyStoreConfig>,
        host: &str,
        refresh_margin_ms: Option<u64>,
        jitter_seed: Option<u64>,
    ) -> Self {
        let options = CallerOptions {
            policy: policy.map(|p| p.inner).unwrap_or_default(),
            store: store.map(|s| s.inner.clone()),
            host: host.to_owned(),
            refresh_margin_ms,
            jitter_seed,
        };
        PyCaller {
            inner: Caller::new(client.inner.clone(), credentials.inner.clone(), options),
        }
    }

    /// The sans-IO client underneath.
    #[getter]
    fn client(&self) -> PyClient {
        PyClient {
            inner: self.inner.client().clone(),
        }
    }

    /// The client id.
    #[getter]
    fn client_id(&self) -> &str {
        self.inner.client_id()
    }

    /// The policy.
    #[getter]
    fn policy(&self) -> PyCallPolicy {
        PyCallPolicy {
            inner: *self.inner.policy(),
        }
    }

    /// The shared store's configuration, if any.
    #[getter]
    fn store(&self) -> Option<PyStoreConfig> {
        self.inner
            .store()
            .map(|s| PyStoreConfig { inner: s.clone() })
    }

    /// The `User-Agent` every request carries.
    #[getter]
    fn user_agent(&self) -> &str {
        self.inner.user_agent()
    }

    /// Counters of everything sent so far: `requests`, `token_requests`, `shared_tokens`,
    /// `token_replays`, `retries`, `store_failures`.
    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        stats_dict(py, self.inner.stats())
    }

    /// A call of `op` with the flat parameters (validated, encrypted and signed now, with the
    /// GIL released; errors come back before anything is sent).
    #[pyo3(signature = (op, params=None, /, **fields))]
    fn call(
        &self,
        py: Python<'_>,
        op: &str,
        params: Option<&Bound<'_, PyAny>>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PyCall> {
        let params = request_params(op, params, fields)?;
        let caller = &self.inner;
        let call = py.detach(|| caller.call(op, &params)).into_py()?;
        Ok(PyCall::new(call))
    }

    /// A call of `op` with a request prepared (and signed) elsewhere.
    fn call_prepared(&self, op: &str, request: &PyHttpRequest) -> PyResult<PyCall> {
        let call = self
            .inner
            .call_prepared(op, request.inner.clone())
            .into_py()?;
        Ok(PyCall::new(call))
    }

    /// Sends a request built elsewhere; the answer comes back as received.
    #[pyo3(signature = (request, *, authorize=true))]
    fn send(&self, request: &PyHttpRequest, authorize: bool) -> PyCall {
        PyCall::new(self.inner.send(request.inner.clone(), authorize))
    }

    /// A call that only gets a valid token.
    fn token(&self) -> PyCall {
        PyCall::new(self.inner.token())
    }

    /// Installs a token obtained elsewhere (the process's calls use it until its refresh
    /// time; expiry in system-clock milliseconds).
    fn install_token(&self, value: String, expires_at_ms: u64) -> PyAccessToken {
        PyAccessToken {
            inner: self.inner.with_tokens(|m| m.install(value, expires_at_ms)),
        }
    }

    /// The store command recording a notification's idempotency key for `ttl_ms`; `None`
    /// without a store (use a `SeenSet`).
    fn seen_command(&self, idempotency_key: &str, ttl_ms: u64) -> Option<PyStoreCommand> {
        self.inner
            .seen_command(idempotency_key, ttl_ms)
            .map(|inner| PyStoreCommand { inner })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Caller(client_id={})",
            py_repr(py, self.inner.client_id())?
        ))
    }
}

/// One call, driven by the host: `next()` says what to do, the host reports back.
#[pyclass(frozen, module = "umf", name = "Call")]
pub struct PyCall {
    inner: Mutex<Call>,
}

impl PyCall {
    fn new(call: Call) -> Self {
        PyCall {
            inner: Mutex::new(call),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Call> {
        // The core's Call never panics midway; a poisoned lock still holds a whole state.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn outcome(&self) -> PyResult<Option<umf_core::calls::Outcome>> {
        match self.lock().take_outcome() {
            Some(result) => result.map(Some).into_py(),
            None => Ok(None),
        }
    }
}

fn no_outcome(what: &str) -> PyErr {
    crate::errors::to_py_err(umf_core::Error::InvalidRequest {
        reason: format!("the call has no {what} (not done, or not that kind of call)"),
    })
}

#[pymethods]
impl PyCall {
    /// What to do next, at the system clock's time.
    fn next(&self, py: Python<'_>) -> PyResult<PyStep> {
        let step = py.detach(|| self.lock().next(now()));
        step_to_python(py, step)
    }

    /// The answer to the last `send` step (verified here, with the GIL released).
    fn received(&self, py: Python<'_>, response: &PyHttpResponse) {
        let response = response.inner.clone();
        py.detach(|| self.lock().received(response, now()));
    }

    /// The last `send` step failed: `kind` is `not_sent` (nothing left this process),
    /// `timeout` or `interrupted`; `message` is the HTTP client's (no request bytes).
    fn failed(&self, kind: &str, message: &str) -> PyResult<()> {
        let failure = SendFailure::new(failure_kind(kind)?, message);
        self.lock().failed(failure, now());
        Ok(())
    }

    /// The store's reply to the last `store` step, as strings (integers as decimal text).
    fn store_replied(&self, reply: Vec<String>) {
        self.lock().store_replied(reply, now());
    }

    /// The store could not run the last `store` step.
    fn store_failed(&self, message: &str) {
        self.lock().store_failed(message, now());
    }

    /// The events since the last time, as dicts (`kind`, `operation`, `method`, `path`,
    /// `status`, `ret_code`, `attempt`, `duration_ms`, `token`, `retry_reason`, `error`).
    fn take_events<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let events = self.lock().take_events();
        events.iter().map(|e| serialized(py, e)).collect()
    }

    /// Whether the call is over.
    #[getter]
    fn is_done(&self) -> bool {
        self.lock().is_done()
    }

    /// The verified answer of `Caller.call`; raises the call's error.
    fn answer(&self, py: Python<'_>) -> PyResult<PyApiResponse> {
        match self.outcome()? {
            Some(umf_core::calls::Outcome::Answer(answer)) => PyApiResponse::from_core(py, *answer),
            _ => Err(no_outcome("answer")),
        }
    }

    /// The answer of `Caller.send`, as received; raises the call's error.
    fn response(&self) -> PyResult<PyHttpResponse> {
        match self.outcome()? {
            Some(umf_core::calls::Outcome::Response(inner)) => Ok(PyHttpResponse { inner }),
            _ => Err(no_outcome("response")),
        }
    }

    /// The token of `Caller.token`; raises the call's error.
    fn token(&self) -> PyResult<PyAccessToken> {
        match self.outcome()? {
            Some(umf_core::calls::Outcome::Token(inner)) => Ok(PyAccessToken { inner }),
            _ => Err(no_outcome("token")),
        }
    }

    fn __repr__(&self) -> String {
        format!(
            "Call(done={})",
            if self.lock().is_done() {
                "True"
            } else {
                "False"
            }
        )
    }
}

/// Whether a reply of the `seen` command says the key was recorded before (skip it).
#[pyfunction]
pub fn seen_reply(reply: Vec<String>) -> PyResult<bool> {
    core_seen_reply(&reply).into_py()
}

/// Idempotency keys recorded in this process, each for a time: `seen` without a shared store.
#[pyclass(frozen, module = "umf", name = "SeenSet")]
pub struct PySeenSet {
    inner: Mutex<SeenSet>,
}

#[pymethods]
impl PySeenSet {
    /// At most `capacity` keys (default 100 000); when full, expired keys go first, then
    /// the oldest.
    #[new]
    #[pyo3(signature = (capacity=None))]
    fn new(capacity: Option<usize>) -> Self {
        PySeenSet {
            inner: Mutex::new(SeenSet::new(capacity.unwrap_or(SEEN_CAPACITY))),
        }
    }

    /// Records `key` for `ttl_ms`; returns whether it was already recorded.
    fn seen(&self, key: &str, ttl_ms: u64) -> bool {
        self.inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .seen(key, ttl_ms, now())
    }

    fn __repr__(&self) -> &'static str {
        "SeenSet()"
    }
}

/// The poller's numbers (the same names in every binding).
#[pyclass(frozen, module = "umf", name = "PollPolicy")]
#[derive(Clone)]
pub struct PyPollPolicy {
    inner: PollPolicy,
}

#[pymethods]
impl PyPollPolicy {
    /// Each knob left out (or `None`) takes the core's default.
    #[new]
    #[pyo3(signature = (*, interval_ms=None, max_interval_ms=None, deadline_ms=None, backoff=None))]
    fn new(
        interval_ms: Option<u64>,
        max_interval_ms: Option<u64>,
        deadline_ms: Option<u64>,
        backoff: Option<f64>,
    ) -> Self {
        let d = PollPolicy::default();
        PyPollPolicy {
            inner: PollPolicy {
                interval_ms: interval_ms.unwrap_or(d.interval_ms),
                max_interval_ms: max_interval_ms.unwrap_or(d.max_interval_ms),
                deadline_ms: deadline_ms.unwrap_or(d.deadline_ms),
                backoff: backoff.unwrap_or(d.backoff),
            },
        }
    }

    /// The first wait before querying again.
    #[getter]
    fn interval_ms(&self) -> u64 {
        self.inner.interval_ms
    }

    /// The longest wait between two queries.
    #[getter]
    fn max_interval_ms(&self) -> u64 {
        self.inner.max_interval_ms
    }

    /// The wait ends with an `outcome_pending` error after this long.
    #[getter]
    fn deadline_ms(&self) -> u64 {
        self.inner.deadline_ms
    }

    /// Each wait is the previous one times this.
    #[getter]
    fn backoff(&self) -> f64 {
        self.inner.backoff
    }

    fn __repr__(&self) -> String {
        let p = &self.inner;
        format!(
            "PollPolicy(interval_ms={}, max_interval_ms={}, deadline_ms={}, backoff={:?})",
            p.interval_ms, p.max_interval_ms, p.deadline_ms, p.backoff
        )
    }
}

/// One wait for a payment's or a refund's final state: the core says when to query again.
#[pyclass(frozen, module = "umf", name = "Poller")]
pub struct PyPoller {
    inner: Mutex<Poller>,
}

#[pymethods]
impl PyPoller {
    /// A wait for `subject` (`payment` or `refund`) that begins now.
    #[new]
    #[pyo3(signature = (subject, policy=None))]
    fn new(subject: &str, policy: Option<&PyPollPolicy>) -> PyResult<Self> {
        let subject = Subject::from_name(subject).ok_or_else(|| {
            PyValueError::new_err(format!(
                "subject must be `payment` or `refund`, not {subject:?}"
            ))
        })?;
        let policy = policy.map(|p| p.inner).unwrap_or_default();
        Ok(PyPoller {
            inner: Mutex::new(Poller::new(subject, policy, now())),
        })
    }

    /// `payment` or `refund`.
    #[getter]
    fn subject(&self) -> &'static str {
        self.lock().subject().as_str()
    }

    /// The operation that reads the state (`get_payment`, `get_refund`).
    #[getter]
    fn query_operation(&self) -> &'static str {
        self.lock().subject().query_operation()
    }

    /// The state just read (from an answer or a notification): `None` when it is final,
    /// otherwise the milliseconds to sleep before querying again. Raises
    /// `umf.OutcomePendingError` (`outcome_pending`) once the deadline has passed.
    fn observe(&self, state: &str) -> PyResult<Option<u64>> {
        match self.lock().observe(state, now()) {
            PollStep::Done => Ok(None),
            PollStep::Sleep(ms) => Ok(Some(ms)),
            PollStep::GaveUp(error) => Err(crate::errors::to_py_err(error)),
        }
    }

    fn __repr__(&self) -> String {
        format!("Poller(subject={:?})", self.lock().subject().as_str())
    }
}

impl PyPoller {
    fn lock(&self) -> MutexGuard<'_, Poller> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}
