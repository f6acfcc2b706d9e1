//! Refunds: synchronous and asynchronous, partial and full, never above what was paid, in the
//! payment's currency (004:L2787-2788); the refundable balance.

use serde_json::{json, Value};
use umf_core::codes::names;
use umf_core::model::{Decimal, PaymentState, RefundState};
use umf_core::operations::OpId;

use super::payments::{self, json_of as payment_json};
use super::reference::cny;
use super::{decimal_at, fail, not_served, Ctx, Failure, Outcome, Reply};
use crate::dates;
use crate::notify::{self, Flags};
use crate::state::{Refund, SharedRef, Store};

pub(crate) fn handle(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    match ctx.op.op {
        OpId::CreateRefund => create(
            shared,
            store,
            ctx,
            ctx.path("payment_id").to_owned(),
            None,
            false,
        ),
        OpId::CreateAsyncRefund => create(
            shared,
            store,
            ctx,
            ctx.path("payment_id").to_owned(),
            None,
            true,
        ),
        OpId::CreateAsyncRefundNoPaymentId => {
            let reference = ctx.text("refund_info.mer_reference_id").unwrap_or_default();
            let payment_id = store
                .payment_refs
                .get(&reference)
                .cloned()
                .ok_or_else(|| fail(404, names::PAYMENT_NOT_EXISTS, "Payment not exists."))?;
            create(
                shared,
                store,
                ctx,
                payment_id,
                ctx.text("mer_refund_id"),
                true,
            )
        }
        OpId::QueryAsyncRefundNoPaymentId => {
            let wanted = ctx.text("mer_refund_id").unwrap_or_default();
            let refund = store
                .refunds
                .values()
                .find(|r| r.mer_refund_id.as_deref() == Some(wanted.as_str()))
                .ok_or_else(not_found)?;
            Ok(Reply::ok().with(
                "asy_refund",
                json!({"mer_refund_id": wanted, "state": refund.state.as_str()}),
            ))
        }
        OpId::GetRefund => {
            let refund = store
                .refunds
                .get(ctx.path("refund_id"))
                .ok_or_else(not_found)?;
            Ok(Reply::ok().with("refund", refund_json(refund, true)).link(
                &shared.base_url,
                "self",
                "GET",
                &format!("/payments/refund/{}", refund.id),
            ))
        }
        OpId::GetPaymentWithRefunds => {
            let payment = payments::find(store, ctx.path("payment_id"))?;
            let infos: Vec<Value> = store
                .refunds
                .values()
                .filter(|r| r.payment_id == payment.id)
                .map(|r| {
                    json!({
                        "amount": {"total": r.total.as_str(), "currency": r.currency},
                        "refund_time": r.created_at,
                        "refund_state": r.state.as_str(),
                        "mer_reference_id": r.mer_reference_id,
                    })
                })
                .collect();
            Ok(Reply::ok()
                .with("payment", payment_json(payment))
                .with("refund", json!({"refund_infos": infos})))
        }
        OpId::GetRefundableBalance => {
            // get_refundable_balance: CNY paid in, minus CNY refunded.
            let mut balance: i128 = 0;
            for p in store
                .payments
                .values()
                .filter(|p| p.state == PaymentState::TradeSuccess)
            {
                let paid = Decimal::parse(&cny(&p.total, &p.currency).0).ok();
                let refunded = Decimal::parse(&cny(&p.refunded, &p.currency).0).ok();
                balance += paid.and_then(|d| d.to_minor_units(2)).unwrap_or(0)
                    - refunded.and_then(|d| d.to_minor_units(2)).unwrap_or(0);
            }
            Ok(Reply::ok().with(
                "account_balance",
                json!({"balance": Decimal::from_minor_units(balance, 2).as_str()}),
            ))
        }
        other => Err(not_served(other)),
    }
}

fn not_found() -> Failure {
    fail(
        404,
        names::REFUND_RECORD_NOT_FOUND,
        "Refund record not found.",
    )
}

pub(crate) fn refund_json(r: &Refund, with_state: bool) -> Value {
    let mut v = json!({"id": r.id, "refund_info": r.refund_info});
    if with_state {
        v["state"] = json!(r.state.as_str());
    }
    v
}

fn create(
    shared: &SharedRef,
    store: &mut Store,
    ctx: &Ctx<'_>,
    payment_id: String,
    mer_refund_id: Option<String>,
    asynchronous: bool,
) -> Outcome {
    // 003's form sends `orders[]` instead of `refund_info` (003:L662-722).
    let info = ctx
        .body
        .get("refund_info")
        .or_else(|| ctx.body["orders"].get(0))
        .cloned()
        .unwrap_or(Value::Null);
    let total = decimal_at(&info, "amount.total").ok_or_else(|| {
        fail(
            400,
            names::DATA_VALIDATION_FAILURE_00060700,
            "Data validation failure: refund_info.amount.total",
        )
    })?;
    let currency = info["amount"]["currency"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let reference = info["mer_reference_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let duplicate = store.refunds.values().any(|r| match &mer_refund_id {
        Some(id) => r.mer_refund_id.as_ref() == Some(id),
        None => r.mer_refund_id.is_none() && r.mer_reference_id == reference,
    });
    if duplicate {
        return Err(fail(
            409,
            names::REFUND_PROCESSED_NOT_ACCEPT_DUPLICATE,
            "Refund is processed and not accept duplicate application.",
        ));
    }
    let id = store.ids.id("REFUND");
    let payment = store
        .payments
        .get_mut(&payment_id)
        .ok_or_else(|| fail(404, names::PAYMENT_NOT_EXISTS, "Payment not exists."))?;
    if payment.state != PaymentState::TradeSuccess {
        return Err(fail(402, names::REFUND_UNAVAILABLE, "Refund unavailable."));
    }
    if currency != payment.currency {
        return Err(fail(402, names::CURRENCY_REFUND_APPLICATION_INCONSISTENT_ORIGINAL, "The currency in the refund application is inconsistent with the original order currency."));
    }
    let after = payment.refunded.checked_add(&total).ok_or_else(|| {
        fail(
            400,
            names::DATA_VALIDATION_FAILURE_00060700,
            "Data validation failure: amount",
        )
    })?;
    if after > payment.total {
        return Err(fail(
            402,
            names::ACCUMULATED_REFUND_AMOUNT_LARGER_THAN,
            "Accumulated refund amount larger than the payment amount.",
        ));
    }
    let known: Vec<Value> = payment.order["sub_orders"]
        .as_array()
        .map(|subs| {
            subs.iter()
                .map(|s| s["mer_sub_reference_id"].clone())
                .collect()
        })
        .unwrap_or_default();
    if let Some(subs) = info["sub_orders"].as_array() {
        if subs
            .iter()
            .any(|s| !known.contains(&s["mer_sub_reference_id"]))
        {
            return Err(fail(402, names::SUB_ORDER_ABSENT, "The sub-order absent."));
        }
    }
    payment.refunded = after;
    let refund = Refund {
        id: id.clone(),
        payment_id: payment_id.clone(),
        mer_reference_id: reference,
        mer_date: info["mer_date"]
            .as_str()
            .map_or_else(dates::today, str::to_owned),
        mer_refund_id: mer_refund_id.clone(),
        currency,
        total,
        state: if asynchronous {
            RefundState::RefundProcess
        } else {
            RefundState::RefundSuccess
        },
        refund_info: info,
        notify_url: ctx.text("notify_url"),
        created_at: dates::now_iso(),
        settle_date: (!asynchronous).then(dates::tomorrow),
    };
    let base = &shared.base_url;
    let reply = match &mer_refund_id {
        Some(mr) => Reply::ok().with(
            "asy_refund",
            json!({"mer_refund_id": mr, "refund_info": refund.refund_info}),
        ),
        // K18: the asynchronous answer carries no state.
        None => Reply::ok()
            .with("refund", refund_json(&refund, !asynchronous))
            .link(base, "self", "GET", &format!("/payments/refund/{id}"))
            .link(
                base,
                "parent_payment",
                "GET",
                &format!("/payments/payment/{payment_id}"),
            ),
    };
    store.refunds.insert(id.clone(), refund);
    if asynchronous {
        let (shared, flags, delay) = (
            shared.clone(),
            ctx.notification_flags(),
            shared.config.settle_delay_ms,
        );
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
            settle(&shared, &id, flags);
        });
    }
    Ok(reply)
}

/// An asynchronous refund completes and the merchant is told.
fn settle(shared: &SharedRef, id: &str, flags: Flags) {
    let (object, url) = {
        let mut store = shared.lock();
        let Some(refund) = store.refunds.get_mut(id) else {
            return;
        };
        refund.state = RefundState::RefundSuccess;
        refund.settle_date = Some(dates::tomorrow());
        (refund_json(refund, true), refund.notify_url.clone())
    };
    notify::send(shared, "refund", object, url, flags);
}
