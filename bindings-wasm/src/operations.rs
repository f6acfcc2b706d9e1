//! `operations()`: the core's operation table, one row per operation, for JavaScript.
//!
//! `UmfClient` takes its methods from it (`name`, the camelCase id), and the package build
//! writes the TypeScript of every operation's parameters and result from `paramsType` and
//! `resultType`. Both are derived here from the row, so no list of operations is kept anywhere
//! else.

use serde::Serialize;
use tsify::Tsify;
use umf_core::operations::{Body, ResponseKind, RetryClass};
use umf_core::{Operation, OPERATIONS};
use wasm_bindgen::prelude::*;

use crate::error::JsResult;
use crate::keys::{camel_case, serde_name};

/// One row of the operation table.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct OperationInfo {
    /// Op id, e.g. `create_payment`.
    pub id: &'static str,
    /// The `UmfClient` method: the id in camelCase (`createPayment`).
    pub name: String,
    /// Section of the 004 document.
    pub section: &'static str,
    /// API area (`payments`, `refunds`, `customs`, ...).
    pub area: String,
    /// HTTP method.
    #[tsify(type = "\"GET\" | \"POST\"")]
    pub method: &'static str,
    /// Path template under the base URL; `{name}` marks a path parameter.
    pub path: &'static str,
    /// Path parameter names, in template order.
    pub path_params: Vec<&'static str>,
    /// Query parameters.
    pub query: Vec<QueryParamInfo>,
    /// The request body: `none`, `json` (with its model), `multipart` or `token`.
    pub body: BodyInfo,
    /// Whether the body carries a `Signature` header.
    pub signed: bool,
    /// Whether `$confirm: true` is required (the core's `confirm`).
    pub confirm: bool,
    /// Result member names, primary first.
    pub result_keys: Vec<&'static str>,
    /// What comes back: `json` with its result shape, `csv` with its layout, or `token`.
    pub response: ResponseInfo,
    /// `safe`: may be retried after a transient failure; `unsafe`: changes state, never
    /// retried unless the answer proves it was not processed (HTTP 429).
    #[tsify(type = "\"safe\" | \"unsafe\"")]
    pub retry: String,
    /// How well the documents pin it down.
    #[tsify(type = "\"documented\" | \"inferred\" | \"experimental\" | \"legacy\"")]
    pub stability: String,
    /// The sensitive field paths it encrypts (`query:card` for a query parameter).
    pub encrypted_fields: Vec<&'static str>,
    /// The package's type of its flat parameters (`GetPaymentParams`, generated from the
    /// core's schema by `scripts/types.mjs`).
    pub params_type: String,
    /// The package's type of its result (`GetPaymentResult`).
    pub result_type: String,
    /// Seed lines.
    pub source: &'static str,
    /// What a caller should know.
    pub notes: &'static str,
}

/// A query parameter.
#[derive(Serialize, Tsify)]
pub struct QueryParamInfo {
    /// Name on the wire.
    pub name: &'static str,
    /// Whether the request is invalid without it.
    pub required: bool,
}

/// What the request body is.
#[derive(Serialize, Tsify)]
pub struct BodyInfo {
    /// The kind of body.
    #[tsify(type = "\"none\" | \"json\" | \"multipart\" | \"token\"")]
    pub kind: String,
    /// The model of a JSON body (a type of this package).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<&'static str>,
}

/// What the response is.
#[derive(Serialize, Tsify)]
pub struct ResponseInfo {
    /// The kind of response.
    #[tsify(type = "\"json\" | \"csv\" | \"token\"")]
    pub kind: String,
    /// The result shape (`json`) or statement layout (`csv`).
    #[tsify(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shape: Option<String>,
}

impl OperationInfo {
    fn of(op: &'static Operation) -> Self {
        let (kind, model) = match op.body {
            Body::None => ("none", None),
            Body::Json(model) => ("json", Some(model)),
            Body::Multipart => ("multipart", None),
            Body::Token => ("token", None),
        };
        let response = match op.response {
            ResponseKind::Json(shape) => ResponseInfo {
                kind: "json".into(),
                shape: Some(serde_name(&shape)),
            },
            ResponseKind::Csv(layout) => ResponseInfo {
                kind: "csv".into(),
                shape: Some(serde_name(&layout)),
            },
            ResponseKind::Token => ResponseInfo {
                kind: "token".into(),
                shape: None,
            },
        };
        OperationInfo {
            id: op.id,
            name: camel_case(op.id),
            section: op.section,
            area: serde_name(&op.area),
            method: op.method.as_str(),
            path: op.path,
            path_params: op.path_params().collect(),
            query: op
                .query
                .iter()
                .map(|q| QueryParamInfo {
                    name: q.name,
                    required: q.required,
                })
                .collect(),
            body: BodyInfo {
                kind: kind.into(),
                model,
            },
            signed: op.signed,
            confirm: op.confirm.is_some(),
            result_keys: op.result_keys.to_vec(),
            response,
            retry: match op.retry {
                RetryClass::Safe => "safe".into(),
                RetryClass::Unsafe => "unsafe".into(),
            },
            stability: serde_name(&op.stability),
            encrypted_fields: op.encrypted_fields().map(|f| f.path.as_str()).collect(),
            params_type: format!("{}Params", pascal_case(op.id)),
            result_type: format!("{}Result", pascal_case(op.id)),
            source: op.source,
            notes: op.notes,
        }
    }
}

/// Every operation of the core's table (54), in the order of API.md §2.
#[wasm_bindgen(unchecked_return_type = "OperationInfo[]")]
pub fn operations() -> JsResult<JsValue> {
    let rows: Vec<OperationInfo> = OPERATIONS.iter().map(OperationInfo::of).collect();
    serde_wasm_bindgen::to_value(&rows).map_err(JsValue::from)
}

/// `get_payment` → `GetPayment`: the stem of the operation's generated type names (the same
/// rule as `pascal` in scripts/types.mjs).
fn pascal_case(id: &str) -> String {
    let camel = camel_case(id);
    let mut chars = camel.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_camel_case_and_unique() {
        assert_eq!(camel_case("create_payment"), "createPayment");
        assert_eq!(camel_case("query_b2b_order"), "queryB2bOrder");
        assert_eq!(pascal_case("get_refund"), "GetRefund");
        let mut names: Vec<String> = OPERATIONS.iter().map(|o| camel_case(o.id)).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), OPERATIONS.len());
    }
}
