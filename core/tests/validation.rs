//! Each validation rule with a passing and a failing request, asserted by path and rule name.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use serde_json::{json, Value};
use umf_core::error::Severity;
use umf_core::{Client, ClientConfig, PrivateKey, RequestParams};

fn client() -> Client {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    let key = |f: &str| PrivateKey::from_bytes(&std::fs::read(dir.join(f)).unwrap(), None).unwrap();
    Client::new(ClientConfig::new(
        "https://x/cberest/v1",
        key("umf_1024_pkcs8.pem").public_key().clone(),
        Some(key("merchant_1024_pkcs8.pem")),
    ))
}

/// (path, rule, severity) of every problem.
fn problems(op: &str, params: Value) -> Vec<(String, &'static str, Severity)> {
    let params = RequestParams::from_flat(op, params).unwrap();
    client()
        .validate(op, &params)
        .unwrap()
        .into_iter()
        .map(|p| (p.path, p.rule, p.severity))
        .collect()
}

fn payment() -> Value {
    json!({
        "payer": {"payment_method": "WECHAT_SCAN", "interface_type": "SERVER_TO_SERVER"},
        "order": {"mer_reference_id": "ORDER-1", "mer_date": "20240101",
            "amount": {"total": "30.00", "currency": "USD"},
            "sub_orders": [
                {"mer_sub_reference_id": "S1", "trans_code": "01122030", "amount": {"total": "10.00", "currency": "USD"},
                 "items": [{"mer_item_id": "I1", "amount": {"total": "4.00", "currency": "USD"}},
                           {"mer_item_id": "I2", "amount": {"total": "6", "currency": "USD"}}]},
                {"mer_sub_reference_id": "S2", "trans_code": "03223010", "amount": {"total": "20", "currency": "USD"}}
            ]},
        "risk_info": {"trans_type": "02"}
    })
}

fn with(mut base: Value, path: &str, value: Value) -> Value {
    let mut slot = &mut base;
    let parts: Vec<&str> = path.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i == parts.len() - 1;
        slot = match part.parse::<usize>() {
            Ok(n) => &mut slot[n],
            Err(_) if last => {
                if value.is_null() {
                    slot.as_object_mut().unwrap().remove(*part);
                    return base;
                }
                &mut slot[*part]
            }
            Err(_) => &mut slot[*part],
        };
    }
    *slot = value;
    base
}

fn has(found: &[(String, &'static str, Severity)], path: &str, rule: &str) -> bool {
    found.iter().any(|(p, r, _)| p == path && *r == rule)
}

#[test]
fn a_valid_payment_has_no_problem() {
    assert_eq!(problems("create_payment", payment()), vec![]);
}

#[test]
fn field_rules_fail_with_their_paths() {
    let cases: &[(&str, Value, &str, &str)] = &[
        (
            "order.mer_reference_id",
            Value::Null,
            "order.mer_reference_id",
            "required",
        ),
        (
            "order.mer_reference_id",
            json!("ab"),
            "order.mer_reference_id",
            "length",
        ),
        (
            "order.mer_date",
            json!("2024-01-01"),
            "order.mer_date",
            "date",
        ),
        (
            "order.amount.total",
            json!("30.001"),
            "order.amount.total",
            "amount_format",
        ),
        (
            "order.amount.total",
            json!("0"),
            "order.amount.total",
            "amount_positive",
        ),
        (
            "order.amount.currency",
            json!("XYZ"),
            "order.amount.currency",
            "enum",
        ),
        (
            "payer.payment_method",
            json!("CASH"),
            "payer.payment_method",
            "enum",
        ),
        (
            "order.sub_orders.1.trans_code",
            json!("99999999"),
            "order.sub_orders[1].trans_code",
            "trans_code",
        ),
        (
            "order.sub_orders.0.is_customs",
            json!("maybe"),
            "order.sub_orders[0].is_customs",
            "enum",
        ),
        (
            "order.sub_orders.0.items.0.quantity",
            json!("100"),
            "order.sub_orders[0].items[0].quantity",
            "digits",
        ),
        ("order.sub_orders", json!("x"), "order.sub_orders", "type"),
        (
            "risk_info.registration_time",
            json!("2024"),
            "risk_info.registration_time",
            "datetime",
        ),
        (
            "order.expire_time",
            json!("soon"),
            "order.expire_time",
            "digits",
        ),
    ];
    for (path, value, at, rule) in cases {
        let found = problems("create_payment", with(payment(), path, value.clone()));
        assert!(
            has(&found, at, rule),
            "{path} = {value}: expected {at} {rule}, got {found:?}"
        );
    }
}

#[test]
fn order_sums_and_currencies() {
    let found = problems(
        "create_payment",
        with(payment(), "order.amount.total", json!("31.00")),
    );
    assert!(
        has(&found, "order.amount.total", "sum_mismatch"),
        "{found:?}"
    );
    let found = problems(
        "create_payment",
        with(
            payment(),
            "order.sub_orders.0.items.1.amount.total",
            json!("7"),
        ),
    );
    assert!(
        has(&found, "order.sub_orders[0].amount.total", "sum_mismatch"),
        "{found:?}"
    );
    let found = problems(
        "create_payment",
        with(
            payment(),
            "order.sub_orders.1.amount.currency",
            json!("CNY"),
        ),
    );
    assert!(
        has(
            &found,
            "order.sub_orders[1].amount.currency",
            "currency_mismatch"
        ),
        "{found:?}"
    );
    let found = problems(
        "create_payment",
        with(payment(), "order.sub_orders.0.items", Value::Null),
    );
    assert!(
        has(&found, "order.sub_orders[0].items", "required"),
        "goods need items: {found:?}"
    );
}

#[test]
fn risk_conditions_are_warnings() {
    let found = problems(
        "create_payment",
        with(payment(), "risk_info.goods_type", json!("1")),
    );
    assert!(has(&found, "risk_info.receiver_name", "required"));
    assert!(found.iter().all(|(_, _, s)| *s == Severity::Warning));
    let mut ok = with(payment(), "risk_info.goods_type", json!("1"));
    ok["risk_info"]["receiver_name"] = json!("Z");
    ok["risk_info"]["receiver_moblie_id"] = json!("138");
    ok["risk_info"]["receiver_address"] = json!("A");
    assert_eq!(problems("create_payment", ok), vec![]);
    let found = problems(
        "create_payment",
        with(payment(), "risk_info.real_name", json!("1")),
    );
    assert!(has(
        &found,
        "risk_info.registration_identify_code",
        "required"
    ));
    // A warning does not stop the request.
    let params = RequestParams::from_flat(
        "create_payment",
        with(payment(), "risk_info.goods_type", json!("1")),
    )
    .unwrap();
    assert!(client().prepare("create_payment", &params, None).is_ok());
}

#[test]
fn pay_elements() {
    let direct = with(
        with(payment(), "payer.interface_type", json!("DIRECT_TO_BANK")),
        "payer.payment_method",
        json!("NOT_APPLICABLE"),
    );
    assert!(has(
        &problems("create_payment", direct.clone()),
        "payer.bank_code",
        "required"
    ));
    assert_eq!(
        problems(
            "create_payment",
            with(direct, "payer.bank_code", json!("ICBC"))
        ),
        vec![]
    );
    let sms = json!({"payment_id": "PAY_1", "payer": {"payment_method": "CREDIT_CARD", "payer_info": {}}});
    assert!(has(
        &problems("send_payment_sms", sms.clone()),
        "payer.payer_info.bank_card",
        "required"
    ));
    let sms = with(
        sms,
        "payer.payer_info.bank_card",
        json!({"number": "6222020000000000000"}),
    );
    assert_eq!(problems("send_payment_sms", sms), vec![]);
}

#[test]
fn refunds() {
    let refund = json!({"payment_id": "PAY_1", "refund_info": {"mer_reference_id": "R-01", "mer_date": "20240101",
        "amount": {"total": "3", "currency": "USD"},
        "sub_orders": [{"mer_sub_reference_id": "S1", "amount": {"total": "1"}}, {"mer_sub_reference_id": "S2", "amount": {"total": "2"}}]}});
    assert_eq!(problems("create_refund", refund.clone()), vec![]);
    assert!(has(
        &problems(
            "create_refund",
            with(refund.clone(), "refund_info.amount.total", json!("4"))
        ),
        "refund_info.amount.total",
        "sum_mismatch"
    ));
    assert!(has(
        &problems(
            "create_refund",
            with(refund.clone(), "refund_info.mer_date", Value::Null)
        ),
        "refund_info.mer_date",
        "required"
    ));
    assert!(has(
        &problems("create_refund", json!({"payment_id": "PAY_1"})),
        "refund_info",
        "required"
    ));
    let goods = with(
        refund,
        "refund_info.sub_orders.0.trans_code",
        json!("01122030"),
    );
    assert!(has(
        &problems("create_refund", goods),
        "refund_info.sub_orders[0].items",
        "required"
    ));
}

#[test]
fn query_and_path_rules() {
    assert!(has(
        &problems("query_agreements", json!({"bank_type": "DEBIT_CARD"})),
        "query.external_customer_id",
        "one_of_required"
    ));
    assert_eq!(
        problems("query_agreements", json!({"external_customer_id": "C1"})),
        vec![]
    );
    assert!(has(
        &problems(
            "list_transactions",
            json!({"mer_date": "20240101", "page_size": "1000"})
        ),
        "query.page_size",
        "digits"
    ));
    assert!(has(
        &problems("list_transactions", json!({})),
        "query.mer_date",
        "required"
    ));
    assert!(has(
        &problems("get_refund", json!({"refund_id": "PAY_1"})),
        "path.refund_id",
        "id_format"
    ));
    assert_eq!(
        problems("get_refund", json!({"refund_id": "REFUND_1"})),
        vec![]
    );
    assert!(has(
        &problems(
            "create_settle_month_statement",
            json!({"settle_month": "201813"})
        ),
        "settle_month",
        "month"
    ));
}

#[test]
fn remittance_enterprise_and_tuition_rules() {
    let payee = json!({"payee_account": "1", "payee_name": "N".repeat(60), "payee_address": "A".repeat(70),
        "payee_swift": "BOFAUS3", "payee_country": "USA"});
    let found = problems("send_payee_info", payee);
    assert!(has(&found, "payee_address", "length"), "{found:?}");
    assert!(has(&found, "payee_swift", "length"), "{found:?}");
    assert_eq!(
        problems(
            "send_payee_info",
            json!({"payee_account": "1", "payee_name": "N", "payee_address": "A",
        "payee_swift": "BOFAUS3NXXX", "payee_country": "USA"})
        ),
        vec![]
    );

    let item = json!({"mer_batchno": "B", "business_code": "08227020", "currency": "USD", "mer_orderId": "O",
        "goods_type": "T", "goods_name": "G", "goods_unitPrice": "1.50", "goods_sum": "3", "Damount": "4.50",
        "payer_name": "N", "payer_IDCard": "110101199001011234", "payer_phone": "1",
        "order_time": "2024-01-01 10:00:00", "pay_time": "2024-01-01 10:00:01", "logistics_no": "L", "val_pattern": "CNY_VALUATION"});
    assert_eq!(problems("send_order_item", item.clone()), vec![]);
    assert!(has(
        &problems(
            "send_order_item",
            with(item.clone(), "Damount", json!("4.51"))
        ),
        "Damount",
        "sum_mismatch"
    ));
    assert!(has(
        &problems(
            "send_order_item",
            with(item.clone(), "pay_time", json!("2024-01-01 10:00:00"))
        ),
        "pay_time",
        "distinct"
    ));
    assert!(has(
        &problems(
            "send_order_item",
            with(item, "payer_IDCard", json!("110101900101123"))
        ),
        "payer_IDCard",
        "length"
    ));

    let enterprise = json!({"cust_code": "C", "cust_name": "N", "area_code": "310000", "industry_code": "5179",
        "attr_code": "159", "country_code": "CHN", "is_tax_free": "N", "tax_free_code": "00", "cont_aact": "Z", "company_phone": "1"});
    assert_eq!(
        problems("send_enterprise_qualification", enterprise.clone()),
        vec![]
    );
    assert!(has(
        &problems(
            "send_enterprise_qualification",
            with(enterprise.clone(), "area_code", json!("100000"))
        ),
        "area_code",
        "enum"
    ));
    assert!(has(
        &problems(
            "send_enterprise_qualification",
            with(enterprise.clone(), "tax_free_code", json!("01"))
        ),
        "tax_free_code",
        "enum"
    ));
    let free = with(
        with(enterprise, "is_tax_free", json!("Y")),
        "tax_free_code",
        json!("00"),
    );
    assert!(has(
        &problems("send_enterprise_qualification", free),
        "tax_free_code",
        "enum"
    ));

    let tuition = json!({"mer_order_id": "T-01", "trade_no": "USD2024010100000000000001", "currency": "USD",
        "Oamount": "1", "payer_name": "N", "payer_id_card": "1"});
    assert_eq!(problems("create_tuition_order", tuition.clone()), vec![]);
    assert!(has(
        &problems(
            "create_tuition_order",
            with(tuition, "trade_no", json!("EUR2024010100000000000001"))
        ),
        "trade_no",
        "prefix"
    ));
}

#[test]
fn confirmation_and_types() {
    let unbind = json!({"external_customer_id": "C", "payer_agreements": [{"usr_pay_agreement_id": "P", "usr_busi_agreement_id": "U"}]});
    assert!(has(
        &problems("unbind_bank_agreement", unbind.clone()),
        "$confirm",
        "confirmation_required"
    ));
    assert_eq!(
        problems(
            "unbind_bank_agreement",
            with(unbind, "$confirm", json!(true))
        ),
        vec![]
    );
    // A value of the wrong JSON type is reported with its path, before anything else.
    let found = problems(
        "create_payment",
        with(payment(), "order.amount", json!("30")),
    );
    assert_eq!(
        found,
        vec![("order.amount".to_owned(), "type", Severity::Error)]
    );
    let found = problems(
        "create_payment",
        with(payment(), "order.sub_orders.1.amount.total", json!({})),
    );
    assert_eq!(
        found,
        vec![(
            "order.sub_orders[1].amount.total".to_owned(),
            "type",
            Severity::Error
        )]
    );
}

#[test]
fn messages_never_quote_values() {
    let secret_card = "6222020000000000000999";
    let params = RequestParams::from_flat(
        "bind_card_send_sms",
        json!({"external_customer_id": "C",
        "payer_info": {"bank_card": {"number": secret_card}}}),
    )
    .unwrap();
    let err = client()
        .prepare("bind_card_send_sms", &params, None)
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("payer_info.bank_card.number"));
    assert!(!shown.contains(secret_card));
}

/// A create_payment whose one sub-order of `total` (minor units) has these (unit price in
/// minor units, quantity) items.
fn priced(total: i128, items: &[(i128, u32)]) -> Value {
    let money = |minor: i128| json!({"total": format!("{}.{:02}", minor / 100, minor % 100), "currency": "USD"});
    let items: Vec<Value> = items
        .iter()
        .enumerate()
        .map(|(i, (price, quantity))| {
            json!({"mer_item_id": format!("I{i}"), "quantity": quantity.to_string(), "amount": money(*price)})
        })
        .collect();
    json!({
        "payer": {"payment_method": "WECHAT_SCAN", "interface_type": "SERVER_TO_SERVER"},
        "order": {"mer_reference_id": "ORDER-1", "mer_date": "20240101", "amount": money(total),
            "sub_orders": [{"mer_sub_reference_id": "S1", "trans_code": "01122030",
                "amount": money(total), "items": items}]},
        "risk_info": {"trans_type": "02"}
    })
}

const SUB_TOTAL: &str = "order.sub_orders[0].amount.total";

#[test]
fn item_amounts_as_unit_prices_are_a_warning_not_an_error() {
    // The examples' reading (004:L632-643): the items' amounts add up to the sub-order.
    assert_eq!(
        problems("create_payment", priced(800, &[(200, 2), (600, 3)])),
        vec![]
    );
    // The text's reading (004:L4705, "the price of goods"): Σ price × quantity.
    let found = problems("create_payment", priced(2200, &[(200, 2), (600, 3)]));
    assert_eq!(
        found,
        vec![(SUB_TOTAL.to_owned(), "sum_by_quantity", Severity::Warning)]
    );
    // Neither.
    let found = problems("create_payment", priced(2300, &[(200, 2), (600, 3)]));
    assert_eq!(
        found,
        vec![(SUB_TOTAL.to_owned(), "sum_mismatch", Severity::Error)]
    );
}

proptest::proptest! {
    /// For any unit prices and quantities: a total of Σ amount passes, a total of Σ amount ×
    /// quantity passes (with a warning unless both readings agree), and any other total is an
    /// error.
    #[test]
    fn both_readings_of_item_amounts_pass_and_nothing_else(
        items in proptest::collection::vec((1i128..100_000, 1u32..99), 1..5),
        off in 1i128..1000,
    ) {
        let lines: i128 = items.iter().map(|(p, _)| p).sum();
        let by_quantity: i128 = items.iter().map(|(p, q)| p * i128::from(*q)).sum();
        proptest::prop_assert_eq!(problems("create_payment", priced(lines, &items)), vec![]);
        let found = problems("create_payment", priced(by_quantity, &items));
        if by_quantity == lines {
            proptest::prop_assert_eq!(found, vec![]);
        } else {
            proptest::prop_assert_eq!(found, vec![(SUB_TOTAL.to_owned(), "sum_by_quantity", Severity::Warning)]);
        }
        let other = by_quantity + off;
        if other != lines {
            let found = problems("create_payment", priced(other, &items));
            proptest::prop_assert_eq!(found, vec![(SUB_TOTAL.to_owned(), "sum_mismatch", Severity::Error)]);
        }
    }
}

#[test]
fn seed_lengths_and_required_fields() {
    // notify_url and ret_url: 1-128 (004:L4812-4813), a refund's notify_url too (004:L4858).
    for (field, len, bad) in [
        ("notify_url", 128, false),
        ("notify_url", 129, true),
        ("ret_url", 129, true),
    ] {
        let url = format!("https://m.example/{}", "a".repeat(len - 18));
        let found = problems("create_payment", with(payment(), field, json!(url)));
        assert_eq!(
            has(&found, field, "length"),
            bad,
            "{field} {len}: {found:?}"
        );
    }
    // Required B2B fields (004:L5184-5191) and remit_information (004:L5089, L5201).
    let outer = json!({"mer_batchno": "B1", "mer_orderId": "O-1", "contract_no": "C-1",
        "contract_date": "20240101", "business_code": "01122030", "val_pattern": "RMB_PAYMENT",
        "currency": "CNY", "Damount": "1000", "order_sub_type": "1", "logistics_no": "L1"});
    assert_eq!(
        problems("send_b2b_outer_order_detail", outer.clone()),
        vec![]
    );
    for field in [
        "contract_no",
        "contract_date",
        "order_sub_type",
        "logistics_no",
    ] {
        let found = problems(
            "send_b2b_outer_order_detail",
            with(outer.clone(), field, Value::Null),
        );
        assert!(has(&found, field, "required"), "{field}: {found:?}");
    }
    let order = json!({"mer_batchno": "B1", "payee_account": "6222020000000001",
        "business_code": "01122030", "currency": "CNY", "val_pattern": "RMB_PAYMENT",
        "remit_information": "success", "Oamount": "1000", "cost_way": "FULL_AMOUNT"});
    assert_eq!(problems("send_b2b_order", order.clone()), vec![]);
    for op in ["send_b2b_order", "confirm_remittance"] {
        let found = problems(op, with(order.clone(), "remit_information", Value::Null));
        assert!(
            has(&found, "remit_information", "required"),
            "{op}: {found:?}"
        );
    }
}

#[test]
fn the_transactions_file_is_named_by_settle_date_or_mer_date() {
    let op = "download_transactions_file";
    assert_eq!(problems(op, json!({"settle_date": "20240102"})), vec![]);
    assert_eq!(problems(op, json!({"mer_date": "20240101"})), vec![]);
    let both = problems(
        op,
        json!({"settle_date": "20240102", "mer_date": "20240101"}),
    );
    assert!(has(&both, "query.mer_date", "exclusive"), "{both:?}");
    let none = problems(op, json!({}));
    assert!(
        has(&none, "query.settle_date", "one_of_required"),
        "{none:?}"
    );
    let bad = problems(op, json!({"mer_date": "2024-01-01"}));
    assert!(!bad.is_empty(), "{bad:?}");
}
