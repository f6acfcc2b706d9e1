//! One request per operation: method, URL (escaped path, encoded query), the exact body bytes
//! (sensitive fields decrypted back for comparison) and which paths were encrypted. A coverage
//! check fails when an operation of the table, or an op id of API.md §2, has no case here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{json, Value};
use umf_core::{
    Client, ClientConfig, Error, HttpResponse, Method, PrivateKey, RequestParams, OPERATIONS,
};

const BASE: &str = "https://uatfx.soopay.net/cberest/v1";

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn key(file: &str) -> PrivateKey {
    PrivateKey::from_bytes(
        &std::fs::read(vectors().join("keys").join(file)).unwrap(),
        None,
    )
    .unwrap()
}

struct Case {
    op: &'static str,
    params: Value,
    method: Method,
    url: &'static str,
    /// The body with every encrypted value replaced by its plaintext, as sent byte for byte.
    body: &'static str,
    encrypted: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let card = json!({"number": "6222020000000000000", "valid_date": "2612", "cvv2": "123",
        "payer_name": "ZHANG SAN", "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD",
        "citizen_id_number": "110101199001011234"});
    let card_body = r#"{"number":"6222020000000000000","valid_date":"2612","cvv2":"123","payer_name":"ZHANG SAN","phone":"13800000000","citizen_id_type":"IDENTITY_CARD","citizen_id_number":"110101199001011234"}"#;
    let card_paths = |p: &'static str| -> &'static [&'static str] {
        match p {
            "payer" => &[
                "payer.payer_info.bank_card.number",
                "payer.payer_info.bank_card.valid_date",
                "payer.payer_info.bank_card.cvv2",
                "payer.payer_info.bank_card.payer_name",
                "payer.payer_info.bank_card.citizen_id_number",
            ],
            _ => &[
                "payer_info.bank_card.number",
                "payer_info.bank_card.payer_name",
                "payer_info.bank_card.citizen_id_number",
                "payer_info.bank_card.valid_date",
                "payer_info.bank_card.cvv2",
            ],
        }
    };
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let refund = json!({"refund_info": {"mer_reference_id": "R-0001", "mer_date": "20240102",
        "amount": {"total": "1.00", "currency": "USD"},
        "sub_orders": [{"mer_sub_reference_id": "S-1", "trans_code": "03223010",
            "amount": {"total": "1.00", "currency": "USD"}}]},
        "notify_url": "https://m.example/notify"});
    let refund_body = r#"{"refund_info":{"mer_reference_id":"R-0001","mer_date":"20240102","amount":{"total":"1.00","currency":"USD"},"sub_orders":[{"mer_sub_reference_id":"S-1","amount":{"total":"1.00","currency":"USD"},"trans_code":"03223010"}]},"notify_url":"https://m.example/notify"}"#;
    let customs = json!({"customs_id": "NB", "mer_customs_code": "3302461234",
        "freight_amount": {"total": 0, "currency": "CNY"}, "tax_amount": {"total": "0", "currency": "CNY"},
        "sub_order_amount": {"total": "344.91", "currency": "CNY"}, "ec_plat_id": "PLAT1",
        "notify_url": "https://m.example/customs", "sub_order": {"mer_sub_reference_id": "S-1"}});
    let customs_body = r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"customs_id":"NB","mer_customs_code":"3302461234","freight_amount":{"total":"0","currency":"CNY"},"tax_amount":{"total":"0","currency":"CNY"},"sub_order_amount":{"total":"344.91","currency":"CNY"},"ec_plat_id":"PLAT1","notify_url":"https://m.example/customs"}"#;
    let ciq = json!({"sub_order": {"mer_sub_reference_id": "S-1"}, "ciq_code": "GJHP", "plat_supplier_no": "SUP1"});
    let ciq_body = r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"ciq_code":"GJHP","plat_supplier_no":"SUP1"}"#;
    let unbind = json!({"external_customer_id": "C-1",
        "payer_agreements": [{"usr_pay_agreement_id": "P1", "usr_busi_agreement_id": "UB1"}]});
    let unbind_body = r#"{"external_customer_id":"C-1","payer_agreements":[{"usr_busi_agreement_id":"UB1","usr_pay_agreement_id":"P1"}]}"#;
    let get = |op: &'static str, params: Value, url: &'static str| Case {
        op,
        params,
        method: Method::Get,
        url,
        body: "",
        encrypted: &[],
    };
    let post = |op: &'static str,
                params: Value,
                url: &'static str,
                body: &'static str,
                encrypted: &'static [&'static str]| Case {
        op,
        params,
        method: Method::Post,
        url,
        body,
        encrypted,
    };
    vec![
        get(
            "list_banks",
            json!({"type": "CREDIT_CARD"}),
            "/bank?type=CREDIT_CARD",
        ),
        Case {
            op: "query_card_bin",
            params: json!({"card": "6222020000000000000"}),
            method: Method::Get,
            url: "/bank/cardbin?card=",
            body: "",
            encrypted: &["query:card"],
        },
        get(
            "get_wechat_openid_url",
            json!({"notify_url": "https://m.example/openid?a=1&b=2"}),
            "/payments/wechat_openid?notify_url=https%3A%2F%2Fm.example%2Fopenid%3Fa%3D1%26b%3D2",
        ),
        get(
            "get_exchange_rate",
            json!({"currency": "USD"}),
            "/exchange_rate?currency=USD",
        ),
        post(
            "create_payment",
            json!({
                "payer": {"payment_method": "WECHAT_SCAN", "interface_type": "SERVER_TO_SERVER",
                    "business_type": "B2C", "payer_info": {"name": "张三",
                    "qr_code_scan": {"citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"}}},
                "order": {"mer_reference_id": "ORDER-0001", "mer_date": "20240101",
                    "amount": {"total": "100.02", "currency": "USD"}, "expire_time ": "360",
                    "sub_orders": [{"mer_sub_reference_id": "S-1", "trans_code": "01122030",
                        "amount": {"total": "100.02", "currency": "USD"},
                        "items": [{"mer_item_id": "I-1", "type": "FOOD", "item_quantity": "2",
                            "amount": {"total": "100.02", "currency": "USD"}}]}]},
                "notify_url": "https://m.example/n",
                "risk_info": {"trans_type": "02"}
            }),
            "/payments/payment",
            r#"{"payer":{"payment_method":"WECHAT_SCAN","payer_info":{"name":"张三","qr_code_scan":{"citizen_id_type":"IDENTITY_CARD","citizen_id_number":"110101199001011234"}},"interface_type":"SERVER_TO_SERVER","business_type":"B2C"},"order":{"amount":{"total":"100.02","currency":"USD"},"expire_time":"360","mer_reference_id":"ORDER-0001","mer_date":"20240101","sub_orders":[{"mer_sub_reference_id":"S-1","amount":{"total":"100.02","currency":"USD"},"trans_code":"01122030","items":[{"mer_item_id":"I-1","type":"FOOD","amount":{"total":"100.02","currency":"USD"},"quantity":"2"}]}]},"notify_url":"https://m.example/n","risk_info":{"trans_type":"02"}}"#,
            &[
                "payer.payer_info.name",
                "payer.payer_info.qr_code_scan.citizen_id_number",
            ],
        ),
        post(
            "send_payment_sms",
            json!({"payment_id": "PAY_1", "payer": {"payment_method": "CREDIT_CARD",
                "payer_info": {"bankCard": card.clone()}}}),
            "/payments/payment/PAY_1/verify",
            leak(format!(
                r#"{{"payer":{{"payment_method":"CREDIT_CARD","payer_info":{{"bank_card":{card_body}}}}}}}"#
            )),
            card_paths("payer"),
        ),
        post(
            "execute_payment",
            json!({"payment_id": "PAY_1", "payer": {"payment_method": "DEBIT_CARD",
                "payer_info": {"bank_card": {"number": "6222020000000000000", "verify_code": "123456"}}}}),
            "/payments/payment/PAY_1/execute",
            r#"{"payer":{"payment_method":"DEBIT_CARD","payer_info":{"bank_card":{"number":"6222020000000000000","verify_code":"123456"}}}}"#,
            &["payer.payer_info.bank_card.number"],
        ),
        get(
            "get_payment",
            json!({"payment_id": "PAY_GM3T"}),
            "/payments/payment/PAY_GM3T",
        ),
        post(
            "create_refund",
            {
                let mut r = refund.clone();
                r["payment_id"] = json!("PAY_1");
                r
            },
            "/payments/payment/PAY_1/refund",
            refund_body,
            &[],
        ),
        post(
            "create_async_refund",
            {
                let mut r = refund.clone();
                r["payment_id"] = json!("PAY_1");
                r
            },
            "/payments/payment/PAY_1/asynchronous_refund",
            refund_body,
            &[],
        ),
        get(
            "get_refund",
            json!({"refund_id": "REFUND_9"}),
            "/payments/refund/REFUND_9",
        ),
        get(
            "get_payment_with_refunds",
            json!({"payment_id": "PAY_1"}),
            "/payments/payment/PAY_1/self_payment_refund",
        ),
        get(
            "query_agreements",
            json!({"usr_busi_agreement_id": "UB 1", "bank_type": "DEBIT_CARD"}),
            "/agreement?usr_busi_agreement_id=UB%201&bank_type=DEBIT_CARD",
        ),
        post(
            "unbind_agreement",
            unbind.clone(),
            "/agreement/unbundling",
            unbind_body,
            &[],
        ),
        post(
            "apply_to_customs",
            {
                let mut c = customs.clone();
                c["payment_id"] = json!("PAY_1");
                c
            },
            "/payments/payment/PAY_1/apply_to_customs",
            customs_body,
            &[],
        ),
        get(
            "get_customs_declaration",
            json!({"customs_declaration_id": "CUST_1"}),
            "/payments/customs_declarations/CUST_1",
        ),
        post(
            "apply_to_ciq",
            {
                let mut c = ciq.clone();
                c["payment_id"] = json!("PAY_1");
                c
            },
            "/payments/payment/PAY_1/apply_to_ciq",
            ciq_body,
            &[],
        ),
        get(
            "get_ciq_declaration",
            json!({"ciq_declaration_id": "CIQ_1"}),
            "/payments/ciq_declarations/CIQ_1",
        ),
        get(
            "get_reconciliation_statement",
            json!({"settle_date": "20180103", "page_number": 2}),
            "/payments/reconciliation_statement?settle_date=20180103&page_number=2",
        ),
        get(
            "download_settlement_file",
            json!({"settle_date": "20180130"}),
            "/payments/statement_download?settle_date=20180130",
        ),
        get(
            "list_transactions",
            json!({"mer_date": "20170213", "page_size": "50"}),
            "/payments/transactions?mer_date=20170213&page_size=50",
        ),
        get(
            "download_transactions_file",
            json!({"settle_date": "20170213"}),
            "/payments/transactions_download?settle_date=20170213",
        ),
        post(
            "create_settle_month_statement",
            json!({"settle_month": "201801"}),
            "/payments/settle_month_create",
            r#"{"settle_month":"201801"}"#,
            &[],
        ),
        get(
            "download_settle_month_statement",
            json!({"file_id": "FILE_GIYD"}),
            "/payments/FILE_GIYD/settle_month_file_download",
        ),
        post(
            "declare_again",
            json!({"declaration_id": "CUST_GA2T"}),
            "/declare_again/CUST_GA2T",
            "{}",
            &[],
        ),
        get(
            "get_refundable_balance",
            json!({}),
            "/payments/payment/self_account_balance",
        ),
        post(
            "create_async_refund_no_payment_id",
            {
                let mut r = refund.clone();
                r["mer_refund_id"] = json!("MR-1");
                r
            },
            "/payments/payment/asy_refund",
            r#"{"mer_refund_id":"MR-1","refund_info":{"mer_reference_id":"R-0001","mer_date":"20240102","amount":{"total":"1.00","currency":"USD"},"sub_orders":[{"mer_sub_reference_id":"S-1","amount":{"total":"1.00","currency":"USD"},"trans_code":"03223010"}]},"notify_url":"https://m.example/notify"}"#,
            &[],
        ),
        post(
            "query_async_refund_no_payment_id",
            json!({"mer_refund_id": "MR-1"}),
            "/payments/refund/refund_query",
            r#"{"mer_refund_id":"MR-1"}"#,
            &[],
        ),
        post(
            "apply_to_customs_no_payment_id",
            {
                let mut c = customs.clone();
                c["mer_date"] = json!("20240101");
                c
            },
            "/payments/payment/apply_customs",
            r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"customs_id":"NB","mer_customs_code":"3302461234","freight_amount":{"total":"0","currency":"CNY"},"tax_amount":{"total":"0","currency":"CNY"},"sub_order_amount":{"total":"344.91","currency":"CNY"},"ec_plat_id":"PLAT1","notify_url":"https://m.example/customs","mer_date":"20240101"}"#,
            &[],
        ),
        post(
            "query_customs_no_payment_id",
            json!({"sub_order": {"mer_sub_reference_id": "S-1"}, "mer_date": "20240101", "is_customs": "TRUE"}),
            "/payments/payment/customs_query",
            r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"mer_date":"20240101","is_customs":"TRUE"}"#,
            &[],
        ),
        post(
            "apply_to_ciq_no_payment_id",
            {
                let mut c = ciq.clone();
                c["mer_date"] = json!("20240101");
                c
            },
            "/payments/payment/apply_to_ciq",
            r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"mer_date":"20240101","ciq_code":"GJHP","plat_supplier_no":"SUP1"}"#,
            &[],
        ),
        post(
            "query_ciq_no_payment_id",
            json!({"sub_order": {"mer_sub_reference_id": "S-1"}, "mer_date": "20240101"}),
            "/payments/ciq_declarations",
            r#"{"sub_order":{"mer_sub_reference_id":"S-1"},"mer_date":"20240101"}"#,
            &[],
        ),
        post(
            "declare_again_no_payment_id",
            json!({"mer_reference_id": "ORDER-1", "declare_type": "1"}),
            "/declare_again",
            r#"{"declare_type":"1","mer_reference_id":"ORDER-1"}"#,
            &[],
        ),
        post(
            "bind_card_send_sms",
            json!({"external_customer_id": "C-1", "payer_info": {"bank_card": card.clone()}}),
            "/bind/get_smscode",
            leak(format!(
                r#"{{"payer_info":{{"bank_card":{card_body}}},"external_customer_id":"C-1"}}"#
            )),
            card_paths("bind"),
        ),
        post(
            "bind_card_confirm",
            json!({"external_customer_id": "C-1", "payer_info": {"bank_card":
                {"number": "6222020000000000000", "verify_code": "5678"}}}),
            "/bind/get_contract",
            r#"{"payer_info":{"bank_card":{"number":"6222020000000000000","verify_code":"5678"}},"external_customer_id":"C-1"}"#,
            &["payer_info.bank_card.number"],
        ),
        post(
            "unbind_bank_agreement",
            {
                let mut u = unbind.clone();
                u["$confirm"] = json!(true);
                u
            },
            "/bank_agreement/unbind",
            unbind_body,
            &[],
        ),
        post(
            "update_express_info",
            json!({"payment_id": "PAY_1", "order": {"sub_orders": [{"mer_sub_reference_id": "S-1", "tracking_number": "STO 3716523085241"}]}}),
            "/payments/payment/PAY_1/update_express_info",
            r#"{"order":{"sub_orders":[{"mer_sub_reference_id":"S-1","tracking_number":"STO 3716523085241"}]}}"#,
            &[],
        ),
        // upload_file and upload_payment_files are multipart: see `multipart_uploads` below.
        post(
            "create_enterprise_qualification",
            json!({"enterprise_qualification": {"external_enterprise_id": "E-1", "enterprise_name": "ACME",
                "busi_type": "SJHG", "enterprise_code": "91310000MA1F"}}),
            "/enterprise_qualification",
            r#"{"enterprise_qualification":{"external_enterprise_id":"E-1","enterprise_name":"ACME","busi_type":"SJHG","enterprise_code":"91310000MA1F"}}"#,
            &[],
        ),
        get(
            "get_enterprise_qualification",
            json!({"enterprise_id": "EQ_GEYD"}),
            "/enterprise_qualification/EQ_GEYD",
        ),
        post(
            "send_payee_info",
            json!({"payee_account": "6222020000000001", "payee_name": "ACME LTD", "payee_address": "1 MAIN ST",
                "payee_swift": "BOFAUS3N", "payee_country": "USA"}),
            "/send_payee_infor",
            r#"{"payee_account":"6222020000000001","payee_name":"ACME LTD","payee_address":"1 MAIN ST","payee_swift":"BOFAUS3N","payee_country":"USA"}"#,
            &[
                "payee_account",
                "payee_name",
                "payee_address",
                "payee_swift",
            ],
        ),
        post(
            "send_order_item",
            json!({"mer_batchno": "B1", "business_code": "08227020", "currency": "USD", "mer_orderId": "O-1",
                "goods_type": "FOOD ", "goods_name": "tea", "goods_unitPrice": "120", "goods_sum": "2",
                "Damount": "240", "payer_name": "ZHANG SAN", "payer_IDCard": "110101199001011234",
                "payer_phone": "13800000000", "order_time": "2024-01-01 10:00:00", "pay_time": "2024-01-01 10:05:00",
                "logistics_no": "L1", "val_pattern": "FOREIGN_VALUATION"}),
            "/send_order_item",
            r#"{"mer_batchno":"B1","business_code":"08227020","currency":"USD","mer_orderId":"O-1","goods_type":"FOOD ","goods_name":"tea","goods_unitPrice":"120","goods_sum":"2","Damount":"240","payer_name":"ZHANG SAN","payer_IDCard":"110101199001011234","payer_phone":"13800000000","order_time":"2024-01-01 10:00:00","pay_time":"2024-01-01 10:05:00","logistics_no":"L1","val_pattern":"FOREIGN_VALUATION"}"#,
            &["payer_name", "payer_IDCard"],
        ),
        post(
            "confirm_remittance",
            json!({"mer_batchno": "B1", "payee_account": "6222020000000001", "val_pattern": "CNY_VALUATION",
                "currency": "USD", "Oamount": "240", "remit_information": "success", "cost_way": "FULL_AMOUNT", "business_code": "08227020"}),
            "/confirm_payment",
            r#"{"mer_batchno":"B1","payee_account":"6222020000000001","val_pattern":"CNY_VALUATION","currency":"USD","Oamount":"240","remit_information":"success","cost_way":"FULL_AMOUNT","business_code":"08227020"}"#,
            &["payee_account"],
        ),
        get(
            "query_remittance_status",
            json!({"payment_id": "PAY_GY4D"}),
            "/PAY_GY4D/query_payment_status",
        ),
        post(
            "create_tuition_order",
            json!({"mer_order_id": "T-0001", "trade_no": "USD2024010100000000000001", "currency": "USD",
                "Oamount": "100.00", "payer_name": "LI SI", "payer_id_card": "110101199001011234"}),
            "/send_order_item_by_file",
            r#"{"mer_order_id":"T-0001","trade_no":"USD2024010100000000000001","currency":"USD","Oamount":"100.00","payer_name":"LI SI","payer_id_card":"110101199001011234"}"#,
            &["payer_name", "payer_id_card"],
        ),
        get(
            "query_tuition_order",
            json!({"payment_id": "PAY_KVJU"}),
            "/PAY_KVJU/query_payment_order",
        ),
        post(
            "send_enterprise_qualification",
            json!({"cust_code": "91310000MA1FL0001X", "cust_name": "ACME TRADING CO", "area_code": "310000",
                "cust_addr": "SHANGHAI", "industry_code": "5179", "attr_code": "159", "country_code": "CHN",
                "is_tax_free": "N", "tax_free_code": "00", "rep_nm": "WANG WU", "cert_type": "1",
                "cert_num": "110101199001011234", "phone": "13800000000", "cont_aact": "ZHAO LIU",
                "company_phone": "13800000001"}),
            "/send_enterprise_qualification",
            r#"{"cust_code":"91310000MA1FL0001X","cust_name":"ACME TRADING CO","area_code":"310000","cust_addr":"SHANGHAI","industry_code":"5179","attr_code":"159","country_code":"CHN","is_tax_free":"N","tax_free_code":"00","rep_nm":"WANG WU","cert_type":"1","cert_num":"110101199001011234","phone":"13800000000","cont_aact":"ZHAO LIU","company_phone":"13800000001"}"#,
            &[
                "cust_code",
                "cust_name",
                "cust_addr",
                "rep_nm",
                "cert_num",
                "phone",
                "cont_aact",
                "company_phone",
            ],
        ),
        post(
            "query_enterprise_qualification_report",
            json!({"cust_code": "91310000MA1FL0001X", "cust_name": "ACME"}),
            "/query_enterprise_id",
            r#"{"cust_code":"91310000MA1FL0001X","cust_name":"ACME"}"#,
            &["cust_code", "cust_name"],
        ),
        post(
            "send_b2b_outer_order_detail",
            json!({"mer_batchno": "B1", "mer_orderId": "O-1", "contract_no": "C-1", "contract_date": "20240101",
                "business_code": "01122030", "val_pattern": "RMB_PAYMENT", "currency": "CNY", "Damount": "1000",
                "order_sub_type": "1", "logistics_no": "L1"}),
            "/send_b2bouter_order_detail",
            r#"{"mer_batchno":"B1","mer_orderId":"O-1","contract_no":"C-1","contract_date":"20240101","business_code":"01122030","val_pattern":"RMB_PAYMENT","currency":"CNY","Damount":"1000","order_sub_type":"1","logistics_no":"L1"}"#,
            &[],
        ),
        post(
            "send_b2b_order",
            json!({"mer_batchno": "B1", "payee_account": "6222020000000001", "business_code": "01122030",
                "currency": "CNY", "val_pattern": "RMB_PAYMENT", "remit_information": "success", "Oamount": "1000", "cost_way": "FULL_AMOUNT"}),
            "/send_b2b_order",
            r#"{"mer_batchno":"B1","payee_account":"6222020000000001","business_code":"01122030","currency":"CNY","val_pattern":"RMB_PAYMENT","remit_information":"success","Oamount":"1000","cost_way":"FULL_AMOUNT"}"#,
            &["payee_account"],
        ),
        get(
            "query_b2b_order",
            json!({"payment_id": "PAY_GA4D"}),
            "/PAY_GA4D/query_order",
        ),
        get(
            "download_reconciliation_statement_file_legacy",
            json!({"mer_date": "20170213"}),
            "/payments/reconciliation_statement_download?mer_date=20170213",
        ),
    ]
}

fn client() -> (Client, PrivateKey, PrivateKey) {
    let merchant = key("merchant_1024_pkcs8.pem");
    let umf = key("umf_1024_pkcs8.pem");
    let config = ClientConfig::new(
        format!("{BASE}/"),
        umf.public_key().clone(),
        Some(merchant.clone()),
    );
    (Client::new(config), merchant, umf)
}

/// Replaces each encrypted value (body path or `query:` parameter) by its decryption.
fn decrypt_paths(body: &mut Value, paths: &[String], umf: &PrivateKey) {
    for path in paths {
        if path.starts_with("query:") {
            continue;
        }
        let slot = path
            .split('.')
            .try_fold(&mut *body, |v, k| v.get_mut(k))
            .unwrap();
        let plain = umf.decrypt_base64(slot.as_str().unwrap()).unwrap();
        *slot = json!(String::from_utf8(plain.to_vec()).unwrap());
    }
}

#[test]
fn every_operation_builds_its_exact_request() {
    let (c, merchant, umf) = client();
    let token = umf_core::AccessToken::from_parts("tok", u64::MAX);
    let cases = cases();
    for case in &cases {
        let params = RequestParams::from_flat(case.op, case.params.clone()).unwrap();
        let unsigned = c
            .prepare_unsigned(case.op, &params, Some(&token))
            .unwrap_or_else(|e| panic!("{}: {e}", case.op));
        let mut encrypted = unsigned.encryption.encrypted.clone();
        encrypted.sort();
        let mut expected: Vec<String> = case.encrypted.iter().map(|s| (*s).to_owned()).collect();
        expected.sort();
        assert_eq!(encrypted, expected, "{}: encrypted paths", case.op);
        let request = c.prepare(case.op, &params, Some(&token)).unwrap();
        assert_eq!(request.method, case.method, "{}", case.op);
        if case.op == "query_card_bin" {
            let card = request.url.split("card=").nth(1).unwrap();
            assert!(
                !card.contains(['+', '/', '=']),
                "the base64 card must be URL-encoded"
            );
            let decoded = percent_encoding::percent_decode_str(card)
                .decode_utf8()
                .unwrap();
            assert_eq!(
                &umf.decrypt_base64(&decoded).unwrap()[..],
                b"6222020000000000000"
            );
        } else {
            assert_eq!(request.url, format!("{BASE}{}", case.url), "{}", case.op);
        }
        assert_eq!(request.header("Authorization"), Some("Bearer tok"));
        assert_eq!(request.header("Content-Type"), Some("application/json"));
        if case.method == Method::Post {
            let signature = request
                .header("Signature")
                .unwrap_or_else(|| panic!("{} unsigned", case.op));
            merchant
                .public_key()
                .verify(&request.body, signature)
                .unwrap();
            let mut sent: Value = serde_json::from_slice(&request.body).unwrap();
            decrypt_paths(&mut sent, &expected, &umf);
            assert_eq!(
                serde_json::to_string(&sent).unwrap(),
                case.body,
                "{}: body",
                case.op
            );
            if expected.is_empty() {
                assert_eq!(
                    std::str::from_utf8(&request.body).unwrap(),
                    case.body,
                    "{}: bytes",
                    case.op
                );
            }
        } else {
            assert!(request.body.is_empty(), "{}", case.op);
            assert!(
                request.header("Signature").is_none(),
                "{}: GETs are unsigned",
                case.op
            );
        }
    }
    // Coverage: every operation of the table has a case (the token call and the two uploads
    // are covered by their own tests).
    let covered: BTreeSet<&str> = cases.iter().map(|c| c.op).collect();
    for op in OPERATIONS {
        if !["get_access_token", "upload_file", "upload_payment_files"].contains(&op.id) {
            assert!(covered.contains(op.id), "no request case for {}", op.id);
        }
    }
}

#[test]
fn every_op_id_of_api_md_has_a_row() {
    // tests/vectors/api_operations.txt: rows 1-54 of API.md §2, one `row op_id` per line.
    let list = std::fs::read_to_string(vectors().join("api_operations.txt")).unwrap();
    let ids: Vec<&str> = list
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(ids.len(), 54);
    for id in ids {
        assert!(
            umf_core::operation(id).is_ok(),
            "API.md op id {id} has no row"
        );
    }
}

#[test]
fn multipart_uploads() {
    let (c, merchant, _) = client();
    for op in ["upload_file", "upload_payment_files"] {
        let params = RequestParams::from_flat(op, json!({
            "file_name": "student.jpg", "content_type": "image/jpeg", "content_base64": "/9j/4AAQ"
        }))
        .unwrap();
        let request = c.prepare(op, &params, None).unwrap();
        let content_type = request.header("Content-Type").unwrap();
        assert!(
            content_type.starts_with("multipart/form-data; boundary=umf-sdk-"),
            "{content_type}"
        );
        let text = String::from_utf8_lossy(&request.body);
        assert!(text.contains("filename=\"student.jpg\""));
        merchant
            .public_key()
            .verify(&request.body, request.header("Signature").unwrap())
            .unwrap();
    }
}

#[test]
fn bad_requests_are_refused_before_signing() {
    let (c, _, _) = client();
    let prepare =
        |op: &str, v: Value| c.prepare(op, &RequestParams::from_flat(op, v).unwrap(), None);
    // A reserved word where an id belongs.
    let err = prepare("get_payment", json!({"payment_id": "self_account_balance"})).unwrap_err();
    assert_eq!(err.code(), "invalid_request");
    // The wrong kind of id.
    let err = prepare("get_payment", json!({"payment_id": "REFUND_1"})).unwrap_err();
    assert!(matches!(&err, Error::Validation { problems } if problems[0].rule == "id_format"));
    // A missing required query parameter, a body for a GET, an unknown query parameter.
    assert_eq!(
        prepare("get_exchange_rate", json!({})).unwrap_err().code(),
        "validation_failed"
    );
    assert_eq!(
        prepare("get_payment", json!({"payment_id": "PAY_1", "x": 1}))
            .unwrap_err()
            .code(),
        "invalid_request"
    );
    let mut p = RequestParams::from_flat("list_banks", json!({})).unwrap();
    p.query.insert("nope".into(), json!("1"));
    assert_eq!(
        c.prepare("list_banks", &p, None).unwrap_err().code(),
        "invalid_request"
    );
    // unbind_bank_agreement ends the agreement everywhere: never without explicit confirmation.
    let err = prepare(
        "unbind_bank_agreement",
        json!({"external_customer_id": "C",
        "payer_agreements": [{"usr_pay_agreement_id": "P", "usr_busi_agreement_id": "U"}]}),
    )
    .unwrap_err();
    assert!(
        matches!(&err, Error::Validation { problems } if problems[0].rule == "confirmation_required")
    );
    // A device client (no merchant key) cannot sign.
    let device = Client::new(ClientConfig::new(
        BASE,
        key("umf_1024_pkcs8.pem").public_key().clone(),
        None,
    ));
    let err = device
        .prepare(
            "create_settle_month_statement",
            &RequestParams::from_flat(
                "create_settle_month_statement",
                json!({"settle_month": "201801"}),
            )
            .unwrap(),
            None,
        )
        .unwrap_err();
    assert_eq!(err.code(), "merchant_key_required");
    // Unknown operation.
    assert_eq!(
        c.prepare("nope", &RequestParams::default(), None)
            .unwrap_err()
            .code(),
        "unknown_operation"
    );
}

#[test]
fn host_signing_path_attaches_an_external_signature() {
    let (c, merchant, _) = client();
    let params = RequestParams::from_flat(
        "create_settle_month_statement",
        json!({"settle_month": "201801"}),
    )
    .unwrap();
    let unsigned = c
        .prepare_unsigned("create_settle_month_statement", &params, None)
        .unwrap();
    assert!(unsigned.request.header("Signature").is_none());
    let external = merchant.sign(unsigned.bytes_to_sign()).unwrap();
    let request = unsigned
        .clone()
        .attach_signature(external.as_str(), Some(merchant.public_key()))
        .unwrap();
    assert_eq!(
        request,
        c.prepare("create_settle_month_statement", &params, None)
            .unwrap()
    );
    // A wrong external signature is caught before it is sent.
    let wrong = merchant.sign(b"other").unwrap();
    assert_eq!(
        unsigned
            .attach_signature(wrong.as_str(), Some(merchant.public_key()))
            .unwrap_err()
            .code(),
        "signature_invalid"
    );
}

#[test]
fn responses_map_to_typed_errors_with_retry_advice() {
    let (c, _, _) = client();
    let body = |code: &str| format!(r#"{{"meta":{{"ret_code":"{code}","ret_msg":"x"}}}}"#);
    let err = c
        .parse("get_payment", &HttpResponse::new(200, body("00060999")))
        .unwrap_err();
    assert!(
        err.is_retryable(),
        "a read may be retried after a system error"
    );
    let err = c
        .parse("create_payment", &HttpResponse::new(200, body("00060999")))
        .unwrap_err();
    assert!(
        !err.is_retryable(),
        "a payment POST that may have gone through is never retried"
    );
    let err = c
        .parse("create_payment", &HttpResponse::new(429, ""))
        .unwrap_err();
    assert!(err.is_retryable(), "429 says the request was not processed");
    let err = c
        .parse("execute_payment", &HttpResponse::new(503, "busy"))
        .unwrap_err();
    assert!(!err.is_retryable());
    let err = c
        .parse("get_payment", &HttpResponse::new(401, ""))
        .unwrap_err();
    assert!(err.is_token_expired());
    let err = c
        .parse("get_payment", &HttpResponse::new(200, body("00280703")))
        .unwrap_err();
    assert!(err.is_token_expired());
    let err = c
        .parse("create_payment", &HttpResponse::new(200, body("00060780")))
        .unwrap_err();
    assert!(err.is_duplicate());
    let err = c
        .parse("get_refund", &HttpResponse::new(200, body("00060931")))
        .unwrap_err();
    assert!(err.is_pending());
    let err = c
        .parse("create_payment", &HttpResponse::new(200, body("00060710")))
        .unwrap_err();
    assert!(matches!(
        err,
        Error::Api {
            class: umf_core::ReturnCodeClass::Signature,
            ..
        }
    ));
    // A CSV download that fails answers with a JSON envelope.
    let err = c
        .parse(
            "download_settlement_file",
            &HttpResponse::new(200, body("00280059")),
        )
        .unwrap_err();
    assert_eq!(err.code(), "api_error");
}

#[test]
fn pagination_walks_to_the_last_page() {
    let (c, _, _) = client();
    let first =
        RequestParams::from_flat("list_transactions", json!({"mer_date": "20170213"})).unwrap();
    let page = |n: u64| umf_core::model::Pagination {
        total_count: Some(120),
        page_number: Some(n),
        page_size: Some(50),
        ..Default::default()
    };
    let second = first.next_page(&page(1)).unwrap();
    let url = c.prepare("list_transactions", &second, None).unwrap().url;
    assert!(
        url.ends_with("?mer_date=20170213&page_number=2&page_size=50"),
        "{url}"
    );
    assert!(second.next_page(&page(2)).is_some());
    assert!(
        second.next_page(&page(3)).is_none(),
        "3 × 50 ≥ 120: last page"
    );
    // Strings or numbers, as the two documented responses send them (K08).
    let from_strings: umf_core::model::Pagination =
        serde_json::from_value(json!({"total_count": "3", "page_number": "1", "page_size": "50"}))
            .unwrap();
    assert_eq!(from_strings.next_page(), None);
}
