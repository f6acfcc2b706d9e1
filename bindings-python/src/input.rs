//! Arguments as Python passes them: bytes-like bodies and key sources.

use std::ops::Deref;
use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use zeroize::Zeroizing;

/// Bytes from `bytes` (borrowed, no copy), or copied from `bytearray`, `memoryview` or `str` (UTF-8).
pub enum ByteInput<'a> {
    /// Borrowed from an immutable `bytes` object that the caller keeps alive.
    Borrowed(&'a [u8]),
    /// Copied out of a mutable or foreign buffer; zeroised on drop, as it may be a key.
    Owned(Zeroizing<Vec<u8>>),
}

impl Deref for ByteInput<'_> {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            ByteInput::Borrowed(b) => b,
            ByteInput::Owned(v) => v,
        }
    }
}

impl<'a> ByteInput<'a> {
    /// Reads `value`, naming `what` in the error for anything else.
    pub fn extract(value: &'a Bound<'_, PyAny>, what: &str) -> PyResult<Self> {
        if let Ok(b) = value.cast::<PyBytes>() {
            return Ok(ByteInput::Borrowed(b.as_bytes()));
        }
        if let Ok(s) = value.cast::<PyString>() {
            // The limited API of Python 3.9 cannot lend a str's UTF-8 buffer: copy it.
            let bytes = s.to_cow()?.into_owned().into_bytes();
            return Ok(ByteInput::Owned(Zeroizing::new(bytes)));
        }
        if let Ok(b) = value.cast::<PyByteArray>() {
            return Ok(ByteInput::Owned(Zeroizing::new(b.to_vec())));
        }
        if value.get_type().name()? == "memoryview" {
            let copy = value.call_method0("tobytes")?;
            let bytes = copy.cast::<PyBytes>()?.as_bytes().to_vec();
            return Ok(ByteInput::Owned(Zeroizing::new(bytes)));
        }
        Err(PyTypeError::new_err(format!(
            "{what} must be bytes, bytearray, memoryview or str, not {}",
            value.get_type().name()?
        )))
    }
}

/// Where a key comes from.
///
/// * `bytes`, `bytearray`, `memoryview`: the key itself (PEM, DER or base64);
/// * `os.PathLike`: a file holding it;
/// * `str`: PEM text when it holds `-----BEGIN`, else a file when one exists at that path,
///   else one-line base64 text (as keys are often pasted into configuration).
pub fn read_key_source(value: &Bound<'_, PyAny>) -> PyResult<Zeroizing<Vec<u8>>> {
    if let Ok(s) = value.cast::<PyString>() {
        let text = s.to_cow()?;
        if !text.contains("-----BEGIN") {
            let path = PathBuf::from(text.as_ref());
            // A base64 key is no file name, but a very long string is not worth a stat call.
            if text.len() < 4096 && path.is_file() {
                return read_file(path);
            }
        }
        return Ok(Zeroizing::new(text.as_bytes().to_vec()));
    }
    if value.cast::<PyBytes>().is_ok()
        || value.cast::<PyByteArray>().is_ok()
        || value.get_type().name()? == "memoryview"
    {
        return Ok(Zeroizing::new(ByteInput::extract(value, "a key")?.to_vec()));
    }
    if value.hasattr("__fspath__")? {
        let path: PathBuf = value.extract()?;
        return read_file(path);
    }
    Err(PyTypeError::new_err(format!(
        "a key must be bytes, str or os.PathLike, not {}",
        value.get_type().name()?
    )))
}

/// Reads a key file. `OSError(errno, text, path)` becomes the matching subclass
/// (`FileNotFoundError`, `PermissionError`, ...) by Python's own errno mapping.
pub fn read_file(path: PathBuf) -> PyResult<Zeroizing<Vec<u8>>> {
    std::fs::read(&path)
        .map(Zeroizing::new)
        .map_err(|e| PyOSError::new_err((e.raw_os_error().unwrap_or(0), e.to_string(), path)))
}

/// A passphrase from `str` or `bytes`, zeroised after use.
pub fn passphrase(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Zeroizing<Vec<u8>>>> {
    match value {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(Zeroizing::new(
            ByteInput::extract(v, "passphrase")?.to_vec(),
        ))),
    }
}
