//! A merchant's server in a few lines: the core's calling policy ([`Caller`]) driven over
//! [`HttpClient`] and tokio's timer. The demo, the sandbox's tests and the load run use it,
//! and it is the Rust host of the loop every binding drives: this file decides nothing
//! (tokens, replays, retries, what is never sent twice are all `umf_core::calls`); it sends,
//! sleeps, and hands the outcomes back.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{json, Value};
use umf_core::calls::{
    CallEvent, Caller, CallerOptions, FailureKind, PollPolicy, PollStep, Poller, SendFailure, Step,
    Subject,
};
use umf_core::token::{ClientCredentials, Clock, SystemClock};
use umf_core::{AccessToken, ApiResponse, Client, Error, RequestParams};

use crate::transport::{HttpClient, TransportError};

/// What a call can fail with: the SDK's typed error (validation, signature, UMF's answer,
/// transport, timeout, ...).
#[derive(Debug)]
pub enum CallError {
    /// The SDK's typed error.
    Api(Error),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Api(e) => write!(f, "{} ({})", e, e.code()),
        }
    }
}

impl std::error::Error for CallError {}

impl From<Error> for CallError {
    fn from(e: Error) -> Self {
        CallError::Api(e)
    }
}

impl CallError {
    /// The SDK error code (`timeout` and `transport_error` for the wire).
    pub fn code(&self) -> &'static str {
        match self {
            CallError::Api(e) => e.code(),
        }
    }

    /// The typed error.
    pub fn error(&self) -> &Error {
        match self {
            CallError::Api(e) => e,
        }
    }
}

/// A merchant talking to UMF (or the sandbox).
pub struct Merchant {
    caller: Caller,
    http: HttpClient,
    events: Mutex<Vec<CallEvent>>,
}

fn now_ms() -> u64 {
    SystemClock.now_millis()
}

impl Merchant {
    /// A merchant using `client` with these credentials, over `http`, with the default policy.
    pub fn new(client: Client, credentials: ClientCredentials, http: HttpClient) -> Self {
        Merchant::with_options(client, credentials, http, CallerOptions::default())
    }

    /// A merchant with these caller options (policy, shared store, ...).
    pub fn with_options(
        client: Client,
        credentials: ClientCredentials,
        http: HttpClient,
        mut options: CallerOptions,
    ) -> Self {
        if options.host.is_empty() {
            options.host = "rust".to_owned();
        }
        Merchant {
            caller: Caller::new(client, credentials, options),
            http,
            events: Mutex::new(Vec::new()),
        }
    }

    /// The core client.
    pub fn client(&self) -> &Client {
        self.caller.client()
    }

    /// The calling policy's state (stats, tokens).
    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// How many token requests were sent.
    pub fn token_requests(&self) -> u64 {
        self.caller.stats().token_requests
    }

    /// Every event so far, and forgets them.
    pub fn take_events(&self) -> Vec<CallEvent> {
        std::mem::take(&mut *self.events.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// A valid token: the current one, or the result of the one refresh under way.
    pub async fn token(&self) -> Result<AccessToken, CallError> {
        let mut call = self.caller.token();
        self.drive(&mut call).await;
        Ok(call.into_token()?)
    }

    /// Calls `op_id` with flat parameters (path and query parameters by name, the rest is the
    /// body): prepared once, sent as exact bytes, answer parsed and verified.
    pub async fn call(&self, op_id: &str, params: Value) -> Result<ApiResponse, CallError> {
        let params = RequestParams::from_flat(op_id, params)?;
        self.call_params(op_id, &params).await
    }

    /// [`Merchant::call`] with parameters already split.
    pub async fn call_params(
        &self,
        op_id: &str,
        params: &RequestParams,
    ) -> Result<ApiResponse, CallError> {
        let mut call = self.caller.call(op_id, params)?;
        self.drive(&mut call).await;
        Ok(call.into_answer()?)
    }

    /// Queries a payment or refund until its state is final, sleeping as the core's
    /// [`Poller`] says; returns the final answer and how many queries it took, or
    /// `outcome_pending` once `policy.deadline_ms` has passed.
    pub async fn wait_for(
        &self,
        subject: Subject,
        id: &str,
        policy: PollPolicy,
    ) -> Result<(ApiResponse, u32), CallError> {
        let mut poller = Poller::new(subject, policy, now_ms());
        let params = json!({ subject.id_parameter(): id });
        loop {
            let answer = self.call(subject.query_operation(), params.clone()).await?;
            let state = state_of(subject, &answer);
            match poller.observe(&state, now_ms()) {
                PollStep::Done => return Ok((answer, poller.observations())),
                PollStep::Sleep(ms) => tokio::time::sleep(Duration::from_millis(ms)).await,
                PollStep::GaveUp(e) => return Err(e.into()),
            }
        }
    }

    /// The host's half of the loop. No store: the sandbox's merchant is one process.
    async fn drive(&self, call: &mut umf_core::calls::Call) {
        loop {
            let step = call.next(now_ms());
            match step {
                Step::Send(out) => {
                    let timeout = Duration::from_millis(out.timeout_ms);
                    match self.http.send_within(&out.request, timeout).await {
                        Ok(response) => call.received(response, now_ms()),
                        Err(e) => call.failed(failure(&e), now_ms()),
                    }
                }
                Step::Store(_) => call.store_failed("this host has no shared store", now_ms()),
                Step::Sleep(ms) => tokio::time::sleep(Duration::from_millis(ms)).await,
                Step::Done => break,
            }
            let events = call.take_events();
            if !events.is_empty() {
                self.events
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend(events);
            }
        }
    }
}

/// The state of the payment or refund an answer holds, as on the wire; empty when it has none
/// (which is not final: it is waited on).
pub fn state_of(subject: Subject, answer: &ApiResponse) -> String {
    match subject {
        Subject::Payment => answer
            .result
            .payment()
            .and_then(|p| p.state.as_ref())
            .map(|s| s.as_str().to_owned()),
        Subject::Refund => answer
            .result
            .refund()
            .and_then(|r| r.state.as_ref())
            .map(|s| s.as_str().to_owned()),
    }
    .unwrap_or_default()
}

fn failure(e: &TransportError) -> SendFailure {
    let kind = match e {
        TransportError::Connect(_) | TransportError::Request(_) => FailureKind::NotSent,
        TransportError::Timeout => FailureKind::Timeout,
        TransportError::Connection(_) => FailureKind::Interrupted,
    };
    SendFailure::new(kind, e.to_string())
}
