// Generated from the core's operation table (umf_core::OPERATIONS) by bindings-mobile/tests/generated_clients.rs; regenerate with
// UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_clients. Do not edit.

/// One method per operation of the core's table, each `call(id, params)`: params are the
/// operation's flat parameter object as JSON text.
extension UmfClient {
    /// `GET /bank` (004 3.1); safe to retry: retried after transient failures. Only the banks of the merchant's contract; cacheable.
    public func listBanks(_ params: String = "{}") throws -> ApiResponse {
        try call("list_banks", params)
    }

    /// `GET /bank/cardbin` (004 3.2); safe to retry: retried after transient failures. `card` is the RSA-encrypted card number, URL-encoded. `banks` is one object.
    public func queryCardBin(_ params: String = "{}") throws -> ApiResponse {
        try call("query_card_bin", params)
    }

    /// `GET /payments/wechat_openid` (004 3.3); safe to retry: retried after transient failures. The `weChat` link is where the browser goes; UMF then redirects to notify_url.
    public func getWechatOpenidUrl(_ params: String = "{}") throws -> ApiResponse {
        try call("get_wechat_openid_url", params)
    }

    /// `GET /exchange_rate` (004 3.4); safe to retry: retried after transient failures. An array under the singular key; `exchangeRates` in 003 and 004 §9.1.
    public func getExchangeRate(_ params: String = "{}") throws -> ApiResponse {
        try call("get_exchange_rate", params)
    }

    /// `POST /payments/payment` (004 3.5); changes state: never sent twice unless it never left. mer_reference_id may be paid once: reuse it to make a retry safe.
    public func createPayment(_ params: String = "{}") throws -> ApiResponse {
        try call("create_payment", params)
    }

    /// `POST /payments/payment/{payment_id}/verify` (004 3.6); changes state: never sent twice unless it never left. Card payments. The `sms_verify` link says GET; the call is POST (K58).
    public func sendPaymentSms(_ params: String = "{}") throws -> ApiResponse {
        try call("send_payment_sms", params)
    }

    /// `POST /payments/payment/{payment_id}/execute` (004 3.7); changes state: never sent twice unless it never left. The final result is asynchronous: query or wait for the notification.
    public func executePayment(_ params: String = "{}") throws -> ApiResponse {
        try call("execute_payment", params)
    }

    /// `GET /payments/payment/{payment_id}` (004 3.9); safe to retry: retried after transient failures.
    public func getPayment(_ params: String = "{}") throws -> ApiResponse {
        try call("get_payment", params)
    }

    /// `POST /payments/payment/{payment_id}/refund` (004 3.10); changes state: never sent twice unless it never left. REFUND_PROCESS is followed by a notification. Same currency, never above paid.
    public func createRefund(_ params: String = "{}") throws -> ApiResponse {
        try call("create_refund", params)
    }

    /// `POST /payments/payment/{payment_id}/asynchronous_refund` (004 3.11); changes state: never sent twice unless it never left. 0000 means accepted; retried hourly while the balance is short (REFUND_RETRY).
    public func createAsyncRefund(_ params: String = "{}") throws -> ApiResponse {
        try call("create_async_refund", params)
    }

    /// `GET /payments/refund/{refund_id}` (004 3.12); safe to retry: retried after transient failures. 003 answered `refunds` (an array).
    public func getRefund(_ params: String = "{}") throws -> ApiResponse {
        try call("get_refund", params)
    }

    /// `GET /payments/payment/{payment_id}/self_payment_refund` (004 3.13); safe to retry: retried after transient failures.
    public func getPaymentWithRefunds(_ params: String = "{}") throws -> ApiResponse {
        try call("get_payment_with_refunds", params)
    }

    /// `GET /agreement` (004 3.14); safe to retry: retried after transient failures. At least one of external_customer_id and usr_busi_agreement_id. The example GET carries a Signature (Q3): GETs are unsigned unless configured.
    public func queryAgreements(_ params: String = "{}") throws -> ApiResponse {
        try call("query_agreements", params)
    }

    /// `POST /agreement/unbundling` (004 3.15); changes state: never sent twice unless it never left.
    public func unbindAgreement(_ params: String = "{}") throws -> ApiResponse {
        try call("unbind_agreement", params)
    }

    /// `POST /payments/payment/{payment_id}/apply_to_customs` (004 3.16); changes state: never sent twice unless it never left. Flat body. Within one month of the order.
    public func applyToCustoms(_ params: String = "{}") throws -> ApiResponse {
        try call("apply_to_customs", params)
    }

    /// `GET /payments/customs_declarations/{customs_declaration_id}` (004 3.17); safe to retry: retried after transient failures.
    public func getCustomsDeclaration(_ params: String = "{}") throws -> ApiResponse {
        try call("get_customs_declaration", params)
    }

    /// `POST /payments/payment/{payment_id}/apply_to_ciq` (004 3.18); changes state: never sent twice unless it never left.
    public func applyToCiq(_ params: String = "{}") throws -> ApiResponse {
        try call("apply_to_ciq", params)
    }

    /// `GET /payments/ciq_declarations/{ciq_declaration_id}` (004 3.19); safe to retry: retried after transient failures.
    public func getCiqDeclaration(_ params: String = "{}") throws -> ApiResponse {
        try call("get_ciq_declaration", params)
    }

    /// `GET /payments/reconciliation_statement` (004 3.20); safe to retry: retried after transient failures. The body is a top-level array [{pagination, meta, reconciliations}].
    public func getReconciliationStatement(_ params: String = "{}") throws -> ApiResponse {
        try call("get_reconciliation_statement", params)
    }

    /// `GET /payments/statement_download` (004 3.21); safe to retry: retried after transient failures. CSV file stream, SETTLEDETAIL-START ... SETTLEDETAIL-END.
    public func downloadSettlementFile(_ params: String = "{}") throws -> ApiResponse {
        try call("download_settlement_file", params)
    }

    /// `GET /payments/transactions` (004 3.22); safe to retry: retried after transient failures.
    public func listTransactions(_ params: String = "{}") throws -> ApiResponse {
        try call("list_transactions", params)
    }

    /// `GET /payments/transactions_download` (004 3.23); safe to retry: retried after transient failures. CSV file stream, TRANSDETAIL-START ... TRANSDETAIL-END (20 columns; 15 in 003).
    public func downloadTransactionsFile(_ params: String = "{}") throws -> ApiResponse {
        try call("download_transactions_file", params)
    }

    /// `POST /payments/settle_month_create` (004 3.24); changes state: never sent twice unless it never left. The file can be downloaded 24 hours later (row 25).
    public func createSettleMonthStatement(_ params: String = "{}") throws -> ApiResponse {
        try call("create_settle_month_statement", params)
    }

    /// `GET /payments/{file_id}/settle_month_file_download` (004 3.25); safe to retry: retried after transient failures. CSV file stream, MONTHLYBILL_START ... MONTHLYBILL_END.
    public func downloadSettleMonthStatement(_ params: String = "{}") throws -> ApiResponse {
        try call("download_settle_month_statement", params)
    }

    /// `POST /declare_again/{declaration_id}` (004 3.32); changes state: never sent twice unless it never left. Path and body inferred (Q12).
    public func declareAgain(_ params: String = "{}") throws -> ApiResponse {
        try call("declare_again", params)
    }

    /// `GET /payments/payment/self_account_balance` (004 3.34); safe to retry: retried after transient failures. Collides with /payments/payment/{payment_id}: matched before the id pattern.
    public func getRefundableBalance(_ params: String = "{}") throws -> ApiResponse {
        try call("get_refundable_balance", params)
    }

    /// `POST /payments/payment/asy_refund` (004 3.47); changes state: never sent twice unless it never left. Identified by mer_refund_id.
    public func createAsyncRefundNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("create_async_refund_no_payment_id", params)
    }

    /// `POST /payments/refund/refund_query` (004 3.48); safe to retry: retried after transient failures. A query sent as POST.
    public func queryAsyncRefundNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("query_async_refund_no_payment_id", params)
    }

    /// `POST /payments/payment/apply_customs` (004 3.50); changes state: never sent twice unless it never left. Singular result key, unlike row 16.
    public func applyToCustomsNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("apply_to_customs_no_payment_id", params)
    }

    /// `POST /payments/payment/customs_query` (004 3.51); safe to retry: retried after transient failures. A query sent as POST; no Signature in the example (signed here like every POST).
    public func queryCustomsNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("query_customs_no_payment_id", params)
    }

    /// `POST /payments/payment/apply_to_ciq` (004 3.52); changes state: never sent twice unless it never left.
    public func applyToCiqNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("apply_to_ciq_no_payment_id", params)
    }

    /// `POST /payments/ciq_declarations` (004 3.53); safe to retry: retried after transient failures. The only example is an error (00280045) carrying just meta.
    public func queryCiqNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("query_ciq_no_payment_id", params)
    }

    /// `POST /declare_again` (004 3.54); changes state: never sent twice unless it never left.
    public func declareAgainNoPaymentId(_ params: String = "{}") throws -> ApiResponse {
        try call("declare_again_no_payment_id", params)
    }

    /// `POST /bind/get_smscode` (004 3.55); changes state: never sent twice unless it never left. The bank sends an SMS.
    public func bindCardSendSms(_ params: String = "{}") throws -> ApiResponse {
        try call("bind_card_send_sms", params)
    }

    /// `POST /bind/get_contract` (004 3.56); changes state: never sent twice unless it never left.
    public func bindCardConfirm(_ params: String = "{}") throws -> ApiResponse {
        try call("bind_card_confirm", params)
    }

    /// `POST /bank_agreement/unbind` (004 3.57); changes state: never sent twice unless it never left. Ends the agreement at every UMF merchant and at the bank (004:L4251): the SDK refuses to build it unless the request is explicitly confirmed.
    public func unbindBankAgreement(_ params: String = "{}") throws -> ApiResponse {
        try call("unbind_bank_agreement", params)
    }

    /// `POST /payments/payment/{payment_id}/update_express_info` (004 3.58); changes state: never sent twice unless it never left. Goods only, within 7 days; the last update wins.
    public func updateExpressInfo(_ params: String = "{}") throws -> ApiResponse {
        try call("update_express_info", params)
    }

    /// `POST /file/upload` (004 3.59); changes state: never sent twice unless it never left. multipart/form-data; field names undocumented (Q13): `file` by default.
    public func uploadFile(_ params: String = "{}") throws -> ApiResponse {
        try call("upload_file", params)
    }

    /// `POST /enterprise_qualification` (004 4.1); changes state: never sent twice unless it never left. Starts DISABLE; ENABLE after offline checks.
    public func createEnterpriseQualification(_ params: String = "{}") throws -> ApiResponse {
        try call("create_enterprise_qualification", params)
    }

    /// `GET /enterprise_qualification/{enterprise_id}` (004 4.2); safe to retry: retried after transient failures.
    public func getEnterpriseQualification(_ params: String = "{}") throws -> ApiResponse {
        try call("get_enterprise_qualification", params)
    }

    /// `POST /send_payee_infor` (004 9.2); changes state: never sent twice unless it never left. Flat body; payee name plus address at most 130 characters.
    public func sendPayeeInfo(_ params: String = "{}") throws -> ApiResponse {
        try call("send_payee_info", params)
    }

    /// `POST /send_order_item` (004 9.3); changes state: never sent twice unless it never left. Flat body.
    public func sendOrderItem(_ params: String = "{}") throws -> ApiResponse {
        try call("send_order_item", params)
    }

    /// `POST /confirm_payment` (004 9.4); changes state: never sent twice unless it never left. Order items and payee data of the batch must exist; amounts must match.
    public func confirmRemittance(_ params: String = "{}") throws -> ApiResponse {
        try call("confirm_remittance", params)
    }

    /// `GET /{payment_id}/query_payment_status` (004 9.5); safe to retry: retried after transient failures. Directly under the base, no /payments.
    public func queryRemittanceStatus(_ params: String = "{}") throws -> ApiResponse {
        try call("query_remittance_status", params)
    }

    /// `POST /upload_files` (004 10.1); changes state: never sent twice unless it never left. The example sends JSON with an empty body (Q13): sent as multipart like row 39.
    public func uploadPaymentFiles(_ params: String = "{}") throws -> ApiResponse {
        try call("upload_payment_files", params)
    }

    /// `POST /send_order_item_by_file` (004 10.2); changes state: never sent twice unless it never left. Flat body.
    public func createTuitionOrder(_ params: String = "{}") throws -> ApiResponse {
        try call("create_tuition_order", params)
    }

    /// `GET /{payment_id}/query_payment_order` (004 10.3); safe to retry: retried after transient failures. Directly under the base.
    public func queryTuitionOrder(_ params: String = "{}") throws -> ApiResponse {
        try call("query_tuition_order", params)
    }

    /// `POST /send_enterprise_qualification` (004 11.1); changes state: never sent twice unless it never left. Flat body; eight fields encrypted.
    public func sendEnterpriseQualification(_ params: String = "{}") throws -> ApiResponse {
        try call("send_enterprise_qualification", params)
    }

    /// `POST /query_enterprise_id` (004 11.2); safe to retry: retried after transient failures. A query sent as POST; the answer is plaintext.
    public func queryEnterpriseQualificationReport(_ params: String = "{}") throws -> ApiResponse {
        try call("query_enterprise_qualification_report", params)
    }

    /// `POST /send_b2bouter_order_detail` (004 11.4); changes state: never sent twice unless it never left. Flat body.
    public func sendB2bOuterOrderDetail(_ params: String = "{}") throws -> ApiResponse {
        try call("send_b2b_outer_order_detail", params)
    }

    /// `POST /send_b2b_order` (004 11.5); changes state: never sent twice unless it never left. Flat body.
    public func sendB2bOrder(_ params: String = "{}") throws -> ApiResponse {
        try call("send_b2b_order", params)
    }

    /// `GET /{payment_id}/query_order` (004 11.6); safe to retry: retried after transient failures. The example GET carries a Signature (Q3); unsigned unless configured.
    public func queryB2bOrder(_ params: String = "{}") throws -> ApiResponse {
        try call("query_b2b_order", params)
    }

    /// `GET /payments/reconciliation_statement_download` (004 003 3.13); safe to retry: retried after transient failures. Only in 003; 004's nearest equivalent is download_settlement_file.
    public func downloadReconciliationStatementFileLegacy(_ params: String = "{}") throws -> ApiResponse {
        try call("download_reconciliation_statement_file_legacy", params)
    }
}
