//! Every operation of the table against the sandbox, through the core: prepared, sent, parsed
//! and verified (strict: the sandbox signs every answer).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};
use umf_core::{HttpResponse, OperationResult, VerificationStatus, OPERATIONS};
use umf_sandbox::merchant::{CallError, Merchant};
use umf_sandbox::transport::{receive, Received};
use umf_sandbox::{start, test_merchant, Sandbox, SandboxConfig};

struct World {
    sandbox: Sandbox,
    merchant: Merchant,
    called: Mutex<BTreeSet<&'static str>>,
    notified: Arc<Mutex<Vec<Received>>>,
    notify_url: String,
    _receiver: umf_sandbox::transport::Receiver,
}

impl World {
    async fn new() -> World {
        let mut config = SandboxConfig::with_test_keys();
        config.settle_delay_ms = 20;
        let sandbox = start(config).await.unwrap();
        let merchant = test_merchant(&sandbox);
        let notified = Arc::new(Mutex::new(Vec::new()));
        let sink = notified.clone();
        let receiver = receive(move |r: Received| {
            sink.lock().unwrap().push(r);
            async { HttpResponse::new(200, r#"{"meta":{"ret_code":"0000","ret_msg":"SUCCESS"}}"#) }
        })
        .await
        .unwrap();
        World {
            notify_url: format!("{}/umf/notify", receiver.url()),
            sandbox,
            merchant,
            called: Mutex::new(BTreeSet::new()),
            notified,
            _receiver: receiver,
        }
    }

    async fn call(
        &self,
        op: &'static str,
        params: Value,
    ) -> Result<umf_core::ApiResponse, CallError> {
        self.called.lock().unwrap().insert(op);
        self.merchant.call(op, params).await
    }

    async fn ok(&self, op: &'static str, params: Value) -> umf_core::ApiResponse {
        let answer = self
            .call(op, params)
            .await
            .unwrap_or_else(|e| panic!("{op}: {e}"));
        assert_eq!(
            answer.verification.status,
            VerificationStatus::Verified,
            "{op}"
        );
        answer
    }

    async fn fails(&self, op: &'static str, params: Value) -> String {
        match self.call(op, params).await {
            Err(CallError::Api(umf_core::Error::Api {
                ret_code: Some(code),
                ..
            })) => code,
            other => panic!("{op}: expected a UMF error, got {other:?}"),
        }
    }

    /// Waits until a notification of `kind` for `id` arrived, and returns it.
    async fn notification(&self, kind: &str, id: &str) -> umf_core::Notification {
        for _ in 0..200 {
            let found = self.notified.lock().unwrap().iter().find_map(|r| {
                let note = self
                    .merchant
                    .client()
                    .verify_notification(r.header("Signature")?, &r.body)
                    .ok()?;
                (note.kind.as_str() == kind && note.id == id).then_some(note)
            });
            if let Some(note) = found {
                return note;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("no {kind} notification for {id}")
    }
}

fn order(reference: &str, total: &str, trans_code: &str) -> Value {
    json!({
        "mer_reference_id": reference, "mer_date": today(),
        "amount": {"total": total, "currency": "USD"},
        "sub_orders": [{"mer_sub_reference_id": format!("{reference}-S1"), "trans_code": trans_code,
            "amount": {"total": total, "currency": "USD"},
            "items": [{"mer_item_id": "I-1", "type": "FOOD", "quantity": "1", "amount": {"total": total, "currency": "USD"}}]}]
    })
}

fn today() -> String {
    umf_core::model::DateTimeText::date8_from_unix(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64,
        480,
    )
}

fn card(number: &str) -> Value {
    json!({"number": number, "valid_date": "2612", "cvv2": "123", "payer_name": "ZHANG SAN",
        "phone": "13800000000", "citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"})
}

/// A paid card payment: create → SMS → execute. Returns the payment id.
async fn paid_card_payment(w: &World, reference: &str, total: &str, trans_code: &str) -> String {
    let created = w
        .ok("create_payment", json!({
            "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER", "business_type": "B2C"},
            "order": order(reference, total, trans_code), "notify_url": w.notify_url,
            "risk_info": {"trans_type": "02"}
        }))
        .await;
    let id = created.result.payment().unwrap().id.clone().unwrap();
    w.ok(
        "send_payment_sms",
        json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
        "payer_info": {"bank_card": card("6222020000000001234")}}}),
    )
    .await;
    let code = w.sandbox.sms_code(&id).unwrap();
    let mut with_code = card("6222020000000001234");
    with_code["verify_code"] = json!(code);
    let executed = w
        .ok(
            "execute_payment",
            json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
            "payer_info": {"bank_card": with_code}}}),
        )
        .await;
    assert_eq!(
        executed
            .result
            .payment()
            .unwrap()
            .state
            .as_ref()
            .unwrap()
            .as_str(),
        "TRADE_SUCCESS"
    );
    id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_against_the_sandbox() {
    let w = World::new().await;

    // Reference data.
    let banks = w.ok("list_banks", json!({"type": "DEBIT_CARD"})).await;
    let OperationResult::Banks { banks } = banks.result else {
        panic!()
    };
    assert_eq!(banks.len(), 15);
    let bin = w
        .ok("query_card_bin", json!({"card": "6222020000000001234"}))
        .await;
    let OperationResult::Banks { banks } = bin.result else {
        panic!()
    };
    assert_eq!(banks[0].code.as_deref(), Some("ICBC"));
    let rates = w.ok("get_exchange_rate", json!({"currency": "USD"})).await;
    assert!(
        matches!(rates.result, OperationResult::ExchangeRates { ref exchange_rates } if exchange_rates[0].rate.as_ref().unwrap().as_str() == "7.1234")
    );
    let openid = w
        .ok("get_wechat_openid_url", json!({"notify_url": w.notify_url}))
        .await;
    assert_eq!(openid.links[0].rel.as_deref(), Some("weChat"));

    // Card payment with SMS, the notification, the query.
    let pay = paid_card_payment(&w, "ORDER-CARD-1", "100.00", "01122030").await;
    let note = w.notification("payment", &pay).await;
    assert_eq!(note.state.as_deref(), Some("TRADE_SUCCESS"));
    assert_eq!(
        note.idempotency_key(),
        format!("payment:{pay}:TRADE_SUCCESS")
    );
    let got = w.ok("get_payment", json!({"payment_id": pay})).await;
    assert_eq!(
        got.result
            .payment()
            .unwrap()
            .settle_date
            .as_deref()
            .unwrap()
            .len(),
        8
    );

    // QR payment completed by the customer (admin API).
    let qr = w
        .ok("create_payment", json!({
            "payer": {"payment_method": "WECHAT_SCAN", "interface_type": "SERVER_TO_SERVER",
                "payer_info": {"qr_code_scan": {"citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"}}},
            "order": order("ORDER-QR-1", "20.00", "03223010"), "notify_url": w.notify_url
        }))
        .await;
    let qr_payment = qr.result.payment().unwrap();
    let qr_id = qr_payment.id.clone().unwrap();
    let url = qr_payment
        .payer
        .as_ref()
        .unwrap()
        .payer_info
        .as_ref()
        .unwrap()
        .qr_code_scan
        .as_ref()
        .unwrap()
        .qr_code_url
        .clone();
    assert!(url.unwrap().starts_with("weixin://wxpay/bizpayurl?pr="));
    w.sandbox.complete_payment(&qr_id, "TRADE_SUCCESS").unwrap();
    assert_eq!(
        w.notification("payment", &qr_id).await.state.as_deref(),
        Some("TRADE_SUCCESS")
    );

    // Refunds: partial, asynchronous, queries, never more than paid.
    let refund = w
        .ok("create_refund", json!({"payment_id": pay, "notify_url": w.notify_url, "refund_info": {
            "mer_reference_id": "REF-0001", "mer_date": today(), "amount": {"total": "30.00", "currency": "USD"},
            "sub_orders": [{"mer_sub_reference_id": "ORDER-CARD-1-S1", "trans_code": "01122030",
                "amount": {"total": "30.00", "currency": "USD"}, "items": [{"mer_item_id": "I-1"}]}]}}))
        .await;
    let refund_id = refund.result.refund().unwrap().id.clone().unwrap();
    assert_eq!(
        refund
            .result
            .refund()
            .unwrap()
            .state
            .as_ref()
            .unwrap()
            .as_str(),
        "REFUND_SUCCESS"
    );
    let async_refund = w
        .ok(
            "create_async_refund",
            json!({"payment_id": pay, "notify_url": w.notify_url, "refund_info": {
            "mer_reference_id": "REF-0002", "amount": {"total": "20.00", "currency": "USD"}}}),
        )
        .await;
    let async_id = async_refund.result.refund().unwrap().id.clone().unwrap();
    assert_eq!(
        w.notification("refund", &async_id).await.state.as_deref(),
        Some("REFUND_SUCCESS")
    );
    assert_eq!(
        w.fails("create_refund", json!({"payment_id": pay, "refund_info": {
            "mer_reference_id": "REF-0003", "mer_date": today(), "amount": {"total": "50.01", "currency": "USD"}}}))
            .await,
        "00060774"
    );
    let got = w.ok("get_refund", json!({"refund_id": refund_id})).await;
    assert_eq!(
        got.result
            .refund()
            .unwrap()
            .state
            .as_ref()
            .unwrap()
            .as_str(),
        "REFUND_SUCCESS"
    );
    let with_refunds = w
        .ok("get_payment_with_refunds", json!({"payment_id": pay}))
        .await;
    // The sandbox signs the primary result (`payment`) only: the refunds beside it are not
    // covered, so they are set aside, never read into the verified result.
    assert!(with_refunds.verification.is_verified());
    assert_eq!(with_refunds.verification.covered, ["payment"]);
    assert!(with_refunds
        .verification
        .uncovered
        .contains(&"refund".to_owned()));
    assert_eq!(
        with_refunds.uncovered["refund"]["refund_infos"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let OperationResult::PaymentWithRefunds { refund, .. } = with_refunds.result else {
        panic!()
    };
    assert!(refund.refund_infos.is_none());
    let balance = w.ok("get_refundable_balance", json!({})).await;
    let OperationResult::AccountBalance(b) = balance.result else {
        panic!()
    };
    assert!(b.balance.unwrap() > umf_core::model::Decimal::parse("0").unwrap());
    let no_id = w
        .ok("create_async_refund_no_payment_id", json!({"mer_refund_id": "MR-1", "notify_url": w.notify_url,
            "refund_info": {"mer_reference_id": "ORDER-QR-1", "mer_date": today(), "amount": {"total": "5.00", "currency": "USD"}}}))
        .await;
    assert!(matches!(no_id.result, OperationResult::AsyncRefund(_)));
    let queried = w
        .ok(
            "query_async_refund_no_payment_id",
            json!({"mer_refund_id": "MR-1"}),
        )
        .await;
    assert!(
        matches!(queried.result, OperationResult::AsyncRefund(ref r) if r.mer_refund_id.as_deref() == Some("MR-1"))
    );

    // Customs, CIQ, re-push; both with and without payment id.
    let customs = json!({"payment_id": pay, "customs_id": "NB", "mer_customs_code": "3302461234", "ec_plat_id": "PLAT1",
        "notify_url": w.notify_url, "sub_order": {"mer_sub_reference_id": "ORDER-CARD-1-S1"},
        "freight_amount": {"total": "0", "currency": "CNY"}, "tax_amount": {"total": "0", "currency": "CNY"}});
    let declared = w.ok("apply_to_customs", customs.clone()).await;
    let OperationResult::CustomsDeclarations {
        customs_declarations,
    } = declared.result
    else {
        panic!()
    };
    let cust_id = customs_declarations[0].id.clone().unwrap();
    assert_eq!(
        w.notification("customs_declaration", &cust_id)
            .await
            .state
            .as_deref(),
        Some("SUCCESS")
    );
    assert_eq!(w.fails("apply_to_customs", customs).await, "00280043");
    let got = w
        .ok(
            "get_customs_declaration",
            json!({"customs_declaration_id": cust_id}),
        )
        .await;
    assert!(
        matches!(got.result, OperationResult::CustomsDeclarations { ref customs_declarations } if customs_declarations[0].state.as_ref().unwrap().as_str() == "SUCCESS")
    );
    let ciq = w
        .ok(
            "apply_to_ciq",
            json!({"payment_id": pay, "ciq_code": "GJHP", "plat_supplier_no": "SUP1",
            "sub_order": {"mer_sub_reference_id": "ORDER-CARD-1-S1"}}),
        )
        .await;
    let OperationResult::CiqDeclarations { ciq_declarations } = ciq.result else {
        panic!()
    };
    let ciq_id = ciq_declarations[0].id.clone().unwrap();
    w.ok("get_ciq_declaration", json!({"ciq_declaration_id": ciq_id}))
        .await;
    w.ok("declare_again", json!({"declaration_id": cust_id}))
        .await;
    let qr_customs = json!({"customs_id": "NB", "mer_customs_code": "3302461234", "ec_plat_id": "PLAT1",
        "mer_date": today(), "sub_order": {"mer_sub_reference_id": "ORDER-QR-1-S1"}});
    w.ok("apply_to_customs_no_payment_id", qr_customs).await;
    w.ok(
        "query_customs_no_payment_id",
        json!({"mer_date": today(), "sub_order": {"mer_sub_reference_id": "ORDER-QR-1-S1"}}),
    )
    .await;
    // CIQ needs a goods sub-order: the QR order's is an air ticket.
    assert_eq!(
        w.fails(
            "apply_to_ciq_no_payment_id",
            json!({"mer_date": today(), "ciq_code": "GJHP", "plat_supplier_no": "SUP1",
            "sub_order": {"mer_sub_reference_id": "ORDER-QR-1-S1"}})
        )
        .await,
        "00280048"
    );
    let goods = paid_card_payment(&w, "ORDER-CARD-2", "10.00", "01122030").await;
    w.ok(
        "apply_to_customs",
        json!({"payment_id": goods, "customs_id": "NB", "mer_customs_code": "3302461234",
        "ec_plat_id": "PLAT1", "sub_order": {"mer_sub_reference_id": "ORDER-CARD-2-S1"}}),
    )
    .await;
    w.ok(
        "apply_to_ciq_no_payment_id",
        json!({"mer_date": today(), "ciq_code": "GJNS", "plat_supplier_no": "SUP1",
        "sub_order": {"mer_sub_reference_id": "ORDER-CARD-2-S1"}}),
    )
    .await;
    w.ok(
        "query_ciq_no_payment_id",
        json!({"mer_date": today(), "sub_order": {"mer_sub_reference_id": "ORDER-CARD-2-S1"}}),
    )
    .await;
    w.ok(
        "declare_again_no_payment_id",
        json!({"mer_reference_id": "ORDER-CARD-2", "declare_type": "1"}),
    )
    .await;

    // Express info.
    let updated = w
        .ok(
            "update_express_info",
            json!({"payment_id": pay, "order": {"sub_orders": [
            {"mer_sub_reference_id": "ORDER-CARD-1-S1", "tracking_number": "STO 3716523085241"}]}}),
        )
        .await;
    assert!(matches!(updated.result, OperationResult::Payment(_)));

    // Statements, from what happened.
    let list = w
        .ok(
            "list_transactions",
            json!({"mer_date": today(), "page_size": "2"}),
        )
        .await;
    let OperationResult::Transactions(t) = list.result else {
        panic!()
    };
    assert_eq!(t.pagination.as_ref().unwrap().page_size, Some(2));
    assert!(t.pagination.as_ref().unwrap().total_count.unwrap() >= 4);
    // UMF settles on the following day: the statements are keyed by that date.
    let settle = got_settle_date(&w, &pay).await;
    let recon = w
        .ok(
            "get_reconciliation_statement",
            json!({"settle_date": settle}),
        )
        .await;
    assert!(matches!(
        recon.result,
        OperationResult::Reconciliation { .. }
    ));
    for (op, params) in [
        ("download_settlement_file", json!({"settle_date": settle})),
        ("download_transactions_file", json!({"settle_date": settle})),
        // 003's reading (003:L930): the same file by the merchant's order date.
        ("download_transactions_file", json!({"mer_date": today()})),
        (
            "download_reconciliation_statement_file_legacy",
            json!({"mer_date": today()}),
        ),
    ] {
        let file = w.call(op, params).await.unwrap();
        let OperationResult::Statement(file) = file.result else {
            panic!("{op}")
        };
        let statement = file
            .statement
            .unwrap_or_else(|| panic!("{op}: {:?}", file.parse_error));
        assert!(!statement.rows.is_empty(), "{op}");
        assert!(
            statement.warnings.is_empty(),
            "{op}: {:?}",
            statement.warnings
        );
    }
    let month = w
        .ok(
            "create_settle_month_statement",
            json!({"settle_month": &settle[..6]}),
        )
        .await;
    let href = month.links[0].href.clone().unwrap();
    let file_id = href
        .split('/')
        .find(|s| s.starts_with("FILE_"))
        .unwrap()
        .to_owned();
    let bill = w
        .call(
            "download_settle_month_statement",
            json!({"file_id": file_id}),
        )
        .await
        .unwrap();
    let OperationResult::Statement(bill) = bill.result else {
        panic!()
    };
    assert!(bill.statement.unwrap().rows.len() >= 3);

    // Card binding and agreements.
    w.ok("bind_card_send_sms", json!({"external_customer_id": "C-1", "payer_info": {"bank_card": card("6222020000000009876")}})).await;
    let code = bind_code(&w, "C-1").await;
    let mut confirm = card("6222020000000009876");
    confirm["verify_code"] = json!(code);
    let bound = w
        .ok(
            "bind_card_confirm",
            json!({"external_customer_id": "C-1", "payer_info": {"bank_card": confirm}}),
        )
        .await;
    let OperationResult::CardBinding(binding) = bound.result else {
        panic!()
    };
    let agreement = binding.payer_info.unwrap().payer_agreement.unwrap();
    let listed = w
        .ok("query_agreements", json!({"external_customer_id": "C-1"}))
        .await;
    assert!(
        matches!(listed.result, OperationResult::Agreements(ref a) if a.payer_agreements.as_ref().unwrap().len() == 1)
    );
    let ids = json!([{"usr_pay_agreement_id": agreement.usr_pay_agreement_id, "usr_busi_agreement_id": agreement.usr_busi_agreement_id}]);
    w.ok(
        "unbind_agreement",
        json!({"external_customer_id": "C-1", "payer_agreements": ids}),
    )
    .await;
    assert_eq!(
        w.fails(
            "unbind_bank_agreement",
            json!({"external_customer_id": "C-1", "payer_agreements": ids, "$confirm": true})
        )
        .await,
        "00060072"
    );

    // B2B enterprise and orders.
    let eq = w
        .ok(
            "create_enterprise_qualification",
            json!({"enterprise_qualification": {"external_enterprise_id": "E-1",
            "enterprise_name": "ACME", "busi_type": "SJHG", "enterprise_code": "91310000MA1F"}}),
        )
        .await;
    let OperationResult::EnterpriseQualification(eq) = eq.result else {
        panic!()
    };
    w.ok(
        "get_enterprise_qualification",
        json!({"enterprise_id": eq.id.unwrap()}),
    )
    .await;
    w.ok("send_enterprise_qualification", json!({"cust_code": "91310000MA1FL0001X", "cust_name": "ACME TRADING CO",
        "area_code": "310000", "industry_code": "5179", "attr_code": "159", "country_code": "CHN", "is_tax_free": "N",
        "tax_free_code": "00", "cont_aact": "ZHAO LIU", "company_phone": "13800000001"})).await;
    let report = w
        .ok(
            "query_enterprise_qualification_report",
            json!({"cust_code": "91310000MA1FL0001X"}),
        )
        .await;
    assert!(
        matches!(report.result, OperationResult::EnterpriseReport(ref r) if r.cust_name.as_deref() == Some("ACME TRADING CO"))
    );
    w.ok(
        "send_payee_info",
        json!({"payee_account": "6222020000000001", "payee_name": "ACME LTD",
        "payee_address": "1 MAIN ST", "payee_swift": "BOFAUS3N", "payee_country": "USA"}),
    )
    .await;
    w.ok(
        "send_b2b_outer_order_detail",
        json!({"mer_batchno": "BB1", "mer_orderId": "O-1", "contract_no": "C-1",
        "contract_date": "20240101", "business_code": "01122030", "val_pattern": "RMB_PAYMENT",
        "currency": "CNY", "Damount": "1000", "order_sub_type": "1", "logistics_no": "L1"}),
    )
    .await;
    let b2b = w.ok("send_b2b_order", json!({"mer_batchno": "BB1", "payee_account": "6222020000000001",
        "business_code": "01122030", "currency": "CNY", "val_pattern": "RMB_PAYMENT", "remit_information": "success", "Oamount": "1000", "cost_way": "FULL_AMOUNT"})).await;
    let b2b_id = id_in_link(&b2b.links[0]);
    w.ok("query_b2b_order", json!({"payment_id": b2b_id})).await;

    // Remittance.
    w.ok("send_order_item", json!({"mer_batchno": "RB1", "business_code": "08227020", "currency": "USD", "mer_orderId": "O-1",
        "goods_type": "SOFTWARE", "goods_name": "licence", "goods_unitPrice": "120", "goods_sum": "2", "Damount": "240",
        "payer_name": "ZHANG SAN", "payer_IDCard": "110101199001011234", "payer_phone": "13800000000",
        "order_time": "2024-01-01 10:00:00", "pay_time": "2024-01-01 10:05:00", "logistics_no": "L1", "val_pattern": "FOREIGN_VALUATION"})).await;
    let confirm = json!({"mer_batchno": "RB1", "payee_account": "6222020000000001", "val_pattern": "FOREIGN_VALUATION",
        "currency": "USD", "Oamount": "240", "remit_information": "success", "cost_way": "FULL_AMOUNT", "business_code": "08227020"});
    let remitted = w.ok("confirm_remittance", confirm.clone()).await;
    w.ok(
        "query_remittance_status",
        json!({"payment_id": id_in_link(&remitted.links[0])}),
    )
    .await;
    let mut wrong = confirm;
    wrong["Oamount"] = json!("241");
    assert_eq!(w.fails("confirm_remittance", wrong).await, "00280079");

    // Tuition with its proof file, and the upload.
    let files = w
        .ok("upload_payment_files", json!({"file_name": "proof.pdf", "content_type": "application/pdf", "content_base64": "JVBERi0x"}))
        .await;
    let OperationResult::PaymentFiles(f) = files.result else {
        panic!()
    };
    let tuition = w
        .ok("create_tuition_order", json!({"mer_order_id": "T-0001", "trade_no": "USD2024010100000000000001",
            "currency": "USD", "Oamount": "100.00", "payer_name": "LI SI", "payer_id_card": "110101199001011234",
            "file_path": f.file_path.unwrap()}))
        .await;
    w.ok(
        "query_tuition_order",
        json!({"payment_id": id_in_link(&tuition.links[0])}),
    )
    .await;
    let uploaded = w
        .ok("upload_file", json!({"file_name": "student.jpg", "content_type": "image/jpeg", "content_base64": "/9j/4AAQ"}))
        .await;
    assert!(
        matches!(uploaded.result, OperationResult::UploadedFile { ref data } if data.ends_with(".jpg"))
    );

    // Coverage: every operation but the token call (exercised by every call) was called.
    let called = w.called.lock().unwrap().clone();
    for op in OPERATIONS {
        if op.id != "get_access_token" {
            assert!(
                called.contains(op.id),
                "{} not exercised against the sandbox",
                op.id
            );
        }
    }
    assert_eq!(w.sandbox.tokens_issued(), 1, "one token for the whole run");
}

fn id_in_link(link: &umf_core::model::Link) -> String {
    link.href
        .as_ref()
        .unwrap()
        .split('/')
        .find(|s| s.starts_with("PAY_"))
        .unwrap()
        .to_owned()
}

async fn got_settle_date(w: &World, id: &str) -> String {
    let got = w.ok("get_payment", json!({"payment_id": id})).await;
    got.result.payment().unwrap().settle_date.clone().unwrap()
}

async fn bind_code(w: &World, customer: &str) -> String {
    let url = format!("{}/bind_sms/{customer}", w.sandbox.admin_url());
    let request = umf_core::HttpRequest {
        method: umf_core::Method::Get,
        url,
        headers: vec![],
        body: vec![],
    };
    let answer = umf_sandbox::transport::HttpClient::default()
        .send(&request)
        .await
        .unwrap();
    let v: Value = serde_json::from_slice(&answer.body).unwrap();
    v["code"].as_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sandbox_checks_like_umf() {
    let w = World::new().await;
    let http = umf_sandbox::transport::HttpClient::default();
    let token = w.merchant.token().await.unwrap();
    let client = w.merchant.client();
    let params = umf_core::RequestParams::from_flat(
        "create_settle_month_statement",
        json!({"settle_month": "202401"}),
    )
    .unwrap();

    // A body changed after signing: 00060710.
    let mut request = client
        .prepare("create_settle_month_statement", &params, Some(&token))
        .unwrap();
    request.body = br#"{"settle_month":"202402"}"#.to_vec();
    let answer = http.send(&request).await.unwrap();
    let err = client
        .parse("create_settle_month_statement", &answer)
        .unwrap_err();
    assert!(
        matches!(err, umf_core::Error::Api { ref ret_code, class: umf_core::ReturnCodeClass::Signature, .. } if ret_code.as_deref() == Some("00060710"))
    );

    // Plaintext where ciphertext is required: refused, naming the field, never the value.
    let unsigned = client
        .prepare_unsigned("bind_card_send_sms", &umf_core::RequestParams::from_flat("bind_card_send_sms",
            json!({"external_customer_id": "C-9", "payer_info": {"bank_card": {"number": "6222020000000000000"}}})).unwrap(), Some(&token))
        .unwrap();
    let mut body: Value = serde_json::from_slice(&unsigned.request.body).unwrap();
    body["payer_info"]["bank_card"]["number"] = json!("6222020000000000000");
    let mut request = unsigned.request.clone();
    request.body = serde_json::to_vec(&body).unwrap();
    let request = umf_core::UnsignedRequest {
        request,
        ..unsigned
    }
    .sign_with(&umf_sandbox::test_keys::merchant_private_key())
    .unwrap();
    let answer = http.send(&request).await.unwrap();
    let text = String::from_utf8_lossy(&answer.body).into_owned();
    assert!(
        text.contains("00060700") && text.contains("payer_info.bank_card.number"),
        "{text}"
    );
    assert!(!text.contains("6222020000000000000"));

    // Validation with UMF's code.
    let err = w
        .call(
            "create_settle_month_statement",
            json!({"settle_month": "2024-01"}),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.code(),
        "validation_failed",
        "the SDK refuses before sending"
    );

    // A new token revokes the old one: a request with the old token is answered 401/00280703,
    // and the merchant's client refreshes once and succeeds.
    let old = w.merchant.token().await.unwrap();
    let fresh = umf_core::token::TokenManager::new(
        umf_core::ClientCredentials::new("sandbox-client", "sandbox-secret"),
        client.token_url(),
    )
    .token_request();
    http.send(&fresh).await.unwrap();
    let request = client
        .prepare(
            "get_refundable_balance",
            &umf_core::RequestParams::default(),
            Some(&old),
        )
        .unwrap();
    let answer = http.send(&request).await.unwrap();
    assert_eq!(answer.status, 401);
    assert!(client
        .parse("get_refundable_balance", &answer)
        .unwrap_err()
        .is_token_expired());
    w.ok("get_refundable_balance", json!({})).await;

    // Bad credentials.
    let bad = umf_core::token::TokenManager::new(
        umf_core::ClientCredentials::new("sandbox-client", "nope"),
        client.token_url(),
    );
    let answer = http.send(&bad.token_request()).await.unwrap();
    assert_eq!(
        umf_core::token::parse_token_response(&answer)
            .unwrap_err()
            .code(),
        "api_error"
    );

    // An identical create is a safe retry (same payment); a changed one is a duplicate.
    let create = json!({"payer": {"payment_method": "CREDIT_CARD"}, "order": order("ORDER-DUP", "1.00", "03223010")});
    let first = w.ok("create_payment", create.clone()).await;
    let again = w.ok("create_payment", create.clone()).await;
    assert_eq!(
        first.result.payment().unwrap().id,
        again.result.payment().unwrap().id
    );
    let mut changed = create;
    changed["order"]["amount"]["total"] = json!("2.00");
    changed["order"]["sub_orders"][0]["amount"]["total"] = json!("2.00");
    changed["order"]["sub_orders"][0]["items"][0]["amount"]["total"] = json!("2.00");
    assert_eq!(w.fails("create_payment", changed).await, "00202022");

    // A wrong SMS code, and a declined test card.
    let id = first.result.payment().unwrap().id.clone().unwrap();
    w.ok(
        "send_payment_sms",
        json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
        "payer_info": {"bank_card": card("6222020000000000002")}}}),
    )
    .await;
    let mut wrong = card("6222020000000000002");
    wrong["verify_code"] = json!("000000");
    assert_eq!(
        w.fails(
            "execute_payment",
            json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
        "payer_info": {"bank_card": wrong.clone()}}})
        )
        .await,
        "00200085"
    );
    wrong["verify_code"] = json!(w.sandbox.sms_code(&id).unwrap());
    assert_eq!(
        w.fails(
            "execute_payment",
            json!({"payment_id": id, "payer": {"payment_method": "CREDIT_CARD",
        "payer_info": {"bank_card": wrong}}})
        )
        .await,
        "00060550"
    );
}

/// A body holding only `value` at `path` (`a.b`, `list[].c`: a list of one).
fn body_at(path: &str, value: Value) -> Value {
    match path.split_once('.') {
        None => match path.strip_suffix("[]") {
            Some(name) => json!({ name: [value] }),
            None => json!({ path: value }),
        },
        Some((head, rest)) => {
            let inner = body_at(rest, value);
            match head.strip_suffix("[]") {
                Some(name) => json!({ name: [inner] }),
                None => json!({ head: inner }),
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sandbox_refuses_plaintext_in_every_sensitive_field() {
    let w = World::new().await;
    let http = umf_sandbox::transport::HttpClient::default();
    let token = w.merchant.token().await.unwrap();
    let mut config = umf_core::ClientConfig::new(
        w.sandbox.base_url(),
        umf_sandbox::test_keys::umf_private_key()
            .public_key()
            .clone(),
        Some(umf_sandbox::test_keys::merchant_private_key()),
    );
    config.validate = false;
    let client = umf_core::Client::new(config);
    let plaintext = "6222020000000000077";
    let mut checked = 0;
    for field in umf_core::ENCRYPTED_FIELDS.iter() {
        for op_id in &field.operations {
            let op = umf_core::operation(op_id).unwrap();
            let params = umf_core::RequestParams {
                path: op
                    .path_params()
                    .map(|p| (p.to_owned(), "PAY_X".to_owned()))
                    .collect(),
                confirm: true,
                ..umf_core::RequestParams::default()
            };
            let request = match field.query_parameter() {
                Some(name) => {
                    let mut params = params;
                    params.query.insert(name.to_owned(), json!("6222"));
                    let mut request = client.prepare(op_id, &params, Some(&token)).unwrap();
                    let base = request.url.split('?').next().unwrap().to_owned();
                    request.url = format!("{base}?{name}={plaintext}");
                    request
                }
                None => {
                    let unsigned = client
                        .prepare_unsigned(op_id, &params, Some(&token))
                        .unwrap();
                    let mut request = unsigned.request.clone();
                    request.body =
                        serde_json::to_vec(&body_at(&field.path, json!(plaintext))).unwrap();
                    umf_core::UnsignedRequest {
                        request,
                        ..unsigned
                    }
                    .sign_with(&umf_sandbox::test_keys::merchant_private_key())
                    .unwrap()
                }
            };
            let answer = http.send(&request).await.unwrap();
            let text = String::from_utf8_lossy(&answer.body).into_owned();
            let named = field.path.replace("[]", "[0]");
            assert!(
                text.contains("00060700") && text.contains(&named),
                "{op_id} {}: {text}",
                field.path
            );
            assert!(!text.contains(plaintext), "{op_id}: {text}");
            checked += 1;
        }
    }
    assert!(checked >= 70, "{checked} (operation, field) pairs");

    // A card number under a member the model does not know is refused too.
    let unsigned = client
        .prepare_unsigned(
            "create_payment",
            &umf_core::RequestParams::default(),
            Some(&token),
        )
        .unwrap();
    let mut request = unsigned.request.clone();
    request.body = serde_json::to_vec(
        &json!({"payer": {"payer_info": {"bank_card": {"number ": plaintext}}}}),
    )
    .unwrap();
    let request = umf_core::UnsignedRequest {
        request,
        ..unsigned
    }
    .sign_with(&umf_sandbox::test_keys::merchant_private_key())
    .unwrap();
    let text = String::from_utf8_lossy(&http.send(&request).await.unwrap().body).into_owned();
    assert!(
        text.contains("00060700") && text.contains("payer.payer_info.bank_card.number "),
        "{text}"
    );
    assert!(!text.contains(plaintext));
}
