//! A merchant's server in a few lines: the core's [`Client`] and [`TokenManager`] over
//! [`HttpClient`]. The demo, the sandbox's tests and the load run use it; it is also the
//! reference for what a binding's HTTP client does:
//!
//! * one token per client, fetched lazily, refreshed single-flight (UMF revokes the previous
//!   token whenever a new one is issued);
//! * the exact bytes the core prepared are sent, and the exact bytes received are parsed;
//! * one retry after HTTP 401 / `00280703` (the request was not processed), none otherwise:
//!   a payment POST that may have gone through is never sent twice.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;
use umf_core::token::{ClientCredentials, TokenAction, TokenManager};
use umf_core::{AccessToken, ApiResponse, Client, Error, RequestParams};

use crate::transport::{HttpClient, TransportError};

/// What a call can fail with.
#[derive(Debug)]
pub enum CallError {
    /// The SDK's typed error (validation, signature, UMF's answer, ...).
    Api(Error),
    /// Nothing usable came back.
    Transport(TransportError),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Api(e) => write!(f, "{} ({})", e, e.code()),
            CallError::Transport(e) => write!(f, "transport: {e}"),
        }
    }
}

impl std::error::Error for CallError {}

impl From<Error> for CallError {
    fn from(e: Error) -> Self {
        CallError::Api(e)
    }
}

impl From<TransportError> for CallError {
    fn from(e: TransportError) -> Self {
        CallError::Transport(e)
    }
}

impl CallError {
    /// The SDK error code, or `transport` / `timeout`.
    pub fn code(&self) -> &'static str {
        match self {
            CallError::Api(e) => e.code(),
            CallError::Transport(TransportError::Timeout) => "timeout",
            CallError::Transport(_) => "transport",
        }
    }
}

/// A merchant talking to UMF (or the sandbox).
pub struct Merchant {
    client: Client,
    http: HttpClient,
    tokens: Mutex<TokenManager>,
    refreshed: tokio::sync::Notify,
    /// How many token requests this merchant sent.
    token_requests: std::sync::atomic::AtomicU64,
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl Merchant {
    /// A merchant using `client` with these credentials, over `http`.
    pub fn new(client: Client, credentials: ClientCredentials, http: HttpClient) -> Self {
        let tokens = Mutex::new(client.token_manager(credentials));
        Merchant {
            client,
            http,
            tokens,
            refreshed: tokio::sync::Notify::new(),
            token_requests: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// The core client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// How many token requests were sent.
    pub fn token_requests(&self) -> u64 {
        self.token_requests
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    fn manager(&self) -> std::sync::MutexGuard<'_, TokenManager> {
        self.tokens.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A valid token: the current one, or the result of the one refresh under way.
    pub async fn token(&self) -> Result<AccessToken, CallError> {
        loop {
            let action = self.manager().poll(now_ms());
            match action {
                TokenAction::Use(token) => return Ok(token),
                TokenAction::Fetch(ticket, request) => {
                    self.token_requests
                        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let answer = self.http.send(&request).await;
                    let result = match answer {
                        Ok(response) => self
                            .manager()
                            .complete(ticket, &response, now_ms())
                            .map_err(CallError::from),
                        Err(e) => {
                            self.manager().abandon(ticket);
                            Err(e.into())
                        }
                    };
                    self.refreshed.notify_waiters();
                    return result;
                }
                TokenAction::Failed(error) => return Err(error.into()),
                TokenAction::Wait => {
                    // Woken by the refresher; the timeout covers a wake-up missed between the
                    // poll and the wait.
                    let _ =
                        tokio::time::timeout(Duration::from_millis(50), self.refreshed.notified())
                            .await;
                }
            }
        }
    }

    /// Calls `op_id` with flat parameters (path and query parameters by name, the rest is the
    /// body): token, prepare, send the exact bytes, parse and verify.
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
        let mut retried = false;
        loop {
            let token = self.token().await?;
            let request = self.client.prepare(op_id, params, Some(&token))?;
            let response = self.http.send(&request).await?;
            match self.client.parse(op_id, &response) {
                // The token was refused, so the request was not processed: refresh, retry once.
                Err(e) if e.is_token_expired() && !retried => {
                    self.manager().invalidate(token.generation());
                    retried = true;
                }
                other => return Ok(other?),
            }
        }
    }
}
