//! The sans-IO boundary: requests out as exact bytes, responses in as exact bytes.
//!
//! The core never opens a socket. It hands the host an [`HttpRequest`] whose `body` is the very
//! byte string that was signed, and takes back an [`HttpResponse`] whose `body` is verified as
//! received. No binding may re-serialise either.

use std::fmt;

use serde::Serialize;

/// HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Method {
    /// GET.
    #[serde(rename = "GET")]
    Get,
    /// POST.
    #[serde(rename = "POST")]
    Post,
}

impl Method {
    /// `GET` or `POST`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Header names whose values are credentials and are never printed.
const REDACTED_HEADERS: [&str; 2] = ["authorization", "signature"];

/// A request ready to send.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpRequest {
    /// Method.
    pub method: Method,
    /// Absolute URL, path parameters escaped, query encoded.
    pub url: String,
    /// Headers in the order to send them.
    pub headers: Vec<(String, String)>,
    /// The exact body bytes (signed, when the operation is signed). Empty for GET.
    pub body: Vec<u8>,
}

impl HttpRequest {
    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Replaces the header's value, or appends it. Used to resend the same signed bytes with a
    /// fresh token after HTTP 401 / `00280703` (the signature covers the body only). A name or
    /// value that [`crate::headers::check`] refuses (CR/LF, control characters, ...) is an
    /// error and leaves the request unchanged.
    pub fn set_header(&mut self, name: &str, value: impl Into<String>) -> crate::Result<()> {
        let value = value.into();
        crate::headers::check(name, &value)?;
        match self
            .headers
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some((_, v)) => *v = value,
            None => self.headers.push((name.to_owned(), value)),
        }
        Ok(())
    }

    /// Headers with credential values (`Authorization`, `Signature`) replaced by
    /// `<redacted>`: what bindings show in `repr`/`toString`.
    pub fn redacted_headers(&self) -> Vec<(String, String)> {
        redact(&self.headers)
    }

    /// The URL without its query string (shown as `?<query>`).
    pub fn redacted_url(&self) -> String {
        redact_url(&self.url)
    }
}

fn redact(headers: &[(String, String)]) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(name, value)| {
            let hidden = REDACTED_HEADERS
                .iter()
                .any(|r| name.eq_ignore_ascii_case(r));
            let shown = if hidden {
                "<redacted>".to_owned()
            } else {
                value.clone()
            };
            (name.clone(), shown)
        })
        .collect()
}

impl fmt::Debug for HttpRequest {
    /// Shows method, URL, header names (credential values redacted) and the body length only:
    /// the body may carry personal data that is not encrypted (phone numbers, names of goods).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpRequest")
            .field("method", &self.method)
            .field("url", &redact_url(&self.url))
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// A response as received.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// Headers as received.
    pub headers: Vec<(String, String)>,
    /// The exact body bytes.
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// A response with a status and body and no headers.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        HttpResponse {
            status,
            headers: Vec::new(),
            body: body.into(),
        }
    }

    /// The first header with this name (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }
}

impl fmt::Debug for HttpResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpResponse")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body_len", &self.body.len())
            .finish()
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

struct RedactedHeaders<'a>(&'a [(String, String)]);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for (name, value) in redact(self.0) {
            list.entry(&format_args!("{name}: {value}"));
        }
        list.finish()
    }
}

/// The URL without its query string (the `card` query parameter is ciphertext, but query
/// strings are where people put things they should not).
fn redact_url(url: &str) -> String {
    match url.split_once('?') {
        Some((path, _)) => format!("{path}?<query>"),
        None => url.to_owned(),
    }
}
