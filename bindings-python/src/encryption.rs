//! Sensitive fields: `umf.encrypt_fields`, `umf.CardEncryptor` and the field table.
//!
//! Dicts in, new dicts out: the caller's dict is never mutated, member order is kept, and only
//! the values at the core's sensitive paths change (see [`crate::json::merge`]). The table of
//! paths is the core's; nothing here knows a field name.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde_json::{Map, Value};
use umf_core::encryption::{fields_for, EncryptedField, ENCRYPTED_MARKER};
use umf_core::{CardEncryptor, EncryptionMode, EncryptionReport, ENCRYPTED_FIELDS};

use crate::errors::IntoPyResult;
use crate::json::{merge, to_json, to_json_object, to_python};
use crate::keys::PyPublicKey;
use crate::names::py_repr;
use crate::notification::{verify_raw_notification, PyNotification};
use crate::verification::{verify_raw, PyVerification};

/// The encrypted body (and query), and which paths were encrypted or passed through.
#[pyclass(frozen, module = "umf", name = "EncryptionResult")]
pub struct PyEncryptionResult {
    body: Py<PyAny>,
    query: Option<Py<PyAny>>,
    encrypted: Vec<String>,
    passed_through: Vec<String>,
}

#[pymethods]
impl PyEncryptionResult {
    /// A new dict: the input with its sensitive values encrypted.
    #[getter]
    fn body(&self, py: Python<'_>) -> Py<PyAny> {
        self.body.clone_ref(py)
    }

    /// A new dict of query parameters, when a query was given.
    #[getter]
    fn query(&self, py: Python<'_>) -> Option<Py<PyAny>> {
        self.query.as_ref().map(|q| q.clone_ref(py))
    }

    /// JSON paths whose plaintext was encrypted here.
    #[getter]
    fn encrypted(&self) -> Vec<String> {
        self.encrypted.clone()
    }

    /// JSON paths whose value arrived as an encrypted marker and was passed through.
    #[getter]
    fn passed_through(&self) -> Vec<String> {
        self.passed_through.clone()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "EncryptionResult(encrypted={}, passed_through={})",
            py_repr(py, &self.encrypted)?,
            py_repr(py, &self.passed_through)?
        ))
    }
}

/// Converts the inputs, runs `encrypt` with the GIL released, and merges the result back.
fn run<F>(
    py: Python<'_>,
    body: &Bound<'_, PyAny>,
    query: Option<&Bound<'_, PyAny>>,
    encrypt: F,
) -> PyResult<PyEncryptionResult>
where
    F: FnOnce(&mut Value, Option<&mut Map<String, Value>>) -> umf_core::Result<EncryptionReport>
        + Send,
{
    let mut json_body = to_json(body)?;
    let mut json_query = query.map(to_json_object).transpose()?;
    let report = py
        .detach(|| encrypt(&mut json_body, json_query.as_mut()))
        .into_py()?;
    let new_body = merge(body, &json_body)?.unbind();
    let new_query = match (query, json_query) {
        (Some(original), Some(updated)) => Some(merge(original, &Value::Object(updated))?.unbind()),
        _ => None,
    };
    Ok(PyEncryptionResult {
        body: new_body,
        query: new_query,
        encrypted: report.encrypted,
        passed_through: report.passed_through,
    })
}

fn mode(name: &str) -> PyResult<EncryptionMode> {
    match name {
        "wire" => Ok(EncryptionMode::Wire),
        "marker" => Ok(EncryptionMode::Marker),
        _ => Err(PyValueError::new_err("mode must be 'wire' or 'marker'")),
    }
}

/// Encrypts every sensitive field of operation `op_id` in `body` (and `query`) with the UMF
/// public key. `mode="wire"` (the merchant server, before signing) puts base64 ciphertext in
/// place; `mode="marker"` puts `{"$encrypted": ciphertext}`. Markers already present are
/// checked and passed through, never encrypted twice.
#[pyfunction]
#[pyo3(signature = (op_id, body, umf_public_key, *, query=None, mode="wire"))]
pub fn encrypt_fields(
    py: Python<'_>,
    op_id: &str,
    body: &Bound<'_, PyAny>,
    umf_public_key: &PyPublicKey,
    query: Option<&Bound<'_, PyAny>>,
    mode: &str,
) -> PyResult<PyEncryptionResult> {
    let mode = self::mode(mode)?;
    let key = &umf_public_key.inner;
    run(py, body, query, |b, q| {
        umf_core::encrypt_fields(op_id, b, q, key, mode)
    })
}

/// Wraps ciphertext made elsewhere (e.g. on a device) as an encrypted marker.
#[pyfunction]
pub fn encrypted_marker<'py>(py: Python<'py>, ciphertext: String) -> PyResult<Bound<'py, PyAny>> {
    to_python(py, &umf_core::encryption::encrypted_marker(ciphertext))
}

/// One sensitive field of the API (API.md §3.3).
#[pyclass(frozen, module = "umf", name = "EncryptedField")]
pub struct PyEncryptedField {
    inner: &'static EncryptedField,
}

#[pymethods]
impl PyEncryptedField {
    /// Dotted path from the body root, or `query:<name>` for a query parameter.
    #[getter]
    fn path(&self) -> &'static str {
        let inner: &'static EncryptedField = self.inner;
        &inner.path
    }

    /// The documented object and field, where the wire path differs.
    #[getter]
    fn documented_as(&self) -> Option<&'static str> {
        self.inner.documented_as
    }

    /// Operation ids that send the field.
    #[getter]
    fn operations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.inner.operations)
    }

    /// The query parameter name, when the field is one.
    #[getter]
    fn query_parameter(&self) -> Option<&'static str> {
        let inner: &'static EncryptedField = self.inner;
        inner.query_parameter()
    }

    /// Seed lines the row rests on.
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "EncryptedField(path={})",
            py_repr(py, &self.inner.path)?
        ))
    }
}

/// The sensitive fields of `op_id`, or every one when `op_id` is `None`.
#[pyfunction]
#[pyo3(signature = (op_id=None))]
pub fn encrypted_fields(op_id: Option<&str>) -> Vec<PyEncryptedField> {
    let wrap = |inner| PyEncryptedField { inner };
    match op_id {
        Some(op) => fields_for(op).map(wrap).collect(),
        None => ENCRYPTED_FIELDS.iter().map(wrap).collect(),
    }
}

/// The member name of an encrypted marker.
pub const MARKER: &str = ENCRYPTED_MARKER;

/// The public-key-only entry point for browsers, apps and any process that must not hold the
/// merchant key: encrypts card fields as markers and verifies what the server relays.
#[pyclass(frozen, module = "umf", name = "CardEncryptor")]
pub struct PyCardEncryptor {
    inner: CardEncryptor,
}

#[pymethods]
impl PyCardEncryptor {
    /// `umf_public_key`: a `PublicKey`, or anything `PublicKey.load` takes.
    #[new]
    fn new(umf_public_key: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyCardEncryptor {
            inner: CardEncryptor::new(PyPublicKey::from_arg(umf_public_key)?),
        })
    }

    /// The UMF public key in use.
    #[getter]
    fn public_key(&self) -> PyPublicKey {
        PyPublicKey {
            inner: self.inner.public_key().clone(),
        }
    }

    /// Base64 ciphertext of one value.
    fn encrypt_value(&self, py: Python<'_>, value: &str) -> PyResult<String> {
        py.detach(|| self.inner.encrypt_value(value)).into_py()
    }

    /// Replaces every sensitive field of `op_id` with an encrypted marker, ready to relay to
    /// the merchant's server.
    #[pyo3(signature = (op_id, payload, *, query=None))]
    fn encrypt_fields(
        &self,
        py: Python<'_>,
        op_id: &str,
        payload: &Bound<'_, PyAny>,
        query: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyEncryptionResult> {
        let encryptor = &self.inner;
        run(py, payload, query, |b, q| {
            encryptor.encrypt_fields(op_id, b, q)
        })
    }

    /// Verifies a response body the server relayed unchanged (see `umf.verify_response`).
    #[pyo3(signature = (raw, *, policy="if_present", scope="auto", result_keys=Vec::new()))]
    fn verify_response(
        &self,
        py: Python<'_>,
        raw: &Bound<'_, PyAny>,
        policy: &str,
        scope: &str,
        result_keys: Vec<String>,
    ) -> PyResult<PyVerification> {
        let encryptor = &self.inner;
        verify_raw(
            py,
            raw,
            policy,
            scope,
            &result_keys,
            |raw, options, keys| encryptor.verify_response(raw, options, keys),
        )
    }

    /// Verifies a notification the server relayed with its `Signature` header.
    fn verify_notification(
        &self,
        py: Python<'_>,
        signature: Option<&str>,
        raw_body: &Bound<'_, PyAny>,
    ) -> PyResult<PyNotification> {
        let encryptor = &self.inner;
        verify_raw_notification(py, signature, raw_body, |signature, raw| {
            encryptor.verify_notification(signature, raw)
        })
    }

    fn __repr__(&self) -> String {
        format!(
            "CardEncryptor(umf_public_key_fingerprint='{}')",
            self.inner.public_key().fingerprint().to_hex()
        )
    }
}
