//! `umf.Operation`, `umf.operations()` and `umf.operation()`: the core's operation table, read
//! only. Every name is the core's serde name (`payments`, `unsafe`, `payment_with_refunds`, ...),
//! the same words `umf operations --json` prints.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use umf_core::operations::{Body, ResponseKind};
use umf_core::{operation as core_operation, Operation, OPERATIONS};

use crate::errors::IntoPyResult;
use crate::names::{py_repr, serde_name};

/// One row of the operation table.
#[pyclass(frozen, module = "umf", name = "Operation")]
pub struct PyOperation {
    inner: &'static Operation,
}

#[pymethods]
impl PyOperation {
    /// The op id, e.g. `create_payment`.
    #[getter]
    fn id(&self) -> &'static str {
        self.inner.id
    }

    /// Section of the 004 document (`003 3.13` for the legacy row).
    #[getter]
    fn section(&self) -> &'static str {
        self.inner.section
    }

    /// API area: `payments`, `refunds`, `customs`, ...
    #[getter]
    fn area(&self) -> String {
        serde_name(&self.inner.area)
    }

    /// `GET` or `POST`.
    #[getter]
    fn method(&self) -> &'static str {
        self.inner.method.as_str()
    }

    /// Path template under the base URL; `{name}` marks a path parameter.
    #[getter]
    fn path(&self) -> &'static str {
        self.inner.path
    }

    /// Names of the path parameters, in template order.
    #[getter]
    fn path_params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.path_params().collect::<Vec<_>>())
    }

    /// Query parameters as `(name, required)` pairs.
    #[getter]
    fn query_params<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.query.iter().map(|q| (q.name, q.required)))
    }

    /// `none`, `json`, `multipart` or `token`.
    #[getter]
    fn body_kind(&self) -> &'static str {
        match self.inner.body {
            Body::None => "none",
            Body::Json(_) => "json",
            Body::Multipart => "multipart",
            Body::Token => "token",
        }
    }

    /// The request model of a JSON body (`CreatePaymentRequest`, ...).
    #[getter]
    fn body_model(&self) -> Option<&'static str> {
        match self.inner.body {
            Body::Json(name) => Some(name),
            _ => None,
        }
    }

    /// Whether the body carries a `Signature` header.
    #[getter]
    fn signed(&self) -> bool {
        self.inner.signed
    }

    /// Result member names, primary first.
    #[getter]
    fn result_keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.result_keys)
    }

    /// `json`, `csv` (a statement file) or `token`.
    #[getter]
    fn response_kind(&self) -> &'static str {
        match self.inner.response {
            ResponseKind::Json(_) => "json",
            ResponseKind::Csv(_) => "csv",
            ResponseKind::Token => "token",
        }
    }

    /// The result shape of a JSON answer (`payment`, `banks`, ...) or the layout of a CSV file
    /// (`settlement_detail`, ...).
    #[getter]
    fn result_shape(&self) -> Option<String> {
        match self.inner.response {
            ResponseKind::Json(shape) => Some(serde_name(&shape)),
            ResponseKind::Csv(layout) => Some(serde_name(&layout)),
            ResponseKind::Token => None,
        }
    }

    /// `safe` (reads: may be sent again after a transient failure) or `unsafe` (changes state:
    /// never sent twice unless the answer proves it was not processed).
    #[getter]
    fn retry(&self) -> String {
        serde_name(&self.inner.retry)
    }

    /// `documented`, `inferred`, `experimental` or `legacy`.
    #[getter]
    fn stability(&self) -> String {
        serde_name(&self.inner.stability)
    }

    /// Seed lines the row rests on.
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source
    }

    /// What a caller should know.
    #[getter]
    fn notes(&self) -> &'static str {
        self.inner.notes
    }

    /// Paths of the sensitive fields the operation can send (`query:card` for the query).
    #[getter]
    fn encrypted_paths<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(
            py,
            self.inner
                .encrypted_fields()
                .map(|f| f.path.as_str())
                .collect::<Vec<_>>(),
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyOperation>()
            .is_ok_and(|other| self.inner.id == other.get().inner.id)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        pyo3::types::PyString::new(py, self.inner.id).hash()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Operation(id={}, method='{}', path={})",
            py_repr(py, self.inner.id)?,
            self.inner.method.as_str(),
            py_repr(py, self.inner.path)?
        ))
    }
}

/// Every operation of the table, in the order of API.md §2.
#[pyfunction]
pub fn operations() -> Vec<PyOperation> {
    OPERATIONS
        .iter()
        .map(|inner| PyOperation { inner })
        .collect()
}

/// The row for `op_id`; `RequestError` (`unknown_operation`) when there is none.
#[pyfunction]
pub fn operation(op_id: &str) -> PyResult<PyOperation> {
    Ok(PyOperation {
        inner: core_operation(op_id).into_py()?,
    })
}
