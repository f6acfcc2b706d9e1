//! `TokenManager`: the client-credentials state machine, driven from JavaScript.
//!
//! UMF revokes the previous token whenever it issues a new one, so refresh is single-flight:
//! `poll()` tells exactly one caller to fetch (`{action: "fetch", ticket, request}`), tells the
//! others to wait (`{action: "wait"}`) and everyone to use a valid token (`{action: "use"}`).
//! Share one manager per `client_id`. WebAssembly has no clock of its own: every method takes
//! the time in milliseconds and defaults to `Date.now()`.

use serde::Deserialize;
use tsify::{Ts, Tsify};
use umf_core::token::{self, RefreshTicket as CoreTicket, TokenAction};
use umf_core::{AccessToken as CoreToken, ClientCredentials};
use wasm_bindgen::prelude::*;

use crate::error::{set, JsResult, OrThrow};
use crate::http::{response_from_js, HttpRequest};
use crate::input::{millis, now_ms};

#[wasm_bindgen(typescript_custom_section)]
const TOKEN_ACTION_TS: &str = r#"
/** What to do next to get a token (see `TokenManager.poll`). */
export type TokenAction =
    | { action: "use"; token: AccessToken }
    | { action: "fetch"; ticket: RefreshTicket; request: HttpRequest }
    | { action: "wait" };
"#;

/// Tuning of a `TokenManager`.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct TokenManagerOptions {
    /// Refresh this long before expiry (default 60 000 ms).
    #[tsify(optional)]
    pub refresh_margin_ms: Option<f64>,
    /// Presume a refresh lost after this long (default 30 000 ms).
    #[tsify(optional)]
    pub refresh_timeout_ms: Option<f64>,
    /// How the token request carries the credentials: `json` (default) or `basic`. For
    /// `new TokenManager` only: `Client.tokenManager` takes the Client's.
    #[tsify(optional, type = "\"json\" | \"basic\"")]
    pub token_credentials: Option<String>,
}

impl TokenManagerOptions {
    /// Reads the JavaScript options (absent: the defaults).
    pub(crate) fn from_js(options: Option<Ts<TokenManagerOptions>>) -> JsResult<Self> {
        match options {
            Some(o) => o.to_rust().or_throw(),
            None => Ok(Self::default()),
        }
    }

    /// `manager` with these settings.
    pub(crate) fn apply(&self, mut manager: token::TokenManager) -> JsResult<TokenManager> {
        if let Some(name) = self.token_credentials.as_deref() {
            manager = manager.with_credential_style(crate::client::token_credential_style(name)?);
        }
        if let Some(ms) = self.refresh_margin_ms {
            manager = manager.with_refresh_margin_ms(millis(ms, "refreshMarginMs")?);
        }
        if let Some(ms) = self.refresh_timeout_ms {
            manager = manager.with_refresh_timeout_ms(millis(ms, "refreshTimeoutMs")?);
        }
        Ok(TokenManager { inner: manager })
    }
}

/// An access token. Its value is read with `secret()` only, so that logging the object or
/// `JSON.stringify` never shows it.
#[wasm_bindgen]
pub struct AccessToken {
    inner: CoreToken,
}

#[wasm_bindgen]
impl AccessToken {
    /// The bearer value for the `Authorization` header. Never log it.
    pub fn secret(&self) -> String {
        self.inner.secret().to_owned()
    }

    /// When the token expires, in clock milliseconds.
    #[wasm_bindgen(getter, js_name = expiresAtMs)]
    pub fn expires_at_ms(&self) -> f64 {
        self.inner.expires_at_ms() as f64
    }

    /// Which fetch produced it; pass it to `TokenManager.invalidate` after a 401.
    #[wasm_bindgen(getter)]
    pub fn generation(&self) -> f64 {
        self.inner.generation() as f64
    }

    /// What `JSON.stringify` shows: expiry and generation, never the value.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsValue {
        let obj = js_sys::Object::new();
        set(&obj, "expiresAtMs", self.expires_at_ms());
        set(&obj, "generation", self.generation());
        obj.into()
    }
}

impl AccessToken {
    /// The JavaScript object of a core token.
    pub(crate) fn from_core(inner: CoreToken) -> Self {
        AccessToken { inner }
    }

    /// The core token (for building requests).
    pub fn core(&self) -> &CoreToken {
        &self.inner
    }
}

/// Proof that its holder started the current refresh: pass it to `complete` or `abandon`
/// (either consumes it).
#[wasm_bindgen]
pub struct RefreshTicket {
    inner: CoreTicket,
}

/// The token state machine for one `client_id`.
#[wasm_bindgen]
pub struct TokenManager {
    inner: token::TokenManager,
}

#[wasm_bindgen]
impl TokenManager {
    /// A manager that fetches from `tokenUrl` (`{base}/oauth/authorize`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(js_name = clientId)] client_id: String,
        #[wasm_bindgen(js_name = clientSecret)] client_secret: String,
        #[wasm_bindgen(js_name = tokenUrl)] token_url: String,
        options: Option<Ts<TokenManagerOptions>>,
    ) -> JsResult<TokenManager> {
        TokenManagerOptions::from_js(options)?.apply(token::TokenManager::new(
            ClientCredentials::new(client_id, client_secret),
            token_url,
        ))
    }

    /// The client id.
    #[wasm_bindgen(getter, js_name = clientId)]
    pub fn client_id(&self) -> String {
        self.inner.client_id().to_owned()
    }

    /// Whether a refresh is under way.
    #[wasm_bindgen(getter, js_name = isRefreshing)]
    pub fn is_refreshing(&self) -> bool {
        self.inner.is_refreshing()
    }

    /// The token request: an unsigned JSON POST carrying the credentials (in the body, or in
    /// `Authorization: Basic`).
    #[wasm_bindgen(js_name = tokenRequest)]
    pub fn token_request(&self) -> JsResult<Ts<HttpRequest>> {
        HttpRequest::to_js(self.inner.token_request())
    }

    /// The current token, unless absent or inside the refresh margin.
    pub fn current(
        &self,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<Option<AccessToken>> {
        let now = now_ms(now)?;
        Ok(self
            .inner
            .current(now)
            .map(|t| AccessToken { inner: t.clone() }))
    }

    /// What to do to get a token: use one, fetch one (exactly one caller is told so until the
    /// fetch completes, is abandoned or times out), or wait and poll again. Throws the error of
    /// a refresh that failed within the last second.
    #[wasm_bindgen(unchecked_return_type = "TokenAction")]
    pub fn poll(&mut self, #[wasm_bindgen(js_name = nowMs)] now: Option<f64>) -> JsResult<JsValue> {
        let now = now_ms(now)?;
        let obj = js_sys::Object::new();
        match self.inner.poll(now) {
            TokenAction::Use(token) => {
                set(&obj, "action", "use");
                set(&obj, "token", AccessToken { inner: token });
            }
            TokenAction::Fetch(ticket, request) => {
                set(&obj, "action", "fetch");
                set(&obj, "ticket", RefreshTicket { inner: ticket });
                set(&obj, "request", HttpRequest::to_js(request)?);
            }
            TokenAction::Wait => set(&obj, "action", "wait"),
            // The refresh that just ran failed: every caller gets its error for a moment
            // instead of sending its own token request.
            TokenAction::Failed(error) => return Err(error).or_throw(),
        }
        Ok(obj.into())
    }

    /// Accepts the token endpoint's response for `ticket`; throws `token_response_invalid`,
    /// `api_error` or (for a ticket that is no longer current) `token_unavailable`. The token's
    /// life counts from the `poll` that handed out `ticket`, no later than the request was sent.
    pub fn complete(
        &mut self,
        ticket: RefreshTicket,
        #[wasm_bindgen(unchecked_param_type = "HttpResponseInit")] response: JsValue,
        #[wasm_bindgen(js_name = nowMs)] now: Option<f64>,
    ) -> JsResult<AccessToken> {
        let now = now_ms(now)?;
        let response = match response_from_js(&response) {
            Ok(r) => r,
            Err(e) => {
                // The ticket is consumed either way; give the refresh up rather than leave
                // every other caller waiting for the timeout.
                self.inner.abandon(ticket.inner);
                return Err(e);
            }
        };
        let token = self
            .inner
            .complete(ticket.inner, &response, now)
            .or_throw()?;
        Ok(AccessToken { inner: token })
    }

    /// Gives up the refresh of `ticket` (the request could not be sent).
    pub fn abandon(&mut self, ticket: RefreshTicket) {
        self.inner.abandon(ticket.inner);
    }

    /// Drops the token of `generation` after UMF answered HTTP 401 or `00280703` to a request
    /// made with it; reports about older tokens are ignored. Returns whether it was dropped.
    pub fn invalidate(&mut self, generation: f64) -> bool {
        // Generations are whole counters from `AccessToken.generation`; anything else (a
        // fraction, a negative, NaN) names no token and must not be rounded onto one.
        if !(generation.is_finite() && generation >= 0.0 && generation.fract() == 0.0) {
            return false;
        }
        self.inner.invalidate(generation as u64)
    }

    /// Installs a token obtained elsewhere (a token shared across processes).
    pub fn install(
        &mut self,
        value: String,
        #[wasm_bindgen(js_name = expiresAtMs)] expires_at_ms: f64,
    ) -> JsResult<AccessToken> {
        let expires = millis(expires_at_ms, "expiresAtMs")?;
        Ok(AccessToken {
            inner: self.inner.install(value, expires),
        })
    }
}

/// Whether a response says the token expired or was revoked (HTTP 401 or `00280703`).
#[wasm_bindgen(js_name = isTokenRejection)]
pub fn is_token_rejection(
    #[wasm_bindgen(unchecked_param_type = "HttpResponseInit")] response: JsValue,
) -> JsResult<bool> {
    Ok(token::is_token_rejection(&response_from_js(&response)?))
}
