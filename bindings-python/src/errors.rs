//! Core errors as exceptions of `umf.errors`.
//!
//! The classes are written in Python (`python/umf/errors.py`) so they read like any Python
//! exception and carry typed attributes; this module only picks the class and hands over what
//! the core decided (code, message, flags). It never rewrites a message.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyTuple, PyType};
use umf_core::{Error, ValidationProblem};

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
    let message = err.to_string();
    let code = err.code();
    match err {
        Error::Api {
            http_status,
            ret_code,
            ret_msg,
            class,
            ..
        } => {
            let kwargs = PyDict::new(py);
            kwargs.set_item("http_status", http_status)?;
            kwargs.set_item("ret_code", ret_code.as_deref())?;
            kwargs.set_item("ret_msg", ret_msg)?;
            kwargs.set_item("classification", class.as_str())?;
            kwargs.set_item("is_retryable", err.is_retryable())?;
            kwargs.set_item("is_duplicate", err.is_duplicate())?;
            kwargs.set_item("is_pending", err.is_pending())?;
            kwargs.set_item("is_token_expired", err.is_token_expired())?;
            error_class(py, "ApiError")?.call((message, code), Some(&kwargs))
        }
        // Also a FileNotFoundError, with the path as its `filename`.
        Error::KeyFileNotFound { path } => {
            error_class(py, "KeyFileNotFoundError")?.call1((message, code, path))
        }
        Error::Transport {
            operation,
            sent,
            retryable,
            ..
        } => {
            let kwargs = transport_kwargs(py, Some(operation), *sent, *retryable)?;
            error_class(py, "TransportError")?.call((message, code), Some(&kwargs))
        }
        Error::Timeout {
            operation,
            sent,
            retryable,
            waited_ms,
        } => {
            let kwargs = transport_kwargs(py, Some(operation), *sent, *retryable)?;
            kwargs.set_item("waited_ms", waited_ms)?;
            error_class(py, "TransportTimeoutError")?.call((message, code), Some(&kwargs))
        }
        Error::StoreUnavailable { .. } => {
            let kwargs = transport_kwargs(py, None, false, err.is_retryable())?;
            error_class(py, "StoreUnavailableError")?.call((message, code), Some(&kwargs))
        }
        Error::Validation { problems } => {
            let kwargs = PyDict::new(py);
            kwargs.set_item("problems", problem_list(py, problems)?)?;
            error_class(py, "ValidationError")?.call((message, code), Some(&kwargs))
        }
        _ => {
            static BY_FAMILY: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
            let by_family = BY_FAMILY.import(py, "umf.errors", "_CLASSES_BY_FAMILY")?;
            let class = match by_family.get_item(err.family().as_str())? {
                Some(class) => class,
                None => error_class(py, "UmfError")?.clone().into_any(),
            };
            class.call1((message, code))
        }
    }
}

/// The fields every `umf.TransportError` carries.
fn transport_kwargs<'py>(
    py: Python<'py>,
    operation: Option<&String>,
    sent: bool,
    retryable: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let kwargs = PyDict::new(py);
    kwargs.set_item("operation", operation)?;
    kwargs.set_item("sent", sent)?;
    kwargs.set_item("retryable", retryable)?;
    Ok(kwargs)
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

fn error_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyType>> {
    py.import("umf.errors")?
        .getattr(name)?
        .cast_into::<PyType>()
        .map_err(Into::into)
}

/// A `TokenError` with the core's `token_unavailable` code, for a refresh ticket used twice:
/// the core consumes tickets by value, Python objects cannot be moved out of.
pub fn ticket_used() -> PyErr {
    to_py_err(Error::TokenUnavailable)
}
