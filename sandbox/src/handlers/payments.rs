//! Payments: create, SMS, execute, query, express info; completion of QR/WeChat/web payments.
//!
//! Card payments: `create_payment` → `send_payment_sms` (the sandbox "sends" a six-digit code,
//! readable at `GET /__admin/sms/{id}`) → `execute_payment` with that code → `TRADE_SUCCESS`
//! and a notification. Test cards, by their last four digits: `0002` is declined by the bank
//! (`00060550`), `0051` has insufficient balance (`00080530`); any other number pays.
//!
//! QR, WeChat, H5 and cashier-page payments answer with the QR content, WeChat parameters or an
//! `upay` link, and complete when a test calls `POST /__admin/payments/{id}/complete` or after
//! `auto_complete_ms`.

use serde_json::{json, Map, Value};
use umf_core::codes::names;
use umf_core::encryption::visit_sensitive;
use umf_core::model::{Decimal, PaymentState};
use umf_core::operations::OpId;
use umf_core::Operation;

use super::reference::cny;
use super::{decimal_at, fail, not_served, text_at, Ctx, Failure, Outcome, Reply};
use crate::dates;
use crate::notify::{self, Flags};
use crate::readings::{OutcomeReading, RepeatReading};
use crate::state::{Payment, SharedRef, Store};

const CARD_METHODS: [&str; 2] = ["CREDIT_CARD", "DEBIT_CARD"];

pub(crate) fn handle(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    match ctx.op.op {
        OpId::CreatePayment => create(shared, store, ctx),
        OpId::SendPaymentSms => send_sms(shared, store, ctx),
        OpId::ExecutePayment => execute(shared, store, ctx),
        OpId::GetPayment => {
            let payment = find(store, ctx.path("payment_id"))?;
            Ok(Reply::ok().with("payment", json_of(payment)))
        }
        OpId::UpdateExpressInfo => update_express_info(shared, store, ctx),
        other => Err(not_served(other)),
    }
}

pub(crate) fn find<'s>(store: &'s Store, id: &str) -> Result<&'s Payment, Failure> {
    store
        .payments
        .get(id)
        .ok_or_else(|| fail(404, names::PAYMENT_NOT_EXISTS, "Payment not exists."))
}

fn find_mut<'s>(store: &'s mut Store, id: &str) -> Result<&'s mut Payment, Failure> {
    store
        .payments
        .get_mut(id)
        .ok_or_else(|| fail(404, names::PAYMENT_NOT_EXISTS, "Payment not exists."))
}

/// The request without its sensitive values: what a repeat `mer_reference_id` is compared by.
fn fingerprint(op: &Operation, body: &Value) -> Value {
    let mut copy = body.clone();
    // The body was read by the same walk when it was decrypted, so this cannot fail; a failure
    // would leave the values in, which only makes two requests compare unequal.
    let _ = visit_sensitive(op, &mut copy, None, &mut |_, value| {
        *value = Value::Null;
        Ok(())
    });
    copy
}

/// The JSON UMF answers with for a payment.
pub(crate) fn json_of(p: &Payment) -> Value {
    let mut order = p.order.clone();
    if !p.express.is_empty() {
        if let Some(Value::Array(subs)) = order.get_mut("sub_orders") {
            for sub in subs.iter_mut() {
                let id = sub["mer_sub_reference_id"].clone();
                if let Some(tracking) = p.express.iter().find(|e| e["mer_sub_reference_id"] == id) {
                    sub["tracking_number"] = tracking["tracking_number"].clone();
                }
            }
        }
    }
    let mut map = Map::new();
    map.insert("id".into(), json!(p.id));
    map.insert("payer".into(), p.payer.clone());
    map.insert("order".into(), order);
    map.insert("state".into(), json!(p.state.as_str()));
    if let Some(url) = &p.notify_url {
        map.insert("notify_url".into(), json!(url));
    }
    map.insert(
        "execute_success_time".into(),
        json!(p.paid_at.clone().unwrap_or_default()),
    );
    map.insert(
        "settle_date".into(),
        json!(p.settle_date.clone().unwrap_or_default()),
    );
    if !p.risk_info.is_null() {
        map.insert("risk_info".into(), p.risk_info.clone());
    }
    map.insert("is_from_US".into(), json!("N"));
    Value::Object(map)
}

fn create(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let body = ctx.body;
    let reference = ctx.text("order.mer_reference_id").unwrap_or_default();
    let print = fingerprint(ctx.op, body);
    if let Some(existing) = store
        .payment_refs
        .get(&reference)
        .and_then(|id| store.payments.get(id))
    {
        // API.md Q28: an order id may be paid once; under the default reading an identical
        // repeat is answered with the same payment (a safe retry), a different one is a
        // duplicate; under `Refuse` every repeat is.
        let replay = shared.config.repeat_reference == RepeatReading::SamePayment;
        return if existing.state == PaymentState::TradeSuccess {
            Err(fail(
                409,
                names::PAYMENT_SUCCESS_NO_NEED_PAY,
                "Payment success. No need to pay again.",
            ))
        } else if replay && existing.fingerprint == print {
            Ok(payment_reply(shared, existing))
        } else {
            Err(fail(
                409,
                names::DUPLICATE_ORDER_INFORMATION_SUB_ORDER,
                "Duplicate order, information in sub-order and original order not match.",
            ))
        };
    }
    let currency = ctx.text("order.amount.currency").unwrap_or_default();
    let total = decimal_at(body, "order.amount.total").ok_or_else(|| {
        fail(
            400,
            names::DATA_VALIDATION_FAILURE_00060700,
            "Data validation failure: order.amount.total",
        )
    })?;
    let method = ctx.text("payer.payment_method").unwrap_or_default();
    let id = store.ids.id("PAY");

    let mut order = body["order"].clone();
    let (total_cny, rate) = cny(&total, &currency);
    order["amount"]["total_cny"] = json!(total_cny);
    order["amount"]["exchange_rate"] = json!({"currency": currency, "rate": rate});
    let minutes = text_at(body, "order.expire_time")
        .and_then(|m| m.parse::<i64>().ok())
        .unwrap_or(1440);
    order["expire_time"] = json!(dates::iso_in_minutes(minutes));
    if let Some(Value::Array(subs)) = order.get_mut("sub_orders") {
        for sub in subs.iter_mut() {
            // K17: UMF generates a sub-order id when the request has none.
            if sub.get("mer_sub_reference_id").is_none() {
                sub["mer_sub_reference_id"] = json!(store.ids.digits(16));
            }
        }
    }
    let (payer, upay) = payer_echo(store, &id, &method, body, &shared.base_url);
    let payment = Payment {
        id: id.clone(),
        mer_reference_id: reference.clone(),
        mer_date: ctx.text("order.mer_date").unwrap_or_else(dates::today),
        currency,
        total,
        method: method.clone(),
        state: PaymentState::WaitBuyerPay,
        fingerprint: print,
        payer,
        upay,
        order,
        risk_info: body.get("risk_info").cloned().unwrap_or(Value::Null),
        notify_url: ctx.text("notify_url"),
        sms_code: None,
        sms_failures: 0,
        executing: false,
        card_last4: None,
        paid_at: None,
        settle_date: None,
        refunded: Decimal::from_minor_units(0, 2),
        express: Vec::new(),
    };
    let reply = payment_reply(shared, &payment);
    store.payment_refs.insert(reference, id.clone());
    store.payments.insert(id.clone(), payment);
    if !CARD_METHODS.contains(&method.as_str()) {
        if let Some(ms) = shared.config.auto_complete_ms {
            let (shared, flags) = (shared.clone(), ctx.notification_flags());
            tokio::spawn(async move {
                tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
                let _ = complete_with(&shared, &id, PaymentState::TradeSuccess, flags);
            });
        }
    }
    Ok(reply)
}

fn payment_reply(shared: &SharedRef, payment: &Payment) -> Reply {
    let base = &shared.base_url;
    let self_path = format!("/payments/payment/{}", payment.id);
    let mut reply = Reply::ok()
        .with("payment", json_of(payment))
        .link(base, "self", "GET", &self_path);
    if payment.state == PaymentState::WaitBuyerPay {
        if CARD_METHODS.contains(&payment.method.as_str()) {
            // GET as the newest document shows it (004:L2346-2347); 001:L184 said POST.
            reply = reply.link(base, "sms_verify", "GET", &format!("{self_path}/verify"));
        } else if let Some(url) = &payment.upay {
            reply
                .links
                .push(json!({"href": url, "ref": "upay", "method": "GET"}));
        }
    }
    reply
}

/// The `payer` echo: method and interface, and the pay elements UMF fills in per flavour; and
/// the cashier (`upay`) URL for page-based flavours.
fn payer_echo(
    store: &mut Store,
    id: &str,
    method: &str,
    body: &Value,
    base: &str,
) -> (Value, Option<String>) {
    let mut upay = None;
    let mut payer = json!({"payment_method": method});
    for key in [
        "interface_type",
        "business_type",
        "external_customer_id",
        "bank_code",
    ] {
        if let Some(v) = body["payer"].get(key) {
            payer[key] = v.clone();
        }
    }
    let token = store.ids.id("T").replace("T_", "");
    let info = match method {
        "WECHAT_SCAN" => json!({"qr_code_scan": {"citizen_id_type": "IDENTITY_CARD",
            "qr_code_url": format!("weixin://wxpay/bizpayurl?pr={}", &token[..10])}}),
        "ALIPAY_SCAN" => json!({"qr_code_scan": {"citizen_id_type": "IDENTITY_CARD",
            "qr_code_url": format!("https://qr.alipay.com/bax0{}", &token[..16].to_lowercase())}}),
        "WECHAT_IN_APP" | "WECHAT_WEB" => {
            let key = if method == "WECHAT_IN_APP" {
                "wechat_in_app"
            } else {
                "wechat_in_app_web"
            };
            let app_id = body["payer"]["payer_info"][key]["app_id"]
                .as_str()
                .unwrap_or("wx_sandbox_app");
            json!({key: {"citizen_id_type": "IDENTITY_CARD", "pay_info": {
                "app_id": app_id,
                "time_stamp": dates::now_secs().to_string(),
                "sign_type": "MD5",
                "package": format!("prepay_id=wx{}", token.to_lowercase()),
                "nonce_str": &token[..16],
                "pay_sign": &token[16..],
            }}})
        }
        "WECHAT_H5" => json!({"wechat_H5": {"citizen_id_type": "IDENTITY_CARD",
            "wechat_H5_url": format!("https%3A%2F%2Fwx.tenpay.com%2Fcgi-bin%2Fmmpayweb-bin%2Fcheckmweb%3Fprepay_id%3Dwx{}", token.to_lowercase())}}),
        m if CARD_METHODS.contains(&m) => {
            let phone = body["payer"]["payer_info"]["bank_card"]["phone"].clone();
            json!({"bank_card": if phone.is_null() { json!({}) } else { json!({"phone": phone}) }})
        }
        _ => {
            // Cashier page (SERVER_TO_WEB, H5 web, DIRECT_TO_BANK): a page that pays.
            let host = base.trim_end_matches(crate::server::API_PREFIX);
            upay = Some(format!("{host}/__admin/cashier/{id}"));
            json!({})
        }
    };
    payer["payer_info"] = info;
    (payer, upay)
}

fn waiting(p: &Payment) -> Result<(), Failure> {
    match p.state {
        PaymentState::WaitBuyerPay => Ok(()),
        PaymentState::TradeSuccess => Err(fail(
            409,
            names::PAYMENT_SUCCESS_NO_NEED_PAY,
            "Payment success. No need to pay again.",
        )),
        _ => Err(fail(402, names::ORDER_CLOSED, "Order closed")),
    }
}

fn send_sms(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let code = store.ids.sms_code();
    let payment = find_mut(store, ctx.path("payment_id"))?;
    waiting(payment)?;
    if !CARD_METHODS.contains(&payment.method.as_str()) {
        return Err(fail(
            402,
            names::INCORRECT_PAYMENT_METHOD,
            "Incorrect payment method.",
        ));
    }
    // The card is named by its number or by a bound agreement (004:L4774: `payer_info` holds
    // `bank_card` or `payer_agreement`).
    let number = ctx.text("payer.payer_info.bank_card.number");
    let agreement = ctx.body["payer"]["payer_info"]["payer_agreement"].is_object();
    if number.is_none() && !agreement {
        return Err(fail(
            400,
            names::ABSENCE_NECESSARY_PAYMENT_INFORMATION,
            "Absence of necessary payment information.",
        ));
    }
    let last4 = number.or_else(|| ctx.text("payer.payer_info.payer_agreement.last_four_cardid"));
    payment.card_last4 = last4.map(|n| {
        n.chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect()
    });
    payment.sms_code = Some(code);
    payment.sms_failures = 0;
    let base = &shared.base_url;
    let reply = Reply::ok()
        .with("payment", json_of(payment))
        .link(
            base,
            "self",
            "GET",
            &format!("/payments/payment/{}", payment.id),
        )
        .link(
            base,
            "confirm",
            "POST",
            &format!("/payments/payment/{}/execute", payment.id),
        );
    Ok(reply)
}

fn execute(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let id = ctx.path("payment_id").to_owned();
    let flags = ctx.notification_flags();
    let asynchronous = shared.config.outcomes == OutcomeReading::Async;
    let payment = find_mut(store, &id)?;
    waiting(payment)?;
    if payment.executing {
        // A repeat while the result is on its way: the same pending answer, nothing twice.
        return Ok(executed_reply(shared, payment));
    }
    let mut outcome = PaymentState::TradeSuccess;
    if CARD_METHODS.contains(&payment.method.as_str()) {
        let sms_needed = text_at(&payment.order, "if_sms").as_deref() != Some("N");
        if sms_needed {
            let Some(expected) = payment.sms_code.clone() else {
                return Err(fail(
                    402,
                    names::SMS_VERIFICATION_CODE_NOT_FOUND,
                    "SMS verification code not found.",
                ));
            };
            if ctx
                .text("payer.payer_info.bank_card.verify_code")
                .as_deref()
                != Some(expected.as_str())
            {
                payment.sms_failures += 1;
                let limit = shared.config.sms_max_failures;
                return Err(if limit > 0 && payment.sms_failures >= limit {
                    fail(
                        402,
                        names::EXCEED_LIMITATION_TIMES_INCORRECT_VALIDATION,
                        "Exceed the limitation times of incorrect validation code.",
                    )
                } else {
                    fail(
                        402,
                        names::INCORRECT_VALIDATION_CODE,
                        "Incorrect validation code.",
                    )
                });
            }
        }
        if let Some(number) = ctx.text("payer.payer_info.bank_card.number") {
            let last4: String = number
                .chars()
                .skip(number.chars().count().saturating_sub(4))
                .collect();
            if payment.card_last4.as_ref().is_some_and(|l| *l != last4) {
                return Err(fail(
                    402,
                    names::CARD_INFORMATION_MISMATCH,
                    "Card information mismatch.",
                ));
            }
            payment.card_last4 = Some(last4);
        }
        let test_card = payment
            .card_last4
            .as_deref()
            .filter(|_| shared.config.test_cards);
        let declined = match test_card {
            Some("0002") => Some((
                names::PAYMENT_DECLINED_BANK,
                "Payment declined by the bank.",
            )),
            Some("0051") => Some((
                names::USER_ACCOUNT_BALANCE_INSUFFICIENT,
                "User account balance is insufficient.",
            )),
            _ => None,
        };
        if let (Some(_), true) = (declined, asynchronous) {
            // The bank's refusal arrives with the result, by query and notification.
            outcome = PaymentState::TradeFail;
        } else if let Some((code, message)) = declined {
            finish(payment, PaymentState::TradeFail);
            notify::send(
                shared,
                "payment",
                json_of(payment),
                payment.notify_url.clone(),
                flags,
            );
            return Err(fail(402, code, message));
        }
    }
    if asynchronous {
        payment.executing = true;
        let reply = executed_reply(shared, payment);
        let (shared, delay) = (shared.clone(), shared.config.settle_delay_ms);
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
            let _ = complete_with(&shared, &id, outcome, flags);
        });
        return Ok(reply);
    }
    finish(payment, outcome);
    notify::send(
        shared,
        "payment",
        json_of(payment),
        payment.notify_url.clone(),
        flags,
    );
    Ok(executed_reply(shared, payment))
}

/// The answer to `execute_payment`: the payment as it now stands and the next steps.
fn executed_reply(shared: &SharedRef, payment: &Payment) -> Reply {
    let id = &payment.id;
    Reply::ok()
        .with("payment", json_of(payment))
        .link(
            &shared.base_url,
            "self",
            "GET",
            &format!("/payments/payment/{id}"),
        )
        .link(
            &shared.base_url,
            "refund",
            "POST",
            &format!("/payments/payment/{id}/refund"),
        )
}

fn finish(payment: &mut Payment, state: PaymentState) {
    if state == PaymentState::TradeSuccess {
        payment.paid_at = Some(dates::now_iso());
        payment.settle_date = Some(dates::tomorrow());
    }
    payment.state = state;
}

/// Completes a waiting payment and notifies: the admin API and auto-completion.
pub(crate) fn complete_with(
    shared: &SharedRef,
    id: &str,
    state: PaymentState,
    flags: Flags,
) -> Result<(), String> {
    let (object, url) = {
        let mut store = shared.lock();
        let payment = store.payments.get_mut(id).ok_or("no such payment")?;
        if payment.state != PaymentState::WaitBuyerPay {
            return Err(format!("payment is {}", payment.state));
        }
        finish(payment, state);
        payment.executing = false;
        (json_of(payment), payment.notify_url.clone())
    };
    notify::send(shared, "payment", object, url, flags);
    Ok(())
}

fn update_express_info(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let payment = find_mut(store, ctx.path("payment_id"))?;
    if payment.state != PaymentState::TradeSuccess {
        return Err(fail(
            402,
            names::ORDER_STATUS_MISMATCH,
            "Order status mismatch.",
        ));
    }
    let updates = ctx.body["order"]["sub_orders"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let known: Vec<Value> = payment.order["sub_orders"]
        .as_array()
        .map(|subs| {
            subs.iter()
                .map(|s| s["mer_sub_reference_id"].clone())
                .collect()
        })
        .unwrap_or_default();
    // The whole batch fails if one sub-order is unknown (004:L4284).
    if updates
        .iter()
        .any(|u| !known.contains(&u["mer_sub_reference_id"]))
    {
        return Err(fail(402, names::SUB_ORDER_ABSENT, "The sub-order absent."));
    }
    for update in updates {
        payment
            .express
            .retain(|e| e["mer_sub_reference_id"] != update["mer_sub_reference_id"]);
        payment.express.push(update);
    }
    let echo = json!({"id": payment.id, "order": {"sub_orders": payment.express}});
    Ok(Reply::ok().with("payment", echo).link(
        &shared.base_url,
        "self",
        "GET",
        &format!("/payments/payment/{}", payment.id),
    ))
}

/// What the admin API shows and does.
pub(crate) mod admin {
    use super::*;

    /// A payment as stored, with its SMS code.
    pub(crate) fn view(_shared: &SharedRef, p: &Payment) -> Value {
        let mut v = json_of(p);
        v["sms_code"] = json!(p.sms_code);
        v["refunded"] = json!(p.refunded.as_str());
        v
    }

    /// Completes a waiting payment (the customer paid, or failed to).
    pub(crate) fn complete(
        shared: &SharedRef,
        id: &str,
        state: PaymentState,
    ) -> Result<(), String> {
        complete_with(shared, id, state, Flags::default())
    }
}
