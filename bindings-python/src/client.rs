//! `umf.Client`: the core's sans-IO client. An op id and plain dicts in, the exact
//! `HttpRequest` out; an `HttpResponse` in, a verified `ApiResponse` of plain dicts out.
//!
//! Parameters arrive the way Python passes them, as one dict and/or keyword arguments, and go to
//! the core's `RequestParams::from_flat` unchanged: path and query parameters are taken out by
//! name, `"$confirm": True` confirms, the rest is the body. Everything else — validation,
//! encryption, serialising once, signing, verification, error classification — is the core's.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyMapping};
use serde_json::{Map, Value};
use umf_core::client::{parse_response as core_parse_response, RequestParams};
use umf_core::model::Pagination;
use umf_core::{
    AccessToken, ApiResponse, Client, ClientConfig, HeaderOptions, OperationResult, PublicKey,
    TokenCredentialStyle, UnsignedRequest,
};

use crate::errors::{problem_list, IntoPyResult};
use crate::http::{authorization_style, PyHttpRequest, PyHttpResponse};
use crate::json::{serialized, to_json, to_json_object, to_python};
use crate::keys::{PyPrivateKey, PyPublicKey};
use crate::names::{py_repr, serde_name};
use crate::notification::{verify_raw_notification, PyNotification};
use crate::operations::{operations, PyOperation};
use crate::token::{PyAccessToken, PyClientCredentials, PyTokenManager};
use crate::verification::{verify_options, PyVerification};

/// The core's credential style from its Python name.
pub(crate) fn token_credential_style(name: &str) -> PyResult<TokenCredentialStyle> {
    match name {
        "json" => Ok(TokenCredentialStyle::JsonBody),
        "basic" => Ok(TokenCredentialStyle::Basic),
        _ => Err(PyValueError::new_err(
            "token_credentials must be one of 'json', 'basic'",
        )),
    }
}

/// The Python name of a credential style.
pub(crate) fn token_credential_name(style: TokenCredentialStyle) -> &'static str {
    match style {
        TokenCredentialStyle::JsonBody => "json",
        TokenCredentialStyle::Basic => "basic",
    }
}

/// Public keys from one key (anything `PublicKey.load` takes, or a `PublicKey`) or an
/// iterable of them. A lone `str`, `bytes` or path is one key, not a sequence of characters.
pub(crate) fn public_keys(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Vec<PublicKey>> {
    let single = value.cast::<PyPublicKey>().is_ok()
        || value.is_instance_of::<pyo3::types::PyString>()
        || value.is_instance_of::<PyBytes>()
        || value.is_instance_of::<pyo3::types::PyByteArray>()
        || value.is_instance_of::<pyo3::types::PyMemoryView>()
        || value.hasattr("__fspath__")?;
    if single {
        return Ok(vec![PyPublicKey::from_arg(value)?]);
    }
    let items = value.try_iter().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err(format!(
            "{what} must be a list of keys (PublicKey, PEM text, bytes or a path)"
        ))
    })?;
    items.map(|item| PyPublicKey::from_arg(&item?)).collect()
}

/// One flat JSON object from a positional dict and keyword arguments (the keywords win), read
/// by the core into path, query and body.
pub(crate) fn request_params(
    op: &str,
    params: Option<&Bound<'_, PyAny>>,
    fields: Option<&Bound<'_, PyDict>>,
) -> PyResult<RequestParams> {
    let mut flat = match params {
        Some(p) if !p.is_none() => to_json_object(p)?,
        _ => Map::new(),
    };
    if let Some(fields) = fields {
        flat.extend(to_json_object(fields.as_any())?);
    }
    RequestParams::from_flat(op, Value::Object(flat)).into_py()
}

/// The sans-IO UMF client: holds the keys and options, builds and reads; never sends.
#[pyclass(frozen, module = "umf", name = "Client")]
pub struct PyClient {
    pub(crate) inner: Client,
}

impl PyClient {
    /// Reads the parameters, then runs `build` with the GIL released (it encrypts and signs).
    fn build<T: Send>(
        &self,
        py: Python<'_>,
        op: &str,
        params: Option<&Bound<'_, PyAny>>,
        token: Option<&PyAccessToken>,
        fields: Option<&Bound<'_, PyDict>>,
        build: impl FnOnce(&Client, &RequestParams, Option<&AccessToken>) -> umf_core::Result<T> + Send,
    ) -> PyResult<T> {
        let params = request_params(op, params, fields)?;
        let token = token.map(|t| &t.inner);
        let client = &self.inner;
        py.detach(|| build(client, &params, token)).into_py()
    }
}

#[pymethods]
impl PyClient {
    /// `umf_public_key` and `merchant_key` take a key object or anything `PublicKey.load` /
    /// `PrivateKey.load` take (PEM or base64 text, bytes, a path). Without `merchant_key` only
    /// unsigned requests can be prepared (`prepare_unsigned` still works).
    /// `umf_additional_public_keys` (each like `umf_public_key`) also verify answers and
    /// notifications during a key change-over; `token_url` and `token_credentials` (`json` or
    /// `basic`) say where and how tokens are fetched.
    #[new]
    #[pyo3(signature = (
        base_url,
        *,
        umf_public_key,
        merchant_key=None,
        passphrase=None,
        authorization="bearer_space",
        accept_language=None,
        verify_policy="if_present",
        verify_scope="auto",
        validate=true,
        sign_get_requests=false,
        umf_additional_public_keys=None,
        token_url=None,
        token_credentials="json",
    ))]
    #[allow(clippy::too_many_arguments)] // keyword arguments, as Python callers pass them
    fn new(
        py: Python<'_>,
        base_url: String,
        umf_public_key: &Bound<'_, PyAny>,
        merchant_key: Option<&Bound<'_, PyAny>>,
        passphrase: Option<&Bound<'_, PyAny>>,
        authorization: &str,
        accept_language: Option<String>,
        verify_policy: &str,
        verify_scope: &str,
        validate: bool,
        sign_get_requests: bool,
        umf_additional_public_keys: Option<&Bound<'_, PyAny>>,
        token_url: Option<String>,
        token_credentials: &str,
    ) -> PyResult<Self> {
        let umf_key = PyPublicKey::from_arg(umf_public_key)?;
        let additional = match umf_additional_public_keys {
            Some(keys) if !keys.is_none() => public_keys(keys, "umf_additional_public_keys")?,
            _ => Vec::new(),
        };
        let merchant = match merchant_key {
            Some(key) if !key.is_none() => Some(PyPrivateKey::from_arg(py, key, passphrase)?),
            _ => None,
        };
        let mut config = ClientConfig::new(base_url, umf_key, merchant);
        config.headers = HeaderOptions {
            authorization: authorization_style(authorization)?,
            accept_language,
        };
        config.verify = verify_options(verify_policy, verify_scope)?;
        config.validate = validate;
        config.sign_get_requests = sign_get_requests;
        config.umf_additional_public_keys = additional;
        config.token_url = token_url;
        config.token_credentials = token_credential_style(token_credentials)?;
        Ok(PyClient {
            inner: Client::new(config),
        })
    }

    /// The base URL, as given.
    #[getter]
    fn base_url(&self) -> &str {
        &self.inner.config().base_url
    }

    /// The token endpoint: the configured `token_url`, else `{base_url}/oauth/authorize`.
    #[getter]
    fn token_url(&self) -> String {
        self.inner.token_url()
    }

    /// How the token request carries the credentials: `json` (in the body) or `basic`
    /// (`Authorization: Basic`).
    #[getter]
    fn token_credentials(&self) -> &'static str {
        token_credential_name(self.inner.config().token_credentials)
    }

    /// The further UMF public keys that verify during a key change-over (never encrypt).
    #[getter]
    fn umf_additional_public_keys(&self) -> Vec<PyPublicKey> {
        self.inner
            .config()
            .umf_additional_public_keys
            .iter()
            .map(|k| PyPublicKey { inner: k.clone() })
            .collect()
    }

    /// The UMF public key (encrypts sensitive fields, verifies answers).
    #[getter]
    fn umf_public_key(&self) -> PyPublicKey {
        PyPublicKey {
            inner: self.inner.config().umf_public_key.clone(),
        }
    }

    /// How `Authorization` is spelt: `bearer_space` or `bearer_no_space`.
    #[getter]
    fn authorization(&self) -> String {
        serde_name(&self.inner.config().headers.authorization)
    }

    /// Whether a merchant key is configured (signed operations need one).
    #[getter]
    fn has_merchant_key(&self) -> bool {
        self.inner.config().merchant_key.is_some()
    }

    /// Every operation of the table.
    #[staticmethod]
    fn operations() -> Vec<PyOperation> {
        operations()
    }

    /// The exact request for `op`: validated (every problem at once), sensitive fields
    /// encrypted, serialised once and signed when the operation is signed. `token` adds
    /// `Authorization`.
    #[pyo3(signature = (op, params=None, /, *, token=None, **fields))]
    fn prepare(
        &self,
        py: Python<'_>,
        op: &str,
        params: Option<&Bound<'_, PyAny>>,
        token: Option<&PyAccessToken>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PyHttpRequest> {
        let inner = self.build(py, op, params, token, fields, |client, params, token| {
            client.prepare(op, params, token)
        })?;
        Ok(PyHttpRequest { inner })
    }

    /// The request with its final body but no signature, for a host that signs elsewhere (an
    /// HSM, a KMS): sign `bytes_to_sign()` and `attach_signature(...)`.
    #[pyo3(signature = (op, params=None, /, *, token=None, **fields))]
    fn prepare_unsigned(
        &self,
        py: Python<'_>,
        op: &str,
        params: Option<&Bound<'_, PyAny>>,
        token: Option<&PyAccessToken>,
        fields: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<PyUnsignedRequest> {
        let inner = self.build(py, op, params, token, fields, |client, params, token| {
            client.prepare_unsigned(op, params, token)
        })?;
        Ok(PyUnsignedRequest { inner })
    }

    /// Every validation problem of a request, warnings included, without building it.
    #[pyo3(signature = (op, params=None, /, **fields))]
    fn validate<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        params: Option<&Bound<'py, PyAny>>,
        fields: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let params = request_params(op, params, fields)?;
        let problems = self.inner.validate(op, &params).into_py()?;
        problem_list(py, &problems)
    }

    /// Reads the answer to `op`: `meta.sign` verified per the configured policy, a UMF error
    /// raised as `ApiError`, the result read into plain dicts shaped by the operation.
    fn parse(
        &self,
        py: Python<'_>,
        op: &str,
        response: &PyHttpResponse,
    ) -> PyResult<PyApiResponse> {
        let client = &self.inner;
        let parsed = py.detach(|| client.parse(op, &response.inner)).into_py()?;
        PyApiResponse::from_core(py, parsed)
    }

    /// A token manager for this client's token URL (share one per `client_id`).
    #[pyo3(signature = (credentials, *, refresh_margin_ms=umf_core::token::DEFAULT_REFRESH_MARGIN_MS, refresh_timeout_ms=umf_core::token::DEFAULT_REFRESH_TIMEOUT_MS))]
    fn token_manager(
        &self,
        credentials: &PyClientCredentials,
        refresh_margin_ms: u64,
        refresh_timeout_ms: u64,
    ) -> PyTokenManager {
        PyTokenManager::from_core(
            self.inner
                .token_manager(credentials.inner.clone())
                .with_refresh_margin_ms(refresh_margin_ms)
                .with_refresh_timeout_ms(refresh_timeout_ms),
        )
    }

    /// Verifies a notification's `Signature` over the raw body with the UMF public keys
    /// (`umf_public_key`, then `umf_additional_public_keys`), then reads it (see
    /// `umf.verify_notification`); `key_fingerprint` names the key that verified.
    fn verify_notification(
        &self,
        py: Python<'_>,
        signature: Option<&str>,
        raw_body: &Bound<'_, PyAny>,
    ) -> PyResult<PyNotification> {
        let client = &self.inner;
        verify_raw_notification(py, signature, raw_body, |signature, raw| {
            client.verify_notification(signature, raw)
        })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let config = self.inner.config();
        Ok(format!(
            "Client(base_url={}, umf_public_key_fingerprint='{}', has_merchant_key={})",
            py_repr(py, &config.base_url)?,
            config.umf_public_key.fingerprint().to_hex(),
            if config.merchant_key.is_some() {
                "True"
            } else {
                "False"
            }
        ))
    }
}

/// A request whose body bytes are final but not yet signed.
#[pyclass(frozen, module = "umf", name = "UnsignedRequest")]
pub struct PyUnsignedRequest {
    inner: UnsignedRequest,
}

#[pymethods]
impl PyUnsignedRequest {
    /// The request without its `Signature` header.
    #[getter]
    fn request(&self) -> PyHttpRequest {
        PyHttpRequest {
            inner: self.inner.request.clone(),
        }
    }

    /// Whether the operation must be signed.
    #[getter]
    fn signature_required(&self) -> bool {
        self.inner.signature_required
    }

    /// JSON paths whose plaintext was encrypted.
    #[getter]
    fn encrypted(&self) -> Vec<String> {
        self.inner.encryption.encrypted.clone()
    }

    /// JSON paths that arrived as encrypted markers and were passed through.
    #[getter]
    fn passed_through(&self) -> Vec<String> {
        self.inner.encryption.passed_through.clone()
    }

    /// The exact bytes the signature covers (the body).
    fn bytes_to_sign<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.inner.bytes_to_sign())
    }

    /// The request with a base64 signature made elsewhere. With `check_with` (the merchant
    /// public key) the signature is verified first, so a bad one is never sent.
    #[pyo3(signature = (signature, *, check_with=None))]
    fn attach_signature(
        &self,
        py: Python<'_>,
        signature: &str,
        check_with: Option<&PyPublicKey>,
    ) -> PyResult<PyHttpRequest> {
        let unsigned = self.inner.clone();
        let key = check_with.map(|k| &k.inner);
        let inner = py
            .detach(|| unsigned.attach_signature(signature, key))
            .into_py()?;
        Ok(PyHttpRequest { inner })
    }

    /// The request signed with `key`.
    fn sign_with(&self, py: Python<'_>, key: &PyPrivateKey) -> PyResult<PyHttpRequest> {
        let unsigned = self.inner.clone();
        let inner = py.detach(|| unsigned.sign_with(&key.inner)).into_py()?;
        Ok(PyHttpRequest { inner })
    }

    fn __repr__(&self) -> String {
        format!(
            "UnsignedRequest(request={:?}, signature_required={})",
            self.inner.request,
            if self.inner.signature_required {
                "True"
            } else {
                "False"
            }
        )
    }
}

/// A verified, typed answer: the operation's result as plain dicts (004 spellings, amounts as
/// the exact strings UMF sent), with `meta`, `links` and what verification found.
#[pyclass(frozen, generic, module = "umf", name = "ApiResponse")]
pub struct PyApiResponse {
    operation: &'static str,
    http_status: u16,
    meta: Py<PyAny>,
    result: Py<PyAny>,
    links: Py<PyAny>,
    uncovered: Py<PyAny>,
    verification: Py<PyVerification>,
}

impl PyApiResponse {
    pub(crate) fn from_core(py: Python<'_>, parsed: ApiResponse) -> PyResult<Self> {
        Ok(PyApiResponse {
            operation: parsed.operation,
            http_status: parsed.http_status,
            meta: serialized(py, &parsed.meta)?.unbind(),
            result: result_to_python(py, &parsed.result)?.unbind(),
            links: serialized(py, &parsed.links)?.unbind(),
            uncovered: serialized(py, &parsed.uncovered)?.unbind(),
            verification: Py::new(
                py,
                PyVerification {
                    inner: parsed.verification,
                },
            )?,
        })
    }
}

/// The result's serde form, except a statement file's `raw`, which stays the exact bytes.
fn result_to_python<'py>(py: Python<'py>, result: &OperationResult) -> PyResult<Bound<'py, PyAny>> {
    if let OperationResult::Statement(file) = result {
        let dict = PyDict::new(py);
        dict.set_item("raw", PyBytes::new(py, &file.raw))?;
        dict.set_item("statement", serialized(py, &file.statement)?)?;
        dict.set_item("parse_error", file.parse_error.as_deref())?;
        return Ok(dict.into_any());
    }
    serialized(py, result)
}

#[pymethods]
impl PyApiResponse {
    /// The op id.
    #[getter]
    fn operation(&self) -> &'static str {
        self.operation
    }

    /// HTTP status.
    #[getter]
    fn http_status(&self) -> u16 {
        self.http_status
    }

    /// The envelope (`ret_code`, `ret_msg`, ...); empty for a file download.
    #[getter]
    fn meta(&self, py: Python<'_>) -> Py<PyAny> {
        self.meta.clone_ref(py)
    }

    /// The result, shaped by the operation (see `umf.models`).
    #[getter]
    fn result(&self, py: Python<'_>) -> Py<PyAny> {
        self.result.clone_ref(py)
    }

    /// HATEOAS links: data only, never followed.
    #[getter]
    fn links(&self, py: Python<'_>) -> Py<PyAny> {
        self.links.clone_ref(py)
    }

    /// Result members the signature did not cover (when verified): set aside as dicts,
    /// never read into `result`.
    #[getter]
    fn uncovered(&self, py: Python<'_>) -> Py<PyAny> {
        self.uncovered.clone_ref(py)
    }

    /// What signature verification found.
    #[getter]
    fn verification(&self, py: Python<'_>) -> Py<PyVerification> {
        self.verification.clone_ref(py)
    }

    /// The result carries echoes of sensitive fields: shown nowhere but in `result`.
    fn __repr__(&self) -> String {
        format!(
            "ApiResponse(operation='{}', http_status={}, verification='{}')",
            self.operation,
            self.http_status,
            serde_name(&self.verification.get().inner.status)
        )
    }
}

/// Reads an answer without a client: verified with `umf_public_key` when given (else the
/// result says `not_checked`).
#[pyfunction]
#[pyo3(signature = (op, response, umf_public_key=None, *, policy="if_present", scope="auto"))]
pub fn parse_response(
    py: Python<'_>,
    op: &str,
    response: &PyHttpResponse,
    umf_public_key: Option<&PyPublicKey>,
    policy: &str,
    scope: &str,
) -> PyResult<PyApiResponse> {
    let options = verify_options(policy, scope)?;
    let verifier = umf_public_key.map(|k| (&k.inner, options));
    let parsed = py
        .detach(|| core_parse_response(op, &response.inner, verifier))
        .into_py()?;
    PyApiResponse::from_core(py, parsed)
}

/// The parameters for the page after `pagination` (a result's `pagination`), or `None` on the
/// last page: a copy of `params` with `page_number` (and `page_size`) set.
#[pyfunction]
pub fn next_page<'py>(
    py: Python<'py>,
    op: &str,
    params: &Bound<'py, PyAny>,
    pagination: &Bound<'py, PyAny>,
) -> PyResult<Option<Bound<'py, PyDict>>> {
    let request = RequestParams::from_flat(op, Value::Object(to_json_object(params)?)).into_py()?;
    let pagination: Pagination = serde_json::from_value(to_json(pagination)?)
        .map_err(|e| PyValueError::new_err(format!("not a pagination object: {e}")))?;
    let Some(next) = request.next_page(&pagination) else {
        return Ok(None);
    };
    let out = PyDict::new(py);
    for pair in params.cast::<PyMapping>()?.items()?.iter() {
        let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract()?;
        out.set_item(key, value)?;
    }
    for (name, value) in &next.query {
        out.set_item(name, to_python(py, value)?)?;
    }
    Ok(Some(out))
}
