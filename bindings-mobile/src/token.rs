//! Client-credentials tokens: the core's single-flight state machine behind a lock.
//!
//! # ⚠️ The client secret does not belong in an app
//!
//! Anyone who extracts the secret from an app can take tokens as the merchant, and because UMF
//! revokes the previous token whenever a new one is issued, every copy of the app fetching its
//! own token would keep logging the merchant's server out. Tokens are the merchant server's
//! business; this is here for tools, tests and server-side Kotlin or Swift.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use umf_core::token::{self, RefreshTicket as CoreTicket};
use umf_core::TokenCredentialStyle;

use crate::error::Result;
use crate::http::{HttpRequest, HttpResponse};

/// An access token and when it stops being usable. `toString()` / `description` never show the
/// token itself.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct AccessToken {
    pub(crate) inner: umf_core::AccessToken,
}

impl AccessToken {
    pub(crate) fn wrap(inner: umf_core::AccessToken) -> Arc<Self> {
        Arc::new(AccessToken { inner })
    }
}

#[uniffi::export]
impl AccessToken {
    /// A token from elsewhere (a store shared between processes, a test).
    #[uniffi::constructor]
    pub fn from_parts(value: String, expires_at_ms: i64) -> Arc<Self> {
        AccessToken::wrap(umf_core::AccessToken::from_parts(
            value,
            non_negative(expires_at_ms),
        ))
    }

    /// The bearer value for the `Authorization` header. Never log it.
    pub fn secret(&self) -> String {
        self.inner.secret().to_owned()
    }

    /// When the token expires, in the manager's clock (milliseconds).
    pub fn expires_at_ms(&self) -> i64 {
        saturating_i64(self.inner.expires_at_ms())
    }

    /// Which fetch produced it; pass it to [`TokenManager::invalidate`].
    pub fn generation(&self) -> i64 {
        saturating_i64(self.inner.generation())
    }
}

/// Proof that its holder is the one caller fetching a new token. Give it back exactly once,
/// to `complete` or `abandon`.
#[derive(Debug, uniffi::Object)]
pub struct RefreshTicket {
    inner: Mutex<Option<CoreTicket>>,
}

impl RefreshTicket {
    fn take(&self) -> Option<CoreTicket> {
        lock(&self.inner).take()
    }
}

/// What to do next to get a token.
#[derive(Debug, uniffi::Enum)]
pub enum TokenAction {
    /// Use this token.
    Use {
        /// The current token.
        token: Arc<AccessToken>,
    },
    /// This caller fetches: send `request`, then call `complete` with the response (or
    /// `abandon` if it could not be sent).
    Fetch {
        /// Give it back to `complete` or `abandon`.
        ticket: Arc<RefreshTicket>,
        /// The token request (its body holds the client secret: never log it).
        request: Arc<HttpRequest>,
    },
    /// Another caller is fetching; wait for it, then poll again.
    Wait,
}

/// The token state machine for one `client_id`: share one per client across the app or
/// server. Times are milliseconds of whatever clock the caller passes (`System.currentTimeMillis()`,
/// `Date().timeIntervalSince1970 * 1000`).
///
/// # ⚠️ The client secret does not belong in an app
///
/// See the module documentation: tokens are the merchant server's business.
#[derive(Debug, uniffi::Object)]
pub struct TokenManager {
    inner: Mutex<umf_core::TokenManager>,
}

#[uniffi::export]
impl TokenManager {
    /// A manager that fetches from `token_url` (`Client.tokenUrl()`, or build it with
    /// `Client.tokenManager`, which also takes the client's credential style). Refreshes
    /// `refresh_margin_ms` before expiry (default one minute) and presumes a refresh lost after
    /// `refresh_timeout_ms` (default 30 s). `credentials` (default `JSON_BODY`) says how the
    /// token request carries the client id and secret.
    #[uniffi::constructor(default(
        refresh_margin_ms = None,
        refresh_timeout_ms = None,
        credentials = None
    ))]
    pub fn new(
        client_id: String,
        client_secret: String,
        token_url: String,
        refresh_margin_ms: Option<i64>,
        refresh_timeout_ms: Option<i64>,
        credentials: Option<TokenCredentialStyle>,
    ) -> Arc<Self> {
        let manager = umf_core::TokenManager::new(
            umf_core::ClientCredentials::new(client_id, client_secret),
            token_url,
        )
        .with_credential_style(credentials.unwrap_or_default());
        TokenManager::wrap(manager, refresh_margin_ms, refresh_timeout_ms)
    }

    /// The client id.
    pub fn client_id(&self) -> String {
        self.manager().client_id().to_owned()
    }

    /// The token request: an unsigned JSON POST carrying the credentials (in the body, or as
    /// `Authorization: Basic` in the `BASIC` style).
    pub fn token_request(&self) -> Arc<HttpRequest> {
        HttpRequest::wrap(self.manager().token_request())
    }

    /// The current token, if it is valid and not inside the refresh margin at `now_ms`.
    pub fn current(&self, now_ms: i64) -> Option<Arc<AccessToken>> {
        self.manager()
            .current(non_negative(now_ms))
            .cloned()
            .map(AccessToken::wrap)
    }

    /// What to do to get a token at `now_ms`. Exactly one caller is told to fetch until that
    /// fetch completes, is abandoned or times out; the others are told to wait. For a moment
    /// after a refresh failed, every caller gets that refresh's error thrown instead of sending
    /// its own token request (a wrong secret costs one request, not one per caller).
    pub fn poll(&self, now_ms: i64) -> Result<TokenAction> {
        Ok(match self.manager().poll(non_negative(now_ms)) {
            token::TokenAction::Use(token) => TokenAction::Use {
                token: AccessToken::wrap(token),
            },
            token::TokenAction::Fetch(ticket, request) => TokenAction::Fetch {
                ticket: Arc::new(RefreshTicket {
                    inner: Mutex::new(Some(ticket)),
                }),
                request: HttpRequest::wrap(request),
            },
            token::TokenAction::Wait => TokenAction::Wait,
            token::TokenAction::Failed(error) => return Err(error.into()),
        })
    }

    /// Whether a refresh is under way.
    pub fn is_refreshing(&self) -> bool {
        self.manager().is_refreshing()
    }

    /// Accepts the token endpoint's response for `ticket`. A ticket already given back, or
    /// one whose refresh timed out, throws `token_unavailable`; an error reply from UMF throws
    /// `UmfException.Api`. The token's life counts from the `poll` that handed out `ticket`,
    /// no later than the request was sent.
    pub fn complete(
        &self,
        ticket: Arc<RefreshTicket>,
        response: HttpResponse,
        now_ms: i64,
    ) -> Result<Arc<AccessToken>> {
        let response = response.to_core()?;
        let ticket = ticket.take().ok_or(umf_core::Error::TokenUnavailable)?;
        let token = self
            .manager()
            .complete(ticket, &response, non_negative(now_ms))?;
        Ok(AccessToken::wrap(token))
    }

    /// Gives up the refresh of `ticket` (the request could not be sent).
    pub fn abandon(&self, ticket: Arc<RefreshTicket>) {
        if let Some(ticket) = ticket.take() {
            self.manager().abandon(ticket);
        }
    }

    /// Drops the token of `generation` after UMF answered HTTP 401 or `00280703` to a request
    /// made with it; a report about an older token is ignored. Returns whether a token was
    /// dropped.
    pub fn invalidate(&self, generation: i64) -> bool {
        self.manager().invalidate(non_negative(generation))
    }

    /// Installs a token obtained elsewhere (a store shared between processes).
    pub fn install(&self, value: String, expires_at_ms: i64) -> Arc<AccessToken> {
        AccessToken::wrap(self.manager().install(value, non_negative(expires_at_ms)))
    }
}

impl TokenManager {
    /// Wraps a core manager with the host's optional timings.
    pub(crate) fn wrap(
        mut manager: umf_core::TokenManager,
        refresh_margin_ms: Option<i64>,
        refresh_timeout_ms: Option<i64>,
    ) -> Arc<Self> {
        if let Some(margin) = refresh_margin_ms {
            manager = manager.with_refresh_margin_ms(non_negative(margin));
        }
        if let Some(timeout) = refresh_timeout_ms {
            manager = manager.with_refresh_timeout_ms(non_negative(timeout));
        }
        Arc::new(TokenManager {
            inner: Mutex::new(manager),
        })
    }

    fn manager(&self) -> MutexGuard<'_, umf_core::TokenManager> {
        lock(&self.inner)
    }
}

/// Whether a response means "this token is expired or revoked" (HTTP 401 or `00280703`).
#[uniffi::export]
pub fn is_token_rejection(response: HttpResponse) -> bool {
    response
        .to_core()
        .is_ok_and(|r| token::is_token_rejection(&r))
}

/// Locks, ignoring poisoning: every core method leaves the state machine consistent, and a
/// panic must not turn into a second one across the boundary.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Kotlin and Swift count time (and everything else) in signed 64-bit integers; unsigned types
/// are awkward in Kotlin. A negative time is before any epoch the core uses, so it reads as zero.
fn non_negative(ms: i64) -> u64 {
    u64::try_from(ms).unwrap_or(0)
}

fn saturating_i64(ms: u64) -> i64 {
    i64::try_from(ms).unwrap_or(i64::MAX)
}
