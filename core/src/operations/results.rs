//! Typed results: one shape per kind of answer, read leniently from the envelope's members.
//!
//! The result keys of each operation (primary first, then every variant the examples show:
//! `exchangeRates`, `customs_declaration`, `payOrder`, `refunds`, ...; API.md K13, Q9) come from
//! the operation table; the first one present is read.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::lenient::Lenient;
use crate::model::shape::{Leaf, Member, ObjectShape, Shape, WireShape};
use crate::model::{
    AccountBalance, AgreementInfo, AsyncRefund, Bank, CardBinding, CiqDeclaration,
    CustomsDeclaration, DeclareAgain, EnterpriseQualification, ExchangeRate, Pagination,
    PayOrderFile, PayQueryOrder, PayRes, Payment, QueryEnterpriseId, QueryOrder, Reconciliations,
    Refund, RefundRecords, SettleMonthFile, Transactions,
};
use crate::statements::StatementFile;

/// The kinds of answer, as the operation table names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResultShape {
    /// `meta` only.
    MetaOnly,
    /// `meta` and HATEOAS links only.
    Links,
    /// A payment.
    Payment,
    /// A payment when present: 003's SMS step answered with links only (003:L347).
    PaymentIfPresent,
    /// A refund.
    Refund,
    /// A payment and its refunds.
    PaymentWithRefunds,
    /// Banks (one object for card BIN).
    Banks,
    /// Exchange rates.
    ExchangeRates,
    /// Bound cards.
    Agreements,
    /// Customs declarations.
    CustomsDeclarations,
    /// CIQ declarations.
    CiqDeclarations,
    /// A page of the reconciliation statement.
    Reconciliation,
    /// A page of the transaction list.
    Transactions,
    /// The monthly statement being generated.
    SettleMonthFile,
    /// A re-pushed declaration.
    DeclareAgain,
    /// The refundable balance.
    AccountBalance,
    /// An asynchronous refund by merchant refund id.
    AsyncRefund,
    /// Card binding (flat `payer_info` + `external_customer_id`).
    CardBinding,
    /// An enterprise qualification.
    EnterpriseQualification,
    /// An uploaded file's name (`data`).
    UploadedFile,
    /// Uploaded payment files (`payOrder`).
    PaymentFiles,
    /// Remittance result.
    RemittanceStatus,
    /// Tuition order status.
    TuitionOrder,
    /// Enterprise declaration report.
    EnterpriseReport,
    /// B2B order status.
    B2bOrder,
}

/// A result that is an object of its own (`{"banks": [...]}`), for the schema.
macro_rules! result_object {
    ($model:literal, $doc:literal, [$($member:expr),* $(,)?] $(,)?) => {{
        const SHAPE: Shape = Shape::Object(&ObjectShape {
            model: $model,
            doc: &[$doc],
            members: &[$($member),*],
        });
        SHAPE
    }};
}

/// A member of a `result_object!`; `doc` is written as a `///` line would be.
const fn member(
    name: &'static str,
    doc: &'static [&'static str],
    shape: Shape,
    required: bool,
) -> Member {
    Member {
        name,
        doc,
        aliases: &[],
        shape,
        required,
    }
}

impl ResultShape {
    /// What the typed result of this shape holds, as the schema describes it (`None`: nothing
    /// beyond `meta` and links). Newtype results are the model itself; the others are small
    /// objects named `…Result`.
    pub fn result_type(self) -> Option<Shape> {
        use ResultShape as R;
        Some(match self {
            R::MetaOnly | R::Links => return None,
            R::Payment | R::PaymentIfPresent => Payment::SHAPE,
            R::Refund => Refund::SHAPE,
            R::PaymentWithRefunds => result_object!(
                "PaymentWithRefundsResult",
                " A payment and its refunds.",
                [
                    member("payment", &[" The payment."], Payment::SHAPE, true),
                    member("refund", &[" Its refunds."], RefundRecords::SHAPE, true),
                ],
            ),
            R::Banks => result_object!(
                "BanksResult",
                " Banks (a one-element list for card BIN, where UMF sends one object).",
                [member(
                    "banks",
                    &[" The banks."],
                    Shape::List(&Bank::SHAPE),
                    true
                )],
            ),
            R::ExchangeRates => result_object!(
                "ExchangeRatesResult",
                " Exchange rates.",
                [member(
                    "exchange_rates",
                    &[" One per currency."],
                    Shape::List(&ExchangeRate::SHAPE),
                    true,
                )],
            ),
            R::Agreements => AgreementInfo::SHAPE,
            R::CustomsDeclarations => result_object!(
                "CustomsDeclarationsResult",
                " Customs declarations (a one-element list where UMF sent one object).",
                [member(
                    "customs_declarations",
                    &[" The declarations."],
                    Shape::List(&CustomsDeclaration::SHAPE),
                    true,
                )],
            ),
            R::CiqDeclarations => result_object!(
                "CiqDeclarationsResult",
                " CIQ declarations.",
                [member(
                    "ciq_declarations",
                    &[" The declarations."],
                    Shape::List(&CiqDeclaration::SHAPE),
                    true,
                )],
            ),
            R::Reconciliation => result_object!(
                "ReconciliationResult",
                " A reconciliation statement page.",
                [
                    member(
                        "reconciliations",
                        &[" The statement."],
                        Reconciliations::SHAPE,
                        true
                    ),
                    member(
                        "pagination",
                        &[" The page (beside the statement in 004, inside it in 003)."],
                        Pagination::SHAPE,
                        false,
                    ),
                ],
            ),
            R::Transactions => Transactions::SHAPE,
            R::SettleMonthFile => SettleMonthFile::SHAPE,
            R::DeclareAgain => DeclareAgain::SHAPE,
            R::AccountBalance => AccountBalance::SHAPE,
            R::AsyncRefund => AsyncRefund::SHAPE,
            R::CardBinding => CardBinding::SHAPE,
            R::EnterpriseQualification => EnterpriseQualification::SHAPE,
            R::UploadedFile => result_object!(
                "UploadedFileResult",
                " An uploaded file.",
                [member(
                    "data",
                    &[" The stored file name (e.g. `202311/…jpg`)."],
                    Shape::Plain(Leaf::Text),
                    true,
                )],
            ),
            R::PaymentFiles => PayOrderFile::SHAPE,
            R::RemittanceStatus => PayRes::SHAPE,
            R::TuitionOrder => PayQueryOrder::SHAPE,
            R::EnterpriseReport => QueryEnterpriseId::SHAPE,
            R::B2bOrder => QueryOrder::SHAPE,
        })
    }
}

/// The typed result of an operation. Serialised without a tag: the operation says the shape.
#[derive(Debug, Clone, PartialEq, Serialize)]
// `missing_as_null`: results reach JavaScript as JSON text, where `None` is `null`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(untagged)]
#[non_exhaustive]
pub enum OperationResult {
    /// Nothing beyond `meta` (and links).
    None {},
    /// A payment.
    Payment(Box<Payment>),
    /// A refund.
    Refund(Box<Refund>),
    /// A payment and its refunds.
    PaymentWithRefunds {
        /// The payment.
        payment: Box<Payment>,
        /// Its refunds.
        refund: RefundRecords,
    },
    /// Banks (a one-element list for card BIN).
    Banks {
        /// The banks.
        banks: Vec<Bank>,
    },
    /// Exchange rates.
    ExchangeRates {
        /// One per currency.
        exchange_rates: Vec<ExchangeRate>,
    },
    /// Bound cards.
    Agreements(AgreementInfo),
    /// Customs declarations (a one-element list where UMF sent one object).
    CustomsDeclarations {
        /// The declarations.
        customs_declarations: Vec<CustomsDeclaration>,
    },
    /// CIQ declarations.
    CiqDeclarations {
        /// The declarations.
        ciq_declarations: Vec<CiqDeclaration>,
    },
    /// A reconciliation statement page.
    Reconciliation {
        /// The statement.
        reconciliations: Box<Reconciliations>,
        /// The page (beside the statement in 004, inside it in 003).
        pagination: Option<Pagination>,
    },
    /// A transaction list page.
    Transactions(Box<Transactions>),
    /// A CSV statement: raw bytes and the tolerant parse.
    Statement(StatementFile),
    /// The monthly statement being generated.
    SettleMonthFile(SettleMonthFile),
    /// A re-pushed declaration.
    DeclareAgain(DeclareAgain),
    /// The refundable balance.
    AccountBalance(AccountBalance),
    /// An asynchronous refund.
    AsyncRefund(Box<AsyncRefund>),
    /// Card binding.
    CardBinding(Box<CardBinding>),
    /// An enterprise qualification.
    EnterpriseQualification(EnterpriseQualification),
    /// An uploaded file.
    UploadedFile {
        /// The stored file name (e.g. `202311/…jpg`).
        data: String,
    },
    /// Uploaded payment files.
    PaymentFiles(PayOrderFile),
    /// Remittance result.
    RemittanceStatus(PayRes),
    /// Tuition order status.
    TuitionOrder(PayQueryOrder),
    /// Enterprise declaration report.
    EnterpriseReport(Box<QueryEnterpriseId>),
    /// B2B order status.
    B2bOrder(QueryOrder),
}

impl OperationResult {
    /// The payment, for payment-shaped results.
    pub fn payment(&self) -> Option<&Payment> {
        match self {
            OperationResult::Payment(p) => Some(p),
            OperationResult::PaymentWithRefunds { payment, .. } => Some(payment),
            _ => None,
        }
    }

    /// The refund, for refund-shaped results.
    pub fn refund(&self) -> Option<&Refund> {
        match self {
            OperationResult::Refund(r) => Some(r),
            _ => None,
        }
    }
}

/// Takes the first of `keys` present in `members` and reads it as `T`.
fn take<T: Lenient>(members: &mut Map<String, Value>, keys: &[&str]) -> Result<Option<T>> {
    for key in keys {
        if let Some(value) = members.remove(*key) {
            return T::from_value(value).map_err(|e| Error::malformed(format!("{key}: {e}")));
        }
    }
    Ok(None)
}

fn required<T: Lenient>(members: &mut Map<String, Value>, keys: &[&str]) -> Result<T> {
    take(members, keys)?.ok_or_else(|| {
        Error::malformed(format!(
            "the result member `{}` is missing",
            keys.first().copied().unwrap_or("?")
        ))
    })
}

/// Reads the result of `shape` from the envelope's members (without `meta` and `links`).
pub(crate) fn read(
    shape: ResultShape,
    keys: &[&str],
    members: &mut Map<String, Value>,
) -> Result<OperationResult> {
    Ok(match shape {
        ResultShape::MetaOnly | ResultShape::Links => OperationResult::None {},
        ResultShape::Payment => OperationResult::Payment(Box::new(required(members, keys)?)),
        ResultShape::PaymentIfPresent => match take(members, keys)? {
            Some(payment) => OperationResult::Payment(Box::new(payment)),
            None => OperationResult::None {},
        },
        ResultShape::Refund => {
            // 003 answered `refunds`, a list of one.
            let list: Vec<Refund> = required(members, keys)?;
            let refund = list
                .into_iter()
                .next()
                .ok_or_else(|| Error::malformed("refund: empty list"))?;
            OperationResult::Refund(Box::new(refund))
        }
        ResultShape::PaymentWithRefunds => OperationResult::PaymentWithRefunds {
            payment: Box::new(required(members, &["payment"])?),
            refund: take(members, &["refund"])?.unwrap_or_default(),
        },
        ResultShape::Banks => OperationResult::Banks {
            banks: take(members, keys)?.unwrap_or_default(),
        },
        ResultShape::ExchangeRates => OperationResult::ExchangeRates {
            exchange_rates: required(members, keys)?,
        },
        ResultShape::Agreements => {
            // The text calls it `payer_agreements` (a bare list) where the example nests it.
            let info = match members.remove("agreement_info") {
                Some(v) => AgreementInfo::from_value(v)
                    .map_err(|e| Error::malformed(format!("agreement_info: {e}")))?
                    .unwrap_or_default(),
                None => AgreementInfo {
                    payer_agreements: take(members, &["payer_agreements"])?,
                    ..AgreementInfo::default()
                },
            };
            OperationResult::Agreements(info)
        }
        ResultShape::CustomsDeclarations => OperationResult::CustomsDeclarations {
            customs_declarations: take(members, keys)?.unwrap_or_default(),
        },
        ResultShape::CiqDeclarations => OperationResult::CiqDeclarations {
            ciq_declarations: take(members, keys)?.unwrap_or_default(),
        },
        ResultShape::Reconciliation => {
            let reconciliations: Reconciliations = required(members, keys)?;
            let pagination =
                take(members, &["pagination"])?.or_else(|| reconciliations.pagination.clone());
            OperationResult::Reconciliation {
                reconciliations: Box::new(reconciliations),
                pagination,
            }
        }
        ResultShape::Transactions => {
            OperationResult::Transactions(Box::new(required(members, keys)?))
        }
        ResultShape::SettleMonthFile => OperationResult::SettleMonthFile(required(members, keys)?),
        ResultShape::DeclareAgain => OperationResult::DeclareAgain(required(members, keys)?),
        ResultShape::AccountBalance => OperationResult::AccountBalance(required(members, keys)?),
        ResultShape::AsyncRefund => {
            OperationResult::AsyncRefund(Box::new(required(members, keys)?))
        }
        ResultShape::CardBinding => {
            // Flat: `payer_info` and `external_customer_id` beside `meta`.
            let binding = CardBinding::from_value(Value::Object(std::mem::take(members)))
                .map_err(Error::malformed)?
                .unwrap_or_default();
            OperationResult::CardBinding(Box::new(binding))
        }
        ResultShape::EnterpriseQualification => {
            OperationResult::EnterpriseQualification(required(members, keys)?)
        }
        ResultShape::UploadedFile => OperationResult::UploadedFile {
            data: required(members, keys)?,
        },
        ResultShape::PaymentFiles => OperationResult::PaymentFiles(required(members, keys)?),
        ResultShape::RemittanceStatus => {
            OperationResult::RemittanceStatus(required(members, keys)?)
        }
        ResultShape::TuitionOrder => OperationResult::TuitionOrder(required(members, keys)?),
        ResultShape::EnterpriseReport => {
            OperationResult::EnterpriseReport(Box::new(required(members, keys)?))
        }
        ResultShape::B2bOrder => OperationResult::B2bOrder(required(members, keys)?),
    })
}

/// The prefix UMF documents for the `id` of the object a result member holds, for the members
/// whose objects carry one: `PAY_…` (API.md §3.4 `payment.id`), `REFUND_…` (`refund.id`),
/// `CUST_…` (`customs_declaration.id`), `EQ_…` (`enterprise_qualification.id`). A signature
/// that covers a value without its member name is only as good as the value's own claim to
/// be that kind of object (see [`crate::verification`]).
pub fn id_prefix(result_key: &str) -> Option<&'static str> {
    match result_key {
        "payment" => Some("PAY_"),
        "refund" | "refunds" => Some("REFUND_"),
        "customs_declaration" | "customs_declarations" => Some("CUST_"),
        "enterprise_qualification" => Some("EQ_"),
        _ => None,
    }
}

/// Checks the paths an operation's answers always carry ([`super::Operation::requires`]) in
/// the envelope's result members. A path whose first member is absent is left to the result
/// reader (which knows the member's older names); `name[]` means every element of a list, if
/// it has any (one object alone counts as a list of one, K13). A `null` or `""` value counts
/// as absent.
pub(crate) fn check_requires(requires: &[&str], members: &Map<String, Value>) -> Result<()> {
    for path in requires {
        let mut segments = path.split('.');
        let Some(first) = segments.next() else {
            continue;
        };
        let (name, list) = match first.strip_suffix("[]") {
            Some(name) => (name, true),
            None => (first, false),
        };
        let Some(root) = members.get(name) else {
            continue;
        };
        let rest: Vec<&str> = segments.collect();
        if !present(root, list, &rest) {
            return Err(Error::MissingField {
                path: (*path).to_owned(),
            });
        }
    }
    Ok(())
}

fn present(value: &Value, list: bool, rest: &[&str]) -> bool {
    if list {
        return match value {
            Value::Array(items) => items.iter().all(|item| present(item, false, rest)),
            other => present(other, false, rest),
        };
    }
    let Some((first, tail)) = rest.split_first() else {
        return !matches!(value, Value::Null) && value.as_str() != Some("");
    };
    let (name, list) = match first.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (*first, false),
    };
    match value.get(name) {
        // `name[]`: every element, if there are any.
        None | Some(Value::Null) if list => true,
        None => false,
        Some(child) => present(child, list, tail),
    }
}

#[cfg(test)]
mod requires_tests {
    use super::*;
    use crate::operations::operation;

    /// The successful answers of every document, by operation.
    fn answers() -> Vec<(String, Map<String, Value>)> {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/vectors/examples/examples.jsonl"
        );
        let text = std::fs::read_to_string(path).unwrap();
        text.lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|row| {
                row["kind"] == "response" && row["seed"].as_str().unwrap().starts_with("004")
            })
            .filter_map(|row| {
                let op = row["operation"].as_str()?.to_owned();
                let mut body = row["json"].clone();
                if let Value::Array(items) = body {
                    body = items.into_iter().next()?;
                }
                let Value::Object(mut members) = body else {
                    return None;
                };
                let ok = members
                    .get("meta")
                    .and_then(|m| m.get("ret_code"))
                    .and_then(Value::as_str);
                if !matches!(ok, None | Some("0000")) {
                    return None;
                }
                members.remove("meta");
                members.remove("links");
                Some((op, members))
            })
            .collect()
    }

    #[test]
    fn every_documented_answer_carries_what_its_operation_requires() {
        let answers = answers();
        assert!(answers.len() > 40);
        for (op, members) in &answers {
            let requires = operation(op).unwrap().requires;
            assert!(
                check_requires(requires, members).is_ok(),
                "{op}: {members:?}"
            );
        }
    }

    #[test]
    fn an_answer_without_a_required_path_is_refused_naming_it() {
        let mut checked = 0;
        for (op, members) in answers() {
            for path in operation(&op).unwrap().requires {
                let segments: Vec<&str> = path.split('.').collect();
                let mut damaged = Value::Object(members.clone());
                // Remove the last segment from every object on the path.
                fn strip(v: &mut Value, segments: &[&str]) {
                    let Some((first, rest)) = segments.split_first() else {
                        return;
                    };
                    let name = first.trim_end_matches("[]");
                    if rest.is_empty() {
                        if let Value::Object(m) = v {
                            m.remove(name);
                        }
                        return;
                    }
                    match v.get_mut(name) {
                        Some(Value::Array(items)) => items.iter_mut().for_each(|i| strip(i, rest)),
                        Some(child) => strip(child, rest),
                        None => {}
                    }
                }
                strip(&mut damaged, &segments);
                let Value::Object(damaged) = damaged else {
                    unreachable!()
                };
                let err = check_requires(operation(&op).unwrap().requires, &damaged).unwrap_err();
                assert_eq!(err.code(), "response_missing_field", "{op} {path}");
                checked += 1;
            }
        }
        assert!(checked > 20, "{checked}");
    }
}
