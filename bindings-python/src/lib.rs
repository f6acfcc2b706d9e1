//! # umf-python
//!
//! The native module `umf._native` of the `umf-sdk` Python package: a thin PyO3 facade over
//! `umf-core`. It converts arguments, maps core errors to the exceptions of `umf.errors`,
//! releases the GIL around RSA work, and holds no logic of its own. The public Python API is
//! `umf` (`python/umf/__init__.py`); this module is private.
//!
//! Every class is frozen and `Send + Sync`, so one key, encryptor or token manager can be
//! shared by every thread of a server. Nothing here panics: the workspace lints forbid
//! `unwrap`/`expect`/`panic`, and every fallible call returns a Python exception.

use pyo3::prelude::*;

mod calls;
mod client;
mod encryption;
mod errors;
mod http;
mod input;
mod json;
mod keys;
mod names;
mod notification;
mod operations;
mod token;
mod verification;

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("RSA_BACKEND", umf_core::rsa_backend())?;

    m.add_class::<keys::PyPrivateKey>()?;
    m.add_class::<keys::PyPublicKey>()?;
    m.add_class::<keys::PyKeyInfo>()?;
    m.add_function(wrap_pyfunction!(keys::inspect_key, m)?)?;

    m.add("ENCRYPTED_MARKER", encryption::MARKER)?;
    m.add_class::<encryption::PyEncryptionResult>()?;
    m.add_class::<encryption::PyEncryptedField>()?;
    m.add_class::<encryption::PyCardEncryptor>()?;
    m.add_function(wrap_pyfunction!(encryption::encrypt_fields, m)?)?;
    m.add_function(wrap_pyfunction!(encryption::encrypted_fields, m)?)?;
    m.add_function(wrap_pyfunction!(encryption::encrypted_marker, m)?)?;

    m.add_class::<verification::PyVerification>()?;
    m.add_function(wrap_pyfunction!(verification::verify_response, m)?)?;

    m.add_class::<notification::PyNotification>()?;
    m.add_class::<notification::PyAcknowledgement>()?;
    m.add_function(wrap_pyfunction!(notification::verify_notification, m)?)?;

    m.add_class::<http::PyHttpRequest>()?;
    m.add_class::<http::PyHttpResponse>()?;
    m.add_function(wrap_pyfunction!(http::serialize_body, m)?)?;
    m.add_function(wrap_pyfunction!(http::signed_post, m)?)?;

    m.add("SANDBOX_BASE_URL", umf_core::client::base_urls::SANDBOX)?;
    m.add(
        "PRODUCTION_BASE_URL",
        umf_core::client::base_urls::PRODUCTION,
    )?;
    m.add(
        "PRODUCTION_US_BASE_URL",
        umf_core::client::base_urls::PRODUCTION_US,
    )?;
    m.add_class::<operations::PyOperation>()?;
    m.add_function(wrap_pyfunction!(operations::operations, m)?)?;
    m.add_function(wrap_pyfunction!(operations::operation, m)?)?;
    m.add_class::<client::PyClient>()?;
    m.add_class::<client::PyUnsignedRequest>()?;
    m.add_class::<client::PyApiResponse>()?;
    m.add_function(wrap_pyfunction!(client::parse_response, m)?)?;
    m.add_function(wrap_pyfunction!(client::next_page, m)?)?;

    m.add("TOKEN_PATH", umf_core::token::TOKEN_PATH)?;
    m.add_class::<token::PyClientCredentials>()?;
    m.add_class::<token::PyAccessToken>()?;
    m.add_class::<token::PyRefreshTicket>()?;
    m.add_class::<token::PyTokenAction>()?;
    m.add_class::<token::PyTokenManager>()?;

    m.add_class::<calls::PyCallPolicy>()?;
    m.add_class::<calls::PyStoreConfig>()?;
    m.add_class::<calls::PyStoreCommand>()?;
    m.add_class::<calls::PyStep>()?;
    m.add_class::<calls::PyCaller>()?;
    m.add_class::<calls::PyCall>()?;
    m.add_class::<calls::PySeenSet>()?;
    m.add_class::<calls::PyPollPolicy>()?;
    m.add_class::<calls::PyPoller>()?;
    m.add_function(wrap_pyfunction!(calls::seen_reply, m)?)?;
    Ok(())
}
