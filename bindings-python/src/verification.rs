//! `umf.verify_response`: `meta.sign` checked over the raw response bytes.

use pyo3::prelude::*;
use umf_core::verification::{SignatureScope, Verification, VerifyOptions, VerifyPolicy};

use crate::errors::IntoPyResult;
use crate::input::ByteInput;
use crate::keys::PyPublicKey;
use crate::names::{choose, py_repr, serde_name};

/// What verification found, attached to every checked response.
#[pyclass(frozen, module = "umf", name = "Verification")]
pub struct PyVerification {
    pub inner: Verification,
}

#[pymethods]
impl PyVerification {
    /// `verified`, `unsigned` (no `meta.sign`, policy `if_present`) or `not_checked`.
    #[getter]
    fn status(&self) -> String {
        serde_name(&self.inner.status)
    }

    /// The scope whose signature verified (else the one configured): `auto`, `primary_result`,
    /// `body_without_meta` or `body_without_sign`.
    #[getter]
    fn scope(&self) -> String {
        serde_name(&self.inner.scope)
    }

    /// Members whose bytes the signature covered (empty unless verified).
    #[getter]
    fn covered(&self) -> Vec<String> {
        self.inner.covered.clone()
    }

    /// Members present in the answer that the signature did not cover (empty unless
    /// verified); the typed result is never read from them.
    #[getter]
    fn uncovered(&self) -> Vec<String> {
        self.inner.uncovered.clone()
    }

    /// Hex SHA-256 fingerprint of the UMF public key whose signature verified (`None` unless
    /// verified): during a key change-over, which of the configured keys UMF signed with.
    #[getter]
    fn key_fingerprint(&self) -> Option<&str> {
        self.inner.key_fingerprint.as_deref()
    }

    /// Whether the response was authenticated.
    #[getter]
    fn is_verified(&self) -> bool {
        self.inner.is_verified()
    }

    /// Whether the signature covered `meta`, so `ret_code` is authenticated too.
    #[getter]
    fn covers_meta(&self) -> bool {
        self.inner.covers_meta()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Verification(status='{}', scope='{}', covered={}, uncovered={})",
            serde_name(&self.inner.status),
            serde_name(&self.inner.scope),
            py_repr(py, &self.inner.covered)?,
            py_repr(py, &self.inner.uncovered)?
        ))
    }
}

/// The core's options from their Python names.
pub fn verify_options(policy: &str, scope: &str) -> PyResult<VerifyOptions> {
    Ok(VerifyOptions {
        policy: choose(
            policy,
            &[
                VerifyPolicy::Strict,
                VerifyPolicy::IfPresent,
                VerifyPolicy::Off,
            ],
            "policy",
        )?,
        scope: choose(
            scope,
            &[
                SignatureScope::Auto,
                SignatureScope::PrimaryResult,
                SignatureScope::BodyWithoutMeta,
                SignatureScope::BodyWithoutSign,
            ],
            "scope",
        )?,
    })
}

/// Runs a core verification over `raw` with the GIL released.
pub fn verify_raw<F>(
    py: Python<'_>,
    raw: &Bound<'_, PyAny>,
    policy: &str,
    scope: &str,
    result_keys: &[String],
    verify: F,
) -> PyResult<PyVerification>
where
    F: FnOnce(&[u8], VerifyOptions, &[&str]) -> umf_core::Result<Verification> + Send,
{
    let raw = ByteInput::extract(raw, "raw")?;
    let options = verify_options(policy, scope)?;
    let keys: Vec<&str> = result_keys.iter().map(String::as_str).collect();
    let inner = py.detach(|| verify(&raw, options, &keys)).into_py()?;
    Ok(PyVerification { inner })
}

/// Verifies `meta.sign` over the raw response bytes. A present signature that fails always
/// raises `SignatureError`; a missing one raises only under `policy="strict"`.
/// `result_keys` names the operation's result member(s), e.g. `["payment"]`.
#[pyfunction]
#[pyo3(signature = (raw, umf_public_key, *, policy="if_present", scope="auto", result_keys=Vec::new()))]
pub fn verify_response(
    py: Python<'_>,
    raw: &Bound<'_, PyAny>,
    umf_public_key: &PyPublicKey,
    policy: &str,
    scope: &str,
    result_keys: Vec<String>,
) -> PyResult<PyVerification> {
    let key = &umf_public_key.inner;
    verify_raw(
        py,
        raw,
        policy,
        scope,
        &result_keys,
        |raw, options, keys| umf_core::verify_response(raw, key, options, keys),
    )
}
