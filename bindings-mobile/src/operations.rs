//! The core's operation table (`umf_core::OPERATIONS`), read-only, as records.
//!
//! Names of kinds and shapes are the core's own serde names (`json`, `payment`,
//! `settlement_detail`, ...), the same as `umf operations --json` prints, so that no list of
//! them is written twice.

use serde::Serialize;
use serde_json::Value;
use umf_core::operations::{Area, RetryClass, Stability};
use umf_core::{Operation, OPERATIONS};

use crate::error::Result;

/// The API area an operation belongs to (the core's own type).
#[uniffi::remote(Enum)]
pub enum Area {
    /// The token call.
    Auth,
    /// Banks, card BIN, exchange rates.
    Reference,
    /// Creating, verifying, executing and querying payments.
    Payments,
    /// Refunds and the refundable balance.
    Refunds,
    /// Bound cards.
    Agreements,
    /// Customs and CIQ declarations.
    Customs,
    /// Statements and transaction lists.
    Statements,
    /// File uploads.
    Files,
    /// B2B enterprises and orders.
    B2b,
    /// Remittance to an overseas payee.
    Remittance,
    /// Tuition and transfer orders.
    Tuition,
}

/// Whether sending the same request again is safe (the core's own type).
#[uniffi::remote(Enum)]
pub enum RetryClass {
    /// Reads: safe to retry after a transient failure.
    Safe,
    /// Changes state (payments, refunds, declarations, uploads): never retried automatically,
    /// because a failure the caller saw may still have gone through at UMF.
    Unsafe,
}

/// How well the documents pin an operation down (the core's own type).
#[uniffi::remote(Enum)]
pub enum Stability {
    /// Method, path and body are documented.
    Documented,
    /// Path or body inferred from contradictory examples (see `notes`).
    Inferred,
    /// Documented only in part (undocumented multipart fields).
    Experimental,
    /// Only in the older 003 document.
    Legacy,
}

/// A query parameter of an operation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QueryParam {
    /// Name on the wire (and in the parameter object).
    pub name: String,
    /// Whether the request is invalid without it.
    pub required: bool,
}

/// One row of the operation table.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OperationInfo {
    /// The id every call takes (`create_payment`).
    pub id: String,
    /// Section of the 004 document (`003 3.13` for the legacy row).
    pub section: String,
    /// API area.
    pub area: Area,
    /// `GET` or `POST`.
    pub method: String,
    /// Path template under the base URL; `{name}` marks a path parameter.
    pub path: String,
    /// Names of the path parameters, in template order.
    pub path_params: Vec<String>,
    /// Query parameters.
    pub query_params: Vec<QueryParam>,
    /// `none`, `json`, `multipart` or `token`.
    pub body_kind: String,
    /// The request model of a JSON body (`CreatePaymentRequest`).
    pub body_model: Option<String>,
    /// Whether the request carries a `Signature` header (needs the merchant key).
    pub signed: bool,
    /// Result member names, primary first.
    pub result_keys: Vec<String>,
    /// `json`, `csv` or `token`.
    pub response_kind: String,
    /// The result's shape (`payment`, `refund`, `meta_only`, ...) for JSON, the file layout
    /// (`settlement_detail`, ...) for CSV.
    pub result_shape: Option<String>,
    /// Whether a failed request may be sent again.
    pub retry: RetryClass,
    /// How well the documents pin it down.
    pub stability: Stability,
    /// Seed lines it rests on.
    pub source: String,
    /// What a caller should know.
    pub notes: String,
    /// The sensitive fields it sends, from the one encrypted-field table (`query:card` for the
    /// query parameter).
    pub encrypted_paths: Vec<String>,
}

impl From<&Operation> for OperationInfo {
    fn from(op: &Operation) -> Self {
        let (body_kind, body_model) = tagged(&op.body, "type");
        let (response_kind, result_shape) = tagged(&op.response, "shape");
        OperationInfo {
            id: op.id.to_owned(),
            section: op.section.to_owned(),
            area: op.area,
            method: op.method.as_str().to_owned(),
            path: op.path.to_owned(),
            path_params: op.path_params().map(str::to_owned).collect(),
            query_params: op
                .query
                .iter()
                .map(|q| QueryParam {
                    name: q.name.to_owned(),
                    required: q.required,
                })
                .collect(),
            body_kind,
            body_model,
            signed: op.signed,
            result_keys: op.result_keys.iter().map(|&k| k.to_owned()).collect(),
            response_kind,
            result_shape,
            retry: op.retry,
            stability: op.stability,
            source: op.source.to_owned(),
            notes: op.notes.to_owned(),
            encrypted_paths: op.encrypted_fields().map(|f| f.path.clone()).collect(),
        }
    }
}

/// The `kind` and the content member of an adjacently tagged enum of the core
/// (`Body`, `ResponseKind`), by their serde names.
fn tagged<T: Serialize>(value: &T, content: &str) -> (String, Option<String>) {
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    (
        text(value.get("kind")).unwrap_or_default(),
        text(value.get(content)),
    )
}

/// Every operation of the UMF API (54), in the order of the API's documentation.
#[uniffi::export]
pub fn operations() -> Vec<OperationInfo> {
    OPERATIONS.iter().map(OperationInfo::from).collect()
}

/// The row of `operation_id`; throws `unknown_operation` for an id the table does not have.
#[uniffi::export]
pub fn operation(operation_id: String) -> Result<OperationInfo> {
    Ok(umf_core::operation(&operation_id)?.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_shapes_carry_the_core_names() {
        let create = operation("create_payment".into()).unwrap();
        assert_eq!(create.body_kind, "json");
        assert_eq!(create.body_model.as_deref(), Some("CreatePaymentRequest"));
        assert_eq!(create.response_kind, "json");
        assert_eq!(create.result_shape.as_deref(), Some("payment"));
        let get = operation("get_payment".into()).unwrap();
        assert_eq!((get.body_kind.as_str(), get.body_model), ("none", None));
        assert_eq!(get.path_params, vec!["payment_id"]);
        let file = operation("download_settlement_file".into()).unwrap();
        assert_eq!(file.response_kind, "csv");
        assert_eq!(file.result_shape.as_deref(), Some("settlement_detail"));
        let token = operation("get_access_token".into()).unwrap();
        assert_eq!(
            (token.body_kind.as_str(), token.response_kind.as_str()),
            ("token", "token")
        );
        assert_eq!(operations().len(), 54);
        assert!(operations().iter().all(|op| !op.body_kind.is_empty()));
    }
}
