//! Customs and CIQ declarations: ACCEPTED at once, then SUCCESS after `settle_delay_ms` with a
//! notification to the declaration's `notify_url`; re-push with `declare_again`.

use serde_json::{json, Map, Value};
use umf_core::codes::names;
use umf_core::model::{DeclarationState, PaymentState};
use umf_core::operations::OpId;

use super::{fail, not_served, Ctx, Failure, Outcome, Reply};
use crate::dates;
use crate::notify::{self, Flags};
use crate::state::{Declaration, DeclarationKind, Payment, SharedRef, Store};

pub(crate) fn handle(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    match ctx.op.op {
        OpId::ApplyToCustoms => {
            let payment = payment_by_id(store, ctx.path("payment_id"))?;
            declare(
                shared,
                store,
                ctx,
                payment,
                DeclarationKind::Customs,
                "customs_declarations",
                true,
            )
        }
        OpId::ApplyToCustomsNoPaymentId => {
            let payment = payment_by_sub_order(store, ctx)?;
            declare(
                shared,
                store,
                ctx,
                payment,
                DeclarationKind::Customs,
                "customs_declaration",
                false,
            )
        }
        OpId::ApplyToCiq => {
            let payment = payment_by_id(store, ctx.path("payment_id"))?;
            declare(
                shared,
                store,
                ctx,
                payment,
                DeclarationKind::Ciq,
                "ciq_declarations",
                false,
            )
        }
        OpId::ApplyToCiqNoPaymentId => {
            let payment = payment_by_sub_order(store, ctx)?;
            declare(
                shared,
                store,
                ctx,
                payment,
                DeclarationKind::Ciq,
                "ciq_declarations",
                false,
            )
        }
        OpId::GetCustomsDeclaration => {
            let d = by_id(
                store,
                ctx.path("customs_declaration_id"),
                DeclarationKind::Customs,
            )?;
            Ok(Reply::ok().with("customs_declarations", json!([summary(d)])))
        }
        OpId::GetCiqDeclaration => {
            let d = by_id(store, ctx.path("ciq_declaration_id"), DeclarationKind::Ciq)?;
            Ok(Reply::ok().with("ciq_declarations", summary(d)))
        }
        OpId::QueryCustomsNoPaymentId => {
            let d = by_sub_order(store, ctx, DeclarationKind::Customs)?;
            let mut v = full(d);
            v["pay_trace"] = json!(d.payment_id);
            v["is_customs"] = json!(ctx.text("is_customs").unwrap_or_else(|| "FALSE".into()));
            Ok(Reply::ok().with("customs_declaration", v))
        }
        OpId::QueryCiqNoPaymentId => {
            let d = by_sub_order(store, ctx, DeclarationKind::Ciq)?;
            Ok(Reply::ok().with("ciq_declarations", full(d)))
        }
        OpId::DeclareAgain => {
            let id = ctx.path("declaration_id").to_owned();
            let kind = store
                .declarations
                .get(&id)
                .map(|d| d.kind)
                .ok_or_else(not_sent)?;
            again(shared, store, ctx, &id, kind)
        }
        OpId::DeclareAgainNoPaymentId => {
            // declare_again_no_payment_id
            let kind = if ctx.text("declare_type").as_deref() == Some("1") {
                DeclarationKind::Ciq
            } else {
                DeclarationKind::Customs
            };
            let reference = ctx.text("mer_reference_id").unwrap_or_default();
            let id = store
                .declarations
                .values()
                .find(|d| d.kind == kind && d.mer_reference_id == reference)
                .map(|d| d.id.clone())
                .ok_or_else(not_sent)?;
            again(shared, store, ctx, &id, kind)
        }
        other => Err(not_served(other)),
    }
}

fn not_sent() -> Failure {
    fail(404, names::ORDER_NOT_SENT, "The order has not been sent.")
}

fn payment_by_id(store: &Store, id: &str) -> Result<Payment, Failure> {
    store
        .payments
        .get(id)
        .cloned()
        .ok_or_else(|| fail(404, names::PAYMENT_NOT_EXISTS, "Payment not exists."))
}

/// The no-paymentId variants identify the order by sub-order and merchant date.
fn payment_by_sub_order(store: &Store, ctx: &Ctx<'_>) -> Result<Payment, Failure> {
    let sub = ctx
        .text("sub_order.mer_sub_reference_id")
        .unwrap_or_default();
    let date = ctx.text("mer_date").unwrap_or_default();
    store
        .payments
        .values()
        .find(|p| {
            p.mer_date == date
                && sub_orders(p)
                    .iter()
                    .any(|s| s["mer_sub_reference_id"] == sub.as_str())
        })
        .cloned()
        .ok_or_else(|| fail(404, names::SUB_ORDER_ABSENT, "The sub-order absent."))
}

fn sub_orders(p: &Payment) -> Vec<Value> {
    p.order["sub_orders"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn by_id<'s>(
    store: &'s Store,
    id: &str,
    kind: DeclarationKind,
) -> Result<&'s Declaration, Failure> {
    store
        .declarations
        .get(id)
        .filter(|d| d.kind == kind)
        .ok_or_else(not_sent)
}

fn by_sub_order<'s>(
    store: &'s Store,
    ctx: &Ctx<'_>,
    kind: DeclarationKind,
) -> Result<&'s Declaration, Failure> {
    let sub = ctx
        .text("sub_order.mer_sub_reference_id")
        .unwrap_or_default();
    store
        .declarations
        .values()
        .find(|d| d.kind == kind && d.sub_order_id == sub)
        .ok_or_else(not_sent)
}

fn summary(d: &Declaration) -> Value {
    let mut v = json!({"id": d.id, "state": d.state.as_str()});
    if let Some(date) = &d.clearance_date {
        let key = if d.kind == DeclarationKind::Ciq {
            "ciq_clearance_date"
        } else {
            "customs_clearance_date"
        };
        v[key] = json!(date);
    }
    v
}

fn full(d: &Declaration) -> Value {
    let mut v = d.body.clone();
    if let (Value::Object(target), Value::Object(extra)) = (&mut v, summary(d)) {
        target.extend(extra);
    }
    v
}

#[allow(clippy::too_many_arguments)] // the parts of one declaration
fn declare(
    shared: &SharedRef,
    store: &mut Store,
    ctx: &Ctx<'_>,
    payment: Payment,
    kind: DeclarationKind,
    result_key: &'static str,
    as_list: bool,
) -> Outcome {
    if payment.state != PaymentState::TradeSuccess {
        return Err(fail(
            402,
            names::ORDERS_INFORMATION_WRONG,
            "The order's information is wrong.",
        ));
    }
    let sub_id = ctx
        .text("sub_order.mer_sub_reference_id")
        .unwrap_or_default();
    let sub = sub_orders(&payment)
        .into_iter()
        .find(|s| s["mer_sub_reference_id"] == sub_id.as_str())
        .ok_or_else(|| fail(402, names::SUB_ORDER_ABSENT, "The sub-order absent."))?;
    let existing = |k: DeclarationKind| {
        store.declarations.values().any(|d| {
            d.kind == k
                && d.payment_id == payment.id
                && d.sub_order_id == sub_id
                && d.state != DeclarationState::Fail
        })
    };
    match kind {
        DeclarationKind::Customs if existing(DeclarationKind::Customs) => {
            return Err(fail(
                409,
                names::ORDER_DECLARED_CUSTOMS,
                "The order has been declared to the customs.",
            ))
        }
        DeclarationKind::Ciq if existing(DeclarationKind::Ciq) => {
            return Err(fail(
                409,
                names::ORDER_APPLIED_CIQ_SUCCESSFULLY_NO,
                "The order has applied for CIQ successfully, no need for another application.",
            ))
        }
        DeclarationKind::Ciq
            if !matches!(sub["trans_code"].as_str(), Some("01122030" | "01121990")) =>
        {
            return Err(fail(
                402,
                names::ONLY_GOODS_SUBORDER_TYPE_SUPPORT,
                "Only goods suborder type support CIQ applying.",
            ))
        }
        DeclarationKind::Ciq if !existing(DeclarationKind::Customs) => return Err(fail(
            402,
            names::SUBMITTED_CUSTOMS_DATA_DOESNT_EXIST,
            "The submitted customs data doesn't exist and is not allowed to be submitted to CIQ.",
        )),
        _ => {}
    }
    let id = store.ids.id(if kind == DeclarationKind::Ciq {
        "CIQ"
    } else {
        "CUST"
    });
    let trace = store.ids.digits(20);
    let mut body: Map<String, Value> = ctx.body.as_object().cloned().unwrap_or_default();
    let trace_key = if kind == DeclarationKind::Ciq {
        "sub_ciq_trace"
    } else {
        "sub_customs_trace"
    };
    body.insert(
        "sub_order".into(),
        json!({"mer_sub_reference_id": sub_id, trace_key: trace}),
    );
    if kind == DeclarationKind::Customs {
        body.insert("verify_department".into(), json!("UnionPay"));
        body.insert(
            "verify_department_pay_trace".into(),
            json!(store.ids.digits(30)),
        );
    }
    let declaration = Declaration {
        id: id.clone(),
        kind,
        payment_id: payment.id.clone(),
        mer_reference_id: payment.mer_reference_id.clone(),
        sub_order_id: sub_id,
        state: DeclarationState::Accepted,
        body: Value::Object(body),
        notify_url: ctx.text("notify_url"),
        clearance_date: None,
    };
    let object = full(&declaration);
    store.declarations.insert(id.clone(), declaration);
    schedule(shared, &id, ctx.notification_flags());
    let path = if kind == DeclarationKind::Ciq {
        format!("/payments/ciq_declarations/{id}")
    } else {
        format!("/payments/customs_declarations/{id}")
    };
    Ok(Reply::ok()
        .with(result_key, if as_list { json!([object]) } else { object })
        .link(&shared.base_url, "self", "GET", &path))
}

fn again(
    shared: &SharedRef,
    store: &mut Store,
    ctx: &Ctx<'_>,
    id: &str,
    kind: DeclarationKind,
) -> Outcome {
    let d = store.declarations.get_mut(id).ok_or_else(not_sent)?;
    d.state = DeclarationState::Submitted;
    d.clearance_date = None;
    let answer = json!({
        "declare_type": if kind == DeclarationKind::Ciq { "1" } else { "0" },
        "mer_reference_id": d.mer_reference_id,
    });
    schedule(shared, id, ctx.notification_flags());
    Ok(Reply::ok().with("declare_again", answer))
}

/// Clears the declaration after `settle_delay_ms`; customs declarations notify.
fn schedule(shared: &SharedRef, id: &str, flags: Flags) {
    let (shared, id, delay) = (shared.clone(), id.to_owned(), shared.config.settle_delay_ms);
    tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
        let (object, url, kind) = {
            let mut store = shared.lock();
            let Some(d) = store.declarations.get_mut(&id) else {
                return;
            };
            d.state = DeclarationState::Success;
            d.clearance_date = Some(dates::today());
            (full(d), d.notify_url.clone(), d.kind)
        };
        if kind == DeclarationKind::Customs {
            notify::send(&shared, "customs_declaration", object, url, flags);
        }
    });
}
