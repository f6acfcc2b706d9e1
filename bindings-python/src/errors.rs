//! Core errors as exceptions of `umf.errors`.
//!
//! The classes are written in Python (`python/umf/errors.py`) so they read like any Python
//! exception and carry typed attributes; this module hands over what the core decided (message,
//! code, family, the extra fields of `Error::extras`, the flags) to `umf.errors._from_core`,
//! which picks the class. It never rewrites a message.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyTuple, PyType};
use serde_json::Value;
use umf_core::{Error, ValidationProblem};

use crate::json::to_python;

use crate::names::serde_name;

/// Converts a core error into the matching `umf.errors` exception.
pub fn to_py_err(err: Error) -> PyErr {
    Python::attach(|py| match build(py, &err) {
        Ok(exception) => PyErr::from_value(exception),
        // Only reachable when `umf.errors` cannot be imported (a broken install): say so, with
        // the code, instead of losing the error.
        Err(import_failure) => {
            let error = PyRuntimeError::new_err(format!("[{}] {err}", err.code()));
            error.set_cause(py, Some(import_failure));
            error
        }
    })
}

/// Lets `?` turn core results into Python exceptions.
pub trait IntoPyResult<T> {
    /// The value, or the core error as an `umf.errors` exception.
    fn into_py(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for umf_core::Result<T> {
    fn into_py(self) -> PyResult<T> {
        self.map_err(to_py_err)
    }
}

fn build<'py>(py: Python<'py>, err: &Error) -> PyResult<Bound<'py, PyAny>> {
    static FROM_CORE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let from_core = FROM_CORE.import(py, "umf.errors", "_from_core")?;
    // The extra fields by the schema's names (`ERROR_KINDS`), the same in every binding.
    let fields = to_python(py, &Value::Object(err.extras()))?;
    let flags = (
        err.is_retryable(),
        err.is_duplicate(),
        err.is_pending(),
        err.is_token_expired(),
    );
    from_core.call1((
        err.to_string(),
        err.code(),
        err.family().as_str(),
        fields,
        flags,
    ))
}

/// `umf.ValidationProblem(path, rule, message, severity)` for each problem, in order.
pub fn problem_list<'py>(
    py: Python<'py>,
    problems: &[ValidationProblem],
) -> PyResult<Bound<'py, PyList>> {
    static PROBLEM: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    let class = PROBLEM.import(py, "umf.errors", "ValidationProblem")?;
    let list = PyList::empty(py);
    for p in problems {
        let severity = serde_name(&p.severity);
        let fields = PyTuple::new(py, [p.path.as_str(), p.rule, &p.message, &severity])?;
        list.append(class.call1(fields)?)?;
    }
    Ok(list)
}

/// A `TokenError` with the core's `token_unavailable` code, for a refresh ticket used twice:
/// the core consumes tickets by value, Python objects cannot be moved out of.
pub fn ticket_used() -> PyErr {
    to_py_err(Error::TokenUnavailable)
}
