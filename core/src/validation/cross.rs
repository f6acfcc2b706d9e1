//! Rules that relate several fields: sums, conditional requirements, pay elements.

use serde_json::Value;

use super::Subject;
use crate::error::{Severity, ValidationProblem};
use crate::model::Decimal;

fn push(problems: &mut Vec<ValidationProblem>, path: String, rule: &'static str, message: String) {
    problems.push(ValidationProblem {
        path,
        rule,
        message,
        severity: Severity::Error,
    });
}

/// A documented rule the examples break, so UMF evidently does not enforce it.
fn warn(problems: &mut Vec<ValidationProblem>, path: String, rule: &'static str, message: String) {
    problems.push(ValidationProblem {
        path,
        rule,
        message,
        severity: Severity::Warning,
    });
}

fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn decimal(v: Option<&Value>) -> Option<Decimal> {
    Decimal::parse(&text(v)?).ok()
}

fn get<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

fn plain_text(v: Option<&Value>) -> Option<&str> {
    v.and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// A rule relating several fields of one operation's request; the operation table's rows name
/// theirs (`cross: &[...]`).
pub(crate) type CrossCheck = fn(&Subject<'_>, &mut Vec<ValidationProblem>);

/// A payment's order: amounts add up, the risk block's conditional fields, the pay elements.
pub(crate) fn payment_order(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    order_sums(s.body, problems);
    risk_conditions(s.body, problems);
    pay_elements(s.body, problems);
}

/// A refund's amounts add up, and it names what it refunds (`refund_info` or `orders`).
pub(crate) fn refund_totals(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    refund_sums(s.body, problems);
    if s.body.get("refund_info").is_none() && s.body.get("orders").is_none() {
        push(
            problems,
            "refund_info".into(),
            "required",
            "is required".into(),
        );
    }
}

/// The SMS step of a card payment names the card: `bank_card` or `payer_agreement`.
pub(crate) fn sms_card_source(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    let body = s.body;
    if matches!(
        plain_text(get(body, "payer.payment_method")),
        Some("CREDIT_CARD" | "DEBIT_CARD")
    ) && get(body, "payer.payer_info.bank_card").is_none()
        && get(body, "payer.payer_info.payer_agreement").is_none()
    {
        push(
            problems,
            "payer.payer_info.bank_card".into(),
            "required",
            "a card payment needs bank_card or payer_agreement at the SMS step".into(),
        );
    }
}

/// An agreement lookup names the customer or the agreement.
pub(crate) fn agreement_lookup(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    if s.query.get("external_customer_id").is_none()
        && s.query.get("usr_busi_agreement_id").is_none()
    {
        push(
            problems,
            "query.external_customer_id".into(),
            "one_of_required",
            "external_customer_id or usr_busi_agreement_id is required".into(),
        );
    }
}

/// A remittance payee's fields by payee type.
pub(crate) fn payee_rules(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    payee(s.body, problems);
}

/// An order item's amounts and goods.
pub(crate) fn order_item_rules(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    order_item(s.body, problems);
}

/// An enterprise declaration's conditional fields.
pub(crate) fn enterprise_rules(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    enterprise(s.body, problems);
}

/// A tuition order's `trade_no` starts with `USD` (004:L5104).
pub(crate) fn tuition_trade_no(s: &Subject<'_>, problems: &mut Vec<ValidationProblem>) {
    if plain_text(s.body.get("trade_no")).is_some_and(|t| !t.starts_with("USD")) {
        push(
            problems,
            "trade_no".into(),
            "prefix",
            "must start with USD (004:L5104)".into(),
        );
    }
}

/// Sums `amount.total` of `items`; `None` if any is missing or unreadable.
fn sum(items: &[Value]) -> Option<Decimal> {
    items
        .iter()
        .try_fold(Decimal::from_minor_units(0, 0), |acc, item| {
            acc.checked_add(&decimal(get(item, "amount.total"))?)
        })
}

fn same_total(
    problems: &mut Vec<ValidationProblem>,
    path: String,
    total: Option<Decimal>,
    parts: &[Value],
    what: &str,
) {
    if parts.is_empty() {
        return;
    }
    if let (Some(total), Some(sum)) = (total, sum(parts)) {
        if total != sum {
            push(
                problems,
                path,
                "sum_mismatch",
                format!("must equal the sum of its {what} ({sum})"),
            );
        }
    }
}

fn goods(trans_code: Option<&Value>) -> bool {
    matches!(plain_text(trans_code), Some("01122030" | "01121990"))
}

/// Order total = sum of sub-orders; sub-order total = sum of items (004:L612-659, Q10); one
/// currency throughout; items required for goods trades (004:L4922).
fn order_sums(body: &Value, problems: &mut Vec<ValidationProblem>) {
    let Some(subs) = get(body, "order.sub_orders").and_then(Value::as_array) else {
        return;
    };
    same_total(
        problems,
        "order.amount.total".into(),
        decimal(get(body, "order.amount.total")),
        subs,
        "sub-orders",
    );
    let currency = plain_text(get(body, "order.amount.currency"));
    for (i, sub) in subs.iter().enumerate() {
        if let (Some(c), Some(sc)) = (currency, plain_text(get(sub, "amount.currency"))) {
            if c != sc {
                push(
                    problems,
                    format!("order.sub_orders[{i}].amount.currency"),
                    "currency_mismatch",
                    "must be the order's currency".into(),
                );
            }
        }
        match sub.get("items").and_then(Value::as_array) {
            Some(items) => same_total(
                problems,
                format!("order.sub_orders[{i}].amount.total"),
                decimal(get(sub, "amount.total")),
                items,
                "items",
            ),
            None if goods(sub.get("trans_code")) => push(
                problems,
                format!("order.sub_orders[{i}].items"),
                "required",
                "is required for goods trades".into(),
            ),
            None => {}
        }
    }
}

/// Refund total = sum of the sub-orders refunded (004:L4865); items for goods (004:L4868).
fn refund_sums(body: &Value, problems: &mut Vec<ValidationProblem>) {
    let Some(subs) = get(body, "refund_info.sub_orders").and_then(Value::as_array) else {
        return;
    };
    same_total(
        problems,
        "refund_info.amount.total".into(),
        decimal(get(body, "refund_info.amount.total")),
        subs,
        "sub-orders",
    );
    for (i, sub) in subs.iter().enumerate() {
        if sub.get("items").is_none() && plain_text(sub.get("trans_code")) == Some("01122030") {
            push(
                problems,
                format!("refund_info.sub_orders[{i}].items"),
                "required",
                "is required when trans_code is 01122030".into(),
            );
        }
    }
}

/// 004:L4888-4899: receiver details for physical or electronic goods, the registrant's ID for
/// real-name purchases. Warnings: most examples send goods_type 1 without receiver details
/// (004:L594, L776, L1123, L1457; 001:L62), so UMF evidently does not enforce them.
fn risk_conditions(body: &Value, problems: &mut Vec<ValidationProblem>) {
    let Some(risk) = body.get("risk_info") else {
        return;
    };
    if matches!(plain_text(risk.get("goods_type")), Some("1" | "3")) {
        for field in ["receiver_name", "receiver_moblie_id", "receiver_address"] {
            if plain_text(risk.get(field)).is_none() {
                warn(
                    problems,
                    format!("risk_info.{field}"),
                    "required",
                    "is required when goods_type is 1 or 3".into(),
                );
            }
        }
    }
    if plain_text(risk.get("real_name")) == Some("1")
        && plain_text(risk.get("registration_identify_code")).is_none()
    {
        warn(
            problems,
            "risk_info.registration_identify_code".into(),
            "required",
            "is required when real_name is 1".into(),
        );
    }
}

/// 004:L4756-4800: a direct-to-bank payment without a method needs a bank. (Card details are
/// not required here: card payments send them at the SMS step, 004:L141, L2221.)
fn pay_elements(body: &Value, problems: &mut Vec<ValidationProblem>) {
    let method = plain_text(get(body, "payer.payment_method"));
    let interface = plain_text(get(body, "payer.interface_type"));
    if interface == Some("DIRECT_TO_BANK")
        && method == Some("NOT_APPLICABLE")
        && plain_text(get(body, "payer.bank_code")).is_none()
    {
        push(
            problems,
            "payer.bank_code".into(),
            "required",
            "is required for DIRECT_TO_BANK with NOT_APPLICABLE".into(),
        );
    }
}

/// 004:L5728: payee name plus address at most 130 characters, separated by a space.
fn payee(body: &Value, problems: &mut Vec<ValidationProblem>) {
    if let (Some(name), Some(address)) = (
        plain_text(body.get("payee_name")),
        plain_text(body.get("payee_address")),
    ) {
        let n = name.chars().count() + 1 + address.chars().count();
        if n > 130 {
            push(
                problems,
                "payee_address".into(),
                "length",
                format!("payee_name and payee_address together must be at most 130 characters (are {n})"),
            );
        }
    }
    if let Some(swift) = plain_text(body.get("payee_swift")) {
        let n = swift.chars().count();
        if n != 8 && n != 11 {
            push(
                problems,
                "payee_swift".into(),
                "length",
                "must be 8 or 11 characters".into(),
            );
        }
    }
}

/// 004:L5069-5075: Damount = unit price × quantity; order time differs from pay time.
fn order_item(body: &Value, problems: &mut Vec<ValidationProblem>) {
    let price = decimal(body.get("goods_unitPrice"));
    let quantity = plain_text(body.get("goods_sum")).and_then(|q| q.parse::<i128>().ok());
    let total = decimal(body.get("Damount"));
    if let (Some(price), Some(quantity), Some(total)) = (price, quantity, total) {
        let scale = price.scale().max(total.scale());
        let expected = price
            .to_minor_units(scale)
            .and_then(|p| p.checked_mul(quantity));
        if expected.is_some_and(|e| Some(e) != total.to_minor_units(scale)) {
            push(
                problems,
                "Damount".into(),
                "sum_mismatch",
                "must equal goods_unitPrice × goods_sum".into(),
            );
        }
    }
    if let (Some(a), Some(b)) = (
        plain_text(body.get("order_time")),
        plain_text(body.get("pay_time")),
    ) {
        if a == b {
            push(
                problems,
                "pay_time".into(),
                "distinct",
                "must differ from order_time".into(),
            );
        }
    }
}

/// 004:L5138-5144: area code not 100000; tax-free code `00` exactly when not tax free.
fn enterprise(body: &Value, problems: &mut Vec<ValidationProblem>) {
    if plain_text(body.get("area_code")) == Some("100000") {
        push(
            problems,
            "area_code".into(),
            "enum",
            "must be an administrative division other than 100000".into(),
        );
    }
    let code = plain_text(body.get("tax_free_code"));
    match (plain_text(body.get("is_tax_free")), code) {
        (Some("N"), Some(c)) if c != "00" => push(
            problems,
            "tax_free_code".into(),
            "enum",
            "must be 00 when is_tax_free is N".into(),
        ),
        (Some("Y"), Some("00")) => push(
            problems,
            "tax_free_code".into(),
            "enum",
            "must not be 00 when is_tax_free is Y".into(),
        ),
        _ => {}
    }
}
