//! OAuth2 client-credentials tokens as a sans-IO state machine.
//!
//! 004:L58-67: `POST {base}/oauth/authorize` with the JSON body
//! `{"client_id","client_secret","grant_type":"client_credentials"}`, unsigned, answered by a
//! bare `{"expires_in": 3600, "access_token": "…"}` with no `meta` envelope (003:L14-17).
//!
//! **UMF keeps one valid token per client: issuing a new one revokes the previous one at once**
//! (004:L61). For callers this means:
//!
//! * fetch tokens from one place per `client_id` and share the result; never per request;
//! * refresh single-flight: when many tasks find the token stale at once, exactly one fetches;
//!   the others wait for it ([`TokenManager::poll`] returns [`TokenAction::Wait`] to them);
//! * two deployments sharing a `client_id` (say a server and a batch job) will keep revoking
//!   each other's tokens; give each its own client, or share the token store;
//! * a request already in flight with the old token may come back HTTP 401 / `00280703` right
//!   after a refresh; [`TokenManager::invalidate`] ignores the report when the token it names is
//!   not the current one, so such a late failure never discards the fresh token.
//!
//! The clock is injected (milliseconds since any fixed epoch), so tests and WebAssembly hosts
//! control time; [`SystemClock`] is the default on native targets.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use serde_json::Value;
use zeroize::Zeroizing;

use crate::codes;
use crate::error::{Error, Result};
use crate::http::{HttpRequest, HttpResponse, Method};

/// The token path under the base URL (004:L60; API.md Q1).
pub const TOKEN_PATH: &str = "/oauth/authorize";

/// Refresh this long before the token expires, by default.
pub const DEFAULT_REFRESH_MARGIN_MS: u64 = 60_000;

/// A refresh that has not completed after this long is presumed lost; the next caller may start
/// another.
pub const DEFAULT_REFRESH_TIMEOUT_MS: u64 = 30_000;

/// After a refresh fails (bad credentials, UMF error), callers get the same error for this long
/// instead of each sending its own token request.
pub const FAILURE_HOLD_MS: u64 = 1_000;

/// Tickets are unique across every manager of the process, so a ticket can never complete a
/// refresh of another manager.
static NEXT_TICKET: AtomicU64 = AtomicU64::new(1);

/// A source of the current time in milliseconds.
pub trait Clock: Send + Sync {
    /// Milliseconds since a fixed epoch (Unix time on [`SystemClock`]).
    fn now_millis(&self) -> u64;
}

/// The system wall clock (not available on `wasm32-unknown-unknown`, where the host supplies
/// time).
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
impl Clock for SystemClock {
    fn now_millis(&self) -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }
}

/// `client_id` and `client_secret`. The secret is zeroised on drop and never printed.
#[derive(Clone)]
pub struct ClientCredentials {
    client_id: String,
    client_secret: Zeroizing<String>,
}

impl ClientCredentials {
    /// Credentials as UMF issued them.
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        ClientCredentials {
            client_id: client_id.into(),
            client_secret: Zeroizing::new(client_secret.into()),
        }
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }
}

impl fmt::Debug for ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientCredentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .finish()
    }
}

/// An access token and when it stops being usable.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken {
    value: Zeroizing<String>,
    expires_at_ms: u64,
    refresh_at_ms: u64,
    generation: u64,
}

impl AccessToken {
    /// The bearer value, for the `Authorization` header. Never log it.
    pub fn secret(&self) -> &str {
        &self.value
    }

    /// When the token expires (clock milliseconds).
    pub fn expires_at_ms(&self) -> u64 {
        self.expires_at_ms
    }

    /// When a fresh token should be fetched (clock milliseconds): the expiry less the refresh
    /// margin, where the margin is at most a quarter of the token's lifetime (so a short-lived
    /// token is still used for three quarters of its life).
    pub fn refresh_at_ms(&self) -> u64 {
        self.refresh_at_ms
    }

    /// Which fetch produced it (increases by one per token); [`TokenManager::invalidate`]
    /// takes it so that a late failure of an older token cannot discard a newer one.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// A token from elsewhere (a shared cache, a test). Generation 0 is never current for a
    /// manager, so invalidating it has no effect there.
    pub fn from_parts(value: impl Into<String>, expires_at_ms: u64) -> Self {
        AccessToken {
            value: Zeroizing::new(value.into()),
            expires_at_ms,
            refresh_at_ms: expires_at_ms,
            generation: 0,
        }
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("value", &"<redacted>")
            .field("expires_at_ms", &self.expires_at_ms)
            .field("refresh_at_ms", &self.refresh_at_ms)
            .field("generation", &self.generation)
            .finish()
    }
}

/// What a caller should do next to get a token.
#[derive(Debug)]
pub enum TokenAction {
    /// Use this token.
    Use(AccessToken),
    /// You are the one to fetch: send the request, then call [`TokenManager::complete`] (or
    /// [`TokenManager::abandon`] if it could not be sent) with the ticket.
    Fetch(RefreshTicket, HttpRequest),
    /// Another caller is fetching; wait until it completes, then poll again.
    Wait,
    /// The refresh that just ran failed with this error; report it. For [`FAILURE_HOLD_MS`]
    /// every caller gets the same answer, so a wrong secret costs one token request, not one
    /// per waiting caller.
    Failed(Error),
}

/// Proof that the holder started the current refresh.
#[derive(Debug, PartialEq, Eq)]
pub struct RefreshTicket(u64);

#[derive(Debug, Clone)]
enum State {
    Empty,
    Valid(AccessToken),
    /// A refresh is under way; `previous` is the token it replaces, still good until it
    /// expires (see [`TokenManager::keep_previous`]).
    Refreshing {
        ticket: u64,
        started_ms: u64,
        previous: Option<AccessToken>,
    },
    Failed {
        at_ms: u64,
        error: Error,
    },
}

/// The token state machine for one `client_id`.
#[derive(Debug, Clone)]
pub struct TokenManager {
    credentials: ClientCredentials,
    token_url: String,
    credential_style: TokenCredentialStyle,
    refresh_margin_ms: u64,
    refresh_timeout_ms: u64,
    state: State,
    generation: u64,
}

impl TokenManager {
    /// A manager that fetches from `token_url` (usually `{base}/oauth/authorize`).
    pub fn new(credentials: ClientCredentials, token_url: impl Into<String>) -> Self {
        TokenManager {
            credentials,
            token_url: token_url.into(),
            credential_style: TokenCredentialStyle::JsonBody,
            refresh_margin_ms: DEFAULT_REFRESH_MARGIN_MS,
            refresh_timeout_ms: DEFAULT_REFRESH_TIMEOUT_MS,
            state: State::Empty,
            generation: 0,
        }
    }

    /// Send the credentials this way (default: in the JSON body).
    pub fn with_credential_style(mut self, style: TokenCredentialStyle) -> Self {
        self.credential_style = style;
        self
    }

    /// Refresh this long before expiry (default one minute).
    pub fn with_refresh_margin_ms(mut self, margin: u64) -> Self {
        self.refresh_margin_ms = margin;
        self
    }

    /// Presume a refresh lost after this long (default 30 s).
    pub fn with_refresh_timeout_ms(mut self, timeout: u64) -> Self {
        self.refresh_timeout_ms = timeout;
        self
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        self.credentials.client_id()
    }

    /// The token request: an unsigned POST with the credentials sent in this manager's
    /// [`TokenCredentialStyle`]. The one place every host takes it from.
    pub fn token_request(&self) -> HttpRequest {
        token_request_styled(&self.credentials, &self.token_url, self.credential_style)
    }

    /// The current token, if it is valid and not inside the refresh margin at `now_ms`.
    pub fn current(&self, now_ms: u64) -> Option<&AccessToken> {
        match &self.state {
            State::Valid(t) if now_ms < t.refresh_at_ms => Some(t),
            _ => None,
        }
    }

    /// The next generation's token, valid now: the one place a token is made.
    fn mint(
        &mut self,
        value: Zeroizing<String>,
        refresh_at_ms: u64,
        expires_at_ms: u64,
    ) -> AccessToken {
        self.generation += 1;
        let token = AccessToken {
            value,
            expires_at_ms,
            refresh_at_ms,
            generation: self.generation,
        };
        self.state = State::Valid(token.clone());
        token
    }

    /// What to do to get a token at `now_ms`: use the current one, fetch (exactly one caller
    /// gets this until the fetch completes, is abandoned, or times out), or wait.
    pub fn poll(&mut self, now_ms: u64) -> TokenAction {
        if let Some(token) = self.current(now_ms) {
            return TokenAction::Use(token.clone());
        }
        match &self.state {
            State::Refreshing { started_ms, .. }
                if now_ms.saturating_sub(*started_ms) < self.refresh_timeout_ms =>
            {
                return TokenAction::Wait;
            }
            State::Failed { at_ms, error } if now_ms.saturating_sub(*at_ms) < FAILURE_HOLD_MS => {
                return TokenAction::Failed(error.clone());
            }
            _ => {}
        }
        let ticket = NEXT_TICKET.fetch_add(1, Ordering::Relaxed);
        let previous = match std::mem::replace(&mut self.state, State::Empty) {
            State::Valid(token) => Some(token),
            State::Refreshing { previous, .. } => previous,
            _ => None,
        };
        self.state = State::Refreshing {
            ticket,
            started_ms: now_ms,
            previous,
        };
        TokenAction::Fetch(RefreshTicket(ticket), self.token_request())
    }

    /// Whether a refresh is under way.
    pub fn is_refreshing(&self) -> bool {
        matches!(self.state, State::Refreshing { .. })
    }

    /// Accepts the token endpoint's response for `ticket`.
    ///
    /// The token's life counts from when its refresh began (the [`Self::poll`] that handed
    /// out `ticket`), which is no later than the token request was sent: a host that was slow
    /// to send it, or to read the answer, ends up with a token that lasts a little less than
    /// UMF's, never more. A host that knows when it sent the request can say so with
    /// [`Self::complete_sent_at`].
    ///
    /// On error, polls answer [`TokenAction::Failed`] with the same error for
    /// [`FAILURE_HOLD_MS`], then fetch again. A ticket
    /// that is no longer current (its refresh timed out and another began) is refused with
    /// [`Error::TokenUnavailable`] and changes nothing.
    pub fn complete(
        &mut self,
        ticket: RefreshTicket,
        response: &HttpResponse,
        now_ms: u64,
    ) -> Result<AccessToken> {
        let began_ms = match self.state {
            State::Refreshing {
                ticket: t,
                started_ms,
                ..
            } if t == ticket.0 => started_ms,
            _ => now_ms,
        };
        self.complete_sent_at(ticket, response, began_ms, now_ms)
    }

    /// [`Self::complete`] for a response to a request sent at `sent_ms`: the token's lifetime
    /// counts from then. UMF starts the clock when it issues the token, which is between the
    /// send and the read; a process that stalled before it read the answer would otherwise
    /// use the token after UMF let it expire (and put it in a shared store for longer than it
    /// lasts).
    pub fn complete_sent_at(
        &mut self,
        ticket: RefreshTicket,
        response: &HttpResponse,
        sent_ms: u64,
        now_ms: u64,
    ) -> Result<AccessToken> {
        if !matches!(self.state, State::Refreshing { ticket: t, .. } if t == ticket.0) {
            return Err(Error::TokenUnavailable);
        }
        match parse_token_response(response) {
            Ok((value, expires_in)) => {
                let lifetime_ms = expires_in.saturating_mul(1000);
                let expires_at_ms = sent_ms.min(now_ms).saturating_add(lifetime_ms);
                let refresh_at_ms = expires_at_ms.saturating_sub(self.margin_for(lifetime_ms));
                Ok(self.mint(value, refresh_at_ms, expires_at_ms))
            }
            Err(e) => {
                self.state = State::Failed {
                    at_ms: now_ms,
                    error: e.clone(),
                };
                Err(e)
            }
        }
    }

    /// Completes the refresh of `ticket` with a token another process fetched (read from a
    /// shared store): to be refreshed `valid_for_ms` from `now_ms` (the store's own expiry,
    /// which ends a refresh margin before the token's), and good for `grace_ms` after that
    /// (that margin), which a process uses while the store is unreachable. A ticket that is no longer current
    /// is refused with [`Error::TokenUnavailable`].
    pub fn complete_shared(
        &mut self,
        ticket: RefreshTicket,
        value: &str,
        valid_for_ms: u64,
        grace_ms: u64,
        now_ms: u64,
    ) -> Result<AccessToken> {
        if !matches!(self.state, State::Refreshing { ticket: t, .. } if t == ticket.0) {
            return Err(Error::TokenUnavailable);
        }
        if let Some(reason) = crate::headers::access_token_problem(value) {
            self.state = State::Empty;
            return Err(Error::TokenResponseInvalid {
                reason: format!("the shared store holds an unusable token: {reason}"),
            });
        }
        let refresh_at_ms = now_ms.saturating_add(valid_for_ms);
        let expires_at_ms = refresh_at_ms.saturating_add(grace_ms);
        Ok(self.mint(
            Zeroizing::new(value.to_owned()),
            refresh_at_ms,
            expires_at_ms,
        ))
    }

    /// The refresh margin for a token of `lifetime_ms`: the configured margin, at most a
    /// quarter of the lifetime.
    pub fn margin_for(&self, lifetime_ms: u64) -> u64 {
        self.refresh_margin_ms.min(lifetime_ms / 4)
    }

    /// Gives up the refresh of `ticket` (the request could not be sent). The token it was to
    /// replace stays in place (the next poll asks for a refresh again).
    pub fn abandon(&mut self, ticket: RefreshTicket) {
        if let State::Refreshing {
            ticket: t,
            previous,
            ..
        } = &mut self.state
        {
            if *t == ticket.0 {
                self.state = match previous.take() {
                    Some(token) => State::Valid(token),
                    None => State::Empty,
                };
            }
        }
    }

    /// Ends the refresh of `ticket` without a new token and goes on with the one it was to
    /// replace, if that is still before its expiry at `now_ms`: what a process does when the
    /// shared store is unreachable at refresh time, rather than fetching a token of its own
    /// that would revoke the fleet's. `None` (and the refresh still under way) otherwise.
    pub fn keep_previous(&mut self, ticket: &RefreshTicket, now_ms: u64) -> Option<AccessToken> {
        match &self.state {
            State::Refreshing {
                ticket: t,
                previous: Some(token),
                ..
            } if *t == ticket.0 && now_ms < token.expires_at_ms => {
                let token = token.clone();
                self.state = State::Valid(token.clone());
                Some(token)
            }
            _ => None,
        }
    }

    /// Drops the token of `generation` after UMF answered HTTP 401 or `00280703` to a request
    /// made with it. Reports for other generations are ignored (see the module docs). Returns
    /// whether the current token was dropped.
    pub fn invalidate(&mut self, generation: u64) -> bool {
        match &mut self.state {
            State::Valid(t) if t.generation == generation => {
                self.state = State::Empty;
                true
            }
            // A refresh under way must not fall back on a token UMF has refused.
            State::Refreshing { previous, .. }
                if previous
                    .as_ref()
                    .is_some_and(|t| t.generation == generation) =>
            {
                *previous = None;
                true
            }
            _ => false,
        }
    }

    /// Installs a token obtained elsewhere (for a token shared across processes).
    pub fn install(&mut self, value: impl Into<String>, expires_at_ms: u64) -> AccessToken {
        let refresh_at_ms = expires_at_ms.saturating_sub(self.refresh_margin_ms);
        self.mint(Zeroizing::new(value.into()), refresh_at_ms, expires_at_ms)
    }
}

/// Whether a response means "this token is expired or revoked": HTTP 401, or `00280703` in
/// `meta.ret_code` (API.md Q11).
pub fn is_token_rejection(response: &HttpResponse) -> bool {
    if response.status == 401 {
        return true;
    }
    // Every answer passes here: look for the code's bytes before parsing anything.
    let code = codes::TOKEN_EXPIRED.as_bytes();
    response.body.windows(code.len()).any(|w| w == code)
        && ret_code_of(&response.body).as_deref() == Some(codes::TOKEN_EXPIRED)
}

/// `meta.ret_code` of a body (or of its first element, for an array), unverified.
pub(crate) fn ret_code_of(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let meta = match &value {
        Value::Array(items) => items.first()?.get("meta")?,
        other => other.get("meta")?,
    };
    meta.get("ret_code")?.as_str().map(str::to_owned)
}

/// How the token request carries `client_id` and `client_secret`. The documents allow two
/// readings: every example sends them in the JSON body (004:L58-67), while 000:L27 and
/// 004:L127 speak of "basic authentication values".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum TokenCredentialStyle {
    /// `{"client_id","client_secret","grant_type":"client_credentials"}` as the examples show.
    #[default]
    JsonBody,
    /// `Authorization: Basic base64(client_id:client_secret)` (RFC 7617) and the JSON body
    /// `{"grant_type":"client_credentials"}`: the secret is not repeated in the body.
    Basic,
}

/// Builds the token request for `credentials` at `token_url`, credentials in the JSON body.
pub fn token_request(credentials: &ClientCredentials, token_url: &str) -> HttpRequest {
    token_request_styled(credentials, token_url, TokenCredentialStyle::JsonBody)
}

/// Builds the token request for `credentials` at `token_url` in `style`.
pub fn token_request_styled(
    credentials: &ClientCredentials,
    token_url: &str,
    style: TokenCredentialStyle,
) -> HttpRequest {
    #[derive(Serialize)]
    struct Body<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        client_id: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        client_secret: Option<&'a str>,
        grant_type: &'static str,
    }
    let in_body = style == TokenCredentialStyle::JsonBody;
    let body = serde_json::to_vec(&Body {
        client_id: in_body.then_some(credentials.client_id.as_str()),
        client_secret: in_body.then_some(credentials.client_secret.as_str()),
        grant_type: "client_credentials",
    })
    .unwrap_or_default();
    let mut headers = vec![("Content-Type".into(), "application/json".into())];
    if style == TokenCredentialStyle::Basic {
        use base64::Engine as _;
        let pair = Zeroizing::new(format!(
            "{}:{}",
            credentials.client_id,
            credentials.client_secret.as_str()
        ));
        let encoded = base64::engine::general_purpose::STANDARD.encode(pair.as_bytes());
        headers.push(("Authorization".into(), format!("Basic {encoded}")));
    }
    HttpRequest {
        method: Method::Post,
        url: token_url.to_owned(),
        headers,
        body,
    }
}

/// Reads `{"access_token": "…", "expires_in": 3600}`; an envelope with a non-success `meta` or
/// an HTTP error status is [`Error::Api`]. An `access_token` that is not 1-4096 visible ASCII
/// characters ([`crate::headers::access_token_problem`]) is [`Error::TokenResponseInvalid`].
pub fn parse_token_response(response: &HttpResponse) -> Result<(Zeroizing<String>, u64)> {
    let invalid = |reason: &str| Error::TokenResponseInvalid {
        reason: reason.to_owned(),
    };
    let value: Option<Value> = serde_json::from_slice(&response.body).ok();
    let meta = value.as_ref().and_then(|v| v.get("meta"));
    let ret_code = meta
        .and_then(|m| m.get("ret_code"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let failed = !(200..300).contains(&response.status)
        || ret_code.as_deref().is_some_and(|c| c != codes::SUCCESS);
    if failed {
        let ret_msg = meta
            .and_then(|m| m.get("ret_msg"))
            .map(|m| match m {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .unwrap_or_default();
        let class = codes::classify(ret_code.as_deref(), response.status);
        return Err(Error::Api {
            http_status: response.status,
            ret_code,
            ret_msg,
            // Bad credentials answered with 401 are not "token expired" here: there is no
            // token to refresh, and retrying would loop.
            class: if class == codes::ReturnCodeClass::TokenExpired {
                codes::ReturnCodeClass::Other
            } else {
                class
            },
            retryable: response.status == 429 || response.status >= 500,
        });
    }
    let value = value.ok_or_else(|| invalid("body is not JSON"))?;
    let token = value
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid("no access_token"))?;
    // It goes into every `Authorization` header: a CR/LF would inject headers.
    if let Some(reason) = crate::headers::access_token_problem(token) {
        return Err(invalid(reason));
    }
    let expires_in = match value.get("expires_in") {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|s| *s > 0)
    .ok_or_else(|| invalid("expires_in is not a positive number of seconds"))?;
    Ok((Zeroizing::new(token.to_owned()), expires_in))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manager() -> TokenManager {
        TokenManager::new(
            ClientCredentials::new("client-1", "s3cret-value"),
            "https://sandbox.test/cberest/v1/oauth/authorize",
        )
    }

    fn ok_response(token: &str, expires_in: u64) -> HttpResponse {
        HttpResponse::new(
            200,
            format!(r#"{{"expires_in": {expires_in}, "access_token": "{token}"}}"#),
        )
    }

    #[test]
    fn token_request_is_the_documented_json_body() {
        let req = manager().token_request();
        assert_eq!(req.method, Method::Post);
        assert_eq!(
            std::str::from_utf8(&req.body).unwrap(),
            r#"{"client_id":"client-1","client_secret":"s3cret-value","grant_type":"client_credentials"}"#
        );
        assert!(req.header("Signature").is_none());
        assert!(!format!("{req:?}").contains("s3cret"));
    }

    #[test]
    fn basic_style_sends_the_credentials_in_the_header_only() {
        let req = manager()
            .with_credential_style(TokenCredentialStyle::Basic)
            .token_request();
        assert_eq!(
            std::str::from_utf8(&req.body).unwrap(),
            r#"{"grant_type":"client_credentials"}"#
        );
        // base64("client-1:s3cret-value")
        assert_eq!(
            req.header("Authorization"),
            Some("Basic Y2xpZW50LTE6czNjcmV0LXZhbHVl")
        );
        assert!(!format!("{req:?}").contains("Y2xpZW50"));
    }

    proptest::proptest! {
        /// Whatever the credentials, each style carries them exactly once, in its own place,
        /// and the other place does not have them.
        #[test]
        fn each_credential_style_carries_the_credentials_in_one_place(
            id in "[!-~]{1,40}", secret in "\\PC{1,40}",
        ) {
            use base64::Engine as _;
            let credentials = ClientCredentials::new(id.clone(), secret.clone());
            let url = "https://umf.test/v1/oauth/authorize";
            let json = token_request_styled(&credentials, url, TokenCredentialStyle::JsonBody);
            let body: serde_json::Value = serde_json::from_slice(&json.body).unwrap();
            proptest::prop_assert_eq!(&body["client_id"], &serde_json::json!(id));
            proptest::prop_assert_eq!(&body["client_secret"], &serde_json::json!(secret));
            proptest::prop_assert!(json.header("Authorization").is_none());
            let basic = token_request_styled(&credentials, url, TokenCredentialStyle::Basic);
            let body: serde_json::Value = serde_json::from_slice(&basic.body).unwrap();
            proptest::prop_assert_eq!(body, serde_json::json!({"grant_type": "client_credentials"}));
            let header = basic.header("Authorization").unwrap();
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(header.strip_prefix("Basic ").unwrap())
                .unwrap();
            proptest::prop_assert_eq!(decoded, format!("{id}:{secret}").into_bytes());
            proptest::prop_assert_eq!(&basic.url, url);
        }
    }

    #[test]
    fn single_flight_then_use_then_refresh_ahead_of_expiry() {
        let mut m = manager();
        let TokenAction::Fetch(ticket, _) = m.poll(0) else {
            panic!("first poll must fetch")
        };
        assert!(matches!(m.poll(10), TokenAction::Wait));
        assert!(matches!(m.poll(20), TokenAction::Wait));
        let token = m
            .complete(ticket, &ok_response("tok-1", 3600), 100)
            .unwrap();
        assert_eq!(token.secret(), "tok-1");
        // Its hour counts from the poll that began the refresh.
        assert_eq!(token.expires_at_ms(), 3_600_000);
        assert!(matches!(m.poll(200), TokenAction::Use(t) if t.secret() == "tok-1"));
        // Inside the one-minute margin: refresh again.
        assert!(matches!(m.poll(3_600_000 - 59_000), TokenAction::Fetch(..)));
    }

    #[test]
    fn a_token_read_late_lives_from_when_it_was_asked_for() {
        // Sent at 1,000, read at 61,000 after a stall: UMF started its hour at issue, between
        // the two, so the SDK must not count it from the read.
        let mut m = manager();
        let TokenAction::Fetch(ticket, _) = m.poll(1_000) else {
            panic!("first poll must fetch")
        };
        let token = m
            .complete_sent_at(ticket, &ok_response("tok-1", 3600), 1_000, 61_000)
            .unwrap();
        assert_eq!(token.expires_at_ms(), 1_000 + 3_600_000);
        assert_eq!(token.refresh_at_ms(), 1_000 + 3_600_000 - 60_000);
    }

    #[test]
    fn a_token_completed_late_lives_from_the_poll_that_began_its_refresh() {
        // The sans-IO host polled at 1,000 and reads the answer at 61,000: without the send
        // time, the refresh's beginning bounds when UMF issued it.
        let mut m = manager();
        let TokenAction::Fetch(ticket, _) = m.poll(1_000) else {
            panic!("first poll must fetch")
        };
        let token = m
            .complete(ticket, &ok_response("tok-1", 3600), 61_000)
            .unwrap();
        assert_eq!(token.expires_at_ms(), 1_000 + 3_600_000);
    }

    #[test]
    fn lost_refresh_times_out() {
        let mut m = manager();
        let TokenAction::Fetch(old, _) = m.poll(0) else {
            panic!()
        };
        assert!(matches!(
            m.poll(DEFAULT_REFRESH_TIMEOUT_MS - 1),
            TokenAction::Wait
        ));
        let TokenAction::Fetch(new, _) = m.poll(DEFAULT_REFRESH_TIMEOUT_MS) else {
            panic!("a lost refresh must not block forever")
        };
        assert_eq!(
            m.complete(old, &ok_response("late", 60), 1)
                .unwrap_err()
                .code(),
            "token_unavailable"
        );
        assert!(m.complete(new, &ok_response("fresh", 3600), 2).is_ok());
    }

    #[test]
    fn stale_invalidation_keeps_the_fresh_token() {
        let mut m = manager();
        let TokenAction::Fetch(t1, _) = m.poll(0) else {
            panic!()
        };
        let first = m.complete(t1, &ok_response("one", 3600), 0).unwrap();
        assert!(m.invalidate(first.generation()));
        let TokenAction::Fetch(t2, _) = m.poll(1) else {
            panic!()
        };
        let second = m.complete(t2, &ok_response("two", 3600), 1).unwrap();
        assert!(!m.invalidate(first.generation()));
        assert_eq!(m.current(2).unwrap().secret(), "two");
        assert!(m.invalidate(second.generation()));
        assert!(m.current(2).is_none());
    }

    #[test]
    fn failures_reset_and_are_typed() {
        let mut m = manager();
        let TokenAction::Fetch(t, _) = m.poll(0) else {
            panic!()
        };
        let err = m
            .complete(t, &HttpResponse::new(200, r#"{"expires_in":3600}"#), 0)
            .unwrap_err();
        assert_eq!(err.code(), "token_response_invalid");
        // Waiting callers get the same error instead of each sending a token request ...
        assert!(
            matches!(m.poll(1), TokenAction::Failed(e) if e.code() == "token_response_invalid")
        );
        // ... until the hold ends.
        assert!(matches!(m.poll(FAILURE_HOLD_MS), TokenAction::Fetch(..)));

        let err = parse_token_response(&HttpResponse::new(
            401,
            r#"{"meta":{"ret_code":"00060711","ret_msg":"Merchant has not registered."}}"#,
        ))
        .unwrap_err();
        assert_eq!(err.code(), "api_error");
        assert!(!err.is_retryable());
        assert!(!err.is_token_expired());
        let busy = parse_token_response(&HttpResponse::new(503, "")).unwrap_err();
        assert!(busy.is_retryable());
        // expires_in as a string is accepted.
        assert_eq!(
            parse_token_response(&HttpResponse::new(
                200,
                r#"{"access_token":"x","expires_in":"7200"}"#
            ))
            .unwrap()
            .1,
            7200
        );
    }

    #[test]
    fn tickets_are_unique_across_managers() {
        let (mut a, mut b) = (manager(), manager());
        let TokenAction::Fetch(ta, _) = a.poll(0) else {
            panic!()
        };
        let TokenAction::Fetch(tb, _) = b.poll(0) else {
            panic!()
        };
        assert_ne!(ta, tb);
        assert_eq!(
            b.complete(ta, &ok_response("x", 60), 0).unwrap_err().code(),
            "token_unavailable"
        );
        assert!(a.complete(tb, &ok_response("x", 60), 0).is_err());
    }

    #[test]
    fn recognises_token_rejections() {
        assert!(is_token_rejection(&HttpResponse::new(401, "")));
        assert!(is_token_rejection(&HttpResponse::new(
            200,
            r#"{"meta":{"ret_code":"00280703","ret_msg":"Data Token is expired"}}"#
        )));
        assert!(!is_token_rejection(&HttpResponse::new(
            200,
            r#"{"meta":{"ret_code":"0000"}}"#
        )));
    }

    #[test]
    fn debug_hides_secrets() {
        let mut m = manager();
        let TokenAction::Fetch(t, _) = m.poll(0) else {
            panic!()
        };
        m.complete(t, &ok_response("bearer-secret-123", 3600), 0)
            .unwrap();
        let shown = format!("{m:?} {:?}", m.current(1));
        assert!(!shown.contains("bearer-secret-123"));
        assert!(!shown.contains("s3cret-value"));
    }
}
