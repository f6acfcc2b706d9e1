//! What UMF checks before it does anything: the request signature, the encryption of every
//! sensitive field, and the request data.

use serde_json::{Map, Value};
use umf_core::codes::names;
use umf_core::encryption::decrypt_fields;
use umf_core::error::Severity;
use umf_core::Error;
use umf_core::{Operation, RequestParams};

use crate::handlers::{fail, Failure};
use crate::state::Shared;

/// UMF's "Data validation failure" (004:L5311).
pub(crate) const VALIDATION: &str = names::DATA_VALIDATION_FAILURE_00060700;
/// UMF's "Merchant signature validation failure" (004:L5313).
pub(crate) const SIGNATURE: &str = names::SIGNATURE_FAILURE;

/// The `Signature` header over the exact body, with the merchant public key. Required for every
/// signed operation; checked on any other request that carries one.
pub(crate) fn signature(
    shared: &Shared,
    op: &Operation,
    header: Option<&str>,
    body: &[u8],
) -> Result<(), Failure> {
    match header {
        None if op.signed => Err(fail(
            400,
            SIGNATURE,
            "Merchant signature validation failure: no Signature header",
        )),
        None => Ok(()),
        Some(signature) => shared
            .config
            .merchant_public_key
            .verify(body, signature)
            .map_err(|e| {
                fail(
                    400,
                    SIGNATURE,
                    format!("Merchant signature validation failure: {}", e.code()),
                )
            }),
    }
}

/// Replaces every sensitive value of `op`'s request with its plaintext, decrypted with the UMF
/// private key. The fields are the core's: every sensitive value the operation's body model can
/// hold, under any spelling the model reads, and the sensitive query parameters. A plaintext
/// value, an encrypted marker (the merchant forgot to prepare the request), garbage, or a member
/// the model does not know inside an object that holds sensitive data is refused with UMF's
/// "Data validation failure", naming the field, never its value.
pub(crate) fn decrypt(
    shared: &Shared,
    op: &Operation,
    body: &mut Value,
    query: &mut Map<String, Value>,
) -> Result<(), Failure> {
    decrypt_fields(op.id, body, Some(query), &shared.config.umf_private_key).map_err(|e| {
        let why = match &e {
            Error::InvalidCiphertext { path, .. } => {
                format!("{path} is not encrypted with the UMF public key")
            }
            Error::InvalidSensitiveValue { path, .. } => {
                format!("{path} must be a base64 ciphertext string")
            }
            Error::UnknownSensitiveMember { path } => {
                format!("{path} is not a member of an object that holds sensitive data")
            }
            other => other.code().to_owned(),
        };
        fail(400, VALIDATION, format!("Data validation failure: {why}"))
    })
}

/// The core's validation rules on the decrypted request; errors only (warnings are rules UMF
/// does not enforce).
pub(crate) fn validate(
    shared: &Shared,
    op: &Operation,
    params: &RequestParams,
) -> Result<(), Failure> {
    let problems = shared
        .core
        .validate(op.id, params)
        .map_err(|e| fail(400, VALIDATION, format!("Data validation failure: {e}")))?;
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| format!("{} {}", p.path, p.rule))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(fail(
            400,
            VALIDATION,
            format!("Data validation failure: {}", errors.join(", ")),
        ))
    }
}
