//! Every callable operation of the API: the table, URL building and result shapes.
//!
//! [`OPERATIONS`] has one row per operation of API.md §2 (rows 1-54). [`crate::client::Client`]
//! turns a row plus parameters into the exact request, and a response into a typed
//! [`results::OperationResult`].

pub mod bodies;
pub mod multipart;
pub mod path;
pub mod results;
#[macro_use]
mod declare;
mod table;

use serde::Serialize;

use crate::encryption::{fields_for, EncryptedField};
use crate::error::Result;
use crate::http::Method;
use crate::statements::StatementLayout;
use crate::validation::cross::CrossCheck;
use crate::validation::Rule;

pub use results::{OperationResult, ResultShape};
pub use table::{OpId, OPERATIONS};

/// The API area an operation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// What the request body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "type")]
pub enum Body {
    /// No body (GET).
    None,
    /// A JSON object of the named model type (documentation and binding types).
    Json(&'static str),
    /// `multipart/form-data` with one file.
    Multipart,
    /// The token request (see [`crate::token`]).
    Token,
}

/// What the response is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "shape")]
pub enum ResponseKind {
    /// A JSON envelope with `meta` and result members of this shape.
    Json(ResultShape),
    /// A CSV file stream of this layout (a JSON `meta` envelope on error).
    Csv(StatementLayout),
    /// The token reply.
    Token,
}

/// Whether sending the same request again is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetryClass {
    /// Reads (GETs and queries sent as POST): safe to retry after a transient failure.
    Safe,
    /// Changes state (payments, refunds, declarations, uploads): never retried automatically,
    /// because a failure seen by the caller may still have gone through at UMF. Only an answer
    /// that proves the request was not processed (HTTP 429, token expired) allows a retry.
    Unsafe,
}

/// How well the documents pin the operation down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stability {
    /// Method, path and body are documented (text wins over contradicting curl examples).
    Documented,
    /// Path or body inferred from contradictory examples (see the row's notes).
    Inferred,
    /// Documented only in part (undocumented multipart fields).
    Experimental,
    /// Only in the older 003 document.
    Legacy,
}

/// A query parameter of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct QueryParam {
    /// Name on the wire.
    pub name: &'static str,
    /// Whether the request is invalid without it.
    pub required: bool,
    /// Whether it carries a sensitive value, encrypted like a sensitive body field
    /// (`query_card_bin`'s `card`, 004:L2141-2146).
    pub sensitive: bool,
}

/// One row of the operation table: everything about one operation, declared together.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Operation {
    /// The operation as a value (an exhaustive `match` on it names every operation).
    #[serde(skip)]
    pub op: OpId,
    /// Op id of API.md §2, e.g. `create_payment`.
    pub id: &'static str,
    /// Section of the 004 document (`003 3.13` for the legacy row).
    pub section: &'static str,
    /// API area.
    pub area: Area,
    /// HTTP method.
    pub method: Method,
    /// Path template under the base URL; `{name}` marks a path parameter.
    pub path: &'static str,
    /// Query parameters.
    pub query: &'static [QueryParam],
    /// Request body.
    pub body: Body,
    /// Whether the body carries a `Signature` header.
    pub signed: bool,
    /// Result member names, primary first, then the variants the examples show.
    pub result_keys: &'static [&'static str],
    /// What comes back.
    pub response: ResponseKind,
    /// Whether a failed request may be sent again.
    pub retry: RetryClass,
    /// How well the documents pin it down.
    pub stability: Stability,
    /// Seed lines.
    pub source: &'static str,
    /// What a caller should know.
    pub notes: &'static str,
    /// The field rules its request must meet, list by list (lists shared by several
    /// operations are named once in `validation::rules`).
    #[serde(skip)]
    pub(crate) rules: &'static [&'static [Rule]],
    /// The rules relating several fields of its request.
    #[serde(skip)]
    pub(crate) cross: &'static [CrossCheck],
    /// Why it must be confirmed (`$confirm: true`) before it is sent, for an operation whose
    /// effect reaches beyond this merchant; `None` for the others.
    pub confirm: Option<&'static str>,
    /// Paths every successful answer carries (`payment.id`, `refund.state`,
    /// `customs_declarations[].id`): the ids, states and amounts that every example of the
    /// documents (001-004) shows for this operation. Generated types make them required; an answer
    /// without one is `response_missing_field`.
    pub requires: &'static [&'static str],
}

impl PartialEq for Operation {
    /// Rows are one per operation.
    fn eq(&self, other: &Self) -> bool {
        self.op == other.op
    }
}

impl Eq for Operation {}

impl Operation {
    /// The sensitive fields this operation can send: every sensitive value its body model can
    /// hold, and its sensitive query parameters (see [`crate::encryption::ENCRYPTED_FIELDS`]).
    pub fn encrypted_fields(&self) -> impl Iterator<Item = &'static EncryptedField> + '_ {
        fields_for(self.id)
    }

    /// The model of the JSON body, when the body is one.
    pub fn body_model(&self) -> Option<&'static bodies::BodyModel> {
        match self.body {
            Body::Json(name) => bodies::body_model(name).ok(),
            _ => None,
        }
    }

    /// Names of the path parameters, in template order.
    pub fn path_params(&self) -> impl Iterator<Item = &'static str> {
        path::parameters(self.path)
    }

    /// The names a flat parameter object carries beside the body: the path and query
    /// parameters and `$confirm` (what [`crate::RequestParams::from_flat`] takes out of it).
    pub fn flat_non_body_names(&self) -> impl Iterator<Item = &'static str> {
        self.path_params()
            .chain(self.query.iter().map(|q| q.name))
            .chain([crate::client::CONFIRM_KEY])
    }

    /// The primary result member, if the operation returns one.
    pub fn primary_result_key(&self) -> Option<&'static str> {
        self.result_keys.first().copied()
    }
}

/// The row for `op_id`.
pub fn operation(op_id: &str) -> Result<&'static Operation> {
    op_id.parse::<OpId>().map(OpId::operation)
}

/// Finds the operation a request line names: the router of the sandbox. Literal segments win
/// over parameters, so `/payments/payment/self_account_balance` is `get_refundable_balance`,
/// not `get_payment` (API.md Q15). Returns the decoded path parameters.
pub fn route(method: Method, path: &str) -> Option<(&'static Operation, PathParams)> {
    OPERATIONS
        .iter()
        .filter(|op| op.method == method)
        .filter_map(|op| path::match_template(op.path, path).map(|params| (op, params)))
        .max_by_key(|(op, _)| path::literal_segments(op.path))
}

/// Decoded path parameters, in template order.
pub type PathParams = Vec<(String, String)>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_rows_are_complete() {
        let mut ids: Vec<&str> = OPERATIONS.iter().map(|o| o.id).collect();
        ids.sort_unstable();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len());
        assert_eq!(OPERATIONS.len(), 54);
        for op in OPERATIONS {
            assert!(op.path.starts_with('/'), "{}", op.id);
            assert_eq!(
                op.signed,
                op.method == Method::Post && op.body != Body::Token,
                "{}",
                op.id
            );
            if op.method == Method::Get {
                assert_eq!(op.body, Body::None, "{}", op.id);
            }
        }
    }

    #[test]
    fn op_ids_are_the_rows_in_order() {
        assert_eq!(OpId::ALL.len(), OPERATIONS.len());
        for (i, (op, row)) in OpId::ALL.iter().zip(OPERATIONS).enumerate() {
            assert_eq!(row.op, *op);
            assert_eq!(*op as usize, i);
            assert_eq!(op.as_str(), row.id);
            assert_eq!(row.id.parse::<OpId>().unwrap(), *op);
            assert_eq!(serde_json::to_value(op).unwrap(), row.id);
        }
        assert_eq!(
            "no_such_op".parse::<OpId>().unwrap_err().code(),
            "unknown_operation"
        );
    }

    #[test]
    fn every_json_body_names_a_model() {
        for op in OPERATIONS {
            if let Body::Json(name) = op.body {
                assert!(bodies::body_model(name).is_ok(), "{}: {name}", op.id);
            }
        }
    }

    #[test]
    fn routes_literal_segments_before_parameters() {
        let (op, params) = route(Method::Get, "/payments/payment/self_account_balance").unwrap();
        assert_eq!(op.id, "get_refundable_balance");
        assert!(params.is_empty());
        let (op, params) = route(Method::Get, "/payments/payment/PAY_X").unwrap();
        assert_eq!(op.id, "get_payment");
        assert_eq!(params, vec![("payment_id".to_owned(), "PAY_X".to_owned())]);
        assert_eq!(
            route(Method::Post, "/payments/payment/asy_refund")
                .unwrap()
                .0
                .id,
            "create_async_refund_no_payment_id"
        );
        assert_eq!(
            route(Method::Post, "/payments/payment/apply_customs")
                .unwrap()
                .0
                .id,
            "apply_to_customs_no_payment_id"
        );
        assert_eq!(
            route(Method::Post, "/payments/payment/apply_to_ciq")
                .unwrap()
                .0
                .id,
            "apply_to_ciq_no_payment_id"
        );
        assert_eq!(
            route(Method::Post, "/payments/payment/PAY_1/apply_to_ciq")
                .unwrap()
                .0
                .id,
            "apply_to_ciq"
        );
        assert_eq!(
            route(Method::Get, "/PAY_1/query_order").unwrap().0.id,
            "query_b2b_order"
        );
        assert!(route(Method::Get, "/nowhere").is_none());
    }
}
