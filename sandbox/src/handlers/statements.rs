//! Transaction lists, reconciliation statements and statement files, from what happened.

use serde_json::{json, Value};
use umf_core::codes::names;
use umf_core::operations::OpId;

use super::{fail, not_served, Ctx, Outcome, Reply};
use crate::dates;
use crate::state::{SharedRef, Store};
use crate::statements::{
    monthly_file, movements, payment_summary, refund_summary, settlement_file, transactions_file,
    Movement,
};

/// One page of `items`, and the pagination object (`as_text`: strings, as the reconciliation
/// example has them; numbers otherwise, K08).
fn page(items: Vec<Value>, ctx: &Ctx<'_>, as_text: bool) -> (Vec<Value>, Value) {
    let number: usize = ctx
        .query("page_number")
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(1);
    let size: usize = ctx
        .query("page_size")
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(500);
    let total = items.len();
    let slice = items
        .into_iter()
        .skip((number - 1) * size)
        .take(size)
        .collect();
    let pagination = if as_text {
        json!({"total_count": total.to_string(), "page_number": number.to_string(), "page_size": size.to_string()})
    } else {
        json!({"total_count": total, "page_number": number, "page_size": size})
    };
    (slice, pagination)
}

fn split(moves: &[Movement<'_>]) -> (Vec<Value>, Vec<Value>) {
    let mut payments = Vec::new();
    let mut refunds = Vec::new();
    for m in moves {
        match m {
            Movement::Paid(p) => payments.push(payment_summary(p)),
            Movement::Refunded(r, p) => refunds.push(refund_summary(r, p)),
        }
    }
    (payments, refunds)
}

pub(crate) fn handle(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let stamp = dates::compact_now();
    match ctx.op.op {
        OpId::ListTransactions => {
            let date = ctx.query("mer_date").unwrap_or_default();
            let (payments, refunds) = split(&movements(store, |mer, _| mer == date));
            let tagged: Vec<Value> = payments
                .into_iter()
                .map(|p| json!({"p": p}))
                .chain(refunds.into_iter().map(|r| json!({"r": r})))
                .collect();
            let (slice, pagination) = page(tagged, ctx, false);
            let payments: Vec<Value> = slice.iter().filter_map(|v| v.get("p").cloned()).collect();
            let refunds: Vec<Value> = slice.iter().filter_map(|v| v.get("r").cloned()).collect();
            Ok(Reply::ok().with(
                "transactions",
                json!({"payment_summaries": payments, "refund_summaries": refunds, "pagination": pagination}),
            ))
        }
        OpId::GetReconciliationStatement => {
            let date = ctx.query("settle_date").unwrap_or_default();
            let moves = movements(store, |_, settle| settle == date);
            let (payments, refunds) = split(&moves);
            let total_cny: i128 = payments
                .iter()
                .filter_map(|p| p["amount"]["total_cny"].as_str())
                .chain(
                    refunds
                        .iter()
                        .filter_map(|r| r["amount"]["total_cny"].as_str()),
                )
                .filter_map(|t| umf_core::model::Decimal::parse(t).ok()?.to_minor_units(2))
                .sum();
            let tagged: Vec<Value> = payments
                .into_iter()
                .map(|p| json!({"p": p}))
                .chain(refunds.into_iter().map(|r| json!({"r": r})))
                .collect();
            let (slice, pagination) = page(tagged, ctx, true);
            let payments: Vec<Value> = slice.iter().filter_map(|v| v.get("p").cloned()).collect();
            let refunds: Vec<Value> = slice.iter().filter_map(|v| v.get("r").cloned()).collect();
            // 004:L3268: a top-level array [{pagination, meta, reconciliations}].
            let mut reply = Reply::ok().with("pagination", pagination).with(
                "reconciliations",
                json!({
                    "refund_summaries": refunds,
                    "amount": {"total": umf_core::model::Decimal::from_minor_units(total_cny, 2).as_str(), "currency": "CNY"},
                    "payment_summaries": payments,
                    "settle_date": date,
                }),
            );
            reply.array_envelope = true;
            Ok(reply)
        }
        OpId::DownloadSettlementFile => {
            let date = ctx.query("settle_date").unwrap_or_default();
            Ok(file(settlement_file(store, &date, &stamp)))
        }
        OpId::DownloadTransactionsFile => {
            let date = ctx.query("settle_date").unwrap_or_default();
            Ok(file(transactions_file(store, &date, false, false)))
        }
        OpId::DownloadReconciliationStatementFileLegacy => {
            let date = ctx.query("mer_date").unwrap_or_default();
            Ok(file(transactions_file(store, &date, true, true)))
        }
        OpId::CreateSettleMonthStatement => {
            let month = ctx.text("settle_month").unwrap_or_default();
            let id = store.ids.id("FILE");
            store.month_files.insert(id.clone(), month.clone());
            Ok(Reply::ok()
                .with("settle_month_file", json!({"settle_month": month}))
                .link(
                    &shared.base_url,
                    "settleMonthFileDownLoad",
                    "GET",
                    &format!("/payments/{id}/settle_month_file_download"),
                ))
        }
        OpId::DownloadSettleMonthStatement => {
            let month = store
                .month_files
                .get(ctx.path("file_id"))
                .cloned()
                .ok_or_else(|| fail(404, names::FILE_NOT_EXIST, "The file is not exist."))?;
            Ok(file(monthly_file(store, &month)))
        }
        other => Err(not_served(other)),
    }
}

fn file(bytes: Vec<u8>) -> Reply {
    Reply {
        status: 200,
        file: Some(bytes),
        ..Reply::default()
    }
}
