//! `operations()`: the core's operation table, one row per operation, for JavaScript.
//!
//! `UmfClient` takes its methods from it (`name`, the camelCase id), and the package build
//! writes the TypeScript of every operation's parameters and result from `paramsType` and
//! `resultType`. Both are derived here from the row, so no list of operations is kept anywhere
//! else.

use serde::Serialize;
use tsify::Tsify;
use umf_core::operations::{Body, ResponseKind, ResultShape, RetryClass};
use umf_core::{Operation, OPERATIONS};
use wasm_bindgen::prelude::*;

use crate::error::JsResult;
use crate::keys::serde_name;

/// Operations the core refuses unless `$confirm: true` is given, because their effect reaches
/// beyond this merchant. The rule itself is the core's (`confirmation_required`); the tests
/// check that this list and the core agree on every operation.
const CONFIRMED: &[&str] = &["unbind_bank_agreement"];

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
    /// Whether `$confirm: true` is required.
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
    /// TypeScript of its flat parameters (names declared by the package).
    pub params_type: String,
    /// TypeScript of its result (names declared by the package).
    pub result_type: &'static str,
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
            confirm: CONFIRMED.contains(&op.id),
            result_keys: op.result_keys.to_vec(),
            response,
            retry: match op.retry {
                RetryClass::Safe => "safe".into(),
                RetryClass::Unsafe => "unsafe".into(),
            },
            stability: serde_name(&op.stability),
            encrypted_fields: op.encrypted_fields().map(|f| f.path.as_str()).collect(),
            params_type: params_type(op),
            result_type: result_type(op.response),
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

/// `create_payment` → `createPayment`.
fn camel_case(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    let mut upper = false;
    for c in id.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The flat parameters: path parameters, query parameters, the body's model (whose members
/// are all optional: the core's validation says which are required), `$confirm`.
fn params_type(op: &Operation) -> String {
    let mut own: Vec<String> = op.path_params().map(|p| format!("{p}: string")).collect();
    own.extend(op.query.iter().map(|q| {
        let optional = if q.required { "" } else { "?" };
        format!("{}{optional}: string | number", q.name)
    }));
    if CONFIRMED.contains(&op.id) {
        own.push("\"$confirm\": true".into());
    }
    let mut parts = Vec::new();
    if !own.is_empty() {
        parts.push(format!("{{ {} }}", own.join("; ")));
    }
    match op.body {
        Body::Json(model) => parts.push(model.to_owned()),
        Body::Multipart => parts.push("UploadParams".into()),
        Body::None | Body::Token => {}
    }
    if parts.is_empty() {
        "NoParams".into()
    } else {
        parts.join(" & ")
    }
}

/// The TypeScript of what `Client.parse` puts in `result` for each shape (the variants of the
/// core's `OperationResult`, serialised untagged).
fn result_type(response: ResponseKind) -> &'static str {
    let shape = match response {
        ResponseKind::Json(shape) => shape,
        ResponseKind::Csv(_) => return "StatementFile",
        ResponseKind::Token => return "never",
    };
    match shape {
        ResultShape::MetaOnly | ResultShape::Links => "NoResult",
        ResultShape::Payment => "Payment",
        ResultShape::PaymentIfPresent => "Payment | NoResult",
        ResultShape::Refund => "Refund",
        ResultShape::PaymentWithRefunds => "{ payment: Payment; refund: RefundRecords }",
        ResultShape::Banks => "{ banks: Bank[] }",
        ResultShape::ExchangeRates => "{ exchange_rates: ExchangeRate[] }",
        ResultShape::Agreements => "AgreementInfo",
        ResultShape::CustomsDeclarations => "{ customs_declarations: CustomsDeclaration[] }",
        ResultShape::CiqDeclarations => "{ ciq_declarations: CiqDeclaration[] }",
        ResultShape::Reconciliation => {
            "{ reconciliations: Reconciliations; pagination: Pagination | null }"
        }
        ResultShape::Transactions => "Transactions",
        ResultShape::SettleMonthFile => "SettleMonthFile",
        ResultShape::DeclareAgain => "DeclareAgain",
        ResultShape::AccountBalance => "AccountBalance",
        ResultShape::AsyncRefund => "AsyncRefund",
        ResultShape::CardBinding => "CardBinding",
        ResultShape::EnterpriseQualification => "EnterpriseQualification",
        ResultShape::UploadedFile => "{ data: string }",
        ResultShape::PaymentFiles => "PayOrderFile",
        ResultShape::RemittanceStatus => "PayRes",
        ResultShape::TuitionOrder => "PayQueryOrder",
        ResultShape::EnterpriseReport => "QueryEnterpriseId",
        ResultShape::B2bOrder => "QueryOrder",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_camel_case_and_unique() {
        assert_eq!(camel_case("create_payment"), "createPayment");
        assert_eq!(camel_case("query_b2b_order"), "queryB2bOrder");
        let mut names: Vec<String> = OPERATIONS.iter().map(|o| camel_case(o.id)).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), OPERATIONS.len());
    }
}
