//! `umf.HttpRequest` and `umf.HttpResponse`: the exact bytes that cross the sans-IO boundary.
//!
//! A request's `body` is the very byte string that was signed; hosts send it as is (with httpx:
//! `content=request.body`, never `json=`). `repr()` is the core's redacted `Debug`: method, URL
//! without its query, header names with credential values hidden, and the body length.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use umf_core::request::{serialize_body as core_serialize_body, signed_post as core_signed_post};
use umf_core::token::is_token_rejection;
use umf_core::{AuthorizationStyle, HeaderOptions, HttpRequest, HttpResponse, Method};

use crate::errors::IntoPyResult;
use crate::input::ByteInput;
use crate::json::to_json;
use crate::keys::PyPrivateKey;
use crate::names::choose;
use crate::token::PyAccessToken;

fn method(name: &str) -> PyResult<Method> {
    match name.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::Get),
        "POST" => Ok(Method::Post),
        _ => Err(PyValueError::new_err(
            "method must be GET or POST (all UMF uses)",
        )),
    }
}

pub fn authorization_style(name: &str) -> PyResult<AuthorizationStyle> {
    choose(
        name,
        &[
            AuthorizationStyle::BearerSpace,
            AuthorizationStyle::BearerNoSpace,
        ],
        "authorization",
    )
}

fn body_arg(body: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<u8>> {
    body.map_or_else(
        || Ok(Vec::new()),
        |b| Ok(ByteInput::extract(b, "body")?.to_vec()),
    )
}

/// A request ready to send: `method`, `url`, `headers` (in order) and the exact `body`.
#[pyclass(frozen, module = "umf", name = "HttpRequest")]
pub struct PyHttpRequest {
    pub inner: HttpRequest,
}

#[pymethods]
impl PyHttpRequest {
    #[new]
    #[pyo3(signature = (method, url, headers=Vec::new(), body=None))]
    fn new(
        method: &str,
        url: String,
        headers: Vec<(String, String)>,
        body: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let body = body_arg(body)?;
        Ok(PyHttpRequest {
            inner: HttpRequest {
                method: self::method(method)?,
                url,
                headers,
                body,
            },
        })
    }

    /// `GET` or `POST`.
    #[getter]
    fn method(&self) -> &'static str {
        self.inner.method.as_str()
    }

    /// Absolute URL.
    #[getter]
    fn url(&self) -> &str {
        &self.inner.url
    }

    /// Headers in the order to send them.
    #[getter]
    fn headers(&self) -> Vec<(String, String)> {
        self.inner.headers.clone()
    }

    /// The exact body bytes (signed, for a signed request). Send them unchanged.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.body)
    }

    /// The first header with this name (case-insensitive).
    fn header(&self, name: &str) -> Option<&str> {
        self.inner.header(name)
    }

    /// The same request with `Authorization` for `token` (replacing any earlier one). The body
    /// and its `Signature` stay as they are: the signature covers the body only (004:L81-86),
    /// which is what makes one retry with a fresh token possible.
    #[pyo3(signature = (token, *, authorization="bearer_space"))]
    fn with_token(&self, token: &PyAccessToken, authorization: &str) -> PyResult<Self> {
        let options = HeaderOptions {
            authorization: authorization_style(authorization)?,
            accept_language: None,
        };
        let mut inner = self.inner.clone();
        let value = options.authorization(&token.inner).into_py()?;
        inner.set_header("Authorization", value).into_py()?;
        Ok(PyHttpRequest { inner })
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyHttpRequest>()
            .is_ok_and(|other| self.inner == other.get().inner)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }
}

/// A response as received: `status`, `headers` and the exact `body`.
#[pyclass(frozen, module = "umf", name = "HttpResponse")]
pub struct PyHttpResponse {
    pub inner: HttpResponse,
}

#[pymethods]
impl PyHttpResponse {
    #[new]
    #[pyo3(signature = (status, headers=Vec::new(), body=None))]
    fn new(
        status: u16,
        headers: Vec<(String, String)>,
        body: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let body = body_arg(body)?;
        Ok(PyHttpResponse {
            inner: HttpResponse {
                status,
                headers,
                body,
            },
        })
    }

    /// HTTP status code.
    #[getter]
    fn status(&self) -> u16 {
        self.inner.status
    }

    /// Headers as received.
    #[getter]
    fn headers(&self) -> Vec<(String, String)> {
        self.inner.headers.clone()
    }

    /// The exact body bytes.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.body)
    }

    /// The first header with this name (case-insensitive).
    fn header(&self, name: &str) -> Option<&str> {
        self.inner.header(name)
    }

    /// Whether UMF rejected the access token (HTTP 401 or `ret_code` `00280703`): drop the
    /// token, fetch a new one, and send the request once more.
    fn is_token_rejection(&self) -> bool {
        is_token_rejection(&self.inner)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyHttpResponse>()
            .is_ok_and(|other| self.inner == other.get().inner)
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.inner)
    }
}

/// Serialises `value` the one way the core does (compact UTF-8 JSON, no HTML escaping, members
/// in the dict's order): the bytes to sign and send.
#[pyfunction]
pub fn serialize_body<'py>(
    py: Python<'py>,
    value: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let json = to_json(value)?;
    let bytes = core_serialize_body(&json).into_py()?;
    Ok(PyBytes::new(py, &bytes))
}

/// A POST of `body` (bytes, sent unchanged) signed with the merchant key, with the common
/// headers and, when given, `Authorization` for `token`.
#[pyfunction]
#[pyo3(signature = (url, body, merchant_key, token=None, *, authorization="bearer_space", accept_language=None))]
pub fn signed_post(
    py: Python<'_>,
    url: String,
    body: &Bound<'_, PyAny>,
    merchant_key: &PyPrivateKey,
    token: Option<&PyAccessToken>,
    authorization: &str,
    accept_language: Option<String>,
) -> PyResult<PyHttpRequest> {
    let body = ByteInput::extract(body, "body")?.to_vec();
    let headers = HeaderOptions {
        authorization: authorization_style(authorization)?,
        accept_language,
    };
    let token = token.map(|t| &t.inner);
    let inner = py
        .detach(|| core_signed_post(url, body, &merchant_key.inner, token, &headers))
        .into_py()?;
    Ok(PyHttpRequest { inner })
}
