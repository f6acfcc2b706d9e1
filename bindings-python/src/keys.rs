//! `umf.PrivateKey`, `umf.PublicKey` and `umf.inspect_key`.
//!
//! RSA work (loading an encrypted key, signing, verifying, encrypting) runs with the GIL
//! released, so threads sharing one key sign in parallel. The classes are frozen and the core
//! keys are `Send + Sync`, so one key object may be shared by every thread.

use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::Serialize;
use umf_core::keys::{inspect, KeyFormat, KeyInfo};
use umf_core::{PrivateKey, PublicKey};

use crate::errors::IntoPyResult;
use crate::input::{read_file, read_key_source, secret_bytes, ByteInput};
use crate::names::serde_name;

/// The merchant private key: signs request bodies (and, optionally, notification replies).
#[pyclass(frozen, module = "umf", name = "PrivateKey")]
pub struct PyPrivateKey {
    pub inner: PrivateKey,
}

fn load_private(py: Python<'_>, bytes: &[u8], passphrase: Option<&[u8]>) -> PyResult<PyPrivateKey> {
    // Opening an encrypted PKCS#8 key runs its key derivation: release the GIL for it too.
    let inner = py
        .detach(|| PrivateKey::from_bytes(bytes, passphrase))
        .into_py()?;
    Ok(PyPrivateKey { inner })
}

impl PyPrivateKey {
    /// Accepts a `PrivateKey` or anything [`PyPrivateKey::load`] takes.
    pub fn from_arg(
        py: Python<'_>,
        value: &Bound<'_, PyAny>,
        passphrase: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PrivateKey> {
        if let Ok(key) = value.cast::<PyPrivateKey>() {
            return Ok(key.get().inner.clone());
        }
        let bytes = read_key_source(value)?;
        let pass = crate::input::passphrase(passphrase)?;
        Ok(load_private(py, &bytes, pass.as_deref().map(Vec::as_slice))?.inner)
    }
}

#[pymethods]
impl PyPrivateKey {
    /// Loads from `bytes` (PEM, DER or base64), an `os.PathLike`, or a `str` holding PEM text,
    /// a file path or base64 text.
    #[staticmethod]
    #[pyo3(signature = (source, passphrase=None))]
    fn load(
        py: Python<'_>,
        source: &Bound<'_, PyAny>,
        passphrase: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let bytes = read_key_source(source)?;
        let pass = crate::input::passphrase(passphrase)?;
        load_private(py, &bytes, pass.as_deref().map(Vec::as_slice))
    }

    /// Loads from the key's own bytes or text, never from a path.
    #[staticmethod]
    #[pyo3(signature = (data, passphrase=None))]
    fn from_bytes(
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        passphrase: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let bytes = secret_bytes(data, "key data")?;
        let pass = crate::input::passphrase(passphrase)?;
        load_private(py, &bytes, pass.as_deref().map(Vec::as_slice))
    }

    /// Loads from a file.
    #[staticmethod]
    #[pyo3(signature = (path, passphrase=None))]
    fn from_file(
        py: Python<'_>,
        path: std::path::PathBuf,
        passphrase: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let bytes = read_file(path)?;
        let pass = crate::input::passphrase(passphrase)?;
        load_private(py, &bytes, pass.as_deref().map(Vec::as_slice))
    }

    /// The `Signature` header for exactly these bytes (RSASSA-PKCS1-v1_5 / SHA-256, base64).
    fn sign(&self, py: Python<'_>, message: &Bound<'_, PyAny>) -> PyResult<String> {
        let message = ByteInput::extract(message, "message")?;
        let signature = py.detach(|| self.inner.sign(&message)).into_py()?;
        Ok(signature.into())
    }

    /// Modulus size in bits.
    #[getter]
    fn bits(&self) -> usize {
        self.inner.bits()
    }

    /// Signature size in bytes.
    #[getter]
    fn size(&self) -> usize {
        self.inner.size()
    }

    /// SHA-256 of the public key's SPKI DER, lower-case hex.
    #[getter]
    fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// How the key was stored, e.g. `PKCS#8 PEM`.
    #[getter]
    fn format(&self) -> String {
        self.inner.format().to_string()
    }

    /// `pkcs1`, `pkcs8` or `encrypted_pkcs8`.
    #[getter]
    fn container(&self) -> String {
        serde_name(&self.inner.format().container)
    }

    /// `pem`, `der` or `base64`.
    #[getter]
    fn encoding(&self) -> String {
        serde_name(&self.inner.format().encoding)
    }

    /// The matching public key.
    #[getter]
    fn public_key(&self) -> PyPublicKey {
        PyPublicKey {
            inner: self.inner.public_key().clone(),
        }
    }

    /// The key as unencrypted PKCS#8 DER, for a host library that needs it. Key material:
    /// never store or log it.
    fn to_pkcs8_der<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let der = self.inner.to_pkcs8_der().into_py()?;
        Ok(PyBytes::new(py, &der))
    }

    fn __repr__(&self) -> String {
        format!(
            "PrivateKey(bits={}, format='{}', fingerprint='{}')",
            self.inner.bits(),
            self.inner.format(),
            self.inner.fingerprint().to_hex()
        )
    }
}

/// An RSA public key: the UMF key (encrypts sensitive fields, verifies what UMF signs), or the
/// public half of the merchant key.
#[pyclass(frozen, module = "umf", name = "PublicKey")]
pub struct PyPublicKey {
    pub inner: PublicKey,
}

impl PyPublicKey {
    /// Accepts a `PublicKey` or anything [`PyPublicKey::load`] takes.
    pub fn from_arg(value: &Bound<'_, PyAny>) -> PyResult<PublicKey> {
        if let Ok(key) = value.cast::<PyPublicKey>() {
            return Ok(key.get().inner.clone());
        }
        let bytes = read_key_source(value)?;
        PublicKey::from_bytes(&bytes).into_py()
    }
}

fn format_part<T: Serialize>(
    format: Option<KeyFormat>,
    part: impl Fn(&KeyFormat) -> T,
) -> Option<String> {
    format.as_ref().map(|f| serde_name(&part(f)))
}

#[pymethods]
impl PyPublicKey {
    /// Loads an SPKI or PKCS#1 public key or an X.509 certificate from `bytes`, an
    /// `os.PathLike`, or a `str` holding PEM text, a file path or base64 text.
    #[staticmethod]
    fn load(source: &Bound<'_, PyAny>) -> PyResult<Self> {
        let bytes = read_key_source(source)?;
        let inner = PublicKey::from_bytes(&bytes).into_py()?;
        Ok(PyPublicKey { inner })
    }

    /// Loads from the key's own bytes or text, never from a path.
    #[staticmethod]
    fn from_bytes(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let bytes = ByteInput::extract(data, "key data")?;
        let inner = PublicKey::from_bytes(&bytes).into_py()?;
        Ok(PyPublicKey { inner })
    }

    /// Loads from a file.
    #[staticmethod]
    fn from_file(path: std::path::PathBuf) -> PyResult<Self> {
        let bytes = read_file(path)?;
        let inner = PublicKey::from_bytes(&bytes).into_py()?;
        Ok(PyPublicKey { inner })
    }

    /// Checks a base64 signature over exactly `message`; raises `SignatureError` when it does
    /// not verify.
    fn verify(&self, py: Python<'_>, message: &Bound<'_, PyAny>, signature: &str) -> PyResult<()> {
        let message = ByteInput::extract(message, "message")?;
        py.detach(|| self.inner.verify(&message, signature))
            .into_py()
    }

    /// RSAES-PKCS1-v1_5 ciphertext of `plaintext` (at most `max_plaintext_len` bytes).
    fn encrypt<'py>(
        &self,
        py: Python<'py>,
        plaintext: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let plaintext = ByteInput::extract(plaintext, "plaintext")?;
        let ciphertext = py.detach(|| self.inner.encrypt(&plaintext)).into_py()?;
        Ok(PyBytes::new(py, &ciphertext))
    }

    /// The base64 ciphertext of a UTF-8 value, as UMF wants it in a sensitive field.
    fn encrypt_to_base64(&self, py: Python<'_>, value: &str) -> PyResult<String> {
        py.detach(|| self.inner.encrypt_to_base64(value)).into_py()
    }

    /// Modulus size in bits.
    #[getter]
    fn bits(&self) -> usize {
        self.inner.bits()
    }

    /// Modulus size in bytes: the length of every signature and ciphertext.
    #[getter]
    fn size(&self) -> usize {
        self.inner.size()
    }

    /// The most bytes one encrypted value may hold (`size - 11`).
    #[getter]
    fn max_plaintext_len(&self) -> usize {
        self.inner.max_plaintext_len()
    }

    /// SHA-256 of the SPKI DER, lower-case hex.
    #[getter]
    fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// How the key was stored, e.g. `X.509 certificate PEM`; `None` when derived from a
    /// private key.
    #[getter]
    fn format(&self) -> Option<String> {
        self.inner.format().map(|f| f.to_string())
    }

    /// `spki`, `pkcs1_public` or `x509_certificate`; `None` when derived from a private key.
    #[getter]
    fn container(&self) -> Option<String> {
        format_part(self.inner.format(), |f| f.container)
    }

    /// `pem`, `der` or `base64`; `None` when derived from a private key.
    #[getter]
    fn encoding(&self) -> Option<String> {
        format_part(self.inner.format(), |f| f.encoding)
    }

    /// The key as SPKI DER.
    fn to_spki_der<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyBytes>> {
        let der = self.inner.to_spki_der().into_py()?;
        Ok(PyBytes::new(py, &der))
    }

    /// The key as SPKI PEM.
    fn to_spki_pem(&self) -> PyResult<String> {
        self.inner.to_spki_pem().into_py()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyPublicKey>()
            .is_ok_and(|other| self.inner == other.get().inner)
    }

    fn __hash__(&self) -> u64 {
        let fp = self.inner.fingerprint().0;
        u64::from_le_bytes([fp[0], fp[1], fp[2], fp[3], fp[4], fp[5], fp[6], fp[7]])
    }

    fn __repr__(&self) -> String {
        format!(
            "PublicKey(bits={}, fingerprint='{}')",
            self.inner.bits(),
            self.inner.fingerprint().to_hex()
        )
    }
}

/// What a key file holds, without keeping the key.
#[pyclass(frozen, module = "umf", name = "KeyInfo")]
pub struct PyKeyInfo {
    inner: KeyInfo,
}

#[pymethods]
impl PyKeyInfo {
    /// `rsa_private_key`, `encrypted_private_key`, `rsa_public_key` or `certificate`.
    #[getter]
    fn kind(&self) -> String {
        serde_name(&self.inner.kind)
    }

    /// e.g. `PKCS#8 PEM`.
    #[getter]
    fn format(&self) -> String {
        self.inner.format.to_string()
    }

    /// The ASN.1 structure, as in the shared test vectors (`pkcs8`, `spki`, ...).
    #[getter]
    fn container(&self) -> String {
        serde_name(&self.inner.format.container)
    }

    /// `pem`, `der` or `base64`.
    #[getter]
    fn encoding(&self) -> String {
        serde_name(&self.inner.format.encoding)
    }

    /// Modulus size; `None` for an encrypted key inspected without its passphrase.
    #[getter]
    fn bits(&self) -> Option<usize> {
        self.inner.bits
    }

    /// SHA-256 of the SPKI; `None` for an encrypted key inspected without its passphrase.
    #[getter]
    fn fingerprint(&self) -> Option<String> {
        self.inner.fingerprint.map(|f| f.to_hex())
    }

    fn __repr__(&self) -> String {
        format!(
            "KeyInfo(kind='{}', format='{}', bits={}, fingerprint={})",
            serde_name(&self.inner.kind),
            self.inner.format,
            self.inner
                .bits
                .map_or_else(|| "None".to_owned(), |b| b.to_string()),
            self.inner
                .fingerprint
                .map_or_else(|| "None".to_owned(), |f| format!("'{}'", f.to_hex()))
        )
    }
}

/// Describes the first key in `source` (what `umf keys inspect` prints).
#[pyfunction]
#[pyo3(signature = (source, passphrase=None))]
pub fn inspect_key(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    passphrase: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyKeyInfo> {
    let bytes = read_key_source(source)?;
    let pass = crate::input::passphrase(passphrase)?;
    let inner = py
        .detach(|| inspect(&bytes, pass.as_deref().map(Vec::as_slice)))
        .into_py()?;
    Ok(PyKeyInfo { inner })
}
