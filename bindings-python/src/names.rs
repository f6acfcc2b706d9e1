//! The core's snake_case names for its enums (`pkcs8`, `primary_result`, `json_with_id`, ...),
//! read from their serde form so every binding and the shared test vectors use the same words.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;
use serde::Serialize;

/// The name serde gives `value`.
pub fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "other".to_owned(),
    }
}

/// The candidate whose serde name is `name`; a `ValueError` listing the names otherwise.
pub fn choose<T: Serialize + Copy>(name: &str, candidates: &[T], what: &str) -> PyResult<T> {
    candidates
        .iter()
        .find(|c| serde_name(*c) == name)
        .copied()
        .ok_or_else(|| {
            let names: Vec<String> = candidates
                .iter()
                .map(|c| format!("'{}'", serde_name(c)))
                .collect();
            PyValueError::new_err(format!("{what} must be one of {}", names.join(", ")))
        })
}

/// Python's own `repr()` of a value, for `__repr__` texts that read like Python.
pub fn py_repr<'py, T: IntoPyObject<'py>>(py: Python<'py>, value: T) -> PyResult<String> {
    Ok(value.into_bound_py_any(py)?.repr()?.to_string())
}
