//! Statements generated from what happened: the rows of the transaction lists, reconciliation
//! statements and the three CSV files, in the documented column orders (004:L3462-3487,
//! L3582-3606, L3652-3677; 003:L952-975).

use serde_json::{json, Value};
use umf_core::model::{PaymentState, RefundState};

use crate::handlers::reference::{cny, rate};
use crate::state::{Payment, Refund, Store};

/// A settled (or, for transaction lists, completed) money movement.
pub(crate) enum Movement<'a> {
    Paid(&'a Payment),
    Refunded(&'a Refund, &'a Payment),
}

pub(crate) fn product(method: &str) -> &'static str {
    match method {
        "CREDIT_CARD" => "PaymentGateway-Creditcard",
        "DEBIT_CARD" => "PaymentGateway-Debitcard",
        "ALIPAY_SCAN" => "Payment Gateway - Alipay QR code",
        m if m.starts_with("WECHAT") => "Payment Gateway - WeChat",
        _ => "PaymentGateway-Online",
    }
}

/// Successful payments and refunds, filtered by `keep(mer_date, settle_date)`.
pub(crate) fn movements(store: &Store, keep: impl Fn(&str, &str) -> bool) -> Vec<Movement<'_>> {
    let mut out = Vec::new();
    for p in store.payments.values() {
        if p.state == PaymentState::TradeSuccess
            && keep(&p.mer_date, p.settle_date.as_deref().unwrap_or(""))
        {
            out.push(Movement::Paid(p));
        }
    }
    for r in store.refunds.values() {
        if r.state == RefundState::RefundSuccess
            && keep(&r.mer_date, r.settle_date.as_deref().unwrap_or(""))
        {
            if let Some(p) = store.payments.get(&r.payment_id) {
                out.push(Movement::Refunded(r, p));
            }
        }
    }
    out
}

fn amount(total: &umf_core::model::Decimal, currency: &str) -> Value {
    let (total_cny, rate) = cny(total, currency);
    json!({"total": total.as_str(), "total_cny": total_cny, "currency": currency, "exchange_rate": rate})
}

pub(crate) fn payment_summary(p: &Payment) -> Value {
    json!({
        "payment_id": p.id,
        "order_date": p.mer_date,
        "mer_reference_id": p.mer_reference_id,
        "amount": amount(&p.total, &p.currency),
        "settle_date": p.settle_date,
        "execute_success_time": p.paid_at,
        "state": p.state.as_str(),
        "product_id": product(&p.method),
    })
}

pub(crate) fn refund_summary(r: &Refund, p: &Payment) -> Value {
    json!({
        "refund_id": r.id,
        "payment_id": p.id,
        "amount": amount(&r.total, &r.currency),
        "settle_date": r.settle_date,
        "execute_success_time": r.created_at,
        "state": r.state.as_str(),
        "mer_sub_reference_id": r.refund_info["sub_orders"][0]["mer_sub_reference_id"],
        "product_id": product(&p.method),
    })
}

fn csv(lines: Vec<String>) -> Vec<u8> {
    let mut text = lines.join("\r\n");
    text.push_str("\r\n");
    text.into_bytes()
}

const MERCHANT: &str = "70510000";

fn trade_no(id: &str) -> String {
    id.chars()
        .filter(char::is_ascii_alphanumeric)
        .skip(4)
        .take(16)
        .collect()
}

/// `SETTLEDETAIL-START … SETTLEDETAIL-END` for `settle_date`.
pub(crate) fn settlement_file(store: &Store, settle_date: &str, stamp: &str) -> Vec<u8> {
    let mut lines = vec![format!("SETTLEDETAIL-START,{MERCHANT},{settle_date}")];
    let mut foreign_total: i128 = 0;
    let moves = movements(store, |_, s| s == settle_date);
    for m in &moves {
        let (kind, total, currency, reference, refund_cols) = match m {
            Movement::Paid(p) => (
                "payment",
                &p.total,
                &p.currency,
                p.mer_reference_id.clone(),
                "N/A,N/A,N/A".to_owned(),
            ),
            Movement::Refunded(r, p) => (
                "refund",
                &r.total,
                &r.currency,
                p.mer_reference_id.clone(),
                format!("{},{},{}", p.mer_reference_id, trade_no(&r.id), r.total),
            ),
        };
        let (total_cny, rate_text) = cny(total, currency);
        foreign_total += total.to_minor_units(2).unwrap_or(0);
        let id = match m {
            Movement::Paid(p) => &p.id,
            Movement::Refunded(_, p) => &p.id,
        };
        lines.push(format!(
            "{},{kind},success,{},{reference},{stamp},{currency},{total},{rate_text},{total_cny},0.00,{settle_date},BF{currency}{},{rate_text},{currency},{total},{refund_cols}",
            trade_no(id),
            product(match m {
                Movement::Paid(p) => &p.method,
                Movement::Refunded(_, p) => &p.method,
            }),
            trade_no(id),
        ));
    }
    let total = umf_core::model::Decimal::from_minor_units(foreign_total, 2);
    lines.push(format!(
        "SETTLEDETAIL-END,{MERCHANT},{settle_date},{},{total},{total},USD",
        moves.len()
    ));
    csv(lines)
}

/// `TRANSDETAIL-START … TRANSDETAIL-END`: 20 columns (004), or 15 for the legacy 003 file.
pub(crate) fn transactions_file(
    store: &Store,
    date: &str,
    by_mer_date: bool,
    legacy: bool,
) -> Vec<u8> {
    let mut lines = vec![format!("TRANSDETAIL-START,{MERCHANT},{date}")];
    let moves = movements(store, |mer, settle| {
        if by_mer_date {
            mer == date
        } else {
            settle == date
        }
    });
    for m in &moves {
        let (p, total, currency, kind, refund_no) = match m {
            Movement::Paid(p) => (*p, &p.total, &p.currency, "P", "N/A".to_owned()),
            Movement::Refunded(r, p) => (*p, &r.total, &r.currency, "T", trade_no(&r.id)),
        };
        let (total_cny, rate_text) = cny(total, currency);
        let paid = p.paid_at.clone().unwrap_or_default();
        let plat_date: String = paid.chars().filter(char::is_ascii_digit).take(8).collect();
        let plat_time: String = paid
            .chars()
            .filter(char::is_ascii_digit)
            .skip(8)
            .take(6)
            .collect();
        let settle = p.settle_date.clone().unwrap_or_default();
        let mut row = vec![
            trade_no(&p.id),
            "N/A".into(),
            p.mer_reference_id.clone(),
            p.mer_date.clone(),
            plat_date,
            plat_time,
            currency.clone(),
            total.as_str().to_owned(),
            total_cny,
            rate_text.to_owned(),
            settle,
            "0".into(),
            kind.into(),
            product(&p.method).into(),
        ];
        if legacy {
            row.push(refund_no);
        } else {
            row.extend([
                p.mer_date.clone(),
                refund_no,
                "N/A".into(),
                "N/A".into(),
                "N/A".into(),
                "0.00".into(),
            ]);
        }
        lines.push(row.join(","));
    }
    lines.push(format!("TRANSDETAIL-END,{MERCHANT},{date},{}", moves.len()));
    csv(lines)
}

/// `MONTHLYBILL_START … MONTHLYBILL_END` for `settle_month` (`yyyyMM`).
pub(crate) fn monthly_file(store: &Store, month: &str) -> Vec<u8> {
    let mut lines = vec![format!("MONTHLYBILL_START,{MERCHANT},{month}")];
    let moves = movements(store, |_, settle| settle.starts_with(month));
    let mut purchased: i128 = 0;
    for m in &moves {
        let (p, total, currency, kind, first, origin) = match m {
            Movement::Paid(p) => (
                *p,
                &p.total,
                &p.currency,
                "payment",
                p.mer_reference_id.clone(),
                String::new(),
            ),
            Movement::Refunded(r, p) => (
                *p,
                &r.total,
                &r.currency,
                "refund",
                r.mer_reference_id.clone(),
                p.mer_reference_id.clone(),
            ),
        };
        let (total_cny, rate_text) = cny(total, currency);
        purchased += total.to_minor_units(2).unwrap_or(0);
        lines.push(
            [
                first,
                trade_no(&p.id),
                p.paid_at.clone().unwrap_or_default(),
                p.paid_at.clone().unwrap_or_default(),
                product(&p.method).to_owned(),
                total.as_str().to_owned(),
                currency.clone(),
                rate_text.to_owned(),
                total_cny.clone(),
                "0.00".into(),
                total_cny,
                kind.into(),
                "success".into(),
                p.settle_date.clone().unwrap_or_default(),
                rate(currency).to_owned(),
                total.as_str().to_owned(),
                currency.clone(),
                "Y".into(),
                p.settle_date.clone().unwrap_or_default(),
                origin,
            ]
            .join(","),
        );
    }
    let total = umf_core::model::Decimal::from_minor_units(purchased, 2);
    lines.push(format!(
        "MONTHLYBILL_END,{MERCHANT},{month},{},USD,{total},{total}",
        moves.len()
    ));
    csv(lines)
}
