//! JSON text across the boundary: read without echoing what it held, written without loss.
//!
//! Payloads carry card numbers, so a parse error reports where it failed, never the text.
//! With the workspace's `serde_json` (`preserve_order`, `arbitrary_precision`), members keep
//! their order and numbers their text both ways.

use serde::Serialize;
use serde_json::Value;
use zeroize::Zeroizing;

use crate::error::{internal, invalid_request, Result};

/// Parses JSON text given as `name`, then wipes the text (it may hold plaintext card fields).
pub(crate) fn parse(name: &str, text: String) -> Result<Value> {
    let text = Zeroizing::new(text);
    serde_json::from_str(&text).map_err(|e| {
        invalid_request(format!(
            "{name} is not JSON ({:?} error at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ))
    })
}

/// Writes a value the core made; failing would be a bug, reported rather than panicking.
pub(crate) fn write<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|_| internal("a JSON value could not be written"))
}
