// Generated from the core's operation table (umf_core::OPERATIONS) by bindings-mobile/tests/generated_clients.rs; regenerate with
// UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_clients. Do not edit.
package com.umfsdk.jvm

import com.umfsdk.ApiResponse

/** One method per operation of the core's table, each `call(id, params)`: params are the
 * operation's flat parameter object, as JSON text or a map. */
abstract class UmfOperations {
    /** Calls `operation` with its flat parameter object as JSON text. */
    abstract fun call(operation: String, params: String = "{}"): ApiResponse

    /** Calls `operation` with its flat parameter object as a map (written as JSON). */
    fun call(operation: String, params: Map<String, *>): ApiResponse =
        call(operation, JsonText.write(params))

    /** `GET /bank` (004 3.1); safe to retry: retried after transient failures. Only the banks of the merchant's contract; cacheable. */
    fun listBanks(params: String = "{}"): ApiResponse = call("list_banks", params)

    /** `GET /bank` (004 3.1); safe to retry: retried after transient failures. Only the banks of the merchant's contract; cacheable. */
    fun listBanks(params: Map<String, *>): ApiResponse = call("list_banks", params)

    /** `GET /bank/cardbin` (004 3.2); safe to retry: retried after transient failures. `card` is the RSA-encrypted card number, URL-encoded. `banks` is one object. */
    fun queryCardBin(params: String = "{}"): ApiResponse = call("query_card_bin", params)

    /** `GET /bank/cardbin` (004 3.2); safe to retry: retried after transient failures. `card` is the RSA-encrypted card number, URL-encoded. `banks` is one object. */
    fun queryCardBin(params: Map<String, *>): ApiResponse = call("query_card_bin", params)

    /** `GET /payments/wechat_openid` (004 3.3); safe to retry: retried after transient failures. The `weChat` link is where the browser goes; UMF then redirects to notify_url. */
    fun getWechatOpenidUrl(params: String = "{}"): ApiResponse = call("get_wechat_openid_url", params)

    /** `GET /payments/wechat_openid` (004 3.3); safe to retry: retried after transient failures. The `weChat` link is where the browser goes; UMF then redirects to notify_url. */
    fun getWechatOpenidUrl(params: Map<String, *>): ApiResponse = call("get_wechat_openid_url", params)

    /** `GET /exchange_rate` (004 3.4); safe to retry: retried after transient failures. An array under the singular key; `exchangeRates` in 003 and 004 §9.1. */
    fun getExchangeRate(params: String = "{}"): ApiResponse = call("get_exchange_rate", params)

    /** `GET /exchange_rate` (004 3.4); safe to retry: retried after transient failures. An array under the singular key; `exchangeRates` in 003 and 004 §9.1. */
    fun getExchangeRate(params: Map<String, *>): ApiResponse = call("get_exchange_rate", params)

    /** `POST /payments/payment` (004 3.5); changes state: never sent twice unless it never left. mer_reference_id may be paid once: reuse it to make a retry safe. */
    fun createPayment(params: String = "{}"): ApiResponse = call("create_payment", params)

    /** `POST /payments/payment` (004 3.5); changes state: never sent twice unless it never left. mer_reference_id may be paid once: reuse it to make a retry safe. */
    fun createPayment(params: Map<String, *>): ApiResponse = call("create_payment", params)

    /** `POST /payments/payment/{payment_id}/verify` (004 3.6); changes state: never sent twice unless it never left. Card payments. The `sms_verify` link says GET; the call is POST (K58). */
    fun sendPaymentSms(params: String = "{}"): ApiResponse = call("send_payment_sms", params)

    /** `POST /payments/payment/{payment_id}/verify` (004 3.6); changes state: never sent twice unless it never left. Card payments. The `sms_verify` link says GET; the call is POST (K58). */
    fun sendPaymentSms(params: Map<String, *>): ApiResponse = call("send_payment_sms", params)

    /** `POST /payments/payment/{payment_id}/execute` (004 3.7); changes state: never sent twice unless it never left. The final result is asynchronous: query or wait for the notification. */
    fun executePayment(params: String = "{}"): ApiResponse = call("execute_payment", params)

    /** `POST /payments/payment/{payment_id}/execute` (004 3.7); changes state: never sent twice unless it never left. The final result is asynchronous: query or wait for the notification. */
    fun executePayment(params: Map<String, *>): ApiResponse = call("execute_payment", params)

    /** `GET /payments/payment/{payment_id}` (004 3.9); safe to retry: retried after transient failures. */
    fun getPayment(params: String = "{}"): ApiResponse = call("get_payment", params)

    /** `GET /payments/payment/{payment_id}` (004 3.9); safe to retry: retried after transient failures. */
    fun getPayment(params: Map<String, *>): ApiResponse = call("get_payment", params)

    /** `POST /payments/payment/{payment_id}/refund` (004 3.10); changes state: never sent twice unless it never left. REFUND_PROCESS is followed by a notification. Same currency, never above paid. */
    fun createRefund(params: String = "{}"): ApiResponse = call("create_refund", params)

    /** `POST /payments/payment/{payment_id}/refund` (004 3.10); changes state: never sent twice unless it never left. REFUND_PROCESS is followed by a notification. Same currency, never above paid. */
    fun createRefund(params: Map<String, *>): ApiResponse = call("create_refund", params)

    /** `POST /payments/payment/{payment_id}/asynchronous_refund` (004 3.11); changes state: never sent twice unless it never left. 0000 means accepted; retried hourly while the balance is short (REFUND_RETRY). */
    fun createAsyncRefund(params: String = "{}"): ApiResponse = call("create_async_refund", params)

    /** `POST /payments/payment/{payment_id}/asynchronous_refund` (004 3.11); changes state: never sent twice unless it never left. 0000 means accepted; retried hourly while the balance is short (REFUND_RETRY). */
    fun createAsyncRefund(params: Map<String, *>): ApiResponse = call("create_async_refund", params)

    /** `GET /payments/refund/{refund_id}` (004 3.12); safe to retry: retried after transient failures. 003 answered `refunds` (an array). */
    fun getRefund(params: String = "{}"): ApiResponse = call("get_refund", params)

    /** `GET /payments/refund/{refund_id}` (004 3.12); safe to retry: retried after transient failures. 003 answered `refunds` (an array). */
    fun getRefund(params: Map<String, *>): ApiResponse = call("get_refund", params)

    /** `GET /payments/payment/{payment_id}/self_payment_refund` (004 3.13); safe to retry: retried after transient failures. */
    fun getPaymentWithRefunds(params: String = "{}"): ApiResponse = call("get_payment_with_refunds", params)

    /** `GET /payments/payment/{payment_id}/self_payment_refund` (004 3.13); safe to retry: retried after transient failures. */
    fun getPaymentWithRefunds(params: Map<String, *>): ApiResponse = call("get_payment_with_refunds", params)

    /** `GET /agreement` (004 3.14); safe to retry: retried after transient failures. At least one of external_customer_id and usr_busi_agreement_id. The example GET carries a Signature (Q3): GETs are unsigned unless configured. */
    fun queryAgreements(params: String = "{}"): ApiResponse = call("query_agreements", params)

    /** `GET /agreement` (004 3.14); safe to retry: retried after transient failures. At least one of external_customer_id and usr_busi_agreement_id. The example GET carries a Signature (Q3): GETs are unsigned unless configured. */
    fun queryAgreements(params: Map<String, *>): ApiResponse = call("query_agreements", params)

    /** `POST /agreement/unbundling` (004 3.15); changes state: never sent twice unless it never left. */
    fun unbindAgreement(params: String = "{}"): ApiResponse = call("unbind_agreement", params)

    /** `POST /agreement/unbundling` (004 3.15); changes state: never sent twice unless it never left. */
    fun unbindAgreement(params: Map<String, *>): ApiResponse = call("unbind_agreement", params)

    /** `POST /payments/payment/{payment_id}/apply_to_customs` (004 3.16); changes state: never sent twice unless it never left. Flat body. Within one month of the order. */
    fun applyToCustoms(params: String = "{}"): ApiResponse = call("apply_to_customs", params)

    /** `POST /payments/payment/{payment_id}/apply_to_customs` (004 3.16); changes state: never sent twice unless it never left. Flat body. Within one month of the order. */
    fun applyToCustoms(params: Map<String, *>): ApiResponse = call("apply_to_customs", params)

    /** `GET /payments/customs_declarations/{customs_declaration_id}` (004 3.17); safe to retry: retried after transient failures. */
    fun getCustomsDeclaration(params: String = "{}"): ApiResponse = call("get_customs_declaration", params)

    /** `GET /payments/customs_declarations/{customs_declaration_id}` (004 3.17); safe to retry: retried after transient failures. */
    fun getCustomsDeclaration(params: Map<String, *>): ApiResponse = call("get_customs_declaration", params)

    /** `POST /payments/payment/{payment_id}/apply_to_ciq` (004 3.18); changes state: never sent twice unless it never left. */
    fun applyToCiq(params: String = "{}"): ApiResponse = call("apply_to_ciq", params)

    /** `POST /payments/payment/{payment_id}/apply_to_ciq` (004 3.18); changes state: never sent twice unless it never left. */
    fun applyToCiq(params: Map<String, *>): ApiResponse = call("apply_to_ciq", params)

    /** `GET /payments/ciq_declarations/{ciq_declaration_id}` (004 3.19); safe to retry: retried after transient failures. */
    fun getCiqDeclaration(params: String = "{}"): ApiResponse = call("get_ciq_declaration", params)

    /** `GET /payments/ciq_declarations/{ciq_declaration_id}` (004 3.19); safe to retry: retried after transient failures. */
    fun getCiqDeclaration(params: Map<String, *>): ApiResponse = call("get_ciq_declaration", params)

    /** `GET /payments/reconciliation_statement` (004 3.20); safe to retry: retried after transient failures. The body is a top-level array [{pagination, meta, reconciliations}]. */
    fun getReconciliationStatement(params: String = "{}"): ApiResponse = call("get_reconciliation_statement", params)

    /** `GET /payments/reconciliation_statement` (004 3.20); safe to retry: retried after transient failures. The body is a top-level array [{pagination, meta, reconciliations}]. */
    fun getReconciliationStatement(params: Map<String, *>): ApiResponse = call("get_reconciliation_statement", params)

    /** `GET /payments/statement_download` (004 3.21); safe to retry: retried after transient failures. CSV file stream, SETTLEDETAIL-START ... SETTLEDETAIL-END. */
    fun downloadSettlementFile(params: String = "{}"): ApiResponse = call("download_settlement_file", params)

    /** `GET /payments/statement_download` (004 3.21); safe to retry: retried after transient failures. CSV file stream, SETTLEDETAIL-START ... SETTLEDETAIL-END. */
    fun downloadSettlementFile(params: Map<String, *>): ApiResponse = call("download_settlement_file", params)

    /** `GET /payments/transactions` (004 3.22); safe to retry: retried after transient failures. */
    fun listTransactions(params: String = "{}"): ApiResponse = call("list_transactions", params)

    /** `GET /payments/transactions` (004 3.22); safe to retry: retried after transient failures. */
    fun listTransactions(params: Map<String, *>): ApiResponse = call("list_transactions", params)

    /** `GET /payments/transactions_download` (004 3.23); safe to retry: retried after transient failures. CSV file stream, TRANSDETAIL-START ... TRANSDETAIL-END (20 columns; 15 in 003). */
    fun downloadTransactionsFile(params: String = "{}"): ApiResponse = call("download_transactions_file", params)

    /** `GET /payments/transactions_download` (004 3.23); safe to retry: retried after transient failures. CSV file stream, TRANSDETAIL-START ... TRANSDETAIL-END (20 columns; 15 in 003). */
    fun downloadTransactionsFile(params: Map<String, *>): ApiResponse = call("download_transactions_file", params)

    /** `POST /payments/settle_month_create` (004 3.24); changes state: never sent twice unless it never left. The file can be downloaded 24 hours later (row 25). */
    fun createSettleMonthStatement(params: String = "{}"): ApiResponse = call("create_settle_month_statement", params)

    /** `POST /payments/settle_month_create` (004 3.24); changes state: never sent twice unless it never left. The file can be downloaded 24 hours later (row 25). */
    fun createSettleMonthStatement(params: Map<String, *>): ApiResponse = call("create_settle_month_statement", params)

    /** `GET /payments/{file_id}/settle_month_file_download` (004 3.25); safe to retry: retried after transient failures. CSV file stream, MONTHLYBILL_START ... MONTHLYBILL_END. */
    fun downloadSettleMonthStatement(params: String = "{}"): ApiResponse = call("download_settle_month_statement", params)

    /** `GET /payments/{file_id}/settle_month_file_download` (004 3.25); safe to retry: retried after transient failures. CSV file stream, MONTHLYBILL_START ... MONTHLYBILL_END. */
    fun downloadSettleMonthStatement(params: Map<String, *>): ApiResponse = call("download_settle_month_statement", params)

    /** `POST /declare_again/{declaration_id}` (004 3.32); changes state: never sent twice unless it never left. Path and body inferred (Q12). */
    fun declareAgain(params: String = "{}"): ApiResponse = call("declare_again", params)

    /** `POST /declare_again/{declaration_id}` (004 3.32); changes state: never sent twice unless it never left. Path and body inferred (Q12). */
    fun declareAgain(params: Map<String, *>): ApiResponse = call("declare_again", params)

    /** `GET /payments/payment/self_account_balance` (004 3.34); safe to retry: retried after transient failures. Collides with /payments/payment/{payment_id}: matched before the id pattern. */
    fun getRefundableBalance(params: String = "{}"): ApiResponse = call("get_refundable_balance", params)

    /** `GET /payments/payment/self_account_balance` (004 3.34); safe to retry: retried after transient failures. Collides with /payments/payment/{payment_id}: matched before the id pattern. */
    fun getRefundableBalance(params: Map<String, *>): ApiResponse = call("get_refundable_balance", params)

    /** `POST /payments/payment/asy_refund` (004 3.47); changes state: never sent twice unless it never left. Identified by mer_refund_id. */
    fun createAsyncRefundNoPaymentId(params: String = "{}"): ApiResponse = call("create_async_refund_no_payment_id", params)

    /** `POST /payments/payment/asy_refund` (004 3.47); changes state: never sent twice unless it never left. Identified by mer_refund_id. */
    fun createAsyncRefundNoPaymentId(params: Map<String, *>): ApiResponse = call("create_async_refund_no_payment_id", params)

    /** `POST /payments/refund/refund_query` (004 3.48); safe to retry: retried after transient failures. A query sent as POST. */
    fun queryAsyncRefundNoPaymentId(params: String = "{}"): ApiResponse = call("query_async_refund_no_payment_id", params)

    /** `POST /payments/refund/refund_query` (004 3.48); safe to retry: retried after transient failures. A query sent as POST. */
    fun queryAsyncRefundNoPaymentId(params: Map<String, *>): ApiResponse = call("query_async_refund_no_payment_id", params)

    /** `POST /payments/payment/apply_customs` (004 3.50); changes state: never sent twice unless it never left. Singular result key, unlike row 16. */
    fun applyToCustomsNoPaymentId(params: String = "{}"): ApiResponse = call("apply_to_customs_no_payment_id", params)

    /** `POST /payments/payment/apply_customs` (004 3.50); changes state: never sent twice unless it never left. Singular result key, unlike row 16. */
    fun applyToCustomsNoPaymentId(params: Map<String, *>): ApiResponse = call("apply_to_customs_no_payment_id", params)

    /** `POST /payments/payment/customs_query` (004 3.51); safe to retry: retried after transient failures. A query sent as POST; no Signature in the example (signed here like every POST). */
    fun queryCustomsNoPaymentId(params: String = "{}"): ApiResponse = call("query_customs_no_payment_id", params)

    /** `POST /payments/payment/customs_query` (004 3.51); safe to retry: retried after transient failures. A query sent as POST; no Signature in the example (signed here like every POST). */
    fun queryCustomsNoPaymentId(params: Map<String, *>): ApiResponse = call("query_customs_no_payment_id", params)

    /** `POST /payments/payment/apply_to_ciq` (004 3.52); changes state: never sent twice unless it never left. */
    fun applyToCiqNoPaymentId(params: String = "{}"): ApiResponse = call("apply_to_ciq_no_payment_id", params)

    /** `POST /payments/payment/apply_to_ciq` (004 3.52); changes state: never sent twice unless it never left. */
    fun applyToCiqNoPaymentId(params: Map<String, *>): ApiResponse = call("apply_to_ciq_no_payment_id", params)

    /** `POST /payments/ciq_declarations` (004 3.53); safe to retry: retried after transient failures. The only example is an error (00280045) carrying just meta. */
    fun queryCiqNoPaymentId(params: String = "{}"): ApiResponse = call("query_ciq_no_payment_id", params)

    /** `POST /payments/ciq_declarations` (004 3.53); safe to retry: retried after transient failures. The only example is an error (00280045) carrying just meta. */
    fun queryCiqNoPaymentId(params: Map<String, *>): ApiResponse = call("query_ciq_no_payment_id", params)

    /** `POST /declare_again` (004 3.54); changes state: never sent twice unless it never left. */
    fun declareAgainNoPaymentId(params: String = "{}"): ApiResponse = call("declare_again_no_payment_id", params)

    /** `POST /declare_again` (004 3.54); changes state: never sent twice unless it never left. */
    fun declareAgainNoPaymentId(params: Map<String, *>): ApiResponse = call("declare_again_no_payment_id", params)

    /** `POST /bind/get_smscode` (004 3.55); changes state: never sent twice unless it never left. The bank sends an SMS. */
    fun bindCardSendSms(params: String = "{}"): ApiResponse = call("bind_card_send_sms", params)

    /** `POST /bind/get_smscode` (004 3.55); changes state: never sent twice unless it never left. The bank sends an SMS. */
    fun bindCardSendSms(params: Map<String, *>): ApiResponse = call("bind_card_send_sms", params)

    /** `POST /bind/get_contract` (004 3.56); changes state: never sent twice unless it never left. */
    fun bindCardConfirm(params: String = "{}"): ApiResponse = call("bind_card_confirm", params)

    /** `POST /bind/get_contract` (004 3.56); changes state: never sent twice unless it never left. */
    fun bindCardConfirm(params: Map<String, *>): ApiResponse = call("bind_card_confirm", params)

    /** `POST /bank_agreement/unbind` (004 3.57); changes state: never sent twice unless it never left. Ends the agreement at every UMF merchant and at the bank (004:L4251): the SDK refuses to build it unless the request is explicitly confirmed. */
    fun unbindBankAgreement(params: String = "{}"): ApiResponse = call("unbind_bank_agreement", params)

    /** `POST /bank_agreement/unbind` (004 3.57); changes state: never sent twice unless it never left. Ends the agreement at every UMF merchant and at the bank (004:L4251): the SDK refuses to build it unless the request is explicitly confirmed. */
    fun unbindBankAgreement(params: Map<String, *>): ApiResponse = call("unbind_bank_agreement", params)

    /** `POST /payments/payment/{payment_id}/update_express_info` (004 3.58); changes state: never sent twice unless it never left. Goods only, within 7 days; the last update wins. */
    fun updateExpressInfo(params: String = "{}"): ApiResponse = call("update_express_info", params)

    /** `POST /payments/payment/{payment_id}/update_express_info` (004 3.58); changes state: never sent twice unless it never left. Goods only, within 7 days; the last update wins. */
    fun updateExpressInfo(params: Map<String, *>): ApiResponse = call("update_express_info", params)

    /** `POST /file/upload` (004 3.59); changes state: never sent twice unless it never left. multipart/form-data; field names undocumented (Q13): `file` by default. */
    fun uploadFile(params: String = "{}"): ApiResponse = call("upload_file", params)

    /** `POST /file/upload` (004 3.59); changes state: never sent twice unless it never left. multipart/form-data; field names undocumented (Q13): `file` by default. */
    fun uploadFile(params: Map<String, *>): ApiResponse = call("upload_file", params)

    /** `POST /enterprise_qualification` (004 4.1); changes state: never sent twice unless it never left. Starts DISABLE; ENABLE after offline checks. */
    fun createEnterpriseQualification(params: String = "{}"): ApiResponse = call("create_enterprise_qualification", params)

    /** `POST /enterprise_qualification` (004 4.1); changes state: never sent twice unless it never left. Starts DISABLE; ENABLE after offline checks. */
    fun createEnterpriseQualification(params: Map<String, *>): ApiResponse = call("create_enterprise_qualification", params)

    /** `GET /enterprise_qualification/{enterprise_id}` (004 4.2); safe to retry: retried after transient failures. */
    fun getEnterpriseQualification(params: String = "{}"): ApiResponse = call("get_enterprise_qualification", params)

    /** `GET /enterprise_qualification/{enterprise_id}` (004 4.2); safe to retry: retried after transient failures. */
    fun getEnterpriseQualification(params: Map<String, *>): ApiResponse = call("get_enterprise_qualification", params)

    /** `POST /send_payee_infor` (004 9.2); changes state: never sent twice unless it never left. Flat body; payee name plus address at most 130 characters. */
    fun sendPayeeInfo(params: String = "{}"): ApiResponse = call("send_payee_info", params)

    /** `POST /send_payee_infor` (004 9.2); changes state: never sent twice unless it never left. Flat body; payee name plus address at most 130 characters. */
    fun sendPayeeInfo(params: Map<String, *>): ApiResponse = call("send_payee_info", params)

    /** `POST /send_order_item` (004 9.3); changes state: never sent twice unless it never left. Flat body. */
    fun sendOrderItem(params: String = "{}"): ApiResponse = call("send_order_item", params)

    /** `POST /send_order_item` (004 9.3); changes state: never sent twice unless it never left. Flat body. */
    fun sendOrderItem(params: Map<String, *>): ApiResponse = call("send_order_item", params)

    /** `POST /confirm_payment` (004 9.4); changes state: never sent twice unless it never left. Order items and payee data of the batch must exist; amounts must match. */
    fun confirmRemittance(params: String = "{}"): ApiResponse = call("confirm_remittance", params)

    /** `POST /confirm_payment` (004 9.4); changes state: never sent twice unless it never left. Order items and payee data of the batch must exist; amounts must match. */
    fun confirmRemittance(params: Map<String, *>): ApiResponse = call("confirm_remittance", params)

    /** `GET /{payment_id}/query_payment_status` (004 9.5); safe to retry: retried after transient failures. Directly under the base, no /payments. */
    fun queryRemittanceStatus(params: String = "{}"): ApiResponse = call("query_remittance_status", params)

    /** `GET /{payment_id}/query_payment_status` (004 9.5); safe to retry: retried after transient failures. Directly under the base, no /payments. */
    fun queryRemittanceStatus(params: Map<String, *>): ApiResponse = call("query_remittance_status", params)

    /** `POST /upload_files` (004 10.1); changes state: never sent twice unless it never left. The example sends JSON with an empty body (Q13): sent as multipart like row 39. */
    fun uploadPaymentFiles(params: String = "{}"): ApiResponse = call("upload_payment_files", params)

    /** `POST /upload_files` (004 10.1); changes state: never sent twice unless it never left. The example sends JSON with an empty body (Q13): sent as multipart like row 39. */
    fun uploadPaymentFiles(params: Map<String, *>): ApiResponse = call("upload_payment_files", params)

    /** `POST /send_order_item_by_file` (004 10.2); changes state: never sent twice unless it never left. Flat body. */
    fun createTuitionOrder(params: String = "{}"): ApiResponse = call("create_tuition_order", params)

    /** `POST /send_order_item_by_file` (004 10.2); changes state: never sent twice unless it never left. Flat body. */
    fun createTuitionOrder(params: Map<String, *>): ApiResponse = call("create_tuition_order", params)

    /** `GET /{payment_id}/query_payment_order` (004 10.3); safe to retry: retried after transient failures. Directly under the base. */
    fun queryTuitionOrder(params: String = "{}"): ApiResponse = call("query_tuition_order", params)

    /** `GET /{payment_id}/query_payment_order` (004 10.3); safe to retry: retried after transient failures. Directly under the base. */
    fun queryTuitionOrder(params: Map<String, *>): ApiResponse = call("query_tuition_order", params)

    /** `POST /send_enterprise_qualification` (004 11.1); changes state: never sent twice unless it never left. Flat body; eight fields encrypted. */
    fun sendEnterpriseQualification(params: String = "{}"): ApiResponse = call("send_enterprise_qualification", params)

    /** `POST /send_enterprise_qualification` (004 11.1); changes state: never sent twice unless it never left. Flat body; eight fields encrypted. */
    fun sendEnterpriseQualification(params: Map<String, *>): ApiResponse = call("send_enterprise_qualification", params)

    /** `POST /query_enterprise_id` (004 11.2); safe to retry: retried after transient failures. A query sent as POST; the answer is plaintext. */
    fun queryEnterpriseQualificationReport(params: String = "{}"): ApiResponse = call("query_enterprise_qualification_report", params)

    /** `POST /query_enterprise_id` (004 11.2); safe to retry: retried after transient failures. A query sent as POST; the answer is plaintext. */
    fun queryEnterpriseQualificationReport(params: Map<String, *>): ApiResponse = call("query_enterprise_qualification_report", params)

    /** `POST /send_b2bouter_order_detail` (004 11.4); changes state: never sent twice unless it never left. Flat body. */
    fun sendB2bOuterOrderDetail(params: String = "{}"): ApiResponse = call("send_b2b_outer_order_detail", params)

    /** `POST /send_b2bouter_order_detail` (004 11.4); changes state: never sent twice unless it never left. Flat body. */
    fun sendB2bOuterOrderDetail(params: Map<String, *>): ApiResponse = call("send_b2b_outer_order_detail", params)

    /** `POST /send_b2b_order` (004 11.5); changes state: never sent twice unless it never left. Flat body. */
    fun sendB2bOrder(params: String = "{}"): ApiResponse = call("send_b2b_order", params)

    /** `POST /send_b2b_order` (004 11.5); changes state: never sent twice unless it never left. Flat body. */
    fun sendB2bOrder(params: Map<String, *>): ApiResponse = call("send_b2b_order", params)

    /** `GET /{payment_id}/query_order` (004 11.6); safe to retry: retried after transient failures. The example GET carries a Signature (Q3); unsigned unless configured. */
    fun queryB2bOrder(params: String = "{}"): ApiResponse = call("query_b2b_order", params)

    /** `GET /{payment_id}/query_order` (004 11.6); safe to retry: retried after transient failures. The example GET carries a Signature (Q3); unsigned unless configured. */
    fun queryB2bOrder(params: Map<String, *>): ApiResponse = call("query_b2b_order", params)

    /** `GET /payments/reconciliation_statement_download` (004 003 3.13); safe to retry: retried after transient failures. Only in 003; 004's nearest equivalent is download_settlement_file. */
    fun downloadReconciliationStatementFileLegacy(params: String = "{}"): ApiResponse = call("download_reconciliation_statement_file_legacy", params)

    /** `GET /payments/reconciliation_statement_download` (004 003 3.13); safe to retry: retried after transient failures. Only in 003; 004's nearest equivalent is download_settlement_file. */
    fun downloadReconciliationStatementFileLegacy(params: Map<String, *>): ApiResponse = call("download_reconciliation_statement_file_legacy", params)
}
