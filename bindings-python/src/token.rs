//! The core's client-credentials state machine, shared safely between threads.
//!
//! UMF revokes the previous token whenever it issues a new one (004:L61), so refresh must be
//! single-flight: [`PyTokenManager::poll`] hands `fetch` to exactly one caller and `wait` to the
//! others until [`PyTokenManager::complete`] or [`PyTokenManager::abandon`]. The core decides;
//! this module only puts the manager behind a mutex (never held while calling Python) and reads
//! the system clock when the caller passes no time.

use std::sync::{Mutex, MutexGuard, PoisonError};

use pyo3::prelude::*;
use umf_core::token::{
    RefreshTicket, SystemClock, DEFAULT_REFRESH_MARGIN_MS, DEFAULT_REFRESH_TIMEOUT_MS,
};
use umf_core::{AccessToken, ClientCredentials, Clock, TokenAction, TokenManager};

use crate::client::token_credential_style;
use crate::errors::{ticket_used, IntoPyResult};
use crate::http::{PyHttpRequest, PyHttpResponse};
use crate::names::py_repr;

fn now(now_ms: Option<u64>) -> u64 {
    now_ms.unwrap_or_else(|| SystemClock.now_millis())
}

/// `client_id` and `client_secret` as UMF issued them. The secret is never shown.
#[pyclass(frozen, module = "umf", name = "ClientCredentials")]
pub struct PyClientCredentials {
    pub inner: ClientCredentials,
}

#[pymethods]
impl PyClientCredentials {
    #[new]
    fn new(client_id: String, client_secret: String) -> Self {
        PyClientCredentials {
            inner: ClientCredentials::new(client_id, client_secret),
        }
    }

    /// The client id.
    #[getter]
    fn client_id(&self) -> &str {
        self.inner.client_id()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "ClientCredentials(client_id={}, client_secret=<redacted>)",
            py_repr(py, self.inner.client_id())?
        ))
    }
}

/// An access token. `repr()` never shows its value; `secret()` does, for code that must.
#[pyclass(frozen, module = "umf", name = "AccessToken")]
pub struct PyAccessToken {
    pub inner: AccessToken,
}

#[pymethods]
impl PyAccessToken {
    /// A token obtained elsewhere (a shared cache, a test). Its generation is 0, which no
    /// manager's `invalidate` ever matches.
    #[staticmethod]
    fn from_parts(value: String, expires_at_ms: u64) -> Self {
        PyAccessToken {
            inner: AccessToken::from_parts(value, expires_at_ms),
        }
    }

    /// The bearer value. Never log it.
    fn secret(&self) -> &str {
        self.inner.secret()
    }

    /// When the token expires, in clock milliseconds (Unix time with the system clock).
    #[getter]
    fn expires_at_ms(&self) -> u64 {
        self.inner.expires_at_ms()
    }

    /// Which fetch produced it; pass it to `TokenManager.invalidate`.
    #[getter]
    fn generation(&self) -> u64 {
        self.inner.generation()
    }

    fn __repr__(&self) -> String {
        format!(
            "AccessToken(value=<redacted>, expires_at_ms={}, generation={})",
            self.inner.expires_at_ms(),
            self.inner.generation()
        )
    }
}

/// Proof that its holder started the current refresh; good for one `complete` or `abandon`.
#[pyclass(frozen, module = "umf", name = "RefreshTicket")]
pub struct PyRefreshTicket {
    // The core moves tickets by value; a Python object can only be emptied.
    inner: Mutex<Option<RefreshTicket>>,
}

impl PyRefreshTicket {
    fn take(&self) -> Option<RefreshTicket> {
        self.inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

#[pymethods]
impl PyRefreshTicket {
    fn __repr__(&self) -> &'static str {
        let used = self
            .inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_none();
        if used {
            "RefreshTicket(used)"
        } else {
            "RefreshTicket(open)"
        }
    }
}

/// What to do next: `use` the `token`, `fetch` (send `request`, then `complete` or `abandon`
/// with `ticket`), or `wait` for the caller who is fetching and poll again.
#[pyclass(frozen, module = "umf", name = "TokenAction")]
pub struct PyTokenAction {
    kind: &'static str,
    token: Option<Py<PyAccessToken>>,
    ticket: Option<Py<PyRefreshTicket>>,
    request: Option<Py<PyHttpRequest>>,
}

#[pymethods]
impl PyTokenAction {
    /// `use`, `fetch` or `wait`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.kind
    }

    /// The token to use (`use` only).
    #[getter]
    fn token(&self, py: Python<'_>) -> Option<Py<PyAccessToken>> {
        self.token.as_ref().map(|t| t.clone_ref(py))
    }

    /// The ticket to complete or abandon (`fetch` only).
    #[getter]
    fn ticket(&self, py: Python<'_>) -> Option<Py<PyRefreshTicket>> {
        self.ticket.as_ref().map(|t| t.clone_ref(py))
    }

    /// The token request to send (`fetch` only). Its body holds the client secret.
    #[getter]
    fn request(&self, py: Python<'_>) -> Option<Py<PyHttpRequest>> {
        self.request.as_ref().map(|r| r.clone_ref(py))
    }

    fn __repr__(&self) -> String {
        format!("TokenAction(kind='{}')", self.kind)
    }
}

/// The token state machine for one `client_id`; share one per `client_id` across the process.
#[pyclass(frozen, module = "umf", name = "TokenManager")]
pub struct PyTokenManager {
    inner: Mutex<TokenManager>,
    client_id: String,
}

impl PyTokenManager {
    /// Wraps a manager the core made (e.g. `Client::token_manager`).
    pub fn from_core(manager: TokenManager) -> Self {
        PyTokenManager {
            client_id: manager.client_id().to_owned(),
            inner: Mutex::new(manager),
        }
    }

    fn lock(&self) -> MutexGuard<'_, TokenManager> {
        // The manager is never left half-updated (no Python runs under the lock, and the core
        // does not panic), so a poisoned lock still holds a consistent state.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[pymethods]
impl PyTokenManager {
    /// A manager fetching from `token_url`, the credentials sent as `token_credentials` says
    /// (`json` in the body, or `basic`). `Client.token_manager` takes both from the client.
    #[new]
    #[pyo3(signature = (credentials, token_url, *, refresh_margin_ms=DEFAULT_REFRESH_MARGIN_MS, refresh_timeout_ms=DEFAULT_REFRESH_TIMEOUT_MS, token_credentials="json"))]
    fn new(
        credentials: &PyClientCredentials,
        token_url: String,
        refresh_margin_ms: u64,
        refresh_timeout_ms: u64,
        token_credentials: &str,
    ) -> PyResult<Self> {
        Ok(PyTokenManager::from_core(
            TokenManager::new(credentials.inner.clone(), token_url)
                .with_credential_style(token_credential_style(token_credentials)?)
                .with_refresh_margin_ms(refresh_margin_ms)
                .with_refresh_timeout_ms(refresh_timeout_ms),
        ))
    }

    /// The client id.
    #[getter]
    fn client_id(&self) -> &str {
        &self.client_id
    }

    /// The token request (unsigned JSON POST; the client secret in its body or its
    /// `Authorization: Basic` header).
    fn token_request(&self) -> PyHttpRequest {
        PyHttpRequest {
            inner: self.lock().token_request(),
        }
    }

    /// The current token, if valid and outside the refresh margin at `now_ms`.
    #[pyo3(signature = (now_ms=None))]
    fn current(&self, now_ms: Option<u64>) -> Option<PyAccessToken> {
        let token = self.lock().current(now(now_ms)).cloned();
        token.map(|inner| PyAccessToken { inner })
    }

    /// What to do to get a token at `now_ms` (default: the system clock). Exactly one caller
    /// gets `fetch` until that refresh completes, is abandoned, or times out.
    #[pyo3(signature = (now_ms=None))]
    fn poll(&self, py: Python<'_>, now_ms: Option<u64>) -> PyResult<PyTokenAction> {
        let action = self.lock().poll(now(now_ms));
        Ok(match action {
            TokenAction::Use(token) => PyTokenAction {
                kind: "use",
                token: Some(Py::new(py, PyAccessToken { inner: token })?),
                ticket: None,
                request: None,
            },
            TokenAction::Fetch(ticket, request) => PyTokenAction {
                kind: "fetch",
                token: None,
                ticket: Some(Py::new(
                    py,
                    PyRefreshTicket {
                        inner: Mutex::new(Some(ticket)),
                    },
                )?),
                request: Some(Py::new(py, PyHttpRequest { inner: request })?),
            },
            // The refresh that just ran failed: every caller gets its error for a moment
            // instead of sending its own token request.
            TokenAction::Failed(error) => return Err::<PyTokenAction, _>(error).into_py(),
            // `TokenAction` is not marked non-exhaustive; a new variant will fail to compile
            // here rather than be mistaken for `wait`.
            TokenAction::Wait => PyTokenAction {
                kind: "wait",
                token: None,
                ticket: None,
                request: None,
            },
        })
    }

    /// Whether a refresh is under way.
    #[getter]
    fn is_refreshing(&self) -> bool {
        self.lock().is_refreshing()
    }

    /// Accepts the token endpoint's answer for `ticket`. Raises `ApiError` or `TokenError` when
    /// it holds no token (the next `poll` then fetches again). The token's life counts from the
    /// `poll` that handed out `ticket`, no later than the request was sent.
    #[pyo3(signature = (ticket, response, now_ms=None))]
    fn complete(
        &self,
        ticket: &PyRefreshTicket,
        response: &PyHttpResponse,
        now_ms: Option<u64>,
    ) -> PyResult<PyAccessToken> {
        let ticket = ticket.take().ok_or_else(ticket_used)?;
        // The guard must be gone before an error becomes a Python exception (that runs Python
        // code, which may switch threads to one waiting for this lock while holding the GIL).
        let result = self.lock().complete(ticket, &response.inner, now(now_ms));
        Ok(PyAccessToken {
            inner: result.into_py()?,
        })
    }

    /// Gives up the refresh of `ticket` (the request could not be sent).
    fn abandon(&self, ticket: &PyRefreshTicket) {
        if let Some(ticket) = ticket.take() {
            self.lock().abandon(ticket);
        }
    }

    /// Drops the token of `generation` after UMF rejected it (HTTP 401 or `00280703`).
    /// Reports about older tokens are ignored. Returns whether the current token was dropped.
    fn invalidate(&self, generation: u64) -> bool {
        self.lock().invalidate(generation)
    }

    /// Installs a token obtained elsewhere (a token shared across processes).
    fn install(&self, value: String, expires_at_ms: u64) -> PyAccessToken {
        PyAccessToken {
            inner: self.lock().install(value, expires_at_ms),
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "TokenManager(client_id={})",
            py_repr(py, &self.client_id)?
        ))
    }
}
