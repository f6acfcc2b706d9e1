//! The calling policy, once: a sans-IO loop that decides every step of a call, while the host
//! only sends, sleeps and runs store commands.
//!
//! A [`Caller`] is shared by every call of one `client_id` in a process (it holds the token
//! state); each call is a [`Call`], driven by the host like this:
//!
//! ```text
//! let mut call = caller.call("get_payment", &params)?;
//! loop {
//!     match call.next(now_ms()) {
//!         Step::Send(out) => match http.send(&out.request, out.timeout_ms) {
//!             Ok(response) => call.received(response, now_ms()),
//!             Err(failure) => call.failed(failure, now_ms()),   // SendFailure: not sent / timeout / interrupted
//!         },
//!         Step::Store(cmd) => match redis.eval(cmd.script, &cmd.keys, &cmd.args) {
//!             Ok(reply) => call.store_replied(reply, now_ms()),
//!             Err(e) => call.store_failed(&e.to_string(), now_ms()),
//!         },
//!         Step::Sleep(ms) => sleep(ms),
//!         Step::Done => break,
//!     }
//!     log(call.take_events());
//! }
//! let answer = call.into_answer()?;
//! ```
//!
//! The rules, all here:
//!
//! * **Tokens** come from the process's [`TokenManager`]: the cached token is used until its
//!   refresh time; when it is due, exactly one call of the process fetches (the others sleep
//!   and look again). With a shared store ([`store`]), that call first asks the store, and only
//!   the one process that takes the store's lock sends a token request; the others use the
//!   token it stores.
//! * **A rejected token** (HTTP 401, or `ret_code` `00280703`, signed or not: UMF's error
//!   answers are unsigned in the documents) means the request was not processed. The token is
//!   dropped (and deleted from the store only if it is still the stored one) and the same
//!   signed bytes go once more with a fresh token. Once: a second rejection is the answer.
//!   Because the bytes are identical, a forged rejection cannot make UMF process two different
//!   requests, and a repeated `mer_reference_id` is paid at most once.
//! * **Never sent twice:** an operation whose [`RetryClass`] is `Unsafe` (payments, refunds,
//!   every state-changing POST) is sent again only when it was certainly not processed: the
//!   host reports that it never left ([`FailureKind::NotSent`]), or UMF refused its token, or
//!   answered HTTP 429. After a timeout, a dropped connection or a 5xx it is not: the error
//!   says `sent` and the caller queries (or repeats it with the same `mer_reference_id`).
//! * **Transient failures** of safe operations (queries, the token request) are retried up to
//!   [`CallPolicy::max_attempts`] sends, after an exponential backoff with jitter, or the
//!   answer's `Retry-After` when it is longer (a `Retry-After` beyond the longest backoff ends
//!   the call instead), all within [`CallPolicy::deadline_ms`].
//!
//! Dropping a [`Call`] midway (a cancelled task) gives up its token refresh, so another call
//! may start one at once.

pub mod events;
pub mod policy;
pub mod poll;
pub mod store;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::client::{ApiResponse, Client, RequestParams};
use crate::error::{Error, Result};
use crate::http::{HttpRequest, HttpResponse, Method};
use crate::operations::{operation, Body, Operation, RetryClass};
use crate::token::{
    is_token_rejection, parse_token_response, ret_code_of, AccessToken, ClientCredentials,
    RefreshTicket, TokenAction, TokenManager,
};

pub use events::{CallEvent, EventKind, RetryReason, TokenSource};
pub use policy::CallPolicy;
pub use poll::{PollPolicy, PollStep, Poller, Subject};
use store::Pttl;
pub use store::{StoreCommand, StoreConfig, StoreMode};

use policy::Jitter;

/// How often a call waiting for another call's token refresh (in this process) looks again.
const LOCAL_WAIT_MS: u64 = 10;

/// The longest pause between two tries of a store that failed, while a call with no token to go
/// on with waits for it.
const STORE_RETRY_MAX_MS: u64 = 200;

/// The operation id events and errors use for token requests.
pub const TOKEN_OPERATION: &str = "get_access_token";

/// The operation id events and errors use for requests built elsewhere ([`Caller::send`]).
pub const SEND_OPERATION: &str = "send";

/// Everything a [`Caller`] is configured with besides the client and credentials.
#[derive(Debug, Clone, Default)]
pub struct CallerOptions {
    /// Retries, backoff, deadline, timeouts.
    pub policy: CallPolicy,
    /// The shared token store, for fleets; `None` keeps tokens in this process only.
    pub store: Option<StoreConfig>,
    /// The host, for `User-Agent` (`python/3.11.4`, `node/20.11.0`, `jvm/17`).
    pub host: String,
    /// Refresh tokens this long before they expire (default one minute; at most a quarter of
    /// the token's lifetime).
    pub refresh_margin_ms: Option<u64>,
    /// Seed of the backoff jitter (tests); random by default.
    pub jitter_seed: Option<u64>,
}

/// Counters of everything the callers of one [`Caller`] sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CallStats {
    /// API requests sent (each attempt).
    pub requests: u64,
    /// Token requests sent.
    pub token_requests: u64,
    /// Tokens read from the shared store.
    pub shared_tokens: u64,
    /// Replays after a rejected token.
    pub token_replays: u64,
    /// Sends after a transient failure.
    pub retries: u64,
    /// Times the shared store could not be used.
    pub store_failures: u64,
}

#[derive(Debug, Default)]
struct Counters {
    requests: AtomicU64,
    token_requests: AtomicU64,
    shared_tokens: AtomicU64,
    token_replays: AtomicU64,
    retries: AtomicU64,
    store_failures: AtomicU64,
}

fn bump(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

#[derive(Debug)]
struct Shared {
    tokens: Mutex<TokenManager>,
    client_id: String,
    /// The token endpoint's path as events name it ([`token_event_path`]).
    token_path: String,
    policy: CallPolicy,
    store: Option<StoreConfig>,
    /// Clock time before which the store is not tried again after a failure.
    store_down_until: AtomicU64,
    jitter: Mutex<Jitter>,
    user_agent: String,
    /// Distinguishes this process's lock owners from every other's.
    owner_prefix: String,
    next_owner: AtomicU64,
    counters: Counters,
}

impl Shared {
    fn tokens(&self) -> MutexGuard<'_, TokenManager> {
        // A panic elsewhere cannot leave the manager half-updated: each method is one
        // assignment of its state.
        self.tokens.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn jitter_unit(&self) -> f64 {
        self.jitter.lock().unwrap_or_else(|e| e.into_inner()).unit()
    }

    fn store_usable(&self, now_ms: u64) -> Option<&StoreConfig> {
        self.store
            .as_ref()
            .filter(|_| now_ms >= self.store_down_until.load(Ordering::Relaxed))
    }
}

/// The calling policy for one `client_id` in one process. Cheap to clone (the clones share the
/// token state); `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Caller {
    client: Client,
    shared: Arc<Shared>,
}

/// What the host does next for a [`Call`].
#[derive(Debug)]
pub enum Step {
    /// Send this request as its exact bytes within `timeout_ms`, then report with
    /// [`Call::received`] or [`Call::failed`].
    Send(Outgoing),
    /// Run this script on the shared store (`EVAL`), then report with [`Call::store_replied`]
    /// (the reply as a list of strings) or [`Call::store_failed`].
    Store(StoreCommand),
    /// Sleep this many milliseconds, then ask for the next step.
    Sleep(u64),
    /// The call is over: take its outcome.
    Done,
}

/// A request to send.
#[derive(Debug)]
pub struct Outgoing {
    /// The exact request.
    pub request: HttpRequest,
    /// Give up waiting for the answer after this long.
    pub timeout_ms: u64,
    /// Whether it is the token request (its answer holds a token: never log it).
    pub is_token_request: bool,
}

/// How a send failed, as the host's HTTP client saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureKind {
    /// Nothing left this process: DNS, connection refused, TLS handshake. Safe to send again
    /// whatever the operation.
    NotSent,
    /// No complete answer within the timeout; the request may have been processed.
    Timeout,
    /// The connection broke after the request started; it may have been processed.
    Interrupted,
}

/// A failed send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    /// How it failed.
    pub kind: FailureKind,
    /// The host client's message (no request bytes).
    pub message: String,
}

impl SendFailure {
    /// A failure of this kind.
    pub fn new(kind: FailureKind, message: impl Into<String>) -> Self {
        SendFailure {
            kind,
            message: message.into(),
        }
    }
}

/// What a finished call produced.
#[derive(Debug)]
pub enum Outcome {
    /// The verified answer of an operation ([`Caller::call`]).
    Answer(Box<ApiResponse>),
    /// The answer as received ([`Caller::send`]).
    Response(HttpResponse),
    /// A valid token ([`Caller::token`]).
    Token(AccessToken),
}

/// The token endpoint as events name it: like operations, its path under the base URL
/// (`/oauth/authorize` by default); a `token_url` outside the base (the examples'
/// `…/v1/oauth/authorize`) by its path on its host. Never the host or a query.
fn token_event_path(client: &Client) -> String {
    let url = client.token_url();
    let base = client.config().base_url.trim_end_matches('/');
    let path = match url.strip_prefix(base) {
        Some(rest) if rest.starts_with('/') => rest,
        _ => {
            let after_scheme = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
            after_scheme.find('/').map_or("/", |at| &after_scheme[at..])
        }
    };
    path.split(['?', '#']).next().unwrap_or("/").to_owned()
}

impl Caller {
    /// The policy for `credentials` over `client`, with these options.
    pub fn new(client: Client, credentials: ClientCredentials, options: CallerOptions) -> Self {
        let mut manager = client.token_manager(credentials);
        if let Some(margin) = options.refresh_margin_ms {
            manager = manager.with_refresh_margin_ms(margin);
        }
        let seed = options.jitter_seed.unwrap_or_else(random_seed);
        let ua = user_agent(&options.host);
        let token_path = token_event_path(&client);
        Caller {
            client,
            shared: Arc::new(Shared {
                client_id: manager.client_id().to_owned(),
                token_path,
                tokens: Mutex::new(manager),
                policy: options.policy,
                store: options.store,
                store_down_until: AtomicU64::new(0),
                jitter: Mutex::new(Jitter::new(seed)),
                user_agent: ua,
                owner_prefix: format!("{:016x}", random_seed()),
                next_owner: AtomicU64::new(1),
                counters: Counters::default(),
            }),
        }
    }

    /// The sans-IO client underneath.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.shared.client_id
    }

    /// The policy.
    pub fn policy(&self) -> &CallPolicy {
        &self.shared.policy
    }

    /// The store configuration, when a shared store is used.
    pub fn store(&self) -> Option<&StoreConfig> {
        self.shared.store.as_ref()
    }

    /// The `User-Agent` every request carries.
    pub fn user_agent(&self) -> &str {
        &self.shared.user_agent
    }

    /// What was sent so far by every call of this caller.
    pub fn stats(&self) -> CallStats {
        let c = &self.shared.counters;
        let get = |a: &AtomicU64| a.load(Ordering::Relaxed);
        CallStats {
            requests: get(&c.requests),
            token_requests: get(&c.token_requests),
            shared_tokens: get(&c.shared_tokens),
            token_replays: get(&c.token_replays),
            retries: get(&c.retries),
            store_failures: get(&c.store_failures),
        }
    }

    /// Runs `f` on the token manager (to install or inspect a token).
    pub fn with_tokens<T>(&self, f: impl FnOnce(&mut TokenManager) -> T) -> T {
        f(&mut self.shared.tokens())
    }

    /// A call of `op_id`: the request is validated, encrypted and signed now (errors come back
    /// before anything is sent); the token goes in at each send.
    pub fn call(&self, op_id: &str, params: &RequestParams) -> Result<Call> {
        let op = operation(op_id)?;
        let request = self.client.prepare(op_id, params, None)?;
        Ok(self.start(Target::Operation(op), request, true))
    }

    /// A call of `op_id` with a request the host prepared (and signed, e.g. with WebCrypto)
    /// from [`Client::prepare_unsigned`].
    pub fn call_prepared(&self, op_id: &str, request: HttpRequest) -> Result<Call> {
        let op = operation(op_id)?;
        if op.body == Body::Token {
            return Err(Error::invalid_request(
                "the token request is the caller's own business: use Caller::token",
            ));
        }
        Ok(self.start(Target::Operation(op), request, true))
    }

    /// Sends a request built elsewhere and hands back the answer as received. With
    /// `authorize`, the token goes in `Authorization` and a rejected token is replayed once.
    /// Only a GET is retried after a transient failure.
    pub fn send(&self, request: HttpRequest, authorize: bool) -> Call {
        self.start(Target::Raw, request, authorize)
    }

    /// A call that only gets a valid token.
    pub fn token(&self) -> Call {
        let request = HttpRequest {
            method: Method::Post,
            url: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
        };
        self.start(Target::Token, request, true)
    }

    /// The command that records a notification's idempotency key in the shared store; `None`
    /// without a store (use an in-process [`store::SeenSet`]).
    pub fn seen_command(&self, idempotency_key: &str, ttl_ms: u64) -> Option<StoreCommand> {
        self.shared
            .store
            .as_ref()
            .map(|config| store::seen_command(config, idempotency_key, ttl_ms))
    }

    fn start(&self, target: Target, request: HttpRequest, authorize: bool) -> Call {
        Call {
            client: self.client.clone(),
            shared: Arc::clone(&self.shared),
            target,
            request,
            authorize,
            state: State::NeedToken,
            started_ms: None,
            attempts: 0,
            token_attempts: 0,
            replayed: false,
            maybe_sent: false,
            token: None,
            token_past_refresh: false,
            token_source: TokenSource::Reused,
            ticket: None,
            lock_owner: None,
            retry_store: false,
            store_trouble_since: None,
            store_reported: false,
            events: Vec::new(),
            outcome: None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Operation(&'static Operation),
    Raw,
    Token,
}

#[derive(Debug)]
enum State {
    NeedToken,
    /// This call holds the process's refresh and asks the store (again).
    NeedTokenFromStore,
    /// This call holds the process's refresh and sends the token request.
    FetchingTokenDue,
    /// Run this store command, then wait in the boxed state for its answer.
    StoreDue(StoreCommand, Box<State>),
    /// Waiting for the store's answer to ACQUIRE, asked at `asked_ms`.
    Acquiring {
        asked_ms: u64,
    },
    /// Waiting for the token endpoint's answer.
    FetchingToken {
        sent_ms: u64,
    },
    /// Waiting for the store's answer to PUT of the token in hand, under `owner`'s lock.
    Storing {
        owner: String,
    },
    /// PUT the token in hand again (the last try failed).
    PutDue {
        owner: String,
    },
    /// Waiting for the store's answer to RELEASE, then failing with the error.
    Releasing(Error),
    /// Waiting for the store's answer to REJECT, then fetching a token.
    Rejecting,
    /// A token is in hand (or none is needed): send.
    Ready,
    /// Waiting for the API's answer.
    Sending {
        sent_ms: u64,
    },
    Sleeping {
        until_ms: u64,
        then: Box<State>,
    },
    Done,
}

/// One call: a state machine the host drives with [`Call::next`].
#[derive(Debug)]
pub struct Call {
    client: Client,
    shared: Arc<Shared>,
    target: Target,
    /// The prepared request, without `Authorization`: each send adds the current token.
    request: HttpRequest,
    authorize: bool,
    state: State,
    started_ms: Option<u64>,
    attempts: u32,
    token_attempts: u32,
    replayed: bool,
    maybe_sent: bool,
    token: Option<AccessToken>,
    /// The token goes out until its expiry rather than its refresh time: one kept while the
    /// store is down (see `keep_previous`).
    token_past_refresh: bool,
    token_source: TokenSource,
    ticket: Option<RefreshTicket>,
    lock_owner: Option<String>,
    /// Ask the store even if it failed a moment ago: after a rejected token, which says that
    /// someone fetched one (perhaps the fleet, through a store that is back).
    retry_store: bool,
    /// When the store first failed this call (while it had no token to go on with).
    store_trouble_since: Option<u64>,
    /// Whether this call reported the store unavailable (once per call).
    store_reported: bool,
    events: Vec<CallEvent>,
    outcome: Option<Result<Outcome>>,
}

impl Drop for Call {
    fn drop(&mut self) {
        // A call dropped while it held the process's refresh (a cancelled task) gives it up,
        // so the next call fetches at once instead of waiting for the refresh timeout.
        if let Some(ticket) = self.ticket.take() {
            self.shared.tokens().abandon(ticket);
        }
    }
}

impl Call {
    /// What the host does next, at clock time `now_ms`.
    pub fn next(&mut self, now_ms: u64) -> Step {
        let started = *self.started_ms.get_or_insert(now_ms);
        let elapsed = now_ms.saturating_sub(started);
        if elapsed >= self.shared.policy.deadline_ms && !matches!(self.state, State::Done) {
            let error = self.timeout_error(elapsed);
            self.finish(Err(error));
            return Step::Done;
        }
        let state = std::mem::replace(&mut self.state, State::Done);
        match state {
            State::Done => Step::Done,
            State::Sleeping { until_ms, then } => {
                if now_ms < until_ms {
                    self.state = State::Sleeping { until_ms, then };
                    Step::Sleep(until_ms - now_ms)
                } else {
                    self.state = *then;
                    self.next(now_ms)
                }
            }
            State::NeedToken => self.need_token(now_ms),
            State::NeedTokenFromStore => self.acquire(now_ms),
            State::FetchingTokenDue => self.fetch_token(now_ms),
            State::StoreDue(command, then) => {
                self.state = *then;
                Step::Store(command)
            }
            State::Ready => self.send_api(now_ms),
            State::PutDue { owner } => match self.put_command(&owner, now_ms) {
                Some(command) => {
                    self.state = State::Storing { owner };
                    Step::Store(command)
                }
                None => {
                    self.after_store_write();
                    self.next(now_ms)
                }
            },
            State::Acquiring { .. }
            | State::FetchingToken { .. }
            | State::Storing { .. }
            | State::Releasing(_)
            | State::Rejecting
            | State::Sending { .. } => {
                self.finish(Err(Error::invalid_request(
                    "the call was driven out of order: report the outcome of the last step first",
                )));
                Step::Done
            }
        }
    }

    /// The host received `response` to the last [`Step::Send`].
    pub fn received(&mut self, response: HttpResponse, now_ms: u64) {
        match std::mem::replace(&mut self.state, State::Done) {
            State::FetchingToken { sent_ms } => self.token_answered(response, sent_ms, now_ms),
            State::Sending { sent_ms } => self.api_answered(response, sent_ms, now_ms),
            other => self.out_of_order(other),
        }
    }

    /// The host could not complete the last [`Step::Send`].
    pub fn failed(&mut self, failure: SendFailure, now_ms: u64) {
        match std::mem::replace(&mut self.state, State::Done) {
            State::FetchingToken { sent_ms } => self.token_failed(failure, sent_ms, now_ms),
            State::Sending { sent_ms } => self.api_failed(failure, sent_ms, now_ms),
            other => self.out_of_order(other),
        }
    }

    /// The store answered the last [`Step::Store`] with `reply` (its strings, in order; an
    /// integer as its decimal text).
    pub fn store_replied(&mut self, reply: Vec<String>, now_ms: u64) {
        match std::mem::replace(&mut self.state, State::Done) {
            State::Acquiring { asked_ms } => self.acquired(&reply, asked_ms, now_ms),
            State::Storing { .. } | State::Rejecting => self.after_store_write(),
            State::Releasing(error) => self.finish(Err(error)),
            other => self.out_of_order(other),
        }
    }

    /// The store could not run the last [`Step::Store`] (unreachable, refused, timed out).
    pub fn store_failed(&mut self, message: &str, now_ms: u64) {
        let state = std::mem::replace(&mut self.state, State::Done);
        if matches!(
            state,
            State::Done | State::Sleeping { .. } | State::NeedToken | State::Ready
        ) {
            return self.out_of_order(state);
        }
        let shared = Arc::clone(&self.shared);
        bump(&shared.counters.store_failures);
        // A required store is tried by every call (each fails while it is down); a fallback
        // one is left alone for a while, so that a down Redis costs one timeout per period.
        if let Some(config) = shared
            .store
            .as_ref()
            .filter(|c| c.mode == StoreMode::Fallback)
        {
            shared.store_down_until.store(
                now_ms.saturating_add(config.retry_after_failure_ms),
                Ordering::Relaxed,
            );
        }
        // One warning per call: the tries of a call waiting for the store are one outage.
        if !std::mem::replace(&mut self.store_reported, true) {
            self.event(
                EventKind::StoreUnavailable,
                None,
                None,
                0,
                None,
                Some("store_unavailable"),
            );
        }
        let required = shared
            .store
            .as_ref()
            .is_some_and(|c| c.mode == StoreMode::Required);
        match state {
            State::Acquiring { .. } if required => {
                self.give_up_refresh();
                self.finish(Err(Error::StoreUnavailable {
                    reason: bounded(message),
                }));
            }
            // Fall back: the token being replaced while it lasts, then one of this process.
            State::Acquiring { .. } => {
                let retry = self.store_retry_delay(now_ms);
                self.state = if self.keep_previous(now_ms) {
                    State::Ready
                } else if let Some(delay) = retry {
                    self.retry_store = true;
                    State::Sleeping {
                        until_ms: now_ms.saturating_add(delay),
                        then: Box::new(State::NeedTokenFromStore),
                    }
                } else {
                    State::FetchingTokenDue
                };
            }
            State::Releasing(error) => self.finish(Err(error)),
            // The fleet waits on our lock for this token: try again while the wait lasts, or
            // the others wait out the lock's expiry and the next fetch revokes this token.
            State::Storing { owner } => match self.store_retry_delay(now_ms) {
                Some(delay) => {
                    self.state = State::Sleeping {
                        until_ms: now_ms.saturating_add(delay),
                        then: Box::new(State::PutDue { owner }),
                    };
                }
                None => self.after_store_write(),
            },
            _ => self.after_store_write(),
        }
    }

    /// Events since the last call of this method.
    pub fn take_events(&mut self) -> Vec<CallEvent> {
        std::mem::take(&mut self.events)
    }

    /// Whether the call is over.
    pub fn is_done(&self) -> bool {
        self.outcome.is_some()
    }

    /// The outcome, once [`Step::Done`] was returned (then `None`).
    pub fn take_outcome(&mut self) -> Option<Result<Outcome>> {
        self.outcome.take()
    }

    /// The verified answer of [`Caller::call`].
    pub fn into_answer(mut self) -> Result<ApiResponse> {
        match self.take_outcome() {
            Some(Ok(Outcome::Answer(answer))) => Ok(*answer),
            Some(Err(e)) => Err(e),
            _ => Err(Error::invalid_request(
                "the call has no answer (not done, or not an operation call)",
            )),
        }
    }

    /// The answer of [`Caller::send`], as received.
    pub fn into_response(mut self) -> Result<HttpResponse> {
        match self.take_outcome() {
            Some(Ok(Outcome::Response(response))) => Ok(response),
            Some(Err(e)) => Err(e),
            _ => Err(Error::invalid_request(
                "the call has no response (not done, or not a send)",
            )),
        }
    }

    /// The token of [`Caller::token`].
    pub fn into_token(mut self) -> Result<AccessToken> {
        match self.take_outcome() {
            Some(Ok(Outcome::Token(token))) => Ok(token),
            Some(Err(e)) => Err(e),
            _ => Err(Error::invalid_request(
                "the call has no token (not done, or not a token call)",
            )),
        }
    }

    // --- tokens ---------------------------------------------------------------------------

    fn need_token(&mut self, now_ms: u64) -> Step {
        if !self.authorize {
            self.state = State::Ready;
            return self.send_api(now_ms);
        }
        let action = self.shared.tokens().poll(now_ms);
        match action {
            TokenAction::Use(token) => {
                self.token = Some(token);
                self.token_past_refresh = false;
                self.state = State::Ready;
                self.send_api(now_ms)
            }
            TokenAction::Wait => {
                self.token_source = TokenSource::Waited;
                self.sleep(LOCAL_WAIT_MS, now_ms, State::NeedToken)
            }
            TokenAction::Failed(error) => {
                self.finish(Err(error));
                Step::Done
            }
            TokenAction::Fetch(ticket, _) => {
                self.ticket = Some(ticket);
                self.acquire(now_ms)
            }
        }
    }

    /// Asks the store for the token (or its lock); without a store, fetches; with a store that
    /// failed a moment ago, goes on with the token being replaced while it lasts, and without
    /// one keeps asking the store for a while before it fetches alone.
    fn acquire(&mut self, now_ms: u64) -> Step {
        let shared = Arc::clone(&self.shared);
        let Some(config) = shared.store.as_ref() else {
            return self.fetch_token(now_ms);
        };
        let ask = std::mem::take(&mut self.retry_store) || shared.store_usable(now_ms).is_some();
        if !ask {
            if self.keep_previous(now_ms) {
                self.state = State::Ready;
                return self.send_api(now_ms);
            }
            if !self.may_wait_for_store(config, now_ms) {
                return self.fetch_token(now_ms);
            }
        }
        let owner = self.lock_owner.get_or_insert_with(|| {
            let n = self.shared.next_owner.fetch_add(1, Ordering::Relaxed);
            format!("{}-{n}", self.shared.owner_prefix)
        });
        let command = StoreCommand {
            script: store::ACQUIRE,
            keys: vec![
                config.token_key(&self.shared.client_id),
                config.lock_key(&self.shared.client_id),
            ],
            args: vec![owner.clone(), config.lock_ttl_ms.to_string()],
        };
        self.state = State::Acquiring { asked_ms: now_ms };
        Step::Store(command)
    }

    fn acquired(&mut self, reply: &[String], asked_ms: u64, now_ms: u64) {
        let poll_ms = self.shared.store.as_ref().map_or(25, |c| c.poll_ms);
        let tag = store::tag(reply);
        let pttl = match (&tag, reply) {
            (Ok("token"), [_, _, pttl]) => store::pttl(pttl),
            _ => None,
        };
        match (tag, pttl) {
            // The key's last millisecond: Redis still has it (it expires once its time is
            // past), but the fleet's fetcher starts draining in a moment, and a request with
            // the token could reach UMF after the next one revoked it. Ask again after a poll.
            (Ok("token"), Some(Pttl::Ending)) => {
                self.state = State::Sleeping {
                    until_ms: now_ms.saturating_add(poll_ms),
                    then: Box::new(State::NeedTokenFromStore),
                };
            }
            (Ok("token"), Some(Pttl::Left(valid_for))) => {
                let (grace, token) = store::read_stored(&reply[1]);
                let ticket = self.ticket.take();
                // The lifetime counts from when we asked, not from when the answer was read:
                // Redis measured PTTL in between, so this process stops using the token no
                // later than the fleet's fetcher starts draining, however long this process
                // was paused before it read the answer (a later stop is what lets a request
                // with the old token reach UMF after the new one revoked it).
                let installed = ticket.map(|ticket| {
                    self.shared
                        .tokens()
                        .complete_shared(ticket, token, valid_for, grace, asked_ms)
                });
                match installed {
                    Some(Ok(token)) => {
                        bump(&self.shared.counters.shared_tokens);
                        self.token = Some(token);
                        self.token_past_refresh = false;
                        self.token_source = TokenSource::Shared;
                        self.state = State::Ready;
                    }
                    // Our refresh timed out and another call took over: look again.
                    Some(Err(Error::TokenUnavailable)) | None => self.state = State::NeedToken,
                    Some(Err(error)) => self.finish(Err(error)),
                }
            }
            (Ok("locked"), _) => {
                let drain_ms = self.shared.store.as_ref().map_or(0, |c| c.drain_ms);
                self.state = State::Sleeping {
                    until_ms: now_ms.saturating_add(drain_ms),
                    then: Box::new(State::FetchingTokenDue),
                };
            }
            (Ok("wait"), _) => {
                self.state = State::Sleeping {
                    until_ms: now_ms.saturating_add(poll_ms),
                    then: Box::new(State::NeedTokenFromStore),
                };
            }
            (Ok(_) | Err(_), _) => {
                let message = store::unexpected(reply).to_string();
                self.state = State::Acquiring { asked_ms };
                self.store_failed(&message, now_ms);
            }
        }
    }

    /// Sends the token request (this call holds the process's refresh).
    fn fetch_token(&mut self, now_ms: u64) -> Step {
        if self.ticket.is_none() {
            self.state = State::NeedToken;
            return self.need_token(now_ms);
        }
        let mut request = self.shared.tokens().token_request();
        // The shared value was checked when the caller was made.
        let _ = request.set_header("User-Agent", self.shared.user_agent.clone());
        self.token_attempts += 1;
        bump(&self.shared.counters.token_requests);
        self.state = State::FetchingToken { sent_ms: now_ms };
        Step::Send(Outgoing {
            request,
            timeout_ms: self.attempt_timeout(now_ms),
            is_token_request: true,
        })
    }

    fn token_answered(&mut self, response: HttpResponse, sent_ms: u64, now_ms: u64) {
        let status = response.status;
        self.event(
            EventKind::TokenRequest,
            Some(status),
            ret_code_of(&response.body),
            now_ms.saturating_sub(sent_ms),
            None,
            None,
        );
        if let Err(error) = parse_token_response(&response) {
            if error.is_retryable() {
                let reason = if status == 429 {
                    RetryReason::RateLimited
                } else {
                    RetryReason::ServerError
                };
                let retry_after = policy::retry_after_ms(response.header("Retry-After"));
                if self.retry_token(reason, retry_after, now_ms) {
                    return;
                }
            }
        }
        let Some(ticket) = self.ticket.take() else {
            return self.finish(Err(Error::TokenUnavailable));
        };
        // The token's life counts from the send: UMF issued it in between.
        let completed = self
            .shared
            .tokens()
            .complete_sent_at(ticket, &response, sent_ms, now_ms);
        match completed {
            Ok(token) => {
                self.token_source = TokenSource::Fetched;
                self.token = Some(token.clone());
                self.token_past_refresh = false;
                let command = match self.lock_owner.take() {
                    Some(owner) if self.shared.store_usable(now_ms).is_some() => self
                        .put_command(&owner, now_ms)
                        .map(|command| (command, owner)),
                    _ => None,
                };
                self.state = match command {
                    Some((command, owner)) => {
                        State::StoreDue(command, Box::new(State::Storing { owner }))
                    }
                    None => State::Ready,
                };
            }
            // Another call took the refresh over after ours timed out: use its outcome.
            Err(Error::TokenUnavailable) => self.state = State::NeedToken,
            Err(error) => self.release_then_fail(error, now_ms),
        }
    }

    fn token_failed(&mut self, failure: SendFailure, sent_ms: u64, now_ms: u64) {
        let error = self.transport_error(TOKEN_OPERATION, &failure, true, now_ms);
        self.event(
            EventKind::TokenRequest,
            None,
            None,
            now_ms.saturating_sub(sent_ms),
            None,
            Some(error.code()),
        );
        // The token request changes nothing that a second one would not: always safe.
        if self.retry_token(reason_of(failure.kind), None, now_ms) {
            return;
        }
        if let Some(ticket) = self.ticket.take() {
            self.shared.tokens().abandon(ticket);
        }
        self.release_then_fail(error, now_ms);
    }

    /// Schedules the token request again, if the policy allows; says whether it did.
    fn retry_token(&mut self, reason: RetryReason, retry_after: Option<u64>, now_ms: u64) -> bool {
        let attempts = self.token_attempts;
        match self.backoff(attempts, retry_after, now_ms) {
            Some(delay) => {
                bump(&self.shared.counters.retries);
                self.event(EventKind::Retry, None, None, delay, Some(reason), None);
                self.state = State::Sleeping {
                    until_ms: now_ms.saturating_add(delay),
                    then: Box::new(State::FetchingTokenDue),
                };
                true
            }
            None => false,
        }
    }

    fn release_then_fail(&mut self, error: Error, now_ms: u64) {
        match (self.lock_owner.take(), self.shared.store_usable(now_ms)) {
            (Some(owner), Some(config)) => {
                let command = StoreCommand {
                    script: store::RELEASE,
                    keys: vec![config.lock_key(&self.shared.client_id)],
                    args: vec![owner],
                };
                self.state = State::StoreDue(command, Box::new(State::Releasing(error)));
            }
            _ => self.finish(Err(error)),
        }
    }

    /// PUT of the token in hand, for what is left of its life before refresh (so a PUT tried
    /// again later does not outlive it).
    fn put_command(&self, owner: &str, now_ms: u64) -> Option<StoreCommand> {
        let config = self.shared.store.as_ref()?;
        let token = self.token.as_ref()?;
        let lifetime = token
            .refresh_at_ms()
            .checked_sub(now_ms)
            .filter(|l| *l > 0)?;
        let grace = token.expires_at_ms().saturating_sub(token.refresh_at_ms());
        Some(StoreCommand {
            script: store::PUT,
            keys: vec![
                config.token_key(&self.shared.client_id),
                config.lock_key(&self.shared.client_id),
            ],
            args: vec![
                store::stored_value(grace, token.secret()),
                lifetime.to_string(),
                owner.to_owned(),
            ],
        })
    }

    fn after_store_write(&mut self) {
        // After PUT the token is in hand; after REJECT a fresh one is needed.
        self.state = if self.token.is_some() {
            State::Ready
        } else {
            State::NeedToken
        };
    }

    /// Ends this call's refresh with the token it was to replace, if that has not expired
    /// (the store is down: a token of this process would revoke the fleet's). Says whether.
    fn keep_previous(&mut self, now_ms: u64) -> bool {
        let Some(ticket) = self.ticket.as_ref() else {
            return false;
        };
        let kept = self.shared.tokens().keep_previous(ticket, now_ms);
        match kept {
            Some(token) => {
                self.ticket = None;
                self.token = Some(token);
                self.token_past_refresh = true;
                self.token_source = TokenSource::Reused;
                true
            }
            None => false,
        }
    }

    /// Whether a call with no token to go on with may still wait for the store that failed:
    /// for `retry_after_failure_ms` from its first failure in this call. A token fetched
    /// alone revokes the fleet's, so a store that is only restarting is worth a short wait.
    fn may_wait_for_store(&mut self, config: &StoreConfig, now_ms: u64) -> bool {
        let since = *self.store_trouble_since.get_or_insert(now_ms);
        now_ms.saturating_sub(since) < config.retry_after_failure_ms
    }

    /// How long to wait before trying the store that just failed again, if this call may still
    /// wait for it: soon at first, then less often (a Redis that restarts is back, and a client
    /// that lost its connection has reconnected, within a second or so).
    fn store_retry_delay(&mut self, now_ms: u64) -> Option<u64> {
        let shared = Arc::clone(&self.shared);
        let config = shared.store.as_ref()?;
        if !self.may_wait_for_store(config, now_ms) {
            return None;
        }
        let waited = self
            .store_trouble_since
            .map_or(0, |t| now_ms.saturating_sub(t));
        Some(waited.clamp(
            config.poll_ms.max(1),
            STORE_RETRY_MAX_MS.max(config.poll_ms),
        ))
    }

    fn give_up_refresh(&mut self) {
        if let Some(ticket) = self.ticket.take() {
            self.shared.tokens().abandon(ticket);
        }
    }

    // --- the API request ------------------------------------------------------------------

    fn send_api(&mut self, now_ms: u64) -> Step {
        if let Target::Token = self.target {
            return match self.token.clone() {
                Some(token) => {
                    self.finish(Ok(Outcome::Token(token)));
                    Step::Done
                }
                None => {
                    self.state = State::NeedToken;
                    self.need_token(now_ms)
                }
            };
        }
        let mut request = self.request.clone();
        if self.authorize {
            // A token due for refresh is not sent, however this call came to hold it late (a
            // store answer read after a stall): with a store, the fleet's fetcher revokes it
            // once it has drained, and a request with it would be refused.
            let usable_until = self.token.as_ref().map(|t| {
                if self.token_past_refresh {
                    t.expires_at_ms()
                } else {
                    t.refresh_at_ms()
                }
            });
            if usable_until.is_some_and(|until| now_ms >= until) {
                self.token = None;
            }
            let Some(token) = self.token.as_ref() else {
                self.state = State::NeedToken;
                return self.need_token(now_ms);
            };
            let header = self.client.config().headers.authorization(token);
            if let Err(error) = header.and_then(|value| request.set_header("Authorization", value))
            {
                self.finish(Err(error));
                return Step::Done;
            }
        }
        // The shared value was checked when the caller was made.
        let _ = request.set_header("User-Agent", self.shared.user_agent.clone());
        self.attempts += 1;
        bump(&self.shared.counters.requests);
        self.state = State::Sending { sent_ms: now_ms };
        Step::Send(Outgoing {
            request,
            timeout_ms: self.attempt_timeout(now_ms),
            is_token_request: false,
        })
    }

    fn api_answered(&mut self, response: HttpResponse, sent_ms: u64, now_ms: u64) {
        self.maybe_sent = true;
        let status = response.status;
        self.event(
            EventKind::Request,
            Some(status),
            ret_code_of(&response.body),
            now_ms.saturating_sub(sent_ms),
            None,
            None,
        );
        if self.authorize && !self.replayed && is_token_rejection(&response) {
            return self.replay_with_fresh_token(now_ms);
        }
        // 429 says the request was not processed, so any operation may go again; a 5xx may
        // come after processing, so only a safe one does.
        if status == 429 || (status >= 500 && self.is_safe()) {
            let reason = if status == 429 {
                RetryReason::RateLimited
            } else {
                RetryReason::ServerError
            };
            let retry_after = policy::retry_after_ms(response.header("Retry-After"));
            if self.retry_api(reason, retry_after, now_ms) {
                return;
            }
        }
        let outcome = match self.target {
            Target::Operation(op) => self
                .client
                .parse(op.id, &response)
                .map(|answer| Outcome::Answer(Box::new(answer))),
            Target::Raw | Target::Token => Ok(Outcome::Response(response)),
        };
        self.finish(outcome);
    }

    fn api_failed(&mut self, failure: SendFailure, sent_ms: u64, now_ms: u64) {
        if failure.kind != FailureKind::NotSent {
            self.maybe_sent = true;
        }
        let operation = self.operation_id();
        let may_repeat = failure.kind == FailureKind::NotSent || self.is_safe();
        let error = self.transport_error(operation, &failure, may_repeat, now_ms);
        self.event(
            EventKind::Request,
            None,
            None,
            now_ms.saturating_sub(sent_ms),
            None,
            Some(error.code()),
        );
        if may_repeat && self.retry_api(reason_of(failure.kind), None, now_ms) {
            return;
        }
        self.finish(Err(error));
    }

    fn replay_with_fresh_token(&mut self, now_ms: u64) {
        self.replayed = true;
        bump(&self.shared.counters.token_replays);
        self.event(
            EventKind::Retry,
            None,
            None,
            0,
            Some(RetryReason::TokenRejected),
            None,
        );
        let Some(token) = self.token.take() else {
            self.state = State::NeedToken;
            return;
        };
        self.shared.tokens().invalidate(token.generation());
        self.retry_store = true;
        match self.shared.store_usable(now_ms) {
            Some(config) => {
                let command = StoreCommand {
                    script: store::REJECT,
                    keys: vec![config.token_key(&self.shared.client_id)],
                    args: vec![token.secret().to_owned()],
                };
                self.state = State::StoreDue(command, Box::new(State::Rejecting));
            }
            None => self.state = State::NeedToken,
        }
    }

    /// Schedules the API request again, if the policy allows; says whether it did.
    fn retry_api(&mut self, reason: RetryReason, retry_after: Option<u64>, now_ms: u64) -> bool {
        match self.backoff(self.attempts, retry_after, now_ms) {
            Some(delay) => {
                bump(&self.shared.counters.retries);
                self.event(EventKind::Retry, None, None, delay, Some(reason), None);
                // The token may have been refreshed meanwhile: look again before sending.
                self.token = None;
                self.state = State::Sleeping {
                    until_ms: now_ms.saturating_add(delay),
                    then: Box::new(State::NeedToken),
                };
                true
            }
            None => false,
        }
    }

    /// The wait before send number `sent + 1`, or `None` when the policy says stop: out of
    /// attempts, a `Retry-After` longer than the longest backoff, or past the deadline.
    fn backoff(&self, sent: u32, retry_after: Option<u64>, now_ms: u64) -> Option<u64> {
        let policy = &self.shared.policy;
        if sent >= policy.max_attempts {
            return None;
        }
        if retry_after.is_some_and(|r| r > policy.max_backoff_ms) {
            return None;
        }
        let delay = policy
            .backoff_ms(sent, self.shared.jitter_unit())
            .max(retry_after.unwrap_or(0));
        let elapsed = now_ms.saturating_sub(self.started_ms.unwrap_or(now_ms));
        (elapsed.saturating_add(delay) < policy.deadline_ms).then_some(delay)
    }

    // --- helpers --------------------------------------------------------------------------

    fn is_safe(&self) -> bool {
        match self.target {
            Target::Operation(op) => op.retry == RetryClass::Safe,
            Target::Raw => self.request.method == Method::Get,
            Target::Token => true,
        }
    }

    fn operation_id(&self) -> &'static str {
        match self.target {
            Target::Operation(op) => op.id,
            Target::Raw => SEND_OPERATION,
            Target::Token => TOKEN_OPERATION,
        }
    }

    fn attempt_timeout(&self, now_ms: u64) -> u64 {
        let policy = &self.shared.policy;
        let elapsed = now_ms.saturating_sub(self.started_ms.unwrap_or(now_ms));
        policy
            .attempt_timeout_ms
            .min(policy.deadline_ms.saturating_sub(elapsed))
            .max(1)
    }

    fn transport_error(
        &self,
        operation: &str,
        failure: &SendFailure,
        may_repeat: bool,
        now_ms: u64,
    ) -> Error {
        let sent = failure.kind != FailureKind::NotSent;
        match failure.kind {
            FailureKind::Timeout => Error::Timeout {
                operation: operation.to_owned(),
                waited_ms: now_ms.saturating_sub(self.started_ms.unwrap_or(now_ms)),
                sent,
                retryable: may_repeat,
            },
            _ => Error::Transport {
                operation: operation.to_owned(),
                sent,
                message: bounded(&failure.message),
                retryable: may_repeat,
            },
        }
    }

    fn timeout_error(&self, elapsed: u64) -> Error {
        Error::Timeout {
            operation: self.operation_id().to_owned(),
            waited_ms: elapsed,
            sent: self.maybe_sent,
            retryable: !self.maybe_sent || self.is_safe(),
        }
    }

    fn sleep(&mut self, ms: u64, now_ms: u64, then: State) -> Step {
        let ms = ms.max(1);
        self.state = State::Sleeping {
            until_ms: now_ms.saturating_add(ms),
            then: Box::new(then),
        };
        Step::Sleep(ms)
    }

    fn event(
        &mut self,
        kind: EventKind,
        status: Option<u16>,
        ret_code: Option<String>,
        duration_ms: u64,
        retry_reason: Option<RetryReason>,
        error: Option<&'static str>,
    ) {
        let (operation, method, path) = match (kind, self.target) {
            (EventKind::TokenRequest, _) | (_, Target::Token) => (
                TOKEN_OPERATION,
                Method::Post,
                self.shared.token_path.as_str(),
            ),
            (_, Target::Operation(op)) => (op.id, op.method, op.path),
            (_, Target::Raw) => (SEND_OPERATION, self.request.method, ""),
        };
        let attempt = match kind {
            EventKind::TokenRequest => self.token_attempts,
            _ => self.attempts,
        };
        let token = (kind == EventKind::Request && self.authorize).then_some(self.token_source);
        self.events.push(CallEvent {
            kind,
            operation: operation.to_owned(),
            method,
            path: path.to_owned(),
            status,
            ret_code: events::loggable_ret_code(ret_code),
            attempt,
            duration_ms,
            token,
            retry_reason,
            error,
        });
    }

    fn finish(&mut self, outcome: Result<Outcome>) {
        self.give_up_refresh();
        self.state = State::Done;
        self.outcome = Some(outcome);
    }

    fn out_of_order(&mut self, state: State) {
        self.state = state;
        self.finish(Err(Error::invalid_request(
            "the call was driven out of order: that report answers no step",
        )));
    }
}

fn reason_of(kind: FailureKind) -> RetryReason {
    match kind {
        FailureKind::NotSent => RetryReason::NotSent,
        FailureKind::Timeout => RetryReason::Timeout,
        FailureKind::Interrupted => RetryReason::Interrupted,
    }
}

/// A host message, bounded for errors and logs.
fn bounded(message: &str) -> String {
    message.chars().take(300).collect()
}

/// `umf-sdk/<version> <host>`, or `umf-sdk/<version>` when the host text is not a valid
/// header value.
fn user_agent(host: &str) -> String {
    let base = format!("umf-sdk/{}", env!("CARGO_PKG_VERSION"));
    let host = host.trim();
    if host.is_empty() {
        return base;
    }
    let full = format!("{base} {host}");
    if full.len() <= 200 && crate::headers::check("User-Agent", &full).is_ok() {
        full
    } else {
        base
    }
}

fn random_seed() -> u64 {
    use rand_core::{OsRng, RngCore};
    let mut bytes = [0u8; 8];
    // Jitter and lock owners need no secrecy, only difference between processes; a host
    // without randomness still gets the address of a fresh allocation.
    if OsRng.try_fill_bytes(&mut bytes).is_err() {
        let here = Box::new(0u8);
        return (&*here as *const u8 as u64).rotate_left(29) ^ 0x9E37_79B9_7F4A_7C15;
    }
    u64::from_le_bytes(bytes)
}
