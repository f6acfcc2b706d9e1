//! One handler per operation, grouped by API area. A handler reads the (decrypted,
//! normalised, validated) request, changes the store, and returns the members of the answer.

mod agreements;
mod business;
mod customs;
mod payments;
pub(crate) mod reference;
mod refunds;
mod statements;

use std::collections::BTreeMap;
use umf_core::codes::names;
use umf_core::operations::OpId;

use serde_json::{json, Map, Value};
use umf_core::model::Decimal;
use umf_core::Operation;

pub(crate) use payments::admin as payments_admin;

use crate::faults::FaultKind;
use crate::state::{SharedRef, Store};

/// The request as a handler sees it: sensitive fields already decrypted.
pub(crate) struct Ctx<'a> {
    pub op: &'static Operation,
    pub path: &'a BTreeMap<String, String>,
    pub query: &'a Map<String, Value>,
    pub body: &'a Value,
    /// Faults that fired for this request (the notification ones act in the handler).
    pub faults: &'a [FaultKind],
}

impl Ctx<'_> {
    pub(crate) fn path(&self, name: &str) -> &str {
        self.path.get(name).map_or("", String::as_str)
    }

    pub(crate) fn query(&self, name: &str) -> Option<String> {
        match self.query.get(name)? {
            Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        }
    }

    /// A string field of the body by dotted path.
    pub(crate) fn text(&self, path: &str) -> Option<String> {
        text_at(self.body, path)
    }

    pub(crate) fn notification_flags(&self) -> crate::notify::Flags {
        crate::notify::Flags {
            duplicate: self.faults.contains(&FaultKind::DuplicateNotification),
            reorder: self.faults.contains(&FaultKind::ReorderNotifications),
        }
    }
}

pub(crate) fn text_at(v: &Value, path: &str) -> Option<String> {
    let v = path.split('.').try_fold(v, |v, k| v.get(k))?;
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub(crate) fn decimal_at(v: &Value, path: &str) -> Option<Decimal> {
    Decimal::parse(&text_at(v, path)?).ok()
}

/// What a handler answers.
#[derive(Debug, Default)]
pub(crate) struct Reply {
    pub status: u16,
    /// Result members, in order, after `meta`.
    pub members: Vec<(&'static str, Value)>,
    /// HATEOAS links (built from the sandbox's own base URL, so they are always right).
    pub links: Vec<Value>,
    /// A file stream instead of JSON.
    pub file: Option<Vec<u8>>,
    /// Wrap the envelope in a one-element array (the reconciliation statement, 004:L3268).
    pub array_envelope: bool,
}

impl Reply {
    pub(crate) fn ok() -> Self {
        Reply {
            status: 200,
            ..Reply::default()
        }
    }

    pub(crate) fn with(mut self, key: &'static str, value: Value) -> Self {
        self.members.push((key, value));
        self
    }

    pub(crate) fn link(mut self, base: &str, rel: &str, method: &str, path: &str) -> Self {
        self.links
            .push(json!({"href": format!("{base}{path}"), "ref": rel, "method": method}));
        self
    }
}

/// A business failure: HTTP status, UMF return code, message.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

pub(crate) fn fail(status: u16, code: &'static str, message: impl Into<String>) -> Failure {
    Failure {
        status,
        code,
        message: message.into(),
    }
}

pub(crate) type Outcome = Result<Reply, Failure>;

/// The answer of a handler asked for an operation it does not serve (a routing bug).
pub(crate) fn not_served(op: OpId) -> Failure {
    fail(
        404,
        names::THIS_TRANSACTION_DOES_NOT_EXIST,
        format!("{op} is not served here"),
    )
}

/// Runs the handler of `ctx.op`.
pub(crate) fn dispatch(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    match ctx.op.op {
        OpId::ListBanks | OpId::QueryCardBin | OpId::GetExchangeRate | OpId::GetWechatOpenidUrl => {
            reference::handle(shared, store, ctx)
        }
        OpId::CreatePayment
        | OpId::SendPaymentSms
        | OpId::ExecutePayment
        | OpId::GetPayment
        | OpId::UpdateExpressInfo => payments::handle(shared, store, ctx),
        OpId::CreateRefund
        | OpId::CreateAsyncRefund
        | OpId::GetRefund
        | OpId::GetPaymentWithRefunds
        | OpId::GetRefundableBalance
        | OpId::CreateAsyncRefundNoPaymentId
        | OpId::QueryAsyncRefundNoPaymentId => refunds::handle(shared, store, ctx),
        OpId::ApplyToCustoms
        | OpId::GetCustomsDeclaration
        | OpId::ApplyToCiq
        | OpId::GetCiqDeclaration
        | OpId::DeclareAgain
        | OpId::ApplyToCustomsNoPaymentId
        | OpId::QueryCustomsNoPaymentId
        | OpId::ApplyToCiqNoPaymentId
        | OpId::QueryCiqNoPaymentId
        | OpId::DeclareAgainNoPaymentId => customs::handle(shared, store, ctx),
        OpId::GetReconciliationStatement
        | OpId::DownloadSettlementFile
        | OpId::ListTransactions
        | OpId::DownloadTransactionsFile
        | OpId::CreateSettleMonthStatement
        | OpId::DownloadSettleMonthStatement
        | OpId::DownloadReconciliationStatementFileLegacy => statements::handle(shared, store, ctx),
        OpId::QueryAgreements
        | OpId::UnbindAgreement
        | OpId::BindCardSendSms
        | OpId::BindCardConfirm
        | OpId::UnbindBankAgreement => agreements::handle(shared, store, ctx),
        OpId::UploadFile
        | OpId::CreateEnterpriseQualification
        | OpId::GetEnterpriseQualification
        | OpId::SendPayeeInfo
        | OpId::SendOrderItem
        | OpId::ConfirmRemittance
        | OpId::QueryRemittanceStatus
        | OpId::UploadPaymentFiles
        | OpId::CreateTuitionOrder
        | OpId::QueryTuitionOrder
        | OpId::SendEnterpriseQualification
        | OpId::QueryEnterpriseQualificationReport
        | OpId::SendB2bOuterOrderDetail
        | OpId::SendB2bOrder
        | OpId::QueryB2bOrder => business::handle(shared, store, ctx),
        // Answered by the server before dispatch (it has no `meta` envelope).
        OpId::GetAccessToken => Err(not_served(OpId::GetAccessToken)),
    }
}
