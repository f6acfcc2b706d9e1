//! Python objects to JSON values and back, keeping member order and exact number text.
//!
//! The core works on `serde_json::Value` with `preserve_order` and `arbitrary_precision`, so a
//! dict's insertion order becomes the order of the signed bytes and `Decimal("6.9800")` keeps its
//! zeros. Going back, integers become `int` and every other number `decimal.Decimal`: amounts
//! and rates are never turned into floats.
//!
//! Errors name the JSON path of the offending value, never the value (it may be a card number).

use std::str::FromStr;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PySequence, PyString, PyTuple, PyType,
};
use serde_json::{Map, Number, Value};

/// Deeper nesting is refused: the same limit as `serde_json`'s parser, and a guard against
/// self-referencing containers.
const MAX_DEPTH: usize = 128;

fn decimal_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DECIMAL.import(py, "decimal", "Decimal")
}

/// Converts a Python value to JSON: `dict`/`Mapping` (string keys), `list`/`tuple`, `str`,
/// `int`, `float` (finite), `decimal.Decimal` (finite), `bool` and `None`.
pub fn to_json(value: &Bound<'_, PyAny>) -> PyResult<Value> {
    convert(value, &mut String::new(), 0)
}

/// Converts a Python mapping to a JSON object.
pub fn to_json_object(value: &Bound<'_, PyAny>) -> PyResult<Map<String, Value>> {
    match to_json(value)? {
        Value::Object(map) => Ok(map),
        _ => Err(PyTypeError::new_err("expected a dict (a JSON object)")),
    }
}

fn convert(value: &Bound<'_, PyAny>, path: &mut String, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(PyValueError::new_err(format!(
            "nested more than {MAX_DEPTH} levels deep at `{}`",
            shown(path)
        )));
    }
    let py = value.py();
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = value.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    // bool before int: `True` is an `int` to Python.
    if let Ok(b) = value.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        // `int(value)` first: a subclass (an IntEnum) may print itself as something else.
        let int = if value.is_exact_instance_of::<PyInt>() {
            value.clone()
        } else {
            py.get_type::<PyInt>().call1((value,))?
        };
        return number(&int.str()?.to_cow()?, path);
    }
    if let Ok(f) = value.cast::<PyFloat>() {
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| not_finite(path));
    }
    if value.is_instance(decimal_type(py)?)? {
        if !value.call_method0("is_finite")?.is_truthy()? {
            return Err(not_finite(path));
        }
        return number(&value.str()?.to_cow()?, path);
    }
    if let Ok(dict) = value.cast::<PyDict>() {
        return object(dict.iter(), path, depth);
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let seq = value.cast::<PySequence>()?;
        let mut items = Vec::with_capacity(seq.len()?);
        for (i, item) in value.try_iter()?.enumerate() {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            items.push(convert(&item?, path, depth + 1)?);
            path.truncate(len);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(mapping) = value.cast::<PyMapping>() {
        let items = mapping.items()?;
        let pairs = items
            .iter()
            .map(|pair| {
                let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) = pair.extract()?;
                Ok((k, v))
            })
            .collect::<PyResult<Vec<_>>>()?;
        return object(pairs.into_iter(), path, depth);
    }
    Err(PyTypeError::new_err(format!(
        "`{}` is a {}, which has no JSON form (use str, int, Decimal, bool, None, list or dict)",
        shown(path),
        value.get_type().name()?
    )))
}

fn object<'py>(
    items: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
    path: &mut String,
    depth: usize,
) -> PyResult<Value> {
    let mut map = Map::new();
    for (key, item) in items {
        let Ok(key) = key.cast::<PyString>() else {
            return Err(PyTypeError::new_err(format!(
                "keys must be str; `{}` has a key of another type",
                shown(path)
            )));
        };
        let key = key.to_cow()?.into_owned();
        let len = path.len();
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(&key);
        let converted = convert(&item, path, depth + 1)?;
        path.truncate(len);
        map.insert(key, converted);
    }
    Ok(Value::Object(map))
}

fn number(text: &str, path: &str) -> PyResult<Value> {
    Number::from_str(text)
        .map(Value::Number)
        .map_err(|_| PyValueError::new_err(format!("`{}` is not a JSON number", shown(path))))
}

fn not_finite(path: &str) -> PyErr {
    PyValueError::new_err(format!(
        "`{}` is not a finite number (JSON has no NaN or Infinity)",
        shown(path)
    ))
}

fn shown(path: &str) -> &str {
    if path.is_empty() {
        "(root)"
    } else {
        path
    }
}

/// Converts JSON to Python: objects to `dict` (in order), arrays to `list`, integers to `int`,
/// other numbers to `decimal.Decimal`.
pub fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => number_to_python(py, n)?,
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_python(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

fn number_to_python<'py>(py: Python<'py>, n: &Number) -> PyResult<Bound<'py, PyAny>> {
    if let Some(i) = n.as_i64() {
        return Ok(i.into_pyobject(py)?.into_any());
    }
    let text = n.to_string();
    if text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        // An integer beyond 64 bits: Python's int takes the exact text.
        return py.get_type::<PyInt>().call1((text,)).map(Bound::into_any);
    }
    decimal_type(py)?.call1((text,))
}

/// A core model as plain Python: its serde form through [`to_python`] (004 spellings, amounts
/// as the strings UMF sent).
pub fn serialized<'py, T: serde::Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value).map_err(|e| {
        // Unreachable for the core's models (they serialise to JSON by construction).
        PyValueError::new_err(format!("cannot convert the core's answer: {e}"))
    })?;
    to_python(py, &json)
}

/// Rebuilds `original` with the values the core changed in `updated`, which was made from it by
/// [`to_json`] and then edited in place (sensitive strings replaced by ciphertext or markers).
///
/// Containers are copied, so the caller's dict is never mutated; unchanged leaves keep their
/// Python objects (a `Decimal` stays a `Decimal`, a `float` a `float`).
pub fn merge<'py>(original: &Bound<'py, PyAny>, updated: &Value) -> PyResult<Bound<'py, PyAny>> {
    let py = original.py();
    match updated {
        Value::Object(map) => {
            let Ok(source) = original.cast::<PyMapping>() else {
                // A string that became an encrypted marker.
                return to_python(py, updated);
            };
            let dict = PyDict::new(py);
            for (key, value) in map {
                let item = source.get_item(key)?;
                dict.set_item(key, merge(&item, value)?)?;
            }
            Ok(dict.into_any())
        }
        Value::Array(items) => {
            let list = PyList::empty(py);
            for (i, value) in items.iter().enumerate() {
                list.append(merge(&original.get_item(i)?, value)?)?;
            }
            Ok(list.into_any())
        }
        Value::String(s) => match original.cast::<PyString>() {
            Ok(o) if o.to_cow()? == s.as_str() => Ok(original.clone()),
            _ => Ok(PyString::new(py, s).into_any()),
        },
        _ => Ok(original.clone()),
    }
}
