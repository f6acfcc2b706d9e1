//! Arguments as Python passes them: bytes-like bodies and key sources.
//!
//! Key material and passphrases ([`read_key_source`], [`secret_bytes`]) may arrive as `str`,
//! `bytearray` or `memoryview`, which are copied; every copy made of them is wiped. The limited
//! API of Python 3.9 can only encode a `str` into a new `bytes` object, which nobody wipes, so a
//! secret `str` is read one character at a time instead (one-character strings and small ints
//! are CPython's shared singletons: nothing of the secret is left in them); a `memoryview` is
//! read through a `bytearray` of ours, overwritten once read; and a key's base64 text is never
//! handed to the file system as a path name.

use std::ops::Deref;
use std::path::{Path, PathBuf};

use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PySlice, PyString};
use zeroize::Zeroizing;

use crate::errors::to_py_err;

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
/// * `str`: PEM text when it holds `-----BEGIN`; base64 text when it is [`KEY_TEXT_MIN`] or more
///   base64 characters (a key: looking it up as a path would copy it into the file system
///   call's buffers); else a file when one exists at that path; else, when it reads as a path
///   ([`reads_as_path`]), that file's absence (`key_file_not_found`); else base64 text (as keys
///   are often pasted into configuration).
pub fn read_key_source(value: &Bound<'_, PyAny>) -> PyResult<Zeroizing<Vec<u8>>> {
    if let Ok(s) = value.cast::<PyString>() {
        let text = secret_utf8(s)?;
        if let Some(path) = possible_path(&text) {
            if path.is_file() || reads_as_path(path) {
                return read_file(path.to_owned());
            }
        }
        return Ok(text);
    }
    if value.cast::<PyBytes>().is_ok()
        || value.cast::<PyByteArray>().is_ok()
        || value.get_type().name()? == "memoryview"
    {
        return secret_bytes(value, "a key");
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

/// The shortest `str` of base64 characters taken as key text without looking for a file of
/// that name. The smallest key the SDK loads (1024-bit PKCS#1) is over 800 characters of base64.
pub const KEY_TEXT_MIN: usize = 256;

/// `text` as a path to look for, unless it is a key's PEM or base64 text, or too long for a path.
fn possible_path(text: &[u8]) -> Option<&Path> {
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || b"+/=\r\n \t".contains(b);
    let key_text = (text.len() >= KEY_TEXT_MIN && text.iter().all(base64))
        || text.windows(PEM_BEGIN.len()).any(|w| w == PEM_BEGIN);
    if key_text || text.len() >= 4096 {
        return None;
    }
    // Borrowed, not copied.
    std::str::from_utf8(text).ok().map(Path::new)
}

const PEM_BEGIN: &[u8] = b"-----BEGIN";

/// Whether a `str` that names no file was meant as a path, so that its absence is reported as
/// `key_file_not_found` (naming it) rather than as key text that failed to parse: too short
/// for a key's text, no whitespace, and a file name's extension (`umf.crt`, `keys/merchant.pem`)
/// or a path's start (`/`, `./`, `../`, `~/`). Secrets passed by mistake (client secrets,
/// passphrases, tokens) seldom look like that; any text that does not stays key text, which
/// `key_invalid` never echoes (tests/test_secrets.py tries random samples of it).
fn reads_as_path(path: &Path) -> bool {
    let Some(text) = path.to_str() else {
        return false;
    };
    if text.len() >= KEY_TEXT_MIN || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let extension = path
        .file_stem()
        .zip(path.extension().and_then(|e| e.to_str()))
        .is_some_and(|(_, e)| {
            (1..=5).contains(&e.len()) && e.chars().all(|c| c.is_ascii_alphanumeric())
        });
    extension
        || ["/", "./", "../", "~/"]
            .iter()
            .any(|start| text.starts_with(start))
}

/// Bytes of key material or a passphrase from `bytes`, `bytearray`, `memoryview` or `str`, in a
/// buffer zeroised on drop; no other copy is left behind.
pub fn secret_bytes(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Zeroizing<Vec<u8>>> {
    if let Ok(s) = value.cast::<PyString>() {
        return secret_utf8(s);
    }
    if value.get_type().name()? == "memoryview" {
        // Copied by the buffer protocol into a bytearray of ours (no `bytes` in between), read,
        // then overwritten in place (a slice assignment of the same length does not reallocate).
        let copy = PyByteArray::from(value)?;
        let bytes = Zeroizing::new(copy.to_vec());
        let zeros = PyBytes::new(value.py(), &vec![0; bytes.len()]);
        copy.set_item(PySlice::full(value.py()), zeros)?;
        return Ok(bytes);
    }
    Ok(Zeroizing::new(ByteInput::extract(value, what)?.to_vec()))
}

/// The UTF-8 of a secret `str`, read one character at a time into a zeroised buffer sized
/// for the longest encoding (so it never reallocates, leaving a partial copy behind).
fn secret_utf8(s: &Bound<'_, PyString>) -> PyResult<Zeroizing<Vec<u8>>> {
    static ORD: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let py = s.py();
    let ord = ORD.import(py, "builtins", "ord")?;
    let mut out = Zeroizing::new(Vec::with_capacity(s.len()? * 4));
    let mut scratch = Zeroizing::new([0u8; 4]);
    for ch in s.try_iter()? {
        let code: u32 = ord.call1((ch?,))?.extract()?;
        // A lone surrogate has no UTF-8 (`str.encode("utf-8")` refuses it too).
        let ch = char::from_u32(code)
            .ok_or_else(|| PyValueError::new_err("the text holds a lone surrogate: not UTF-8"))?;
        out.extend_from_slice(ch.encode_utf8(&mut *scratch).as_bytes());
    }
    Ok(out)
}

/// Reads a key file. A missing file is the core's `key_file_not_found`
/// (`umf.KeyFileNotFoundError`, also a `FileNotFoundError`); any other failure is
/// `OSError(errno, text, path)`, which becomes the matching subclass (`PermissionError`,
/// `IsADirectoryError`, ...) by Python's own errno mapping.
pub fn read_file(path: PathBuf) -> PyResult<Zeroizing<Vec<u8>>> {
    std::fs::read(&path).map(Zeroizing::new).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            let path = path.to_string_lossy().into_owned();
            return to_py_err(umf_core::Error::KeyFileNotFound { path });
        }
        PyOSError::new_err((e.raw_os_error().unwrap_or(0), e.to_string(), path))
    })
}

/// A passphrase from `str` or `bytes`, zeroised after use.
pub fn passphrase(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Zeroizing<Vec<u8>>>> {
    match value {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => secret_bytes(v, "passphrase").map(Some),
    }
}
