//! The payloads of the scaling benchmark, shared with `examples/scaling_profile.rs` (which runs
//! one of them under callgrind): a card `create_payment` and a signed `get_payment` answer with
//! `n` sub-orders of two items each.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::{json, Value};
use umf_core::verification::{sign_response, SignatureScope};
use umf_core::{HttpResponse, PrivateKey, RequestParams};

pub fn key(file: &str) -> PrivateKey {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/keys")
        .join(file);
    PrivateKey::from_bytes(&std::fs::read(path).unwrap(), None).unwrap()
}

/// `n` sub-orders of two items each, amounts adding up as validation requires.
fn order(n: usize) -> Value {
    let sub_orders: Vec<Value> = (0..n)
        .map(|i| {
            json!({"mer_sub_reference_id": format!("S-{i}"), "trans_code": "01122030",
                "amount": {"total": "2.00", "currency": "USD"},
                "items": [
                    {"mer_item_id": format!("I-{i}-1"), "type": "FOOD", "item_quantity": "1",
                        "amount": {"total": "1.50", "currency": "USD"}},
                    {"mer_item_id": format!("I-{i}-2"), "type": "FOOD", "item_quantity": "1",
                        "amount": {"total": "0.50", "currency": "USD"}}]})
        })
        .collect();
    json!({"mer_reference_id": "ORDER-0001", "mer_date": "20240101",
        "amount": {"total": format!("{}.00", 2 * n), "currency": "USD"}, "sub_orders": sub_orders})
}

pub fn create_payment(n: usize) -> RequestParams {
    let params = json!({
        "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER",
            "business_type": "B2C", "payer_info": {"name": "张三", "bank_card": {
                "number": "6222020000000000000", "valid_date": "1228", "cvv2": "123",
                "citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"}}},
        "order": order(n),
        "notify_url": "https://m.example/n",
        "risk_info": {"trans_type": "02"}
    });
    RequestParams::from_flat("create_payment", params).unwrap()
}

/// A `get_payment` answer with `n` sub-orders, signed over `payment` as the sandbox signs.
pub fn payment_answer(n: usize, umf: &PrivateKey) -> HttpResponse {
    let body = json!({
        "meta": {"ret_code": "0000", "ret_msg": "SUCCESS"},
        "payment": {"id": "PAY_GM3TAOJRGYYDONJVGY3TGMRU", "state": "TRADE_SUCCESS",
            "payer": {"payment_method": "CREDIT_CARD"}, "order": order(n)},
        "links": [{"href": "https://m.example/payments/payment/PAY_1", "rel": "self", "method": "GET"}]
    });
    let raw = serde_json::to_vec(&body).unwrap();
    let signed = sign_response(&raw, umf, SignatureScope::PrimaryResult, &["payment"]).unwrap();
    HttpResponse::new(200, signed)
}
