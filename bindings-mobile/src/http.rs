//! The sans-IO boundary: the app does its own HTTP with the exact bytes the core hands out and
//! hands back the exact bytes it received.

use std::fmt;
use std::sync::Arc;

use crate::error::Result;

/// One HTTP header. `toString()` / `description` show a credential's value (`Authorization`,
/// `Signature`) as `<redacted>`; `value` holds the real one, to send.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct HttpHeader {
    /// Header name.
    pub name: String,
    /// Header value.
    pub value: String,
}

impl HttpHeader {
    /// Whether the core redacts this header where it prints requests. Asked with an empty value,
    /// so the core's one list of credential headers decides and no copy of the value is made.
    fn is_credential(&self) -> bool {
        let probe = umf_core::HttpRequest {
            method: umf_core::Method::Get,
            url: String::new(),
            headers: vec![(self.name.clone(), String::new())],
            body: Vec::new(),
        };
        probe.redacted_headers().iter().any(|(_, v)| !v.is_empty())
    }
}

impl fmt::Debug for HttpHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = if self.is_credential() {
            "<redacted>"
        } else {
            &self.value
        };
        f.debug_struct("HttpHeader")
            .field("name", &self.name)
            .field("value", &value)
            .finish()
    }
}

/// A request ready to send: method, URL, headers in order, and the exact body bytes.
///
/// Send `body()` unchanged: when the request is signed, the signature covers these bytes.
/// `toString()` / `description` redact credentials (`Authorization`, `Signature`), the query
/// string and the body.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct HttpRequest {
    inner: umf_core::HttpRequest,
}

impl HttpRequest {
    pub(crate) fn wrap(inner: umf_core::HttpRequest) -> Arc<Self> {
        Arc::new(HttpRequest { inner })
    }

    pub(crate) fn core(&self) -> &umf_core::HttpRequest {
        &self.inner
    }
}

#[uniffi::export]
impl HttpRequest {
    /// `GET` or `POST`.
    pub fn method(&self) -> String {
        self.inner.method.as_str().to_owned()
    }

    /// Absolute URL, path parameters escaped, query encoded.
    pub fn url(&self) -> String {
        self.inner.url.clone()
    }

    /// Headers in the order to send them.
    pub fn headers(&self) -> Vec<HttpHeader> {
        self.inner
            .headers
            .iter()
            .map(|(name, value)| HttpHeader {
                name: name.clone(),
                value: value.clone(),
            })
            .collect()
    }

    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: String) -> Option<String> {
        self.inner.header(&name).map(str::to_owned)
    }

    /// The exact body bytes; empty for GET.
    pub fn body(&self) -> Vec<u8> {
        self.inner.body.clone()
    }

    /// A copy with the header `name` set to `value` (replacing the first of that name, or
    /// appended). For resending the same signed bytes with a fresh token after HTTP 401 or
    /// `00280703`: `withHeader("Authorization", client.authorization(fresh))`; the signature
    /// covers the body only, so it stays valid.
    /// A name or value with CR/LF, another control character or non-ASCII throws
    /// `invalid_header`.
    pub fn with_header(&self, name: String, value: String) -> Result<Arc<HttpRequest>> {
        let mut inner = self.inner.clone();
        inner.set_header(&name, value)?;
        Ok(HttpRequest::wrap(inner))
    }
}

/// A response as received: pass the body bytes exactly as they arrived, never a re-encoding of
/// parsed JSON, or signatures will not verify.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HttpResponse {
    /// HTTP status code.
    pub status: i32,
    /// Headers as received.
    #[uniffi(default)]
    pub headers: Vec<HttpHeader>,
    /// The exact body bytes.
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub(crate) fn from_core(response: umf_core::HttpResponse) -> Self {
        HttpResponse {
            status: i32::from(response.status),
            headers: response
                .headers
                .into_iter()
                .map(|(name, value)| HttpHeader { name, value })
                .collect(),
            body: response.body,
        }
    }

    pub(crate) fn to_core(&self) -> Result<umf_core::HttpResponse> {
        let status = u16::try_from(self.status)
            .ok()
            .filter(|s| (100..=999).contains(s))
            .ok_or_else(|| umf_core::Error::ResponseMalformed {
                reason: format!("HTTP status {} is not a status code", self.status),
            })?;
        Ok(umf_core::HttpResponse {
            status,
            headers: self
                .headers
                .iter()
                .map(|h| (h.name.clone(), h.value.clone()))
                .collect(),
            body: self.body.clone(),
        })
    }
}
