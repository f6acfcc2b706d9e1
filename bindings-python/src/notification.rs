//! `umf.verify_notification`: the `Signature` header checked over the raw body, then the
//! payment, refund or customs notification read, and the acknowledgement built.

use pyo3::prelude::*;
use pyo3::types::PyBytes;
use umf_core::notification::{AckFormat, AckOptions, Acknowledgement, Notification};
use umf_core::PublicKey;

use crate::client::public_keys;
use crate::errors::IntoPyResult;
use crate::input::ByteInput;
use crate::json::serialized as model;
use crate::keys::PyPrivateKey;
use crate::names::{choose, py_repr};

/// A notification whose signature verified.
///
/// `meta`, `object`, `links` are the core's models as plain dicts (004 spellings, amounts as
/// strings); each access builds a new dict.
#[pyclass(frozen, module = "umf", name = "Notification")]
pub struct PyNotification {
    pub inner: Notification,
}

#[pymethods]
impl PyNotification {
    /// `payment`, `refund` or `customs_declaration`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.as_str()
    }

    /// The object id (`PAY_…`, `REFUND_…`, `CUST_…`).
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    /// The object's state (`TRADE_SUCCESS`, `REFUND_SUCCESS`, ...), when present.
    #[getter]
    fn state(&self) -> Option<&str> {
        self.inner.state.as_deref()
    }

    /// `kind:id:state`. Store it when a notification is handled and skip repeats: UMF retries
    /// until acknowledged and documents no replay protection.
    #[getter]
    fn idempotency_key(&self) -> String {
        self.inner.idempotency_key()
    }

    /// The envelope (`ret_code`, `ret_msg`).
    #[getter]
    fn meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        model(py, &self.inner.meta)
    }

    /// The payment, refund or customs declaration.
    #[getter]
    fn object<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match (
            self.inner.payment(),
            self.inner.refund(),
            self.inner.customs_declaration(),
        ) {
            (Some(p), _, _) => model(py, p),
            (_, Some(r), _) => model(py, r),
            (_, _, Some(c)) => model(py, c),
            _ => Ok(py.None().into_bound(py)),
        }
    }

    /// The payment, if this is a payment notification.
    #[getter]
    fn payment<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.payment().map(|p| model(py, p)).transpose()
    }

    /// The refund, if this is a refund notification.
    #[getter]
    fn refund<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner.refund().map(|r| model(py, r)).transpose()
    }

    /// The customs declaration, if this is a customs notification.
    #[getter]
    fn customs_declaration<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .customs_declaration()
            .map(|c| model(py, c))
            .transpose()
    }

    /// Hex SHA-256 fingerprint of the UMF public key that verified it: during a key
    /// change-over, which of the configured keys UMF signed with.
    #[getter]
    fn key_fingerprint(&self) -> &str {
        &self.inner.key_fingerprint
    }

    /// HATEOAS links (data only).
    #[getter]
    fn links<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        model(py, &self.inner.links)
    }

    /// The reply telling UMF the notification was received. `format`: `json` (default,
    /// `{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}`), `json_with_id` or `form`.
    /// Unsigned unless `sign_with` is the merchant key.
    #[pyo3(signature = (*, format="json", sign_with=None))]
    fn acknowledgement(
        &self,
        py: Python<'_>,
        format: &str,
        sign_with: Option<&PyPrivateKey>,
    ) -> PyResult<PyAcknowledgement> {
        let format = choose(
            format,
            &[AckFormat::Json, AckFormat::JsonWithId, AckFormat::Form],
            "format",
        )?;
        let options = AckOptions {
            format,
            sign_with: sign_with.map(|k| &k.inner),
        };
        let inner = py
            .detach(|| self.inner.acknowledgement(&options))
            .into_py()?;
        Ok(PyAcknowledgement { inner })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Notification(kind='{}', id={}, state={})",
            self.inner.kind.as_str(),
            py_repr(py, &self.inner.id)?,
            py_repr(py, &self.inner.state)?
        ))
    }
}

/// The HTTP reply to send back to UMF: `status`, `headers` and the exact `body`.
#[pyclass(frozen, module = "umf", name = "Acknowledgement")]
pub struct PyAcknowledgement {
    inner: Acknowledgement,
}

#[pymethods]
impl PyAcknowledgement {
    /// HTTP status (200).
    #[getter]
    fn status(&self) -> u16 {
        self.inner.status
    }

    /// `Content-Type`, and `Signature` when signed.
    #[getter]
    fn headers(&self) -> Vec<(String, String)> {
        self.inner.headers.clone()
    }

    /// The body bytes to send.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.body)
    }

    /// The `Content-Type` header's value.
    #[getter]
    fn content_type(&self) -> Option<&str> {
        self.inner
            .headers
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case("content-type"))
            .map(|(_, value)| value.as_str())
    }

    /// Header names only: a `Signature` value is nobody's business in a log.
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let names: Vec<&str> = self.inner.headers.iter().map(|(n, _)| n.as_str()).collect();
        Ok(format!(
            "Acknowledgement(status={}, headers={}, body_len={})",
            self.inner.status,
            py_repr(py, names)?,
            self.inner.body.len()
        ))
    }
}

/// Runs a core notification check over the raw body with the GIL released. A missing header
/// (`None`) is the core's `signature_missing`.
pub fn verify_raw_notification<F>(
    py: Python<'_>,
    signature: Option<&str>,
    raw_body: &Bound<'_, PyAny>,
    verify: F,
) -> PyResult<PyNotification>
where
    F: FnOnce(&str, &[u8]) -> umf_core::Result<Notification> + Send,
{
    let raw = ByteInput::extract(raw_body, "raw_body")?;
    let signature = signature.unwrap_or("");
    let inner = py.detach(|| verify(signature, &raw)).into_py()?;
    Ok(PyNotification { inner })
}

/// Verifies the `Signature` header over the raw body with the UMF public key, then reads the
/// notification. Pass the body exactly as received (Flask: `request.get_data()`, FastAPI:
/// `await request.body()`), never a re-serialised parse of it. `umf_public_key` may be a list
/// of keys during a key change-over: any of them verifies, and `key_fingerprint` says which.
#[pyfunction]
#[pyo3(signature = (signature, raw_body, umf_public_key))]
pub fn verify_notification(
    py: Python<'_>,
    signature: Option<&str>,
    raw_body: &Bound<'_, PyAny>,
    umf_public_key: &Bound<'_, PyAny>,
) -> PyResult<PyNotification> {
    let keys = public_keys(umf_public_key, "umf_public_key")?;
    let keys: Vec<&PublicKey> = keys.iter().collect();
    verify_raw_notification(py, signature, raw_body, |signature, raw| {
        umf_core::verify_notification_with_keys(&keys, signature, raw)
    })
}
