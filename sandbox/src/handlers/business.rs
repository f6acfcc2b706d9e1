//! B2B enterprises and orders, remittance, tuition orders and file uploads (004 §3.59, §4,
//! §9-11): small state machines whose prerequisites the documents state.

use serde_json::{json, Value};
use umf_core::codes::names;
use umf_core::model::Decimal;
use umf_core::operations::OpId;

use super::reference::rate;
use super::{decimal_at, fail, not_served, Ctx, Failure, Outcome, Reply};
use crate::dates;
use crate::state::{SharedRef, Store};

fn exists() -> Failure {
    fail(409, names::DATA_EXIST, "The data is exist.")
}

fn unknown() -> Failure {
    fail(
        404,
        names::THIS_TRANSACTION_DOES_NOT_EXIST,
        "This transaction does not exist.",
    )
}

fn trace_date() -> String {
    let iso = dates::now_iso();
    format!("{} {}", &iso[..10], &iso[11..19])
}

pub(crate) fn handle(shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let base = &shared.base_url;
    match ctx.op.op {
        OpId::CreateEnterpriseQualification => {
            let mut enterprise = ctx.body["enterprise_qualification"].clone();
            let external = enterprise["external_enterprise_id"].clone();
            if store
                .enterprises
                .values()
                .any(|e| e["external_enterprise_id"] == external)
            {
                return Err(exists());
            }
            let id = store.ids.id("EQ");
            enterprise["id"] = json!(id);
            // Starts DISABLE; ENABLE after offline checks (004:L4384).
            enterprise["enterprise_status"] = json!("DISABLE");
            enterprise["rank"] = json!("OTHERS");
            store.enterprises.insert(id.clone(), enterprise.clone());
            Ok(Reply::ok()
                .with("enterprise_qualification", enterprise)
                .link(
                    base,
                    "self",
                    "GET",
                    &format!("/enterprise_qualification/{id}"),
                ))
        }
        OpId::GetEnterpriseQualification => {
            let e = store
                .enterprises
                .get(ctx.path("enterprise_id"))
                .ok_or_else(unknown)?;
            Ok(Reply::ok().with("enterprise_qualification", e.clone()))
        }
        OpId::SendEnterpriseQualification => {
            let code = ctx.text("cust_code").unwrap_or_default();
            let mut report = ctx.body.clone();
            report["cust_no"] = json!("70510000");
            report["trace_date"] = json!(trace_date());
            // 004:L6227: 0 until the offline checks; the sandbox declares at once.
            report["status"] = json!("1");
            report["desc"] = json!("declared");
            store.enterprise_reports.insert(code, report);
            Ok(Reply::ok())
        }
        OpId::QueryEnterpriseQualificationReport => {
            let code = ctx.text("cust_code").unwrap_or_default();
            let report = store.enterprise_reports.get(&code).ok_or_else(unknown)?;
            Ok(Reply::ok().with("query_enterprise_id", report.clone()))
        }
        OpId::SendPayeeInfo => {
            let account = ctx.text("payee_account").unwrap_or_default();
            if store.payees.contains_key(&account) {
                return Err(fail(
                    409,
                    names::RECIPIENT_INFORMATION_ALREADY_EXISTS,
                    "The recipient information already exists",
                ));
            }
            store.payees.insert(account, ctx.body.clone());
            Ok(Reply::ok())
        }
        OpId::SendOrderItem | OpId::SendB2bOuterOrderDetail => {
            let batch = ctx.text("mer_batchno").unwrap_or_default();
            let order = ctx.body["mer_orderId"].clone();
            let details = if ctx.op.op == OpId::SendOrderItem {
                &mut store.order_items
            } else {
                &mut store.b2b_details
            };
            let list = details.entry(batch).or_default();
            if list.iter().any(|d| d["mer_orderId"] == order) {
                return Err(fail(
                    409,
                    names::ORDER_DETAILS_ALREADY_EXIST,
                    "The order details already exist",
                ));
            }
            list.push(ctx.body.clone());
            Ok(Reply::ok())
        }
        OpId::ConfirmRemittance => {
            let batch = ctx.text("mer_batchno").unwrap_or_default();
            let items = store.order_items.get(&batch).ok_or_else(|| {
                fail(402, names::PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING, "Payment failed – the order details corresponding to this batch could not be found.")
            })?;
            let account = ctx.text("payee_account").unwrap_or_default();
            if !store.payees.contains_key(&account) {
                return Err(fail(402, names::PAYMENT_FAILED_PAYEE_INFORMATION_CORRESPONDING, "Payment failed – the payee information corresponding to this batch cannot be found."));
            }
            let sum = items
                .iter()
                .filter_map(|i| decimal_at(i, "Damount"))
                .try_fold(Decimal::from_minor_units(0, 2), |acc, d| {
                    acc.checked_add(&d)
                });
            if sum != decimal_at(ctx.body, "Oamount") {
                return Err(fail(402, names::PAYMENT_FAILED_PAYMENT_AMOUNT_THIS, "Payment failed – the payment amount for this batch is not consistent with the accumulated amount of the corresponding order details"));
            }
            let id = store.ids.id("PAY");
            let currency = ctx.text("currency").unwrap_or_default();
            store.remittances.insert(
                id.clone(),
                json!({"transfer_fee": "10.00", "exchange_rate": rate(&currency)}),
            );
            Ok(Reply::ok().link(base, "self", "GET", &format!("/{id}/query_payment_status")))
        }
        OpId::QueryRemittanceStatus => {
            let status = store
                .remittances
                .get(ctx.path("payment_id"))
                .ok_or_else(|| {
                    fail(
                        404,
                        names::CORRESPONDING_PAYMENT_ORDER_WAS_NOT,
                        "Corresponding payment order was not found",
                    )
                })?;
            Ok(Reply::ok().with("pay_res", status.clone()))
        }
        OpId::UploadPaymentFiles => {
            let path = format!("FILE_PATH_{}", store.ids.digits(20));
            store.tuition_files.insert(path.clone());
            Ok(Reply::ok().with("payOrder", json!({"file_path": path})))
        }
        OpId::CreateTuitionOrder => {
            if let Some(path) = ctx.text("file_path") {
                if !store.tuition_files.contains(&path) {
                    return Err(fail(402, names::FILE_NOT_EXIST, "The file is not exist."));
                }
            }
            let order = ctx.text("mer_order_id").unwrap_or_default();
            if store
                .tuition_orders
                .values()
                .any(|o| o["mer_orderid"] == order.as_str())
            {
                return Err(fail(409, names::CODE_00131074, "订单重复"));
            }
            let id = store.ids.id("PAY");
            store.tuition_orders.insert(
                id.clone(),
                json!({"rec_status": "1", "mer_orderid": order, "verify_status": "203", "oper_status": "1",
                       "oper_msg": "", "fee": "0.00", "pay_status": "34"}),
            );
            Ok(Reply::ok().link(base, "self", "GET", &format!("/{id}/query_payment_order")))
        }
        OpId::QueryTuitionOrder => {
            let order = store
                .tuition_orders
                .get(ctx.path("payment_id"))
                .ok_or_else(|| {
                    fail(
                        404,
                        names::PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING,
                        "订单信息不存在",
                    )
                })?;
            Ok(Reply::ok().with("pay_query_order", order.clone()))
        }
        OpId::SendB2bOrder => {
            let batch = ctx.text("mer_batchno").unwrap_or_default();
            if !store.b2b_details.contains_key(&batch) {
                return Err(fail(402, names::PAYMENT_FAILED_ORDER_DETAILS_CORRESPONDING, "Payment failed – the order details corresponding to this batch could not be found."));
            }
            let account = ctx.text("payee_account").unwrap_or_default();
            let payee_name = store
                .payees
                .get(&account)
                .map(|p| p["payee_name"].clone())
                .unwrap_or(json!(""));
            let currency = ctx.text("currency").unwrap_or_default();
            let id = store.ids.id("PAY");
            let trade = store.ids.digits(20);
            store.b2b_orders.insert(
                id.clone(),
                json!({
                    "trade_no": trade, "fee": "0.00", "buy_rate": rate(&currency),
                    "pay_amt": ctx.text("Oamount").unwrap_or_default(), "payee_account": account,
                    "payee_name": payee_name, "currency": currency, "trace_date": trace_date(),
                }),
            );
            Ok(Reply::ok().link(base, "self", "GET", &format!("/{id}/query_order")))
        }
        OpId::QueryB2bOrder => {
            let order = store
                .b2b_orders
                .get(ctx.path("payment_id"))
                .ok_or_else(|| {
                    fail(
                        404,
                        names::CORRESPONDING_PAYMENT_ORDER_WAS_NOT,
                        "Corresponding payment order was not found",
                    )
                })?;
            Ok(Reply::ok().with("query_order", order.clone()))
        }
        OpId::UploadFile => {
            let name = ctx.text("file_name").unwrap_or_default();
            let extension = name.rsplit_once('.').map_or("bin", |(_, e)| e).to_owned();
            let stored = format!(
                "{}/{}.{extension}",
                &dates::today()[..6],
                store.ids.digits(18)
            );
            store.uploads.push(stored.clone());
            Ok(Reply::ok().with("data", Value::String(stored)))
        }
        other => Err(not_served(other)),
    }
}
