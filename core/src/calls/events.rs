//! What a call reports to the host's logging: redacted by construction.
//!
//! An event holds only the fields below: names, numbers and codes. It has no field that could
//! hold a key, secret, token, body, header or URL query, so no logger configuration can leak
//! one. The `ret_code` is read from the raw answer before verification: a diagnostic, never a
//! decision.

use serde::Serialize;

use crate::http::Method;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// An API request was answered (any status) or failed in transport.
    Request,
    /// A token request was answered or failed.
    TokenRequest,
    /// The call will send again after `delay_ms`, for `retry_reason`.
    Retry,
    /// The shared token store could not be used; the call went on without it (or failed, in
    /// the strict mode).
    StoreUnavailable,
}

/// Where the call's token came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// Why a request goes again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryReason {
    /// HTTP 401 or `00280703`: the same bytes go once more with a fresh token.
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

/// One event of a call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallEvent {
    /// What happened.
    pub kind: EventKind,
    /// The operation id (`get_access_token` for token requests, `send` for requests built
    /// elsewhere).
    pub operation: String,
    /// The HTTP method.
    pub method: Method,
    /// The path template under the base URL (`/payments/{payment_id}`), never the rendered
    /// path or query; for token requests the token endpoint's (`/oauth/authorize`, or the
    /// configured `token_url`'s path when it is outside the base).
    pub path: String,
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    /// `meta.ret_code` as the answer claimed it (unverified), when it looks like a code.
    pub ret_code: Option<String>,
    /// Which send of this request it was, from 1.
    pub attempt: u32,
    /// How long the exchange took, or the backoff for a retry.
    pub duration_ms: u64,
    /// Where the token came from (API requests only).
    pub token: Option<TokenSource>,
    /// Why the call goes again (retry events).
    pub retry_reason: Option<RetryReason>,
    /// The error code, when the exchange failed (`transport_error`, `timeout`,
    /// `store_unavailable`).
    pub error: Option<&'static str>,
}

/// A `ret_code` fit for a log line: at most 16 ASCII letters and digits, else none.
pub(crate) fn loggable_ret_code(code: Option<String>) -> Option<String> {
    code.filter(|c| !c.is_empty() && c.len() <= 16 && c.bytes().all(|b| b.is_ascii_alphanumeric()))
}
