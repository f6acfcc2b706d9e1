//! Building the exact HTTP request: headers, one serialisation of the body, its signature.
//!
//! The body is serialised once with `serde_json` (compact, UTF-8, no HTML escaping, members in
//! the order given) and those bytes are both signed and returned: nothing downstream may
//! re-serialise them (004:L81-86 defines no canonical form).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::headers;
use crate::http::{HttpRequest, Method};
use crate::keys::PrivateKey;
use crate::token::AccessToken;

/// How the `Authorization` header is spelt (API.md §1.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorizationStyle {
    /// `Authorization: Bearer <token>` (004:L34).
    #[default]
    BearerSpace,
    /// `Authorization: Bearer<token>`, as UMF's own demo sends it.
    BearerNoSpace,
}

/// Headers common to every request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct HeaderOptions {
    /// Bearer spelling.
    pub authorization: AuthorizationStyle,
    /// `Accept-Language` (`en` or `zh`; 004:L33), sent only when set.
    pub accept_language: Option<String>,
}

/// The `Signature` header name (004:L35-41).
pub const SIGNATURE_HEADER: &str = "Signature";

impl HeaderOptions {
    /// The `Authorization` header value for `token`, in the configured spelling. A token that
    /// is not 1-4096 visible ASCII characters is [`Error::InvalidHeader`]
    /// ([`headers::access_token_problem`]), wherever it came from.
    pub fn authorization(&self, token: &AccessToken) -> Result<String> {
        if let Some(reason) = headers::access_token_problem(token.secret()) {
            return Err(Error::InvalidHeader {
                name: "Authorization".to_owned(),
                reason,
            });
        }
        Ok(match self.authorization {
            AuthorizationStyle::BearerSpace => format!("Bearer {}", token.secret()),
            AuthorizationStyle::BearerNoSpace => format!("Bearer{}", token.secret()),
        })
    }

    /// `Content-Type`, `Accept-Language` and `Authorization`, in that order, each checked by
    /// [`headers::check`].
    pub fn common_headers(&self, token: Option<&AccessToken>) -> Result<Vec<(String, String)>> {
        let mut out = Vec::with_capacity(4);
        out.push(("Content-Type".to_owned(), "application/json".to_owned()));
        if let Some(lang) = &self.accept_language {
            out.push(("Accept-Language".to_owned(), lang.clone()));
        }
        if let Some(token) = token {
            out.push(("Authorization".to_owned(), self.authorization(token)?));
        }
        headers::check_all(&out)?;
        Ok(out)
    }
}

/// Serialises `body` once: compact JSON, UTF-8, no HTML escaping, members in the given order.
pub fn serialize_body<T: Serialize + ?Sized>(body: &T) -> Result<Vec<u8>> {
    serde_json::to_vec(body).map_err(|e| Error::invalid_request(format!("body: {e}")))
}

/// A POST whose body bytes are signed with `key` and sent unchanged.
pub fn signed_post(
    url: String,
    body: Vec<u8>,
    key: &PrivateKey,
    token: Option<&AccessToken>,
    headers: &HeaderOptions,
) -> Result<HttpRequest> {
    let mut all = headers.common_headers(token)?;
    let signature = key.sign(&body)?;
    all.push((SIGNATURE_HEADER.to_owned(), signature.into()));
    Ok(HttpRequest {
        method: Method::Post,
        url,
        headers: all,
        body,
    })
}
