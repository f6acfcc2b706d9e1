// Generated from the core's schema (umf_core::schema::schema(), `umf schema --json`) by
// bindings-mobile/tests/generated_types.rs; regenerate with
// UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_types. Do not edit.
package com.umfsdk.jvm

import com.umfsdk.ApiResponse
import java.math.BigDecimal

/** Every operation of the core's table, by its stable id (`wire`). */
enum class OpId(val wire: String) {
    GET_ACCESS_TOKEN("get_access_token"),
    LIST_BANKS("list_banks"),
    QUERY_CARD_BIN("query_card_bin"),
    GET_WECHAT_OPENID_URL("get_wechat_openid_url"),
    GET_EXCHANGE_RATE("get_exchange_rate"),
    CREATE_PAYMENT("create_payment"),
    SEND_PAYMENT_SMS("send_payment_sms"),
    EXECUTE_PAYMENT("execute_payment"),
    GET_PAYMENT("get_payment"),
    CREATE_REFUND("create_refund"),
    CREATE_ASYNC_REFUND("create_async_refund"),
    GET_REFUND("get_refund"),
    GET_PAYMENT_WITH_REFUNDS("get_payment_with_refunds"),
    QUERY_AGREEMENTS("query_agreements"),
    UNBIND_AGREEMENT("unbind_agreement"),
    APPLY_TO_CUSTOMS("apply_to_customs"),
    GET_CUSTOMS_DECLARATION("get_customs_declaration"),
    APPLY_TO_CIQ("apply_to_ciq"),
    GET_CIQ_DECLARATION("get_ciq_declaration"),
    GET_RECONCILIATION_STATEMENT("get_reconciliation_statement"),
    DOWNLOAD_SETTLEMENT_FILE("download_settlement_file"),
    LIST_TRANSACTIONS("list_transactions"),
    DOWNLOAD_TRANSACTIONS_FILE("download_transactions_file"),
    CREATE_SETTLE_MONTH_STATEMENT("create_settle_month_statement"),
    DOWNLOAD_SETTLE_MONTH_STATEMENT("download_settle_month_statement"),
    DECLARE_AGAIN("declare_again"),
    GET_REFUNDABLE_BALANCE("get_refundable_balance"),
    CREATE_ASYNC_REFUND_NO_PAYMENT_ID("create_async_refund_no_payment_id"),
    QUERY_ASYNC_REFUND_NO_PAYMENT_ID("query_async_refund_no_payment_id"),
    APPLY_TO_CUSTOMS_NO_PAYMENT_ID("apply_to_customs_no_payment_id"),
    QUERY_CUSTOMS_NO_PAYMENT_ID("query_customs_no_payment_id"),
    APPLY_TO_CIQ_NO_PAYMENT_ID("apply_to_ciq_no_payment_id"),
    QUERY_CIQ_NO_PAYMENT_ID("query_ciq_no_payment_id"),
    DECLARE_AGAIN_NO_PAYMENT_ID("declare_again_no_payment_id"),
    BIND_CARD_SEND_SMS("bind_card_send_sms"),
    BIND_CARD_CONFIRM("bind_card_confirm"),
    UNBIND_BANK_AGREEMENT("unbind_bank_agreement"),
    UPDATE_EXPRESS_INFO("update_express_info"),
    UPLOAD_FILE("upload_file"),
    CREATE_ENTERPRISE_QUALIFICATION("create_enterprise_qualification"),
    GET_ENTERPRISE_QUALIFICATION("get_enterprise_qualification"),
    SEND_PAYEE_INFO("send_payee_info"),
    SEND_ORDER_ITEM("send_order_item"),
    CONFIRM_REMITTANCE("confirm_remittance"),
    QUERY_REMITTANCE_STATUS("query_remittance_status"),
    UPLOAD_PAYMENT_FILES("upload_payment_files"),
    CREATE_TUITION_ORDER("create_tuition_order"),
    QUERY_TUITION_ORDER("query_tuition_order"),
    SEND_ENTERPRISE_QUALIFICATION("send_enterprise_qualification"),
    QUERY_ENTERPRISE_QUALIFICATION_REPORT("query_enterprise_qualification_report"),
    SEND_B2B_OUTER_ORDER_DETAIL("send_b2b_outer_order_detail"),
    SEND_B2B_ORDER("send_b2b_order"),
    QUERY_B2B_ORDER("query_b2b_order"),
    DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY("download_reconciliation_statement_file_legacy"),
    ;

    companion object {
        /** The id's constant, or null for an id the table does not have. */
        fun of(wire: String): OpId? = values().firstOrNull { it.wire == wire }
    }
}

/**
 * `payer.business_type` (004:L2378-2381).
 *
 * - `B2B`: Business to business.
 * - `B2C`: Business to consumer.
 *
 * The core's `BusinessType`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class BusinessType(override val wire: String) : WireEnum {
    /** Business to business. */
    B2B("B2B"),
    /** Business to consumer. */
    B2C("B2C"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): BusinessType = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * `customs_declaration.state` and the CIQ states (004:L4664, L4992, L5042).
 *
 * - `ACCEPTED`: Accepted by UMF.
 * - `SUBMITTED`: Submitted to customs.
 * - `SUCCESS`: Cleared.
 * - `FAIL`: Failed.
 *
 * The core's `DeclarationState`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class DeclarationState(override val wire: String) : WireEnum {
    /** Accepted by UMF. */
    ACCEPTED("ACCEPTED"),
    /** Submitted to customs. */
    SUBMITTED("SUBMITTED"),
    /** Cleared. */
    SUCCESS("SUCCESS"),
    /** Failed. */
    FAIL("FAIL"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): DeclarationState = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * `payer.interface_type` (004:L2372-2377, L4759).
 *
 * - `SERVER_TO_SERVER`: Server to server.
 * - `SERVER_TO_WEB`: UMF's cashier web page.
 * - `SERVER_TO_H5WEB`: UMF's cashier H5 page.
 * - `DIRECT_TO_BANK`: Straight to the bank's page.
 *
 * The core's `InterfaceType`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class InterfaceType(override val wire: String) : WireEnum {
    /** Server to server. */
    SERVER_TO_SERVER("SERVER_TO_SERVER"),
    /** UMF's cashier web page. */
    SERVER_TO_WEB("SERVER_TO_WEB"),
    /** UMF's cashier H5 page. */
    SERVER_TO_H5WEB("SERVER_TO_H5WEB"),
    /** Straight to the bank's page. */
    DIRECT_TO_BANK("DIRECT_TO_BANK"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): InterfaceType = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * `payer.payment_method` (004:L2360-2371, L4754).
 *
 * - `CREDIT_CARD`: Credit card.
 * - `DEBIT_CARD`: Debit card.
 * - `WECHAT_SCAN`: WeChat QR code scanned by the customer.
 * - `WECHAT_WEB`: WeChat in the official-account web view.
 * - `WECHAT_IN_APP`: WeChat in the merchant's app.
 * - `ALIPAY_SCAN`: Alipay QR code.
 * - `WECHAT_H5`: WeChat H5 (mobile browser).
 * - `WECHAT_MP`: WeChat mini-program (only in the §3.5 table).
 * - `B2C_BANK`: B2C online banking (only in the §3.5 table).
 * - `B2B_BANK`: B2B online banking (only in the §3.5 table).
 * - `NOT_APPLICABLE`: The customer chooses on UMF's page.
 *
 * The core's `PaymentMethod`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class PaymentMethod(override val wire: String) : WireEnum {
    /** Credit card. */
    CREDIT_CARD("CREDIT_CARD"),
    /** Debit card. */
    DEBIT_CARD("DEBIT_CARD"),
    /** WeChat QR code scanned by the customer. */
    WECHAT_SCAN("WECHAT_SCAN"),
    /** WeChat in the official-account web view. */
    WECHAT_WEB("WECHAT_WEB"),
    /** WeChat in the merchant's app. */
    WECHAT_IN_APP("WECHAT_IN_APP"),
    /** Alipay QR code. */
    ALIPAY_SCAN("ALIPAY_SCAN"),
    /** WeChat H5 (mobile browser). */
    WECHAT_H5("WECHAT_H5"),
    /** WeChat mini-program (only in the §3.5 table). */
    WECHAT_MP("WECHAT_MP"),
    /** B2C online banking (only in the §3.5 table). */
    B2C_BANK("B2C_BANK"),
    /** B2B online banking (only in the §3.5 table). */
    B2B_BANK("B2B_BANK"),
    /** The customer chooses on UMF's page. */
    NOT_APPLICABLE("NOT_APPLICABLE"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): PaymentMethod = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * `payment.state` (004:L4810; the appendix omits `TRADE_CANCEL`).
 *
 * - `WAIT_BUYER_PAY`: Created, not paid yet.
 * - `TRADE_SUCCESS`: Paid.
 * - `TRADE_CLOSED`: Closed.
 * - `TRADE_CANCEL`: Cancelled.
 * - `TRADE_FAIL`: Failed.
 *
 * The core's `PaymentState`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class PaymentState(override val wire: String) : WireEnum {
    /** Created, not paid yet. */
    WAIT_BUYER_PAY("WAIT_BUYER_PAY"),
    /** Paid. */
    TRADE_SUCCESS("TRADE_SUCCESS"),
    /** Closed. */
    TRADE_CLOSED("TRADE_CLOSED"),
    /** Cancelled. */
    TRADE_CANCEL("TRADE_CANCEL"),
    /** Failed. */
    TRADE_FAIL("TRADE_FAIL"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): PaymentState = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * `refund.state` (004:L4859; the appendix omits `REFUND_RETRY`).
 *
 * - `REFUND_PROCESS`: In progress; a notification follows.
 * - `REFUND_SUCCESS`: Done.
 * - `REFUND_FAIL`: Failed.
 * - `REFUND_CLOSE`: Closed.
 * - `REFUND_RETRY`: Waiting for merchant balance (asynchronous refunds, 004:L2865).
 *
 * The core's `RefundState`; `UNRECOGNIZED` for a value the documents do not list (the exact text
 * stays in `ApiResponse.resultJson`).
 */
enum class RefundState(override val wire: String) : WireEnum {
    /** In progress; a notification follows. */
    REFUND_PROCESS("REFUND_PROCESS"),
    /** Done. */
    REFUND_SUCCESS("REFUND_SUCCESS"),
    /** Failed. */
    REFUND_FAIL("REFUND_FAIL"),
    /** Closed. */
    REFUND_CLOSE("REFUND_CLOSE"),
    /** Waiting for merchant balance (asynchronous refunds, 004:L2865). */
    REFUND_RETRY("REFUND_RETRY"),
    UNRECOGNIZED(""),
    ;

    companion object {
        fun of(wire: String): RefundState = values().firstOrNull { it.wire == wire && it != UNRECOGNIZED } ?: UNRECOGNIZED
    }
}

/**
 * The refundable balance (004:L5028), in CNY yuan.
 *
 * The core's `AccountBalance` (schema `models.AccountBalance`).
 */
data class AccountBalance(
    /** Balance. Wire name `balance`. */
    val balance: BigDecimal? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "balance" to balance,
    )

    override fun toString(): String = "AccountBalance(" +
        "balance=" + balance +
        ")"

    companion object {
        /** Reads the core's JSON of a `AccountBalance`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): AccountBalance {
            val m = Wire.members(value, path)
            return AccountBalance(
                balance = Wire.decimal(m["balance"], Wire.at(path, "balance")),
            )
        }
    }
}

/**
 * The cards a customer has bound (004:L2991).
 *
 * The core's `AgreementInfo` (schema `models.AgreementInfo`).
 */
data class AgreementInfo(
    /** One per bound card. Wire name `payer_agreements`. */
    val payerAgreements: List<PayerAgreement>? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payer_agreements" to payerAgreements,
    )

    override fun toString(): String = "AgreementInfo(" +
        "payerAgreements=" + payerAgreements +
        ")"

    companion object {
        /** Reads the core's JSON of a `AgreementInfo`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): AgreementInfo {
            val m = Wire.members(value, path)
            return AgreementInfo(
                payerAgreements = Wire.list(m["payer_agreements"], Wire.at(path, "payer_agreements"))?.mapIndexed { i, e -> Wire.need(e?.let { PayerAgreement.fromJson(it, Wire.at(path, "payer_agreements") + "[$i]") }, Wire.at(path, "payer_agreements") + "[$i]") },
            )
        }
    }
}

/**
 * An amount (004:L4623). `total` is a decimal string with at most 12 digits including 2
 * decimals; numbers are accepted on input.
 *
 * The core's `Amount` (schema `models.Amount`).
 */
data class Amount(
    /** The amount charged or refunded. Wire name `total`. */
    val total: BigDecimal? = null,
    /** ISO-4217 currency. Wire name `currency`. */
    val currency: String? = null,
    /** CNY equivalent. Wire name `total_cny`. */
    val totalCny: BigDecimal? = null,
    /** Rate used. Wire name `exchange_rate`. */
    val exchangeRate: Any? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "total" to total,
        "currency" to currency,
        "total_cny" to totalCny,
        "exchange_rate" to exchangeRate,
    )

    override fun toString(): String = "Amount(" +
        "total=" + total + ", " +
        "currency=" + currency + ", " +
        "totalCny=" + totalCny + ", " +
        "exchangeRate=" + exchangeRate +
        ")"

    companion object {
        /** Reads the core's JSON of a `Amount`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Amount {
            val m = Wire.members(value, path)
            return Amount(
                total = Wire.decimal(m["total"], Wire.at(path, "total")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                totalCny = Wire.decimal(m["total_cny"], Wire.at(path, "total_cny")),
                exchangeRate = m["exchange_rate"],
            )
        }
    }
}

/**
 * An asynchronous refund identified by the merchant's refund id (004:L3780, L3831).
 *
 * The core's `AsyncRefund` (schema `models.AsyncRefund`).
 */
data class AsyncRefund(
    /** The merchant's refund id. Wire name `mer_refund_id`. */
    val merRefundId: String? = null,
    /** What is refunded. Wire name `refund_info`. */
    val refundInfo: RefundInfo? = null,
    /** Where UMF posts the refund notification (request). Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** State (query response). Wire name `state`. */
    val state: RefundState? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_refund_id" to merRefundId,
        "refund_info" to refundInfo,
        "notify_url" to notifyUrl,
        "state" to state,
    )

    override fun toString(): String = "AsyncRefund(" +
        "merRefundId=" + Wire.redacted(merRefundId) + ", " +
        "refundInfo=" + refundInfo + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "state=" + state +
        ")"

    companion object {
        /** Reads the core's JSON of a `AsyncRefund`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): AsyncRefund {
            val m = Wire.members(value, path)
            return AsyncRefund(
                merRefundId = Wire.text(m["mer_refund_id"], Wire.at(path, "mer_refund_id")),
                refundInfo = m["refund_info"]?.let { RefundInfo.fromJson(it, Wire.at(path, "refund_info")) },
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { RefundState.of(it) },
            )
        }
    }
}

/**
 * B2B trade detail (004:L5178).
 *
 * The core's `B2bOuterOrder` (schema `models.B2bOuterOrder`).
 */
data class B2bOuterOrder(
    /** Batch number. Wire name `mer_batchno`. */
    val merBatchno: String? = null,
    /** Order id (wire key `mer_orderId`). Wire name `mer_orderId`. */
    val merOrderId: String? = null,
    /** Contract number. Wire name `contract_no`. */
    val contractNo: String? = null,
    /** `YYYYMMDD`. Wire name `contract_date`. */
    val contractDate: String? = null,
    /** A trans_code. Wire name `business_code`. */
    val businessCode: String? = null,
    /** Valuation. Wire name `val_pattern`. */
    val valPattern: String? = null,
    /** Currency. Wire name `currency`. */
    val currency: String? = null,
    /** Amount (wire key `Damount`). Wire name `Damount`. */
    val damount: String? = null,
    /** `1`-`8`. Wire name `order_sub_type`. */
    val orderSubType: String? = null,
    /** Logistics number. Wire name `logistics_no`. */
    val logisticsNo: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_batchno" to merBatchno,
        "mer_orderId" to merOrderId,
        "contract_no" to contractNo,
        "contract_date" to contractDate,
        "business_code" to businessCode,
        "val_pattern" to valPattern,
        "currency" to currency,
        "Damount" to damount,
        "order_sub_type" to orderSubType,
        "logistics_no" to logisticsNo,
    )

    override fun toString(): String = "B2bOuterOrder(" +
        "merBatchno=" + Wire.redacted(merBatchno) + ", " +
        "merOrderId=" + Wire.redacted(merOrderId) + ", " +
        "contractNo=" + Wire.redacted(contractNo) + ", " +
        "contractDate=" + Wire.redacted(contractDate) + ", " +
        "businessCode=" + Wire.redacted(businessCode) + ", " +
        "valPattern=" + Wire.redacted(valPattern) + ", " +
        "currency=" + currency + ", " +
        "damount=" + Wire.redacted(damount) + ", " +
        "orderSubType=" + Wire.redacted(orderSubType) + ", " +
        "logisticsNo=" + Wire.redacted(logisticsNo) +
        ")"

    companion object {
        /** Reads the core's JSON of a `B2bOuterOrder`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): B2bOuterOrder {
            val m = Wire.members(value, path)
            return B2bOuterOrder(
                merBatchno = Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
                merOrderId = Wire.text(m["mer_orderId"], Wire.at(path, "mer_orderId")),
                contractNo = Wire.text(m["contract_no"], Wire.at(path, "contract_no")),
                contractDate = Wire.text(m["contract_date"], Wire.at(path, "contract_date")),
                businessCode = Wire.text(m["business_code"], Wire.at(path, "business_code")),
                valPattern = Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                damount = Wire.text(m["Damount"], Wire.at(path, "Damount")),
                orderSubType = Wire.text(m["order_sub_type"], Wire.at(path, "order_sub_type")),
                logisticsNo = Wire.text(m["logistics_no"], Wire.at(path, "logistics_no")),
            )
        }
    }
}

/**
 * A bank in the merchant's contract, or a card-BIN answer.
 *
 * The core's `Bank` (schema `models.Bank`).
 */
data class Bank(
    /** English full name. Wire name `name`. */
    val name: String? = null,
    /** Chinese name. Wire name `name_zh`. */
    val nameZh: String? = null,
    /** Bank code (API.md §4.2). Wire name `code`. */
    val code: String? = null,
    /** Logo URL (examples use `"baidu"` and `""`). Wire name `logo_url`. */
    val logoUrl: String? = null,
    /** `CREDIT_CARD`, `DEBIT_CARD` (the key is `type` in 003). Wire name `types`. */
    val types: List<String>? = null,
    /** `Y`/`N`: whether the card is supported (card BIN only). Wire name `is_support`. */
    val isSupport: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "name" to name,
        "name_zh" to nameZh,
        "code" to code,
        "logo_url" to logoUrl,
        "types" to types,
        "is_support" to isSupport,
    )

    override fun toString(): String = "Bank(" +
        "name=" + Wire.redacted(name) + ", " +
        "nameZh=" + Wire.redacted(nameZh) + ", " +
        "code=" + Wire.redacted(code) + ", " +
        "logoUrl=" + Wire.redacted(logoUrl) + ", " +
        "types=" + Wire.redacted(types) + ", " +
        "isSupport=" + Wire.redacted(isSupport) +
        ")"

    companion object {
        /** Reads the core's JSON of a `Bank`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Bank {
            val m = Wire.members(value, path)
            return Bank(
                name = Wire.text(m["name"], Wire.at(path, "name")),
                nameZh = Wire.text(m["name_zh"], Wire.at(path, "name_zh")),
                code = Wire.text(m["code"], Wire.at(path, "code")),
                logoUrl = Wire.text(m["logo_url"], Wire.at(path, "logo_url")),
                types = Wire.list(m["types"], Wire.at(path, "types"))?.mapIndexed { i, e -> Wire.need(Wire.text(e, Wire.at(path, "types") + "[$i]"), Wire.at(path, "types") + "[$i]") },
                isSupport = Wire.text(m["is_support"], Wire.at(path, "is_support")),
            )
        }
    }
}

/**
 * Card pay elements (004:L4640). Five fields are encrypted with the UMF key.
 *
 * The core's `BankCard` (schema `models.BankCard`).
 */
data class BankCard(
    /** Card number (encrypted). Wire name `number`. */
    val number: String? = null,
    /** Expiry `YYMM`, credit cards (encrypted). Wire name `valid_date`. */
    val validDate: String? = null,
    /** CVV2, credit cards (encrypted). Wire name `cvv2`. */
    val cvv2: String? = null,
    /** Card-holder name (encrypted). Wire name `payer_name`. */
    val payerName: String? = null,
    /** Phone registered with the issuer; the SMS goes there. Wire name `phone`. */
    val phone: String? = null,
    /** `IDENTITY_CARD` (`"1"` in older examples). Wire name `citizen_id_type`. */
    val citizenIdType: String? = null,
    /** Chinese ID number (encrypted). Wire name `citizen_id_number`. */
    val citizenIdNumber: String? = null,
    /** The SMS code, 4-8 digits (execute only). Wire name `verify_code`. */
    val verifyCode: String? = null,
    /** The merchant's customer id; in 003's examples only (003:L335, API.md §3). Wire name `mer_cust_id`. */
    val merCustId: String? = null,
    /** The customer's id in the merchant's system; in 003's examples only (003:L448). Wire name `external_customer_id`. */
    val externalCustomerId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "number" to number,
        "valid_date" to validDate,
        "cvv2" to cvv2,
        "payer_name" to payerName,
        "phone" to phone,
        "citizen_id_type" to citizenIdType,
        "citizen_id_number" to citizenIdNumber,
        "verify_code" to verifyCode,
        "mer_cust_id" to merCustId,
        "external_customer_id" to externalCustomerId,
    )

    override fun toString(): String = "BankCard(" +
        "number=" + Wire.redacted(number) + ", " +
        "validDate=" + Wire.redacted(validDate) + ", " +
        "cvv2=" + Wire.redacted(cvv2) + ", " +
        "payerName=" + Wire.redacted(payerName) + ", " +
        "phone=" + Wire.redacted(phone) + ", " +
        "citizenIdType=" + Wire.redacted(citizenIdType) + ", " +
        "citizenIdNumber=" + Wire.redacted(citizenIdNumber) + ", " +
        "verifyCode=" + Wire.redacted(verifyCode) + ", " +
        "merCustId=" + Wire.redacted(merCustId) + ", " +
        "externalCustomerId=" + Wire.redacted(externalCustomerId) +
        ")"

    companion object {
        /** Reads the core's JSON of a `BankCard`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): BankCard {
            val m = Wire.members(value, path)
            return BankCard(
                number = Wire.text(m["number"], Wire.at(path, "number")),
                validDate = Wire.text(m["valid_date"], Wire.at(path, "valid_date")),
                cvv2 = Wire.text(m["cvv2"], Wire.at(path, "cvv2")),
                payerName = Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
                phone = Wire.text(m["phone"], Wire.at(path, "phone")),
                citizenIdType = Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
                citizenIdNumber = Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
                verifyCode = Wire.text(m["verify_code"], Wire.at(path, "verify_code")),
                merCustId = Wire.text(m["mer_cust_id"], Wire.at(path, "mer_cust_id")),
                externalCustomerId = Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
            )
        }
    }
}

/**
 * Banks (a one-element list for card BIN, where UMF sends one object).
 *
 * The core's `BanksResult` (schema `models.BanksResult`).
 */
data class BanksResult(
    /** The banks. Wire name `banks`; required. */
    val banks: List<Bank>,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "banks" to banks,
    )

    override fun toString(): String = "BanksResult(" +
        "banks=" + banks +
        ")"

    companion object {
        /** Reads the core's JSON of a `BanksResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): BanksResult {
            val m = Wire.members(value, path)
            return BanksResult(
                banks = Wire.need(Wire.list(m["banks"], Wire.at(path, "banks"))?.mapIndexed { i, e -> Wire.need(e?.let { Bank.fromJson(it, Wire.at(path, "banks") + "[$i]") }, Wire.at(path, "banks") + "[$i]") }, Wire.at(path, "banks")),
            )
        }
    }
}

/**
 * Card-binding request and response (004:L4128-4217): pay elements and the customer.
 *
 * The core's `CardBinding` (schema `models.CardBinding`).
 */
data class CardBinding(
    /** `bank_card` (and, after confirmation, `payer_agreement`). Wire name `payer_info`. */
    val payerInfo: PayerInfo? = null,
    /** The customer's id in the merchant's system. Wire name `external_customer_id`. */
    val externalCustomerId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payer_info" to payerInfo,
        "external_customer_id" to externalCustomerId,
    )

    override fun toString(): String = "CardBinding(" +
        "payerInfo=" + payerInfo + ", " +
        "externalCustomerId=" + Wire.redacted(externalCustomerId) +
        ")"

    companion object {
        /** Reads the core's JSON of a `CardBinding`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CardBinding {
            val m = Wire.members(value, path)
            return CardBinding(
                payerInfo = m["payer_info"]?.let { PayerInfo.fromJson(it, Wire.at(path, "payer_info")) },
                externalCustomerId = Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
            )
        }
    }
}

/**
 * A CIQ (inspection) declaration; the response key is `ciq_declarations` (004:L4963).
 *
 * The core's `CiqDeclaration` (schema `models.CiqDeclaration`).
 */
data class CiqDeclaration(
    /** `CIQ_…`. Wire name `id`. */
    val id: String? = null,
    /** `{mer_sub_reference_id, sub_ciq_trace}`. Wire name `sub_order`. */
    val subOrder: SubOrder? = null,
    /** `yyyymmdd`. Wire name `mer_date`. */
    val merDate: String? = null,
    /** CIQ channel (`GJHP`, `GJNS`). Wire name `ciq_code`. */
    val ciqCode: String? = null,
    /** The platform's account at CIQ, 4-60. Wire name `plat_supplier_no`. */
    val platSupplierNo: String? = null,
    /** `yyyymmdd`. Wire name `ciq_clearance_date`. */
    val ciqClearanceDate: String? = null,
    /** Declaration state. Wire name `state`. */
    val state: DeclarationState? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "id" to id,
        "sub_order" to subOrder,
        "mer_date" to merDate,
        "ciq_code" to ciqCode,
        "plat_supplier_no" to platSupplierNo,
        "ciq_clearance_date" to ciqClearanceDate,
        "state" to state,
    )

    override fun toString(): String = "CiqDeclaration(" +
        "id=" + id + ", " +
        "subOrder=" + subOrder + ", " +
        "merDate=" + Wire.redacted(merDate) + ", " +
        "ciqCode=" + Wire.redacted(ciqCode) + ", " +
        "platSupplierNo=" + Wire.redacted(platSupplierNo) + ", " +
        "ciqClearanceDate=" + Wire.redacted(ciqClearanceDate) + ", " +
        "state=" + state +
        ")"

    companion object {
        /** Reads the core's JSON of a `CiqDeclaration`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CiqDeclaration {
            val m = Wire.members(value, path)
            return CiqDeclaration(
                id = Wire.text(m["id"], Wire.at(path, "id")),
                subOrder = m["sub_order"]?.let { SubOrder.fromJson(it, Wire.at(path, "sub_order")) },
                merDate = Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
                ciqCode = Wire.text(m["ciq_code"], Wire.at(path, "ciq_code")),
                platSupplierNo = Wire.text(m["plat_supplier_no"], Wire.at(path, "plat_supplier_no")),
                ciqClearanceDate = Wire.text(m["ciq_clearance_date"], Wire.at(path, "ciq_clearance_date")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { DeclarationState.of(it) },
            )
        }
    }
}

/**
 * CIQ declarations.
 *
 * The core's `CiqDeclarationsResult` (schema `models.CiqDeclarationsResult`).
 */
data class CiqDeclarationsResult(
    /** The declarations. Wire name `ciq_declarations`; required. */
    val ciqDeclarations: List<CiqDeclaration>,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "ciq_declarations" to ciqDeclarations,
    )

    override fun toString(): String = "CiqDeclarationsResult(" +
        "ciqDeclarations=" + ciqDeclarations +
        ")"

    companion object {
        /** Reads the core's JSON of a `CiqDeclarationsResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CiqDeclarationsResult {
            val m = Wire.members(value, path)
            return CiqDeclarationsResult(
                ciqDeclarations = Wire.need(Wire.list(m["ciq_declarations"], Wire.at(path, "ciq_declarations"))?.mapIndexed { i, e -> Wire.need(e?.let { CiqDeclaration.fromJson(it, Wire.at(path, "ciq_declarations") + "[$i]") }, Wire.at(path, "ciq_declarations") + "[$i]") }, Wire.at(path, "ciq_declarations")),
            )
        }
    }
}

/**
 * Remittance confirmation (004:L5079).
 *
 * The core's `ConfirmPayment` (schema `models.ConfirmPayment`).
 */
data class ConfirmPayment(
    /** Batch number. Wire name `mer_batchno`. */
    val merBatchno: String? = null,
    /** Payee account (encrypted). Wire name `payee_account`. */
    val payeeAccount: String? = null,
    /** Valuation. Wire name `val_pattern`. */
    val valPattern: String? = null,
    /** Currency. Wire name `currency`. */
    val currency: String? = null,
    /** Amount in yuan (wire key `Oamount`). Wire name `Oamount`. */
    val oamount: String? = null,
    /** Postscript, at most 64. Wire name `remit_information`. */
    val remitInformation: String? = null,
    /** `FULL_AMOUNT` / `UN_FULL_AMOUNT`. Wire name `cost_way`. */
    val costWay: String? = null,
    /** A trans_code. Wire name `business_code`. */
    val businessCode: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_batchno" to merBatchno,
        "payee_account" to payeeAccount,
        "val_pattern" to valPattern,
        "currency" to currency,
        "Oamount" to oamount,
        "remit_information" to remitInformation,
        "cost_way" to costWay,
        "business_code" to businessCode,
    )

    override fun toString(): String = "ConfirmPayment(" +
        "merBatchno=" + Wire.redacted(merBatchno) + ", " +
        "payeeAccount=" + Wire.redacted(payeeAccount) + ", " +
        "valPattern=" + Wire.redacted(valPattern) + ", " +
        "currency=" + currency + ", " +
        "oamount=" + Wire.redacted(oamount) + ", " +
        "remitInformation=" + Wire.redacted(remitInformation) + ", " +
        "costWay=" + Wire.redacted(costWay) + ", " +
        "businessCode=" + Wire.redacted(businessCode) +
        ")"

    companion object {
        /** Reads the core's JSON of a `ConfirmPayment`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): ConfirmPayment {
            val m = Wire.members(value, path)
            return ConfirmPayment(
                merBatchno = Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
                payeeAccount = Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
                valPattern = Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                oamount = Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
                remitInformation = Wire.text(m["remit_information"], Wire.at(path, "remit_information")),
                costWay = Wire.text(m["cost_way"], Wire.at(path, "cost_way")),
                businessCode = Wire.text(m["business_code"], Wire.at(path, "business_code")),
            )
        }
    }
}

/**
 * `create_payment` (004 §3.5).
 *
 * The core's `CreatePaymentRequest` (schema `models.CreatePaymentRequest`).
 */
data class CreatePaymentRequest(
    /** Who pays, and how. Wire name `payer`. */
    val payer: Payer? = null,
    /** What is paid for. Wire name `order`. */
    val order: Order? = null,
    /** Where UMF posts the result. Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** Where UMF's cashier page returns the browser. Wire name `ret_url`. */
    val retUrl: String? = null,
    /** Risk data. Wire name `risk_info`. */
    val riskInfo: RiskInfo? = null,
    /** `Y`/`N` (004:L2388). Wire name `subMchId_flag`. */
    val subMchIdFlag: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payer" to payer,
        "order" to order,
        "notify_url" to notifyUrl,
        "ret_url" to retUrl,
        "risk_info" to riskInfo,
        "subMchId_flag" to subMchIdFlag,
    )

    override fun toString(): String = "CreatePaymentRequest(" +
        "payer=" + payer + ", " +
        "order=" + order + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "retUrl=" + Wire.redacted(retUrl) + ", " +
        "riskInfo=" + riskInfo + ", " +
        "subMchIdFlag=" + Wire.redacted(subMchIdFlag) +
        ")"

    companion object {
        /** Reads the core's JSON of a `CreatePaymentRequest`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CreatePaymentRequest {
            val m = Wire.members(value, path)
            return CreatePaymentRequest(
                payer = m["payer"]?.let { Payer.fromJson(it, Wire.at(path, "payer")) },
                order = m["order"]?.let { Order.fromJson(it, Wire.at(path, "order")) },
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                retUrl = Wire.text(m["ret_url"], Wire.at(path, "ret_url")),
                riskInfo = m["risk_info"]?.let { RiskInfo.fromJson(it, Wire.at(path, "risk_info")) },
                subMchIdFlag = Wire.text(m["subMchId_flag"], Wire.at(path, "subMchId_flag")),
            )
        }
    }
}

/**
 * A customs declaration (004:L4652).
 *
 * The core's `CustomsDeclaration` (schema `models.CustomsDeclaration`).
 */
data class CustomsDeclaration(
    /** `CUST_…`. Wire name `id`. */
    val id: String? = null,
    /** The sub-order declared. Wire name `sub_order`. */
    val subOrder: SubOrder? = null,
    /** Customs channel (API.md §4.3). Wire name `customs_id`. */
    val customsId: String? = null,
    /** The merchant's id at customs, 1-15. Wire name `mer_customs_code`. */
    val merCustomsCode: String? = null,
    /** Freight. Wire name `freight_amount`. */
    val freightAmount: Amount? = null,
    /** Customs tax. Wire name `tax_amount`. */
    val taxAmount: Amount? = null,
    /** Sub-order amount (every example sends it, 004:L3063). Wire name `sub_order_amount`. */
    val subOrderAmount: Amount? = null,
    /** The platform's account at customs, 4-60. Wire name `ec_plat_id`. */
    val ecPlatId: String? = null,
    /** Where UMF posts the declaration result. Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** Declaration state. Wire name `state`. */
    val state: DeclarationState? = null,
    /** `yyyymmdd`. Wire name `customs_clearance_date`. */
    val customsClearanceDate: String? = null,
    /** `UnionPay`, `NetsUnion` or `Others(Express,E-Bank)`. Wire name `verify_department`. */
    val verifyDepartment: String? = null,
    /** Trace at the verifying department. Wire name `verify_department_pay_trace`. */
    val verifyDepartmentPayTrace: String? = null,
    /** `yyyyMMdd` (no-paymentId variants). Wire name `mer_date`. */
    val merDate: String? = null,
    /** Payment trace (customs_query). Wire name `pay_trace`. */
    val payTrace: String? = null,
    /** `TRUE` for an independent declaration. Wire name `is_customs`. */
    val isCustoms: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "id" to id,
        "sub_order" to subOrder,
        "customs_id" to customsId,
        "mer_customs_code" to merCustomsCode,
        "freight_amount" to freightAmount,
        "tax_amount" to taxAmount,
        "sub_order_amount" to subOrderAmount,
        "ec_plat_id" to ecPlatId,
        "notify_url" to notifyUrl,
        "state" to state,
        "customs_clearance_date" to customsClearanceDate,
        "verify_department" to verifyDepartment,
        "verify_department_pay_trace" to verifyDepartmentPayTrace,
        "mer_date" to merDate,
        "pay_trace" to payTrace,
        "is_customs" to isCustoms,
    )

    override fun toString(): String = "CustomsDeclaration(" +
        "id=" + id + ", " +
        "subOrder=" + subOrder + ", " +
        "customsId=" + Wire.redacted(customsId) + ", " +
        "merCustomsCode=" + Wire.redacted(merCustomsCode) + ", " +
        "freightAmount=" + freightAmount + ", " +
        "taxAmount=" + taxAmount + ", " +
        "subOrderAmount=" + subOrderAmount + ", " +
        "ecPlatId=" + Wire.redacted(ecPlatId) + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "state=" + state + ", " +
        "customsClearanceDate=" + Wire.redacted(customsClearanceDate) + ", " +
        "verifyDepartment=" + Wire.redacted(verifyDepartment) + ", " +
        "verifyDepartmentPayTrace=" + Wire.redacted(verifyDepartmentPayTrace) + ", " +
        "merDate=" + Wire.redacted(merDate) + ", " +
        "payTrace=" + Wire.redacted(payTrace) + ", " +
        "isCustoms=" + Wire.redacted(isCustoms) +
        ")"

    companion object {
        /** Reads the core's JSON of a `CustomsDeclaration`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CustomsDeclaration {
            val m = Wire.members(value, path)
            return CustomsDeclaration(
                id = Wire.text(m["id"], Wire.at(path, "id")),
                subOrder = m["sub_order"]?.let { SubOrder.fromJson(it, Wire.at(path, "sub_order")) },
                customsId = Wire.text(m["customs_id"], Wire.at(path, "customs_id")),
                merCustomsCode = Wire.text(m["mer_customs_code"], Wire.at(path, "mer_customs_code")),
                freightAmount = m["freight_amount"]?.let { Amount.fromJson(it, Wire.at(path, "freight_amount")) },
                taxAmount = m["tax_amount"]?.let { Amount.fromJson(it, Wire.at(path, "tax_amount")) },
                subOrderAmount = m["sub_order_amount"]?.let { Amount.fromJson(it, Wire.at(path, "sub_order_amount")) },
                ecPlatId = Wire.text(m["ec_plat_id"], Wire.at(path, "ec_plat_id")),
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { DeclarationState.of(it) },
                customsClearanceDate = Wire.text(m["customs_clearance_date"], Wire.at(path, "customs_clearance_date")),
                verifyDepartment = Wire.text(m["verify_department"], Wire.at(path, "verify_department")),
                verifyDepartmentPayTrace = Wire.text(m["verify_department_pay_trace"], Wire.at(path, "verify_department_pay_trace")),
                merDate = Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
                payTrace = Wire.text(m["pay_trace"], Wire.at(path, "pay_trace")),
                isCustoms = Wire.text(m["is_customs"], Wire.at(path, "is_customs")),
            )
        }
    }
}

/**
 * Customs declarations (a one-element list where UMF sent one object).
 *
 * The core's `CustomsDeclarationsResult` (schema `models.CustomsDeclarationsResult`).
 */
data class CustomsDeclarationsResult(
    /** The declarations. Wire name `customs_declarations`; required. */
    val customsDeclarations: List<CustomsDeclaration>,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "customs_declarations" to customsDeclarations,
    )

    override fun toString(): String = "CustomsDeclarationsResult(" +
        "customsDeclarations=" + customsDeclarations +
        ")"

    companion object {
        /** Reads the core's JSON of a `CustomsDeclarationsResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): CustomsDeclarationsResult {
            val m = Wire.members(value, path)
            return CustomsDeclarationsResult(
                customsDeclarations = Wire.need(Wire.list(m["customs_declarations"], Wire.at(path, "customs_declarations"))?.mapIndexed { i, e -> Wire.need(e?.let { CustomsDeclaration.fromJson(it, Wire.at(path, "customs_declarations") + "[$i]") }, Wire.at(path, "customs_declarations") + "[$i]") }, Wire.at(path, "customs_declarations")),
            )
        }
    }
}

/**
 * Re-push a declaration to customs or CIQ (004:L4671).
 *
 * The core's `DeclareAgain` (schema `models.DeclareAgain`).
 */
data class DeclareAgain(
    /** `0` customs, `1` CIQ. Wire name `declare_type`. */
    val declareType: String? = null,
    /** The order, 4-32. Wire name `mer_reference_id`. */
    val merReferenceId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "declare_type" to declareType,
        "mer_reference_id" to merReferenceId,
    )

    override fun toString(): String = "DeclareAgain(" +
        "declareType=" + Wire.redacted(declareType) + ", " +
        "merReferenceId=" + merReferenceId +
        ")"

    companion object {
        /** Reads the core's JSON of a `DeclareAgain`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): DeclareAgain {
            val m = Wire.members(value, path)
            return DeclareAgain(
                declareType = Wire.text(m["declare_type"], Wire.at(path, "declare_type")),
                merReferenceId = Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
            )
        }
    }
}

/**
 * An empty body (`declare_again`, API.md Q12).
 *
 * The core's `Empty` (schema `models.Empty`).
 */
class Empty(
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
    )

    override fun toString(): String = "Empty(" +
        "" +
        ")"

    companion object {
        /** Reads the core's JSON of a `Empty`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Empty {
            val m = Wire.members(value, path)
            return Empty(
            )
        }
    }
}

/**
 * An enterprise qualification (004:L4681).
 *
 * The core's `EnterpriseQualification` (schema `models.EnterpriseQualification`).
 */
data class EnterpriseQualification(
    /** `EQ_…` (response). Wire name `id`. */
    val id: String? = null,
    /** The enterprise's id in the merchant system, 1-16. Wire name `external_enterprise_id`. */
    val externalEnterpriseId: String? = null,
    /** 1-256. Wire name `enterprise_name`. */
    val enterpriseName: String? = null,
    /** A Chinese phone number. Wire name `enterprise_phone`. */
    val enterprisePhone: String? = null,
    /** E-mail. Wire name `enterprise_email`. */
    val enterpriseEmail: String? = null,
    /** Contact name. Wire name `enterprise_contact`. */
    val enterpriseContact: String? = null,
    /** `A`, `OTHERS`, `UNKNOWN` (response). Wire name `rank`. */
    val rank: String? = null,
    /** `SJHG` or `GFHG`. Wire name `busi_type`. */
    val busiType: String? = null,
    /** Unified social credit code, 8-18. Wire name `enterprise_code`. */
    val enterpriseCode: String? = null,
    /** `ENABLE` / `DISABLE` (response). Wire name `enterprise_status`. */
    val enterpriseStatus: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "id" to id,
        "external_enterprise_id" to externalEnterpriseId,
        "enterprise_name" to enterpriseName,
        "enterprise_phone" to enterprisePhone,
        "enterprise_email" to enterpriseEmail,
        "enterprise_contact" to enterpriseContact,
        "rank" to rank,
        "busi_type" to busiType,
        "enterprise_code" to enterpriseCode,
        "enterprise_status" to enterpriseStatus,
    )

    override fun toString(): String = "EnterpriseQualification(" +
        "id=" + id + ", " +
        "externalEnterpriseId=" + Wire.redacted(externalEnterpriseId) + ", " +
        "enterpriseName=" + Wire.redacted(enterpriseName) + ", " +
        "enterprisePhone=" + Wire.redacted(enterprisePhone) + ", " +
        "enterpriseEmail=" + Wire.redacted(enterpriseEmail) + ", " +
        "enterpriseContact=" + Wire.redacted(enterpriseContact) + ", " +
        "rank=" + Wire.redacted(rank) + ", " +
        "busiType=" + Wire.redacted(busiType) + ", " +
        "enterpriseCode=" + Wire.redacted(enterpriseCode) + ", " +
        "enterpriseStatus=" + Wire.redacted(enterpriseStatus) +
        ")"

    companion object {
        /** Reads the core's JSON of a `EnterpriseQualification`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): EnterpriseQualification {
            val m = Wire.members(value, path)
            return EnterpriseQualification(
                id = Wire.text(m["id"], Wire.at(path, "id")),
                externalEnterpriseId = Wire.text(m["external_enterprise_id"], Wire.at(path, "external_enterprise_id")),
                enterpriseName = Wire.text(m["enterprise_name"], Wire.at(path, "enterprise_name")),
                enterprisePhone = Wire.text(m["enterprise_phone"], Wire.at(path, "enterprise_phone")),
                enterpriseEmail = Wire.text(m["enterprise_email"], Wire.at(path, "enterprise_email")),
                enterpriseContact = Wire.text(m["enterprise_contact"], Wire.at(path, "enterprise_contact")),
                rank = Wire.text(m["rank"], Wire.at(path, "rank")),
                busiType = Wire.text(m["busi_type"], Wire.at(path, "busi_type")),
                enterpriseCode = Wire.text(m["enterprise_code"], Wire.at(path, "enterprise_code")),
                enterpriseStatus = Wire.text(m["enterprise_status"], Wire.at(path, "enterprise_status")),
            )
        }
    }
}

/**
 * The `create_enterprise_qualification` request body.
 *
 * The core's `EnterpriseQualificationRequest` (schema `models.EnterpriseQualificationRequest`).
 */
data class EnterpriseQualificationRequest(
    /** The enterprise. Wire name `enterprise_qualification`. */
    val enterpriseQualification: EnterpriseQualification? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "enterprise_qualification" to enterpriseQualification,
    )

    override fun toString(): String = "EnterpriseQualificationRequest(" +
        "enterpriseQualification=" + enterpriseQualification +
        ")"

    companion object {
        /** Reads the core's JSON of a `EnterpriseQualificationRequest`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): EnterpriseQualificationRequest {
            val m = Wire.members(value, path)
            return EnterpriseQualificationRequest(
                enterpriseQualification = m["enterprise_qualification"]?.let { EnterpriseQualification.fromJson(it, Wire.at(path, "enterprise_qualification")) },
            )
        }
    }
}

/**
 * An exchange rate (004:L4676).
 *
 * The core's `ExchangeRate` (schema `models.ExchangeRate`).
 */
data class ExchangeRate(
    /** ISO-4217 currency. Wire name `currency`. */
    val currency: String? = null,
    /** CNY for one unit of the currency; up to 18 digits with 8 decimals. Wire name `rate`. */
    val rate: BigDecimal? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "currency" to currency,
        "rate" to rate,
    )

    override fun toString(): String = "ExchangeRate(" +
        "currency=" + currency + ", " +
        "rate=" + rate +
        ")"

    companion object {
        /** Reads the core's JSON of a `ExchangeRate`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): ExchangeRate {
            val m = Wire.members(value, path)
            return ExchangeRate(
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                rate = Wire.decimal(m["rate"], Wire.at(path, "rate")),
            )
        }
    }
}

/**
 * Exchange rates.
 *
 * The core's `ExchangeRatesResult` (schema `models.ExchangeRatesResult`).
 */
data class ExchangeRatesResult(
    /** One per currency. Wire name `exchange_rates`; required. */
    val exchangeRates: List<ExchangeRate>,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "exchange_rates" to exchangeRates,
    )

    override fun toString(): String = "ExchangeRatesResult(" +
        "exchangeRates=" + exchangeRates +
        ")"

    companion object {
        /** Reads the core's JSON of a `ExchangeRatesResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): ExchangeRatesResult {
            val m = Wire.members(value, path)
            return ExchangeRatesResult(
                exchangeRates = Wire.need(Wire.list(m["exchange_rates"], Wire.at(path, "exchange_rates"))?.mapIndexed { i, e -> Wire.need(e?.let { ExchangeRate.fromJson(it, Wire.at(path, "exchange_rates") + "[$i]") }, Wire.at(path, "exchange_rates") + "[$i]") }, Wire.at(path, "exchange_rates")),
            )
        }
    }
}

/**
 * An item (004:L4696).
 *
 * The core's `Item` (schema `models.Item`).
 */
data class Item(
    /** 1-32. Wire name `mer_item_id`. */
    val merItemId: String? = null,
    /** `CLOTHING`, `FOOD`, ... (the wire key is `type`). Wire name `type`. */
    val type: String? = null,
    /** 1-256. Wire name `name`. */
    val name: String? = null,
    /** 1-64. Wire name `description`. */
    val description: String? = null,
    /** Line total in practice (API.md Q10). Wire name `amount`. */
    val amount: Amount? = null,
    /** At most 2 characters (`item_quantity` in older documents). Wire name `quantity`. */
    val quantity: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_item_id" to merItemId,
        "type" to type,
        "name" to name,
        "description" to description,
        "amount" to amount,
        "quantity" to quantity,
    )

    override fun toString(): String = "Item(" +
        "merItemId=" + Wire.redacted(merItemId) + ", " +
        "type=" + Wire.redacted(type) + ", " +
        "name=" + Wire.redacted(name) + ", " +
        "description=" + Wire.redacted(description) + ", " +
        "amount=" + amount + ", " +
        "quantity=" + Wire.redacted(quantity) +
        ")"

    companion object {
        /** Reads the core's JSON of a `Item`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Item {
            val m = Wire.members(value, path)
            return Item(
                merItemId = Wire.text(m["mer_item_id"], Wire.at(path, "mer_item_id")),
                type = Wire.text(m["type"], Wire.at(path, "type")),
                name = Wire.text(m["name"], Wire.at(path, "name")),
                description = Wire.text(m["description"], Wire.at(path, "description")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                quantity = Wire.text(m["quantity"], Wire.at(path, "quantity")),
            )
        }
    }
}

/**
 * The order (004:L4720).
 *
 * The core's `Order` (schema `models.Order`).
 */
data class Order(
    /** Order total. Wire name `amount`. */
    val amount: Amount? = null,
    /** Minutes in requests; a date-time, an echo or empty in responses (K09). Wire name `expire_time`. */
    val expireTime: String? = null,
    /** The merchant's order id, 4-32; paid at most once. Wire name `mer_reference_id`. */
    val merReferenceId: String? = null,
    /** `YYYYMMDD`. Wire name `mer_date`. */
    val merDate: String? = null,
    /** 1-32. Wire name `order_summary`. */
    val orderSummary: String? = null,
    /** Sub-merchant id. Wire name `sub_mer_id`. */
    val subMerId: String? = null,
    /** One goods type per sub-order. Wire name `sub_orders`. */
    val subOrders: List<SubOrder>? = null,
    /** The customer's IP. Wire name `user_ip`. */
    val userIp: String? = null,
    /** `Y`/`N`: whether to verify by SMS. Wire name `if_sms`. */
    val ifSms: String? = null,
    /** Tuition: school city. Wire name `school_locate_city`. */
    val schoolLocateCity: String? = null,
    /** Tuition: school name. Wire name `school_name`. */
    val schoolName: String? = null,
    /** Tuition: student name (encrypted). Wire name `student_name`. */
    val studentName: String? = null,
    /** Tuition: admission letter or student id. Wire name `student_id`. */
    val studentId: String? = null,
    /** Tuition: enrolment date. Wire name `enrollment_date`. */
    val enrollmentDate: String? = null,
    /** File name from `upload_file`. Wire name `student_identity_filename`. */
    val studentIdentityFilename: String? = null,
    /** File name from `upload_file`. Wire name `student_id_filename`. */
    val studentIdFilename: String? = null,
    /** File name from `upload_file`. Wire name `tuition_pay_filename`. */
    val tuitionPayFilename: String? = null,
    /** Merchant's private data (notifications). Wire name `mer_priv`. */
    val merPriv: String? = null,
    /** Who verified the payer (notifications). Wire name `verify_department`. */
    val verifyDepartment: String? = null,
    /** Trace at the verifying department. Wire name `verify_department_pay_trace`. */
    val verifyDepartmentPayTrace: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "amount" to amount,
        "expire_time" to expireTime,
        "mer_reference_id" to merReferenceId,
        "mer_date" to merDate,
        "order_summary" to orderSummary,
        "sub_mer_id" to subMerId,
        "sub_orders" to subOrders,
        "user_ip" to userIp,
        "if_sms" to ifSms,
        "school_locate_city" to schoolLocateCity,
        "school_name" to schoolName,
        "student_name" to studentName,
        "student_id" to studentId,
        "enrollment_date" to enrollmentDate,
        "student_identity_filename" to studentIdentityFilename,
        "student_id_filename" to studentIdFilename,
        "tuition_pay_filename" to tuitionPayFilename,
        "mer_priv" to merPriv,
        "verify_department" to verifyDepartment,
        "verify_department_pay_trace" to verifyDepartmentPayTrace,
    )

    override fun toString(): String = "Order(" +
        "amount=" + amount + ", " +
        "expireTime=" + Wire.redacted(expireTime) + ", " +
        "merReferenceId=" + merReferenceId + ", " +
        "merDate=" + Wire.redacted(merDate) + ", " +
        "orderSummary=" + Wire.redacted(orderSummary) + ", " +
        "subMerId=" + Wire.redacted(subMerId) + ", " +
        "subOrders=" + subOrders + ", " +
        "userIp=" + Wire.redacted(userIp) + ", " +
        "ifSms=" + Wire.redacted(ifSms) + ", " +
        "schoolLocateCity=" + Wire.redacted(schoolLocateCity) + ", " +
        "schoolName=" + Wire.redacted(schoolName) + ", " +
        "studentName=" + Wire.redacted(studentName) + ", " +
        "studentId=" + Wire.redacted(studentId) + ", " +
        "enrollmentDate=" + Wire.redacted(enrollmentDate) + ", " +
        "studentIdentityFilename=" + Wire.redacted(studentIdentityFilename) + ", " +
        "studentIdFilename=" + Wire.redacted(studentIdFilename) + ", " +
        "tuitionPayFilename=" + Wire.redacted(tuitionPayFilename) + ", " +
        "merPriv=" + Wire.redacted(merPriv) + ", " +
        "verifyDepartment=" + Wire.redacted(verifyDepartment) + ", " +
        "verifyDepartmentPayTrace=" + Wire.redacted(verifyDepartmentPayTrace) +
        ")"

    companion object {
        /** Reads the core's JSON of a `Order`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Order {
            val m = Wire.members(value, path)
            return Order(
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                expireTime = Wire.text(m["expire_time"], Wire.at(path, "expire_time")),
                merReferenceId = Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
                merDate = Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
                orderSummary = Wire.text(m["order_summary"], Wire.at(path, "order_summary")),
                subMerId = Wire.text(m["sub_mer_id"], Wire.at(path, "sub_mer_id")),
                subOrders = Wire.list(m["sub_orders"], Wire.at(path, "sub_orders"))?.mapIndexed { i, e -> Wire.need(e?.let { SubOrder.fromJson(it, Wire.at(path, "sub_orders") + "[$i]") }, Wire.at(path, "sub_orders") + "[$i]") },
                userIp = Wire.text(m["user_ip"], Wire.at(path, "user_ip")),
                ifSms = Wire.text(m["if_sms"], Wire.at(path, "if_sms")),
                schoolLocateCity = Wire.text(m["school_locate_city"], Wire.at(path, "school_locate_city")),
                schoolName = Wire.text(m["school_name"], Wire.at(path, "school_name")),
                studentName = Wire.text(m["student_name"], Wire.at(path, "student_name")),
                studentId = Wire.text(m["student_id"], Wire.at(path, "student_id")),
                enrollmentDate = Wire.text(m["enrollment_date"], Wire.at(path, "enrollment_date")),
                studentIdentityFilename = Wire.text(m["student_identity_filename"], Wire.at(path, "student_identity_filename")),
                studentIdFilename = Wire.text(m["student_id_filename"], Wire.at(path, "student_id_filename")),
                tuitionPayFilename = Wire.text(m["tuition_pay_filename"], Wire.at(path, "tuition_pay_filename")),
                merPriv = Wire.text(m["mer_priv"], Wire.at(path, "mer_priv")),
                verifyDepartment = Wire.text(m["verify_department"], Wire.at(path, "verify_department")),
                verifyDepartmentPayTrace = Wire.text(m["verify_department_pay_trace"], Wire.at(path, "verify_department_pay_trace")),
            )
        }
    }
}

/**
 * Trade detail (004:L5058); every field is required.
 *
 * The core's `OrderItem` (schema `models.OrderItem`).
 */
data class OrderItem(
    /** Batch number, unique, at most 16. Wire name `mer_batchno`. */
    val merBatchno: String? = null,
    /** A trans_code, at most 8. Wire name `business_code`. */
    val businessCode: String? = null,
    /** Currency. Wire name `currency`. */
    val currency: String? = null,
    /** Order id, at most 64 (wire key `mer_orderId`). Wire name `mer_orderId`. */
    val merOrderId: String? = null,
    /** Goods type. Wire name `goods_type`. */
    val goodsType: String? = null,
    /** Goods name. Wire name `goods_name`. */
    val goodsName: String? = null,
    /** Unit price in yuan (wire key `goods_unitPrice`). Wire name `goods_unitPrice`. */
    val goodsUnitPrice: String? = null,
    /** Quantity. Wire name `goods_sum`. */
    val goodsSum: String? = null,
    /** Unit price × quantity, in yuan (wire key `Damount`). Wire name `Damount`. */
    val damount: String? = null,
    /** Payer name (encrypted). Wire name `payer_name`. */
    val payerName: String? = null,
    /** 18-digit ID (encrypted; wire key `payer_IDCard`). Wire name `payer_IDCard`. */
    val payerIDCard: String? = null,
    /** Payer phone. Wire name `payer_phone`. */
    val payerPhone: String? = null,
    /** `yyyy-MM-dd HH:mm:ss`, different from `pay_time`. Wire name `order_time`. */
    val orderTime: String? = null,
    /** `yyyy-MM-dd HH:mm:ss`. Wire name `pay_time`. */
    val payTime: String? = null,
    /** Logistics number. Wire name `logistics_no`. */
    val logisticsNo: String? = null,
    /** `CNY_VALUATION` or `FOREIGN_VALUATION`. Wire name `val_pattern`. */
    val valPattern: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_batchno" to merBatchno,
        "business_code" to businessCode,
        "currency" to currency,
        "mer_orderId" to merOrderId,
        "goods_type" to goodsType,
        "goods_name" to goodsName,
        "goods_unitPrice" to goodsUnitPrice,
        "goods_sum" to goodsSum,
        "Damount" to damount,
        "payer_name" to payerName,
        "payer_IDCard" to payerIDCard,
        "payer_phone" to payerPhone,
        "order_time" to orderTime,
        "pay_time" to payTime,
        "logistics_no" to logisticsNo,
        "val_pattern" to valPattern,
    )

    override fun toString(): String = "OrderItem(" +
        "merBatchno=" + Wire.redacted(merBatchno) + ", " +
        "businessCode=" + Wire.redacted(businessCode) + ", " +
        "currency=" + currency + ", " +
        "merOrderId=" + Wire.redacted(merOrderId) + ", " +
        "goodsType=" + Wire.redacted(goodsType) + ", " +
        "goodsName=" + Wire.redacted(goodsName) + ", " +
        "goodsUnitPrice=" + Wire.redacted(goodsUnitPrice) + ", " +
        "goodsSum=" + Wire.redacted(goodsSum) + ", " +
        "damount=" + Wire.redacted(damount) + ", " +
        "payerName=" + Wire.redacted(payerName) + ", " +
        "payerIDCard=" + Wire.redacted(payerIDCard) + ", " +
        "payerPhone=" + Wire.redacted(payerPhone) + ", " +
        "orderTime=" + Wire.redacted(orderTime) + ", " +
        "payTime=" + Wire.redacted(payTime) + ", " +
        "logisticsNo=" + Wire.redacted(logisticsNo) + ", " +
        "valPattern=" + Wire.redacted(valPattern) +
        ")"

    companion object {
        /** Reads the core's JSON of a `OrderItem`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): OrderItem {
            val m = Wire.members(value, path)
            return OrderItem(
                merBatchno = Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
                businessCode = Wire.text(m["business_code"], Wire.at(path, "business_code")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                merOrderId = Wire.text(m["mer_orderId"], Wire.at(path, "mer_orderId")),
                goodsType = Wire.text(m["goods_type"], Wire.at(path, "goods_type")),
                goodsName = Wire.text(m["goods_name"], Wire.at(path, "goods_name")),
                goodsUnitPrice = Wire.text(m["goods_unitPrice"], Wire.at(path, "goods_unitPrice")),
                goodsSum = Wire.text(m["goods_sum"], Wire.at(path, "goods_sum")),
                damount = Wire.text(m["Damount"], Wire.at(path, "Damount")),
                payerName = Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
                payerIDCard = Wire.text(m["payer_IDCard"], Wire.at(path, "payer_IDCard")),
                payerPhone = Wire.text(m["payer_phone"], Wire.at(path, "payer_phone")),
                orderTime = Wire.text(m["order_time"], Wire.at(path, "order_time")),
                payTime = Wire.text(m["pay_time"], Wire.at(path, "pay_time")),
                logisticsNo = Wire.text(m["logistics_no"], Wire.at(path, "logistics_no")),
                valPattern = Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
            )
        }
    }
}

/**
 * A page of a paginated query (004:L4743). Strings in one example, numbers in another.
 *
 * The core's `Pagination` (schema `models.Pagination`).
 */
data class Pagination(
    /** Total number of records. Wire name `total_count`. */
    val totalCount: Long? = null,
    /** Page number, from 1. Wire name `page_number`. */
    val pageNumber: Long? = null,
    /** Records per page (at most 999; default 500). Wire name `page_size`. */
    val pageSize: Long? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "total_count" to totalCount,
        "page_number" to pageNumber,
        "page_size" to pageSize,
    )

    override fun toString(): String = "Pagination(" +
        "totalCount=" + totalCount + ", " +
        "pageNumber=" + pageNumber + ", " +
        "pageSize=" + pageSize +
        ")"

    companion object {
        /** Reads the core's JSON of a `Pagination`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Pagination {
            val m = Wire.members(value, path)
            return Pagination(
                totalCount = Wire.integer(m["total_count"], Wire.at(path, "total_count")),
                pageNumber = Wire.integer(m["page_number"], Wire.at(path, "page_number")),
                pageSize = Wire.integer(m["page_size"], Wire.at(path, "page_size")),
            )
        }
    }
}

/**
 * Parameters for WeChat's JS-API or native SDK (004:L4784).
 *
 * The core's `PayInfo` (schema `models.PayInfo`).
 */
data class PayInfo(
    /** Official-account app id. Wire name `app_id`. */
    val appId: String? = null,
    /** Unix seconds as a string in the examples. Wire name `time_stamp`. */
    val timeStamp: String? = null,
    /** `MD5`. Wire name `sign_type`. */
    val signType: String? = null,
    /** `prepay_id=…`. Wire name `package`. */
    val `package`: String? = null,
    /** Random string. Wire name `nonce_str`. */
    val nonceStr: String? = null,
    /** WeChat's signature. Wire name `pay_sign`. */
    val paySign: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "app_id" to appId,
        "time_stamp" to timeStamp,
        "sign_type" to signType,
        "package" to `package`,
        "nonce_str" to nonceStr,
        "pay_sign" to paySign,
    )

    override fun toString(): String = "PayInfo(" +
        "appId=" + Wire.redacted(appId) + ", " +
        "timeStamp=" + Wire.redacted(timeStamp) + ", " +
        "signType=" + Wire.redacted(signType) + ", " +
        "package=" + Wire.redacted(`package`) + ", " +
        "nonceStr=" + Wire.redacted(nonceStr) + ", " +
        "paySign=" + Wire.redacted(paySign) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayInfo`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayInfo {
            val m = Wire.members(value, path)
            return PayInfo(
                appId = Wire.text(m["app_id"], Wire.at(path, "app_id")),
                timeStamp = Wire.text(m["time_stamp"], Wire.at(path, "time_stamp")),
                signType = Wire.text(m["sign_type"], Wire.at(path, "sign_type")),
                `package` = Wire.text(m["package"], Wire.at(path, "package")),
                nonceStr = Wire.text(m["nonce_str"], Wire.at(path, "nonce_str")),
                paySign = Wire.text(m["pay_sign"], Wire.at(path, "pay_sign")),
            )
        }
    }
}

/**
 * A tuition or transfer order (004:L5099).
 *
 * The core's `PayOrder` (schema `models.PayOrder`).
 */
data class PayOrder(
    /** Unique order id, 4-32. Wire name `mer_order_id`. */
    val merOrderId: String? = null,
    /** Postscript starting with `USD`, 24-27 characters. Wire name `trade_no`. */
    val tradeNo: String? = null,
    /** Order currency. Wire name `currency`. */
    val currency: String? = null,
    /** Order amount (wire key `Oamount`). Wire name `Oamount`. */
    val oamount: String? = null,
    /** Payer name (encrypted). Wire name `payer_name`. */
    val payerName: String? = null,
    /** Payer ID (encrypted). Wire name `payer_id_card`. */
    val payerIdCard: String? = null,
    /** Phone registered with the bank. Wire name `payer_phone`. */
    val payerPhone: String? = null,
    /** Payment currency. Wire name `pri_currency`. */
    val priCurrency: String? = null,
    /** Payment amount. Wire name `pri_amount`. */
    val priAmount: String? = null,
    /** School name. Wire name `school_name`. */
    val schoolName: String? = null,
    /** School address. Wire name `school_address`. */
    val schoolAddress: String? = null,
    /** School country. Wire name `school_country`. */
    val schoolCountry: String? = null,
    /** Review status. Wire name `oper_status`. */
    val operStatus: String? = null,
    /** Review message. Wire name `oper_msg`. */
    val operMsg: String? = null,
    /** AML status. Wire name `verify_status`. */
    val verifyStatus: String? = null,
    /** Status. Wire name `status`. */
    val status: String? = null,
    /** Top-up status. Wire name `rec_status`. */
    val recStatus: String? = null,
    /** From `upload_payment_files`. Wire name `file_path`. */
    val filePath: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_order_id" to merOrderId,
        "trade_no" to tradeNo,
        "currency" to currency,
        "Oamount" to oamount,
        "payer_name" to payerName,
        "payer_id_card" to payerIdCard,
        "payer_phone" to payerPhone,
        "pri_currency" to priCurrency,
        "pri_amount" to priAmount,
        "school_name" to schoolName,
        "school_address" to schoolAddress,
        "school_country" to schoolCountry,
        "oper_status" to operStatus,
        "oper_msg" to operMsg,
        "verify_status" to verifyStatus,
        "status" to status,
        "rec_status" to recStatus,
        "file_path" to filePath,
    )

    override fun toString(): String = "PayOrder(" +
        "merOrderId=" + Wire.redacted(merOrderId) + ", " +
        "tradeNo=" + Wire.redacted(tradeNo) + ", " +
        "currency=" + currency + ", " +
        "oamount=" + Wire.redacted(oamount) + ", " +
        "payerName=" + Wire.redacted(payerName) + ", " +
        "payerIdCard=" + Wire.redacted(payerIdCard) + ", " +
        "payerPhone=" + Wire.redacted(payerPhone) + ", " +
        "priCurrency=" + Wire.redacted(priCurrency) + ", " +
        "priAmount=" + Wire.redacted(priAmount) + ", " +
        "schoolName=" + Wire.redacted(schoolName) + ", " +
        "schoolAddress=" + Wire.redacted(schoolAddress) + ", " +
        "schoolCountry=" + Wire.redacted(schoolCountry) + ", " +
        "operStatus=" + Wire.redacted(operStatus) + ", " +
        "operMsg=" + Wire.redacted(operMsg) + ", " +
        "verifyStatus=" + Wire.redacted(verifyStatus) + ", " +
        "status=" + Wire.redacted(status) + ", " +
        "recStatus=" + Wire.redacted(recStatus) + ", " +
        "filePath=" + Wire.redacted(filePath) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayOrder`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayOrder {
            val m = Wire.members(value, path)
            return PayOrder(
                merOrderId = Wire.text(m["mer_order_id"], Wire.at(path, "mer_order_id")),
                tradeNo = Wire.text(m["trade_no"], Wire.at(path, "trade_no")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                oamount = Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
                payerName = Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
                payerIdCard = Wire.text(m["payer_id_card"], Wire.at(path, "payer_id_card")),
                payerPhone = Wire.text(m["payer_phone"], Wire.at(path, "payer_phone")),
                priCurrency = Wire.text(m["pri_currency"], Wire.at(path, "pri_currency")),
                priAmount = Wire.text(m["pri_amount"], Wire.at(path, "pri_amount")),
                schoolName = Wire.text(m["school_name"], Wire.at(path, "school_name")),
                schoolAddress = Wire.text(m["school_address"], Wire.at(path, "school_address")),
                schoolCountry = Wire.text(m["school_country"], Wire.at(path, "school_country")),
                operStatus = Wire.text(m["oper_status"], Wire.at(path, "oper_status")),
                operMsg = Wire.text(m["oper_msg"], Wire.at(path, "oper_msg")),
                verifyStatus = Wire.text(m["verify_status"], Wire.at(path, "verify_status")),
                status = Wire.text(m["status"], Wire.at(path, "status")),
                recStatus = Wire.text(m["rec_status"], Wire.at(path, "rec_status")),
                filePath = Wire.text(m["file_path"], Wire.at(path, "file_path")),
            )
        }
    }
}

/**
 * Result of `upload_payment_files` (key `payOrder`).
 *
 * The core's `PayOrderFile` (schema `models.PayOrderFile`).
 */
data class PayOrderFile(
    /** `FILE_PATH_…`. Wire name `file_path`. */
    val filePath: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "file_path" to filePath,
    )

    override fun toString(): String = "PayOrderFile(" +
        "filePath=" + Wire.redacted(filePath) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayOrderFile`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayOrderFile {
            val m = Wire.members(value, path)
            return PayOrderFile(
                filePath = Wire.text(m["file_path"], Wire.at(path, "file_path")),
            )
        }
    }
}

/**
 * Tuition order status (004:L5121).
 *
 * The core's `PayQueryOrder` (schema `models.PayQueryOrder`).
 */
data class PayQueryOrder(
    /** `0`, `1`, `2`. Wire name `rec_status`. */
    val recStatus: String? = null,
    /** The order (note the spelling). Wire name `mer_orderid`. */
    val merOrderid: String? = null,
    /** AML status. Wire name `verify_status`. */
    val verifyStatus: String? = null,
    /** Review status. Wire name `oper_status`. */
    val operStatus: String? = null,
    /** Review message. Wire name `oper_msg`. */
    val operMsg: String? = null,
    /** Fee. Wire name `fee`. */
    val fee: String? = null,
    /** Payment status. Wire name `pay_status`. */
    val payStatus: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "rec_status" to recStatus,
        "mer_orderid" to merOrderid,
        "verify_status" to verifyStatus,
        "oper_status" to operStatus,
        "oper_msg" to operMsg,
        "fee" to fee,
        "pay_status" to payStatus,
    )

    override fun toString(): String = "PayQueryOrder(" +
        "recStatus=" + Wire.redacted(recStatus) + ", " +
        "merOrderid=" + Wire.redacted(merOrderid) + ", " +
        "verifyStatus=" + Wire.redacted(verifyStatus) + ", " +
        "operStatus=" + Wire.redacted(operStatus) + ", " +
        "operMsg=" + Wire.redacted(operMsg) + ", " +
        "fee=" + Wire.redacted(fee) + ", " +
        "payStatus=" + Wire.redacted(payStatus) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayQueryOrder`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayQueryOrder {
            val m = Wire.members(value, path)
            return PayQueryOrder(
                recStatus = Wire.text(m["rec_status"], Wire.at(path, "rec_status")),
                merOrderid = Wire.text(m["mer_orderid"], Wire.at(path, "mer_orderid")),
                verifyStatus = Wire.text(m["verify_status"], Wire.at(path, "verify_status")),
                operStatus = Wire.text(m["oper_status"], Wire.at(path, "oper_status")),
                operMsg = Wire.text(m["oper_msg"], Wire.at(path, "oper_msg")),
                fee = Wire.text(m["fee"], Wire.at(path, "fee")),
                payStatus = Wire.text(m["pay_status"], Wire.at(path, "pay_status")),
            )
        }
    }
}

/**
 * Remittance result (004:L5093).
 *
 * The core's `PayRes` (schema `models.PayRes`).
 */
data class PayRes(
    /** Fee in yuan. Wire name `transfer_fee`. */
    val transferFee: String? = null,
    /** Rate (documented as a fee). Wire name `exchange_rate`. */
    val exchangeRate: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "transfer_fee" to transferFee,
        "exchange_rate" to exchangeRate,
    )

    override fun toString(): String = "PayRes(" +
        "transferFee=" + Wire.redacted(transferFee) + ", " +
        "exchangeRate=" + Wire.redacted(exchangeRate) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayRes`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayRes {
            val m = Wire.members(value, path)
            return PayRes(
                transferFee = Wire.text(m["transfer_fee"], Wire.at(path, "transfer_fee")),
                exchangeRate = Wire.text(m["exchange_rate"], Wire.at(path, "exchange_rate")),
            )
        }
    }
}

/**
 * The payee (004:L5046).
 *
 * The core's `PayeeInfor` (schema `models.PayeeInfor`).
 */
data class PayeeInfor(
    /** Account, at most 32 (encrypted). Wire name `payee_account`. */
    val payeeAccount: String? = null,
    /** Name (encrypted); name plus address at most 130 characters. Wire name `payee_name`. */
    val payeeName: String? = null,
    /** Address (encrypted). Wire name `payee_address`. */
    val payeeAddress: String? = null,
    /** SWIFT, 8 or 11 characters (encrypted). Wire name `payee_swift`. */
    val payeeSwift: String? = null,
    /** IBAN, replaces the account when given (encrypted). Wire name `iban`. */
    val iban: String? = null,
    /** Bank name. Wire name `payee_bank_name`. */
    val payeeBankName: String? = null,
    /** Bank address. Wire name `payee_bank_address`. */
    val payeeBankAddress: String? = null,
    /** Alpha-3 country. Wire name `payee_country`. */
    val payeeCountry: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payee_account" to payeeAccount,
        "payee_name" to payeeName,
        "payee_address" to payeeAddress,
        "payee_swift" to payeeSwift,
        "iban" to iban,
        "payee_bank_name" to payeeBankName,
        "payee_bank_address" to payeeBankAddress,
        "payee_country" to payeeCountry,
    )

    override fun toString(): String = "PayeeInfor(" +
        "payeeAccount=" + Wire.redacted(payeeAccount) + ", " +
        "payeeName=" + Wire.redacted(payeeName) + ", " +
        "payeeAddress=" + Wire.redacted(payeeAddress) + ", " +
        "payeeSwift=" + Wire.redacted(payeeSwift) + ", " +
        "iban=" + Wire.redacted(iban) + ", " +
        "payeeBankName=" + Wire.redacted(payeeBankName) + ", " +
        "payeeBankAddress=" + Wire.redacted(payeeBankAddress) + ", " +
        "payeeCountry=" + Wire.redacted(payeeCountry) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayeeInfor`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayeeInfor {
            val m = Wire.members(value, path)
            return PayeeInfor(
                payeeAccount = Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
                payeeName = Wire.text(m["payee_name"], Wire.at(path, "payee_name")),
                payeeAddress = Wire.text(m["payee_address"], Wire.at(path, "payee_address")),
                payeeSwift = Wire.text(m["payee_swift"], Wire.at(path, "payee_swift")),
                iban = Wire.text(m["iban"], Wire.at(path, "iban")),
                payeeBankName = Wire.text(m["payee_bank_name"], Wire.at(path, "payee_bank_name")),
                payeeBankAddress = Wire.text(m["payee_bank_address"], Wire.at(path, "payee_bank_address")),
                payeeCountry = Wire.text(m["payee_country"], Wire.at(path, "payee_country")),
            )
        }
    }
}

/**
 * The payer (004:L4750).
 *
 * The core's `Payer` (schema `models.Payer`).
 */
data class Payer(
    /** How the customer pays. Wire name `payment_method`. */
    val paymentMethod: PaymentMethod? = null,
    /** Bank code (required for `DIRECT_TO_BANK` with `NOT_APPLICABLE`). Wire name `bank_code`. */
    val bankCode: String? = null,
    /** The pay elements. Wire name `payer_info`. */
    val payerInfo: PayerInfo? = null,
    /** Server-to-server, cashier page, H5 or direct-to-bank. Wire name `interface_type`. */
    val interfaceType: InterfaceType? = null,
    /** `B2C` or `B2B`. Wire name `business_type`. */
    val businessType: BusinessType? = null,
    /** The customer's id in the merchant's system. Wire name `external_customer_id`. */
    val externalCustomerId: String? = null,
    /** B2B business elements (004:L4756). Wire name `enterprise_qualification`. */
    val enterpriseQualification: Any? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payment_method" to paymentMethod,
        "bank_code" to bankCode,
        "payer_info" to payerInfo,
        "interface_type" to interfaceType,
        "business_type" to businessType,
        "external_customer_id" to externalCustomerId,
        "enterprise_qualification" to enterpriseQualification,
    )

    override fun toString(): String = "Payer(" +
        "paymentMethod=" + paymentMethod + ", " +
        "bankCode=" + Wire.redacted(bankCode) + ", " +
        "payerInfo=" + payerInfo + ", " +
        "interfaceType=" + interfaceType + ", " +
        "businessType=" + businessType + ", " +
        "externalCustomerId=" + Wire.redacted(externalCustomerId) + ", " +
        "enterpriseQualification=" + Wire.redacted(enterpriseQualification) +
        ")"

    companion object {
        /** Reads the core's JSON of a `Payer`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Payer {
            val m = Wire.members(value, path)
            return Payer(
                paymentMethod = Wire.text(m["payment_method"], Wire.at(path, "payment_method"))?.let { PaymentMethod.of(it) },
                bankCode = Wire.text(m["bank_code"], Wire.at(path, "bank_code")),
                payerInfo = m["payer_info"]?.let { PayerInfo.fromJson(it, Wire.at(path, "payer_info")) },
                interfaceType = Wire.text(m["interface_type"], Wire.at(path, "interface_type"))?.let { InterfaceType.of(it) },
                businessType = Wire.text(m["business_type"], Wire.at(path, "business_type"))?.let { BusinessType.of(it) },
                externalCustomerId = Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
                enterpriseQualification = m["enterprise_qualification"],
            )
        }
    }
}

/**
 * A bound card used instead of `bank_card` (004:L4773).
 *
 * The core's `PayerAgreement` (schema `models.PayerAgreement`).
 */
data class PayerAgreement(
    /** Unique per user of a merchant. Wire name `usr_busi_agreement_id`. */
    val usrBusiAgreementId: String? = null,
    /** Unique per card of that user. Wire name `usr_pay_agreement_id`. */
    val usrPayAgreementId: String? = null,
    /** Bank code. Wire name `gate_id`. */
    val gateId: String? = null,
    /** Last four card digits. Wire name `last_four_cardid`. */
    val lastFourCardid: String? = null,
    /** Expiry (encrypted). Wire name `valid_date`. */
    val validDate: String? = null,
    /** CVV2 (encrypted). Wire name `cvv2`. */
    val cvv2: String? = null,
    /** SMS code. Wire name `verify_code`. */
    val verifyCode: String? = null,
    /** Phone of the bound card (agreement queries, 004:L2991). Wire name `phone`. */
    val phone: String? = null,
    /** In 003's examples only, always empty (003:L338). Wire name `agreement_id`. */
    val agreementId: String? = null,
    /** In 003's examples only, always empty (003:L339). Wire name `busi_agreement_id`. */
    val busiAgreementId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "usr_busi_agreement_id" to usrBusiAgreementId,
        "usr_pay_agreement_id" to usrPayAgreementId,
        "gate_id" to gateId,
        "last_four_cardid" to lastFourCardid,
        "valid_date" to validDate,
        "cvv2" to cvv2,
        "verify_code" to verifyCode,
        "phone" to phone,
        "agreement_id" to agreementId,
        "busi_agreement_id" to busiAgreementId,
    )

    override fun toString(): String = "PayerAgreement(" +
        "usrBusiAgreementId=" + Wire.redacted(usrBusiAgreementId) + ", " +
        "usrPayAgreementId=" + Wire.redacted(usrPayAgreementId) + ", " +
        "gateId=" + Wire.redacted(gateId) + ", " +
        "lastFourCardid=" + Wire.redacted(lastFourCardid) + ", " +
        "validDate=" + Wire.redacted(validDate) + ", " +
        "cvv2=" + Wire.redacted(cvv2) + ", " +
        "verifyCode=" + Wire.redacted(verifyCode) + ", " +
        "phone=" + Wire.redacted(phone) + ", " +
        "agreementId=" + Wire.redacted(agreementId) + ", " +
        "busiAgreementId=" + Wire.redacted(busiAgreementId) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayerAgreement`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayerAgreement {
            val m = Wire.members(value, path)
            return PayerAgreement(
                usrBusiAgreementId = Wire.text(m["usr_busi_agreement_id"], Wire.at(path, "usr_busi_agreement_id")),
                usrPayAgreementId = Wire.text(m["usr_pay_agreement_id"], Wire.at(path, "usr_pay_agreement_id")),
                gateId = Wire.text(m["gate_id"], Wire.at(path, "gate_id")),
                lastFourCardid = Wire.text(m["last_four_cardid"], Wire.at(path, "last_four_cardid")),
                validDate = Wire.text(m["valid_date"], Wire.at(path, "valid_date")),
                cvv2 = Wire.text(m["cvv2"], Wire.at(path, "cvv2")),
                verifyCode = Wire.text(m["verify_code"], Wire.at(path, "verify_code")),
                phone = Wire.text(m["phone"], Wire.at(path, "phone")),
                agreementId = Wire.text(m["agreement_id"], Wire.at(path, "agreement_id")),
                busiAgreementId = Wire.text(m["busi_agreement_id"], Wire.at(path, "busi_agreement_id")),
            )
        }
    }
}

/**
 * The payer's details and exactly one set of pay elements (004:L4795).
 *
 * The core's `PayerInfo` (schema `models.PayerInfo`).
 */
data class PayerInfo(
    /** The payer's phone. Wire name `phone`. */
    val phone: String? = null,
    /** The payer's name (encrypted). Wire name `name`. */
    val name: String? = null,
    /** Card details for `CREDIT_CARD` / `DEBIT_CARD`. Wire name `bank_card`. */
    val bankCard: BankCard? = null,
    /** A bound card instead of `bank_card`. Wire name `payer_agreement`. */
    val payerAgreement: PayerAgreement? = null,
    /** `WECHAT_SCAN` / `ALIPAY_SCAN`. Wire name `qr_code_scan`. */
    val qrCodeScan: QrCodeScan? = null,
    /** `WECHAT_IN_APP`. Wire name `wechat_in_app`. */
    val wechatInApp: WechatInApp? = null,
    /** `WECHAT_WEB`. Wire name `wechat_in_app_web`. */
    val wechatInAppWeb: WechatInAppWeb? = null,
    /** `WECHAT_H5` (the wire key has an upper-case `H`). Wire name `wechat_H5`. */
    val wechatH5: WechatH5? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "phone" to phone,
        "name" to name,
        "bank_card" to bankCard,
        "payer_agreement" to payerAgreement,
        "qr_code_scan" to qrCodeScan,
        "wechat_in_app" to wechatInApp,
        "wechat_in_app_web" to wechatInAppWeb,
        "wechat_H5" to wechatH5,
    )

    override fun toString(): String = "PayerInfo(" +
        "phone=" + Wire.redacted(phone) + ", " +
        "name=" + Wire.redacted(name) + ", " +
        "bankCard=" + bankCard + ", " +
        "payerAgreement=" + payerAgreement + ", " +
        "qrCodeScan=" + qrCodeScan + ", " +
        "wechatInApp=" + wechatInApp + ", " +
        "wechatInAppWeb=" + wechatInAppWeb + ", " +
        "wechatH5=" + wechatH5 +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayerInfo`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayerInfo {
            val m = Wire.members(value, path)
            return PayerInfo(
                phone = Wire.text(m["phone"], Wire.at(path, "phone")),
                name = Wire.text(m["name"], Wire.at(path, "name")),
                bankCard = m["bank_card"]?.let { BankCard.fromJson(it, Wire.at(path, "bank_card")) },
                payerAgreement = m["payer_agreement"]?.let { PayerAgreement.fromJson(it, Wire.at(path, "payer_agreement")) },
                qrCodeScan = m["qr_code_scan"]?.let { QrCodeScan.fromJson(it, Wire.at(path, "qr_code_scan")) },
                wechatInApp = m["wechat_in_app"]?.let { WechatInApp.fromJson(it, Wire.at(path, "wechat_in_app")) },
                wechatInAppWeb = m["wechat_in_app_web"]?.let { WechatInAppWeb.fromJson(it, Wire.at(path, "wechat_in_app_web")) },
                wechatH5 = m["wechat_H5"]?.let { WechatH5.fromJson(it, Wire.at(path, "wechat_H5")) },
            )
        }
    }
}

/**
 * `send_payment_sms` and `execute_payment`: the payer with the card (and SMS code).
 *
 * The core's `PayerRequest` (schema `models.PayerRequest`).
 */
data class PayerRequest(
    /** The payer. Wire name `payer`. */
    val payer: Payer? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payer" to payer,
    )

    override fun toString(): String = "PayerRequest(" +
        "payer=" + payer +
        ")"

    companion object {
        /** Reads the core's JSON of a `PayerRequest`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PayerRequest {
            val m = Wire.members(value, path)
            return PayerRequest(
                payer = m["payer"]?.let { Payer.fromJson(it, Wire.at(path, "payer")) },
            )
        }
    }
}

/**
 * A payment (004:L4803).
 *
 * The core's `Payment` (schema `models.Payment`).
 */
data class Payment(
    /** `PAY_…`, assigned by UMF. Wire name `id`. */
    val id: String? = null,
    /** Who pays, and how. Wire name `payer`. */
    val payer: Payer? = null,
    /** What is paid for. Wire name `order`. */
    val order: Order? = null,
    /** Payment state. Wire name `state`. */
    val state: PaymentState? = null,
    /** Where UMF posts the result notification. Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** Where UMF's cashier page returns the browser. Wire name `ret_url`. */
    val retUrl: String? = null,
    /** When the money moved; any of the date-time shapes (K10). Wire name `execute_success_time`. */
    val executeSuccessTime: String? = null,
    /** The merchant's date, `YYYYMMDD`. Wire name `mer_check_date`. */
    val merCheckDate: String? = null,
    /** UMF's settlement date, `YYYYMMDD`. Wire name `settle_date`. */
    val settleDate: String? = null,
    /** Risk data. Wire name `risk_info`. */
    val riskInfo: RiskInfo? = null,
    /** `Y` when served from the US host (responses only). Wire name `is_from_US`. */
    val isFromUS: String? = null,
    /** `Y`/`N` (create request only, 004:L2388). Wire name `subMchId_flag`. */
    val subMchIdFlag: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "id" to id,
        "payer" to payer,
        "order" to order,
        "state" to state,
        "notify_url" to notifyUrl,
        "ret_url" to retUrl,
        "execute_success_time" to executeSuccessTime,
        "mer_check_date" to merCheckDate,
        "settle_date" to settleDate,
        "risk_info" to riskInfo,
        "is_from_US" to isFromUS,
        "subMchId_flag" to subMchIdFlag,
    )

    override fun toString(): String = "Payment(" +
        "id=" + id + ", " +
        "payer=" + payer + ", " +
        "order=" + order + ", " +
        "state=" + state + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "retUrl=" + Wire.redacted(retUrl) + ", " +
        "executeSuccessTime=" + Wire.redacted(executeSuccessTime) + ", " +
        "merCheckDate=" + Wire.redacted(merCheckDate) + ", " +
        "settleDate=" + Wire.redacted(settleDate) + ", " +
        "riskInfo=" + riskInfo + ", " +
        "isFromUS=" + Wire.redacted(isFromUS) + ", " +
        "subMchIdFlag=" + Wire.redacted(subMchIdFlag) +
        ")"

    companion object {
        /** Reads the core's JSON of a `Payment`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Payment {
            val m = Wire.members(value, path)
            return Payment(
                id = Wire.text(m["id"], Wire.at(path, "id")),
                payer = m["payer"]?.let { Payer.fromJson(it, Wire.at(path, "payer")) },
                order = m["order"]?.let { Order.fromJson(it, Wire.at(path, "order")) },
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { PaymentState.of(it) },
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                retUrl = Wire.text(m["ret_url"], Wire.at(path, "ret_url")),
                executeSuccessTime = Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
                merCheckDate = Wire.text(m["mer_check_date"], Wire.at(path, "mer_check_date")),
                settleDate = Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
                riskInfo = m["risk_info"]?.let { RiskInfo.fromJson(it, Wire.at(path, "risk_info")) },
                isFromUS = Wire.text(m["is_from_US"], Wire.at(path, "is_from_US")),
                subMchIdFlag = Wire.text(m["subMchId_flag"], Wire.at(path, "subMchId_flag")),
            )
        }
    }
}

/**
 * B2B payment (004:L5192).
 *
 * The core's `PaymentSub` (schema `models.PaymentSub`).
 */
data class PaymentSub(
    /** Batch number. Wire name `mer_batchno`. */
    val merBatchno: String? = null,
    /** Payee account (encrypted). Wire name `payee_account`. */
    val payeeAccount: String? = null,
    /** A trans_code. Wire name `business_code`. */
    val businessCode: String? = null,
    /** Currency. Wire name `currency`. */
    val currency: String? = null,
    /** Valuation. Wire name `val_pattern`. */
    val valPattern: String? = null,
    /** Postscript. Wire name `remit_information`. */
    val remitInformation: String? = null,
    /** Amount (wire key `Oamount`). Wire name `Oamount`. */
    val oamount: String? = null,
    /** `FULL_AMOUNT` / `UN_FULL_AMOUNT`. Wire name `cost_way`. */
    val costWay: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_batchno" to merBatchno,
        "payee_account" to payeeAccount,
        "business_code" to businessCode,
        "currency" to currency,
        "val_pattern" to valPattern,
        "remit_information" to remitInformation,
        "Oamount" to oamount,
        "cost_way" to costWay,
    )

    override fun toString(): String = "PaymentSub(" +
        "merBatchno=" + Wire.redacted(merBatchno) + ", " +
        "payeeAccount=" + Wire.redacted(payeeAccount) + ", " +
        "businessCode=" + Wire.redacted(businessCode) + ", " +
        "currency=" + currency + ", " +
        "valPattern=" + Wire.redacted(valPattern) + ", " +
        "remitInformation=" + Wire.redacted(remitInformation) + ", " +
        "oamount=" + Wire.redacted(oamount) + ", " +
        "costWay=" + Wire.redacted(costWay) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PaymentSub`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PaymentSub {
            val m = Wire.members(value, path)
            return PaymentSub(
                merBatchno = Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
                payeeAccount = Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
                businessCode = Wire.text(m["business_code"], Wire.at(path, "business_code")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                valPattern = Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
                remitInformation = Wire.text(m["remit_information"], Wire.at(path, "remit_information")),
                oamount = Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
                costWay = Wire.text(m["cost_way"], Wire.at(path, "cost_way")),
            )
        }
    }
}

/**
 * One payment in a statement or transaction list (004:L4818).
 *
 * The core's `PaymentSummary` (schema `models.PaymentSummary`).
 */
data class PaymentSummary(
    /** `PAY_…`. Wire name `payment_id`. */
    val paymentId: String? = null,
    /** Transactions only. Wire name `phone_number`. */
    val phoneNumber: String? = null,
    /** `YYYYMMDD`. Wire name `order_date`. */
    val orderDate: String? = null,
    /** The merchant's order id. Wire name `mer_reference_id`. */
    val merReferenceId: String? = null,
    /** Amounts (numbers in the transactions example). Wire name `amount`. */
    val amount: Amount? = null,
    /** `YYYYMMDD`. Wire name `settle_date`. */
    val settleDate: String? = null,
    /** When it completed. Wire name `execute_success_time`. */
    val executeSuccessTime: String? = null,
    /** Payment state. Wire name `state`. */
    val state: PaymentState? = null,
    /** Product (`PaymentGateway-Debitcard`). Wire name `product_id`. */
    val productId: String? = null,
    /** CNY fee (reconciliations). Wire name `service_fee`. */
    val serviceFee: String? = null,
    /** Exchange (reconciliations; `exchange_rate` is a plain string there). Wire name `exchange_amount`. */
    val exchangeAmount: Amount? = null,
    /** `YYYYMMDD` (reconciliations). Wire name `exchange_date`. */
    val exchangeDate: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payment_id" to paymentId,
        "phone_number" to phoneNumber,
        "order_date" to orderDate,
        "mer_reference_id" to merReferenceId,
        "amount" to amount,
        "settle_date" to settleDate,
        "execute_success_time" to executeSuccessTime,
        "state" to state,
        "product_id" to productId,
        "service_fee" to serviceFee,
        "exchange_amount" to exchangeAmount,
        "exchange_date" to exchangeDate,
    )

    override fun toString(): String = "PaymentSummary(" +
        "paymentId=" + Wire.redacted(paymentId) + ", " +
        "phoneNumber=" + Wire.redacted(phoneNumber) + ", " +
        "orderDate=" + Wire.redacted(orderDate) + ", " +
        "merReferenceId=" + merReferenceId + ", " +
        "amount=" + amount + ", " +
        "settleDate=" + Wire.redacted(settleDate) + ", " +
        "executeSuccessTime=" + Wire.redacted(executeSuccessTime) + ", " +
        "state=" + state + ", " +
        "productId=" + Wire.redacted(productId) + ", " +
        "serviceFee=" + Wire.redacted(serviceFee) + ", " +
        "exchangeAmount=" + exchangeAmount + ", " +
        "exchangeDate=" + Wire.redacted(exchangeDate) +
        ")"

    companion object {
        /** Reads the core's JSON of a `PaymentSummary`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PaymentSummary {
            val m = Wire.members(value, path)
            return PaymentSummary(
                paymentId = Wire.text(m["payment_id"], Wire.at(path, "payment_id")),
                phoneNumber = Wire.text(m["phone_number"], Wire.at(path, "phone_number")),
                orderDate = Wire.text(m["order_date"], Wire.at(path, "order_date")),
                merReferenceId = Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                settleDate = Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
                executeSuccessTime = Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { PaymentState.of(it) },
                productId = Wire.text(m["product_id"], Wire.at(path, "product_id")),
                serviceFee = Wire.text(m["service_fee"], Wire.at(path, "service_fee")),
                exchangeAmount = m["exchange_amount"]?.let { Amount.fromJson(it, Wire.at(path, "exchange_amount")) },
                exchangeDate = Wire.text(m["exchange_date"], Wire.at(path, "exchange_date")),
            )
        }
    }
}

/**
 * A payment and its refunds.
 *
 * The core's `PaymentWithRefundsResult` (schema `models.PaymentWithRefundsResult`).
 */
data class PaymentWithRefundsResult(
    /** The payment. Wire name `payment`; required. */
    val payment: Payment,
    /** Its refunds. Wire name `refund`; required. */
    val refund: RefundRecords,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payment" to payment,
        "refund" to refund,
    )

    override fun toString(): String = "PaymentWithRefundsResult(" +
        "payment=" + payment + ", " +
        "refund=" + refund +
        ")"

    companion object {
        /** Reads the core's JSON of a `PaymentWithRefundsResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): PaymentWithRefundsResult {
            val m = Wire.members(value, path)
            return PaymentWithRefundsResult(
                payment = Wire.need(m["payment"]?.let { Payment.fromJson(it, Wire.at(path, "payment")) }, Wire.at(path, "payment")),
                refund = Wire.need(m["refund"]?.let { RefundRecords.fromJson(it, Wire.at(path, "refund")) }, Wire.at(path, "refund")),
            )
        }
    }
}

/**
 * QR pay elements (004:L4834).
 *
 * The core's `QrCodeScan` (schema `models.QrCodeScan`).
 */
data class QrCodeScan(
    /** `IDENTITY_CARD`. Wire name `citizen_id_type`. */
    val citizenIdType: String? = null,
    /** ID number (encrypted). Wire name `citizen_id_number`. */
    val citizenIdNumber: String? = null,
    /** Response: the QR content to render. Wire name `qr_code_url`. */
    val qrCodeUrl: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "citizen_id_type" to citizenIdType,
        "citizen_id_number" to citizenIdNumber,
        "qr_code_url" to qrCodeUrl,
    )

    override fun toString(): String = "QrCodeScan(" +
        "citizenIdType=" + Wire.redacted(citizenIdType) + ", " +
        "citizenIdNumber=" + Wire.redacted(citizenIdNumber) + ", " +
        "qrCodeUrl=" + Wire.redacted(qrCodeUrl) +
        ")"

    companion object {
        /** Reads the core's JSON of a `QrCodeScan`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): QrCodeScan {
            val m = Wire.members(value, path)
            return QrCodeScan(
                citizenIdType = Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
                citizenIdNumber = Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
                qrCodeUrl = Wire.text(m["qr_code_url"], Wire.at(path, "qr_code_url")),
            )
        }
    }
}

/**
 * Query of a declared enterprise (004:L5151).
 *
 * The core's `QueryEnterprise` (schema `models.QueryEnterprise`).
 */
data class QueryEnterprise(
    /** Encrypted. Wire name `cust_code`. */
    val custCode: String? = null,
    /** Encrypted. Wire name `cust_name`. */
    val custName: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "cust_code" to custCode,
        "cust_name" to custName,
    )

    override fun toString(): String = "QueryEnterprise(" +
        "custCode=" + Wire.redacted(custCode) + ", " +
        "custName=" + Wire.redacted(custName) +
        ")"

    companion object {
        /** Reads the core's JSON of a `QueryEnterprise`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): QueryEnterprise {
            val m = Wire.members(value, path)
            return QueryEnterprise(
                custCode = Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
                custName = Wire.text(m["cust_name"], Wire.at(path, "cust_name")),
            )
        }
    }
}

/**
 * The declaration report, returned in plaintext (004:L5157).
 *
 * The core's `QueryEnterpriseId` (schema `models.QueryEnterpriseId`).
 */
data class QueryEnterpriseId(
    /** Code. Wire name `cust_code`. */
    val custCode: String? = null,
    /** Name. Wire name `cust_name`. */
    val custName: String? = null,
    /** Merchant id. Wire name `cust_no`. */
    val custNo: String? = null,
    /** `yyyy-MM-dd HH:mm:ss`. Wire name `trace_date`. */
    val traceDate: String? = null,
    /** Division. Wire name `area_code`. */
    val areaCode: String? = null,
    /** Address. Wire name `cust_addr`. */
    val custAddr: String? = null,
    /** Industry. Wire name `industry_code`. */
    val industryCode: String? = null,
    /** Economic type. Wire name `attr_code`. */
    val attrCode: String? = null,
    /** Country. Wire name `country_code`. */
    val countryCode: String? = null,
    /** `N`/`Y`. Wire name `is_tax_free`. */
    val isTaxFree: String? = null,
    /** Tax-free code. Wire name `tax_free_code`. */
    val taxFreeCode: String? = null,
    /** Representative. Wire name `rep_nm`. */
    val repNm: String? = null,
    /** Certificate type. Wire name `cert_type`. */
    val certType: String? = null,
    /** Certificate number. Wire name `cert_num`. */
    val certNum: String? = null,
    /** Phone. Wire name `phone`. */
    val phone: String? = null,
    /** `0` not declared, `1` declared, `9` processing, `3` failed. Wire name `status`. */
    val status: String? = null,
    /** Detail, 1-600. Wire name `desc`. */
    val desc: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "cust_code" to custCode,
        "cust_name" to custName,
        "cust_no" to custNo,
        "trace_date" to traceDate,
        "area_code" to areaCode,
        "cust_addr" to custAddr,
        "industry_code" to industryCode,
        "attr_code" to attrCode,
        "country_code" to countryCode,
        "is_tax_free" to isTaxFree,
        "tax_free_code" to taxFreeCode,
        "rep_nm" to repNm,
        "cert_type" to certType,
        "cert_num" to certNum,
        "phone" to phone,
        "status" to status,
        "desc" to desc,
    )

    override fun toString(): String = "QueryEnterpriseId(" +
        "custCode=" + Wire.redacted(custCode) + ", " +
        "custName=" + Wire.redacted(custName) + ", " +
        "custNo=" + Wire.redacted(custNo) + ", " +
        "traceDate=" + Wire.redacted(traceDate) + ", " +
        "areaCode=" + Wire.redacted(areaCode) + ", " +
        "custAddr=" + Wire.redacted(custAddr) + ", " +
        "industryCode=" + Wire.redacted(industryCode) + ", " +
        "attrCode=" + Wire.redacted(attrCode) + ", " +
        "countryCode=" + Wire.redacted(countryCode) + ", " +
        "isTaxFree=" + Wire.redacted(isTaxFree) + ", " +
        "taxFreeCode=" + Wire.redacted(taxFreeCode) + ", " +
        "repNm=" + Wire.redacted(repNm) + ", " +
        "certType=" + Wire.redacted(certType) + ", " +
        "certNum=" + Wire.redacted(certNum) + ", " +
        "phone=" + Wire.redacted(phone) + ", " +
        "status=" + Wire.redacted(status) + ", " +
        "desc=" + Wire.redacted(desc) +
        ")"

    companion object {
        /** Reads the core's JSON of a `QueryEnterpriseId`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): QueryEnterpriseId {
            val m = Wire.members(value, path)
            return QueryEnterpriseId(
                custCode = Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
                custName = Wire.text(m["cust_name"], Wire.at(path, "cust_name")),
                custNo = Wire.text(m["cust_no"], Wire.at(path, "cust_no")),
                traceDate = Wire.text(m["trace_date"], Wire.at(path, "trace_date")),
                areaCode = Wire.text(m["area_code"], Wire.at(path, "area_code")),
                custAddr = Wire.text(m["cust_addr"], Wire.at(path, "cust_addr")),
                industryCode = Wire.text(m["industry_code"], Wire.at(path, "industry_code")),
                attrCode = Wire.text(m["attr_code"], Wire.at(path, "attr_code")),
                countryCode = Wire.text(m["country_code"], Wire.at(path, "country_code")),
                isTaxFree = Wire.text(m["is_tax_free"], Wire.at(path, "is_tax_free")),
                taxFreeCode = Wire.text(m["tax_free_code"], Wire.at(path, "tax_free_code")),
                repNm = Wire.text(m["rep_nm"], Wire.at(path, "rep_nm")),
                certType = Wire.text(m["cert_type"], Wire.at(path, "cert_type")),
                certNum = Wire.text(m["cert_num"], Wire.at(path, "cert_num")),
                phone = Wire.text(m["phone"], Wire.at(path, "phone")),
                status = Wire.text(m["status"], Wire.at(path, "status")),
                desc = Wire.text(m["desc"], Wire.at(path, "desc")),
            )
        }
    }
}

/**
 * B2B order status (004:L5204).
 *
 * The core's `QueryOrder` (schema `models.QueryOrder`).
 */
data class QueryOrder(
    /** Trade number. Wire name `trade_no`. */
    val tradeNo: String? = null,
    /** Fee. Wire name `fee`. */
    val fee: String? = null,
    /** Rate (foreign currency only). Wire name `buy_rate`. */
    val buyRate: String? = null,
    /** Amount paid. Wire name `pay_amt`. */
    val payAmt: String? = null,
    /** Payee account (plaintext here). Wire name `payee_account`. */
    val payeeAccount: String? = null,
    /** Payee name. Wire name `payee_name`. */
    val payeeName: String? = null,
    /** Currency. Wire name `currency`. */
    val currency: String? = null,
    /** `yyyy-MM-dd HH:mm:ss`. Wire name `trace_date`. */
    val traceDate: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "trade_no" to tradeNo,
        "fee" to fee,
        "buy_rate" to buyRate,
        "pay_amt" to payAmt,
        "payee_account" to payeeAccount,
        "payee_name" to payeeName,
        "currency" to currency,
        "trace_date" to traceDate,
    )

    override fun toString(): String = "QueryOrder(" +
        "tradeNo=" + Wire.redacted(tradeNo) + ", " +
        "fee=" + Wire.redacted(fee) + ", " +
        "buyRate=" + Wire.redacted(buyRate) + ", " +
        "payAmt=" + Wire.redacted(payAmt) + ", " +
        "payeeAccount=" + Wire.redacted(payeeAccount) + ", " +
        "payeeName=" + Wire.redacted(payeeName) + ", " +
        "currency=" + currency + ", " +
        "traceDate=" + Wire.redacted(traceDate) +
        ")"

    companion object {
        /** Reads the core's JSON of a `QueryOrder`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): QueryOrder {
            val m = Wire.members(value, path)
            return QueryOrder(
                tradeNo = Wire.text(m["trade_no"], Wire.at(path, "trade_no")),
                fee = Wire.text(m["fee"], Wire.at(path, "fee")),
                buyRate = Wire.text(m["buy_rate"], Wire.at(path, "buy_rate")),
                payAmt = Wire.text(m["pay_amt"], Wire.at(path, "pay_amt")),
                payeeAccount = Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
                payeeName = Wire.text(m["payee_name"], Wire.at(path, "payee_name")),
                currency = Wire.text(m["currency"], Wire.at(path, "currency")),
                traceDate = Wire.text(m["trace_date"], Wire.at(path, "trace_date")),
            )
        }
    }
}

/**
 * A reconciliation statement page.
 *
 * The core's `ReconciliationResult` (schema `models.ReconciliationResult`).
 */
data class ReconciliationResult(
    /** The statement. Wire name `reconciliations`; required. */
    val reconciliations: Reconciliations,
    /** The page (beside the statement in 004, inside it in 003). Wire name `pagination`. */
    val pagination: Pagination? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "reconciliations" to reconciliations,
        "pagination" to pagination,
    )

    override fun toString(): String = "ReconciliationResult(" +
        "reconciliations=" + reconciliations + ", " +
        "pagination=" + pagination +
        ")"

    companion object {
        /** Reads the core's JSON of a `ReconciliationResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): ReconciliationResult {
            val m = Wire.members(value, path)
            return ReconciliationResult(
                reconciliations = Wire.need(m["reconciliations"]?.let { Reconciliations.fromJson(it, Wire.at(path, "reconciliations")) }, Wire.at(path, "reconciliations")),
                pagination = m["pagination"]?.let { Pagination.fromJson(it, Wire.at(path, "pagination")) },
            )
        }
    }
}

/**
 * A reconciliation statement (004:L4843).
 *
 * The core's `Reconciliations` (schema `models.Reconciliations`).
 */
data class Reconciliations(
    /** Payments settled. Wire name `payment_summaries`. */
    val paymentSummaries: List<PaymentSummary>? = null,
    /** Refunds settled. Wire name `refund_summaries`. */
    val refundSummaries: List<RefundSummary>? = null,
    /** `YYYYMMDD`. Wire name `settle_date`. */
    val settleDate: String? = null,
    /** The total. Wire name `amount`. */
    val amount: Amount? = null,
    /** Inside the object in 003; beside it in 004. Wire name `pagination`. */
    val pagination: Pagination? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payment_summaries" to paymentSummaries,
        "refund_summaries" to refundSummaries,
        "settle_date" to settleDate,
        "amount" to amount,
        "pagination" to pagination,
    )

    override fun toString(): String = "Reconciliations(" +
        "paymentSummaries=" + paymentSummaries + ", " +
        "refundSummaries=" + refundSummaries + ", " +
        "settleDate=" + Wire.redacted(settleDate) + ", " +
        "amount=" + amount + ", " +
        "pagination=" + pagination +
        ")"

    companion object {
        /** Reads the core's JSON of a `Reconciliations`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Reconciliations {
            val m = Wire.members(value, path)
            return Reconciliations(
                paymentSummaries = Wire.list(m["payment_summaries"], Wire.at(path, "payment_summaries"))?.mapIndexed { i, e -> Wire.need(e?.let { PaymentSummary.fromJson(it, Wire.at(path, "payment_summaries") + "[$i]") }, Wire.at(path, "payment_summaries") + "[$i]") },
                refundSummaries = Wire.list(m["refund_summaries"], Wire.at(path, "refund_summaries"))?.mapIndexed { i, e -> Wire.need(e?.let { RefundSummary.fromJson(it, Wire.at(path, "refund_summaries") + "[$i]") }, Wire.at(path, "refund_summaries") + "[$i]") },
                settleDate = Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                pagination = m["pagination"]?.let { Pagination.fromJson(it, Wire.at(path, "pagination")) },
            )
        }
    }
}

/**
 * A refund (004:L4852). Requests send `refund_info` and `notify_url` at the top level.
 *
 * The core's `Refund` (schema `models.Refund`).
 */
data class Refund(
    /** `REFUND_…`. Wire name `id`. */
    val id: String? = null,
    /** What is refunded. Wire name `refund_info`. */
    val refundInfo: RefundInfo? = null,
    /** Where UMF posts the refund notification. Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** Refund state (absent in the asynchronous-refund response, K18). Wire name `state`. */
    val state: RefundState? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "id" to id,
        "refund_info" to refundInfo,
        "notify_url" to notifyUrl,
        "state" to state,
    )

    override fun toString(): String = "Refund(" +
        "id=" + id + ", " +
        "refundInfo=" + refundInfo + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "state=" + state +
        ")"

    companion object {
        /** Reads the core's JSON of a `Refund`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Refund {
            val m = Wire.members(value, path)
            return Refund(
                id = Wire.text(m["id"], Wire.at(path, "id")),
                refundInfo = m["refund_info"]?.let { RefundInfo.fromJson(it, Wire.at(path, "refund_info")) },
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { RefundState.of(it) },
            )
        }
    }
}

/**
 * What a refund covers (004:L4861).
 *
 * The core's `RefundInfo` (schema `models.RefundInfo`).
 */
data class RefundInfo(
    /** Unique per refund, 4-32. Wire name `mer_reference_id`. */
    val merReferenceId: String? = null,
    /** `YYYYMMDD`. Wire name `mer_date`. */
    val merDate: String? = null,
    /** Must equal the sum of the sub-orders refunded. Wire name `amount`. */
    val amount: Amount? = null,
    /** 1-64. Wire name `refund_summary`. */
    val refundSummary: String? = null,
    /** Sub-orders of the payment being refunded. Wire name `sub_orders`. */
    val subOrders: List<SubOrder>? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_reference_id" to merReferenceId,
        "mer_date" to merDate,
        "amount" to amount,
        "refund_summary" to refundSummary,
        "sub_orders" to subOrders,
    )

    override fun toString(): String = "RefundInfo(" +
        "merReferenceId=" + merReferenceId + ", " +
        "merDate=" + Wire.redacted(merDate) + ", " +
        "amount=" + amount + ", " +
        "refundSummary=" + Wire.redacted(refundSummary) + ", " +
        "subOrders=" + subOrders +
        ")"

    companion object {
        /** Reads the core's JSON of a `RefundInfo`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RefundInfo {
            val m = Wire.members(value, path)
            return RefundInfo(
                merReferenceId = Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
                merDate = Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                refundSummary = Wire.text(m["refund_summary"], Wire.at(path, "refund_summary")),
                subOrders = Wire.list(m["sub_orders"], Wire.at(path, "sub_orders"))?.mapIndexed { i, e -> Wire.need(e?.let { SubOrder.fromJson(it, Wire.at(path, "sub_orders") + "[$i]") }, Wire.at(path, "sub_orders") + "[$i]") },
            )
        }
    }
}

/**
 * One refund of a payment, as `self_payment_refund` lists it (004:L2955-2974).
 *
 * The core's `RefundRecord` (schema `models.RefundRecord`).
 */
data class RefundRecord(
    /** Amount refunded. Wire name `amount`. */
    val amount: Amount? = null,
    /** When. Wire name `refund_time`. */
    val refundTime: String? = null,
    /** State. Wire name `refund_state`. */
    val refundState: RefundState? = null,
    /** The refund's merchant reference. Wire name `mer_reference_id`. */
    val merReferenceId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "amount" to amount,
        "refund_time" to refundTime,
        "refund_state" to refundState,
        "mer_reference_id" to merReferenceId,
    )

    override fun toString(): String = "RefundRecord(" +
        "amount=" + amount + ", " +
        "refundTime=" + Wire.redacted(refundTime) + ", " +
        "refundState=" + refundState + ", " +
        "merReferenceId=" + merReferenceId +
        ")"

    companion object {
        /** Reads the core's JSON of a `RefundRecord`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RefundRecord {
            val m = Wire.members(value, path)
            return RefundRecord(
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                refundTime = Wire.text(m["refund_time"], Wire.at(path, "refund_time")),
                refundState = Wire.text(m["refund_state"], Wire.at(path, "refund_state"))?.let { RefundState.of(it) },
                merReferenceId = Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
            )
        }
    }
}

/**
 * The `refund` member of `get_payment_with_refunds`.
 *
 * The core's `RefundRecords` (schema `models.RefundRecords`).
 */
data class RefundRecords(
    /** Every refund of the payment. Wire name `refund_infos`. */
    val refundInfos: List<RefundRecord>? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "refund_infos" to refundInfos,
    )

    override fun toString(): String = "RefundRecords(" +
        "refundInfos=" + refundInfos +
        ")"

    companion object {
        /** Reads the core's JSON of a `RefundRecords`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RefundRecords {
            val m = Wire.members(value, path)
            return RefundRecords(
                refundInfos = Wire.list(m["refund_infos"], Wire.at(path, "refund_infos"))?.mapIndexed { i, e -> Wire.need(e?.let { RefundRecord.fromJson(it, Wire.at(path, "refund_infos") + "[$i]") }, Wire.at(path, "refund_infos") + "[$i]") },
            )
        }
    }
}

/**
 * `create_refund` and `create_async_refund`: sent flat, not wrapped in `refund` (K14).
 *
 * The core's `RefundRequest` (schema `models.RefundRequest`).
 */
data class RefundRequest(
    /** What is refunded. Wire name `refund_info`. */
    val refundInfo: RefundInfo? = null,
    /** Where UMF posts the refund notification. Wire name `notify_url`. */
    val notifyUrl: String? = null,
    /** 003's form: the original amount (003:L662-722). Wire name `org_amount`. */
    val orgAmount: Amount? = null,
    /** 003's form: the orders refunded. Wire name `orders`. */
    val orders: List<RefundInfo>? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "refund_info" to refundInfo,
        "notify_url" to notifyUrl,
        "org_amount" to orgAmount,
        "orders" to orders,
    )

    override fun toString(): String = "RefundRequest(" +
        "refundInfo=" + refundInfo + ", " +
        "notifyUrl=" + Wire.redacted(notifyUrl) + ", " +
        "orgAmount=" + orgAmount + ", " +
        "orders=" + orders +
        ")"

    companion object {
        /** Reads the core's JSON of a `RefundRequest`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RefundRequest {
            val m = Wire.members(value, path)
            return RefundRequest(
                refundInfo = m["refund_info"]?.let { RefundInfo.fromJson(it, Wire.at(path, "refund_info")) },
                notifyUrl = Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
                orgAmount = m["org_amount"]?.let { Amount.fromJson(it, Wire.at(path, "org_amount")) },
                orders = Wire.list(m["orders"], Wire.at(path, "orders"))?.mapIndexed { i, e -> Wire.need(e?.let { RefundInfo.fromJson(it, Wire.at(path, "orders") + "[$i]") }, Wire.at(path, "orders") + "[$i]") },
            )
        }
    }
}

/**
 * One refund in a statement or transaction list (004:L4870).
 *
 * The core's `RefundSummary` (schema `models.RefundSummary`).
 */
data class RefundSummary(
    /** `REFUND_…`. Wire name `refund_id`. */
    val refundId: String? = null,
    /** The refunded payment (the key has a trailing space at 004:L3293). Wire name `payment_id`. */
    val paymentId: String? = null,
    /** Transactions only. Wire name `phone_number`. */
    val phoneNumber: String? = null,
    /** Amounts. Wire name `amount`. */
    val amount: Amount? = null,
    /** `YYYYMMDD`. Wire name `settle_date`. */
    val settleDate: String? = null,
    /** When it completed. Wire name `execute_success_time`. */
    val executeSuccessTime: String? = null,
    /** Refund state. Wire name `state`. */
    val state: RefundState? = null,
    /** Reconciliations only. Wire name `mer_sub_reference_id`. */
    val merSubReferenceId: String? = null,
    /** Product. Wire name `product_id`. */
    val productId: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "refund_id" to refundId,
        "payment_id" to paymentId,
        "phone_number" to phoneNumber,
        "amount" to amount,
        "settle_date" to settleDate,
        "execute_success_time" to executeSuccessTime,
        "state" to state,
        "mer_sub_reference_id" to merSubReferenceId,
        "product_id" to productId,
    )

    override fun toString(): String = "RefundSummary(" +
        "refundId=" + Wire.redacted(refundId) + ", " +
        "paymentId=" + Wire.redacted(paymentId) + ", " +
        "phoneNumber=" + Wire.redacted(phoneNumber) + ", " +
        "amount=" + amount + ", " +
        "settleDate=" + Wire.redacted(settleDate) + ", " +
        "executeSuccessTime=" + Wire.redacted(executeSuccessTime) + ", " +
        "state=" + state + ", " +
        "merSubReferenceId=" + merSubReferenceId + ", " +
        "productId=" + Wire.redacted(productId) +
        ")"

    companion object {
        /** Reads the core's JSON of a `RefundSummary`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RefundSummary {
            val m = Wire.members(value, path)
            return RefundSummary(
                refundId = Wire.text(m["refund_id"], Wire.at(path, "refund_id")),
                paymentId = Wire.text(m["payment_id"], Wire.at(path, "payment_id")),
                phoneNumber = Wire.text(m["phone_number"], Wire.at(path, "phone_number")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                settleDate = Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
                executeSuccessTime = Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
                state = Wire.text(m["state"], Wire.at(path, "state"))?.let { RefundState.of(it) },
                merSubReferenceId = Wire.text(m["mer_sub_reference_id"], Wire.at(path, "mer_sub_reference_id")),
                productId = Wire.text(m["product_id"], Wire.at(path, "product_id")),
            )
        }
    }
}

/**
 * Risk data (004:L4882). Every value is a string; the misspellings are the wire names.
 *
 * The core's `RiskInfo` (schema `models.RiskInfo`).
 */
data class RiskInfo(
    /** `0` virtual, `1` physical, `2` air ticket, `3` electronic. Wire name `goods_type`. */
    val goodsType: String? = null,
    /** `0`/`1`. Wire name `real_name`. */
    val realName: String? = null,
    /** `3` cross-border (examples send `Y`). Wire name `business_type`. */
    val businessType: String? = null,
    /** `01` deposit, `02` purchase. Wire name `trans_type`. */
    val transType: String? = null,
    /** Required when goods_type is 1 or 3. Wire name `receiver_name`. */
    val receiverName: String? = null,
    /** Required when goods_type is 1 or 3 (sic). Wire name `receiver_moblie_id`. */
    val receiverMoblieId: String? = null,
    /** Required when goods_type is 1 or 3. Wire name `receiver_address`. */
    val receiverAddress: String? = null,
    /** Registrant's ID number, required when real_name is 1. Wire name `registration_identify_code`. */
    val registrationIdentifyCode: String? = null,
    /** Optional. Wire name `registration_email`. */
    val registrationEmail: String? = null,
    /** Optional (sic). Wire name `registration_moblie_id`. */
    val registrationMoblieId: String? = null,
    /** MAC address or terminal id. Wire name `device_id`. */
    val deviceId: String? = null,
    /** Must not be blank for web. Wire name `device_type`. */
    val deviceType: String? = null,
    /** Optional. Wire name `user_id`. */
    val userId: String? = null,
    /** `yyyyMMddHHmmss`. Wire name `registration_time`. */
    val registrationTime: String? = null,
    /** `1`-`4`. Wire name `user_agent`. */
    val userAgent: String? = null,
    /** Optional. Wire name `success_transactions_number`. */
    val successTransactionsNumber: String? = null,
    /** `0`/`1`. Wire name `is_receiver_bank_num`. */
    val isReceiverBankNum: String? = null,
    /** Days since registration. Wire name `registration_days`. */
    val registrationDays: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "goods_type" to goodsType,
        "real_name" to realName,
        "business_type" to businessType,
        "trans_type" to transType,
        "receiver_name" to receiverName,
        "receiver_moblie_id" to receiverMoblieId,
        "receiver_address" to receiverAddress,
        "registration_identify_code" to registrationIdentifyCode,
        "registration_email" to registrationEmail,
        "registration_moblie_id" to registrationMoblieId,
        "device_id" to deviceId,
        "device_type" to deviceType,
        "user_id" to userId,
        "registration_time" to registrationTime,
        "user_agent" to userAgent,
        "success_transactions_number" to successTransactionsNumber,
        "is_receiver_bank_num" to isReceiverBankNum,
        "registration_days" to registrationDays,
    )

    override fun toString(): String = "RiskInfo(" +
        "goodsType=" + Wire.redacted(goodsType) + ", " +
        "realName=" + Wire.redacted(realName) + ", " +
        "businessType=" + Wire.redacted(businessType) + ", " +
        "transType=" + Wire.redacted(transType) + ", " +
        "receiverName=" + Wire.redacted(receiverName) + ", " +
        "receiverMoblieId=" + Wire.redacted(receiverMoblieId) + ", " +
        "receiverAddress=" + Wire.redacted(receiverAddress) + ", " +
        "registrationIdentifyCode=" + Wire.redacted(registrationIdentifyCode) + ", " +
        "registrationEmail=" + Wire.redacted(registrationEmail) + ", " +
        "registrationMoblieId=" + Wire.redacted(registrationMoblieId) + ", " +
        "deviceId=" + Wire.redacted(deviceId) + ", " +
        "deviceType=" + Wire.redacted(deviceType) + ", " +
        "userId=" + Wire.redacted(userId) + ", " +
        "registrationTime=" + Wire.redacted(registrationTime) + ", " +
        "userAgent=" + Wire.redacted(userAgent) + ", " +
        "successTransactionsNumber=" + Wire.redacted(successTransactionsNumber) + ", " +
        "isReceiverBankNum=" + Wire.redacted(isReceiverBankNum) + ", " +
        "registrationDays=" + Wire.redacted(registrationDays) +
        ")"

    companion object {
        /** Reads the core's JSON of a `RiskInfo`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): RiskInfo {
            val m = Wire.members(value, path)
            return RiskInfo(
                goodsType = Wire.text(m["goods_type"], Wire.at(path, "goods_type")),
                realName = Wire.text(m["real_name"], Wire.at(path, "real_name")),
                businessType = Wire.text(m["business_type"], Wire.at(path, "business_type")),
                transType = Wire.text(m["trans_type"], Wire.at(path, "trans_type")),
                receiverName = Wire.text(m["receiver_name"], Wire.at(path, "receiver_name")),
                receiverMoblieId = Wire.text(m["receiver_moblie_id"], Wire.at(path, "receiver_moblie_id")),
                receiverAddress = Wire.text(m["receiver_address"], Wire.at(path, "receiver_address")),
                registrationIdentifyCode = Wire.text(m["registration_identify_code"], Wire.at(path, "registration_identify_code")),
                registrationEmail = Wire.text(m["registration_email"], Wire.at(path, "registration_email")),
                registrationMoblieId = Wire.text(m["registration_moblie_id"], Wire.at(path, "registration_moblie_id")),
                deviceId = Wire.text(m["device_id"], Wire.at(path, "device_id")),
                deviceType = Wire.text(m["device_type"], Wire.at(path, "device_type")),
                userId = Wire.text(m["user_id"], Wire.at(path, "user_id")),
                registrationTime = Wire.text(m["registration_time"], Wire.at(path, "registration_time")),
                userAgent = Wire.text(m["user_agent"], Wire.at(path, "user_agent")),
                successTransactionsNumber = Wire.text(m["success_transactions_number"], Wire.at(path, "success_transactions_number")),
                isReceiverBankNum = Wire.text(m["is_receiver_bank_num"], Wire.at(path, "is_receiver_bank_num")),
                registrationDays = Wire.text(m["registration_days"], Wire.at(path, "registration_days")),
            )
        }
    }
}

/**
 * Enterprise declaration, sent flat (004:L5132); eight fields are encrypted.
 *
 * The core's `SendEnterpriseQualification` (schema `models.SendEnterpriseQualification`).
 */
data class SendEnterpriseQualification(
    /** Credit or organisation code, 1-18 (encrypted). Wire name `cust_code`. */
    val custCode: String? = null,
    /** Organisation name, 1-128 (encrypted). Wire name `cust_name`. */
    val custName: String? = null,
    /** Administrative division, 6 characters, not `100000`. Wire name `area_code`. */
    val areaCode: String? = null,
    /** Registered address, 1-200 (encrypted). Wire name `cust_addr`. */
    val custAddr: String? = null,
    /** Industry code, 4 characters. Wire name `industry_code`. */
    val industryCode: String? = null,
    /** Economic type, 3 characters. Wire name `attr_code`. */
    val attrCode: String? = null,
    /** Alpha-3 country. Wire name `country_code`. */
    val countryCode: String? = null,
    /** `N` or `Y`. Wire name `is_tax_free`. */
    val isTaxFree: String? = null,
    /** `00` when not tax free. Wire name `tax_free_code`. */
    val taxFreeCode: String? = null,
    /** Legal representative (encrypted). Wire name `rep_nm`. */
    val repNm: String? = null,
    /** `1` ID card. Wire name `cert_type`. */
    val certType: String? = null,
    /** Representative's ID number (encrypted). Wire name `cert_num`. */
    val certNum: String? = null,
    /** Representative's phone (encrypted). Wire name `phone`. */
    val phone: String? = null,
    /** Contact name (encrypted). Wire name `cont_aact`. */
    val contAact: String? = null,
    /** Contact phone (encrypted). Wire name `company_phone`. */
    val companyPhone: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "cust_code" to custCode,
        "cust_name" to custName,
        "area_code" to areaCode,
        "cust_addr" to custAddr,
        "industry_code" to industryCode,
        "attr_code" to attrCode,
        "country_code" to countryCode,
        "is_tax_free" to isTaxFree,
        "tax_free_code" to taxFreeCode,
        "rep_nm" to repNm,
        "cert_type" to certType,
        "cert_num" to certNum,
        "phone" to phone,
        "cont_aact" to contAact,
        "company_phone" to companyPhone,
    )

    override fun toString(): String = "SendEnterpriseQualification(" +
        "custCode=" + Wire.redacted(custCode) + ", " +
        "custName=" + Wire.redacted(custName) + ", " +
        "areaCode=" + Wire.redacted(areaCode) + ", " +
        "custAddr=" + Wire.redacted(custAddr) + ", " +
        "industryCode=" + Wire.redacted(industryCode) + ", " +
        "attrCode=" + Wire.redacted(attrCode) + ", " +
        "countryCode=" + Wire.redacted(countryCode) + ", " +
        "isTaxFree=" + Wire.redacted(isTaxFree) + ", " +
        "taxFreeCode=" + Wire.redacted(taxFreeCode) + ", " +
        "repNm=" + Wire.redacted(repNm) + ", " +
        "certType=" + Wire.redacted(certType) + ", " +
        "certNum=" + Wire.redacted(certNum) + ", " +
        "phone=" + Wire.redacted(phone) + ", " +
        "contAact=" + Wire.redacted(contAact) + ", " +
        "companyPhone=" + Wire.redacted(companyPhone) +
        ")"

    companion object {
        /** Reads the core's JSON of a `SendEnterpriseQualification`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): SendEnterpriseQualification {
            val m = Wire.members(value, path)
            return SendEnterpriseQualification(
                custCode = Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
                custName = Wire.text(m["cust_name"], Wire.at(path, "cust_name")),
                areaCode = Wire.text(m["area_code"], Wire.at(path, "area_code")),
                custAddr = Wire.text(m["cust_addr"], Wire.at(path, "cust_addr")),
                industryCode = Wire.text(m["industry_code"], Wire.at(path, "industry_code")),
                attrCode = Wire.text(m["attr_code"], Wire.at(path, "attr_code")),
                countryCode = Wire.text(m["country_code"], Wire.at(path, "country_code")),
                isTaxFree = Wire.text(m["is_tax_free"], Wire.at(path, "is_tax_free")),
                taxFreeCode = Wire.text(m["tax_free_code"], Wire.at(path, "tax_free_code")),
                repNm = Wire.text(m["rep_nm"], Wire.at(path, "rep_nm")),
                certType = Wire.text(m["cert_type"], Wire.at(path, "cert_type")),
                certNum = Wire.text(m["cert_num"], Wire.at(path, "cert_num")),
                phone = Wire.text(m["phone"], Wire.at(path, "phone")),
                contAact = Wire.text(m["cont_aact"], Wire.at(path, "cont_aact")),
                companyPhone = Wire.text(m["company_phone"], Wire.at(path, "company_phone")),
            )
        }
    }
}

/**
 * A monthly settlement statement being generated (004:L4958).
 *
 * The core's `SettleMonthFile` (schema `models.SettleMonthFile`).
 */
data class SettleMonthFile(
    /** `yyyyMM`. Wire name `settle_month`. */
    val settleMonth: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "settle_month" to settleMonth,
    )

    override fun toString(): String = "SettleMonthFile(" +
        "settleMonth=" + Wire.redacted(settleMonth) +
        ")"

    companion object {
        /** Reads the core's JSON of a `SettleMonthFile`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): SettleMonthFile {
            val m = Wire.members(value, path)
            return SettleMonthFile(
                settleMonth = Wire.text(m["settle_month"], Wire.at(path, "settle_month")),
            )
        }
    }
}

/**
 * A sub-order (004:L4915).
 *
 * The core's `SubOrder` (schema `models.SubOrder`).
 */
data class SubOrder(
    /** 4-16; UMF generates one when omitted (K17). Wire name `mer_sub_reference_id`. */
    val merSubReferenceId: String? = null,
    /** Sub-order total. Wire name `amount`. */
    val amount: Amount? = null,
    /** 1-32. Wire name `order_summary`. */
    val orderSummary: String? = null,
    /** Transaction code (API.md §4.1). Wire name `trans_code`. */
    val transCode: String? = null,
    /** `TRUE`/`FALSE`. Wire name `is_customs`. */
    val isCustoms: String? = null,
    /** 1-20. Wire name `invoice_id`. */
    val invoiceId: String? = null,
    /** Items; required for goods trades. Wire name `items`. */
    val items: List<Item>? = null,
    /** Set by UMF. Wire name `sub_customs_trace`. */
    val subCustomsTrace: String? = null,
    /** Courier and number (update_express_info only). Wire name `tracking_number`. */
    val trackingNumber: String? = null,
    /** Undocumented (examples only, 004:L621). Wire name `sub_trans_type`. */
    val subTransType: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "mer_sub_reference_id" to merSubReferenceId,
        "amount" to amount,
        "order_summary" to orderSummary,
        "trans_code" to transCode,
        "is_customs" to isCustoms,
        "invoice_id" to invoiceId,
        "items" to items,
        "sub_customs_trace" to subCustomsTrace,
        "tracking_number" to trackingNumber,
        "sub_trans_type" to subTransType,
    )

    override fun toString(): String = "SubOrder(" +
        "merSubReferenceId=" + merSubReferenceId + ", " +
        "amount=" + amount + ", " +
        "orderSummary=" + Wire.redacted(orderSummary) + ", " +
        "transCode=" + Wire.redacted(transCode) + ", " +
        "isCustoms=" + Wire.redacted(isCustoms) + ", " +
        "invoiceId=" + Wire.redacted(invoiceId) + ", " +
        "items=" + items + ", " +
        "subCustomsTrace=" + Wire.redacted(subCustomsTrace) + ", " +
        "trackingNumber=" + Wire.redacted(trackingNumber) + ", " +
        "subTransType=" + Wire.redacted(subTransType) +
        ")"

    companion object {
        /** Reads the core's JSON of a `SubOrder`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): SubOrder {
            val m = Wire.members(value, path)
            return SubOrder(
                merSubReferenceId = Wire.text(m["mer_sub_reference_id"], Wire.at(path, "mer_sub_reference_id")),
                amount = m["amount"]?.let { Amount.fromJson(it, Wire.at(path, "amount")) },
                orderSummary = Wire.text(m["order_summary"], Wire.at(path, "order_summary")),
                transCode = Wire.text(m["trans_code"], Wire.at(path, "trans_code")),
                isCustoms = Wire.text(m["is_customs"], Wire.at(path, "is_customs")),
                invoiceId = Wire.text(m["invoice_id"], Wire.at(path, "invoice_id")),
                items = Wire.list(m["items"], Wire.at(path, "items"))?.mapIndexed { i, e -> Wire.need(e?.let { Item.fromJson(it, Wire.at(path, "items") + "[$i]") }, Wire.at(path, "items") + "[$i]") },
                subCustomsTrace = Wire.text(m["sub_customs_trace"], Wire.at(path, "sub_customs_trace")),
                trackingNumber = Wire.text(m["tracking_number"], Wire.at(path, "tracking_number")),
                subTransType = Wire.text(m["sub_trans_type"], Wire.at(path, "sub_trans_type")),
            )
        }
    }
}

/**
 * A transaction list (004:L4929).
 *
 * The core's `Transactions` (schema `models.Transactions`).
 */
data class Transactions(
    /** Payments. Wire name `payment_summaries`. */
    val paymentSummaries: List<PaymentSummary>? = null,
    /** Refunds. Wire name `refund_summaries`. */
    val refundSummaries: List<RefundSummary>? = null,
    /** The page. Wire name `pagination`. */
    val pagination: Pagination? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "payment_summaries" to paymentSummaries,
        "refund_summaries" to refundSummaries,
        "pagination" to pagination,
    )

    override fun toString(): String = "Transactions(" +
        "paymentSummaries=" + paymentSummaries + ", " +
        "refundSummaries=" + refundSummaries + ", " +
        "pagination=" + pagination +
        ")"

    companion object {
        /** Reads the core's JSON of a `Transactions`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Transactions {
            val m = Wire.members(value, path)
            return Transactions(
                paymentSummaries = Wire.list(m["payment_summaries"], Wire.at(path, "payment_summaries"))?.mapIndexed { i, e -> Wire.need(e?.let { PaymentSummary.fromJson(it, Wire.at(path, "payment_summaries") + "[$i]") }, Wire.at(path, "payment_summaries") + "[$i]") },
                refundSummaries = Wire.list(m["refund_summaries"], Wire.at(path, "refund_summaries"))?.mapIndexed { i, e -> Wire.need(e?.let { RefundSummary.fromJson(it, Wire.at(path, "refund_summaries") + "[$i]") }, Wire.at(path, "refund_summaries") + "[$i]") },
                pagination = m["pagination"]?.let { Pagination.fromJson(it, Wire.at(path, "pagination")) },
            )
        }
    }
}

/**
 * Unbinding request (004:L3022, L4235).
 *
 * The core's `Unbinding` (schema `models.Unbinding`).
 */
data class Unbinding(
    /** The customer's id in the merchant's system. Wire name `external_customer_id`. */
    val externalCustomerId: String? = null,
    /** The agreements to end. Wire name `payer_agreements`. */
    val payerAgreements: List<PayerAgreement>? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "external_customer_id" to externalCustomerId,
        "payer_agreements" to payerAgreements,
    )

    override fun toString(): String = "Unbinding(" +
        "externalCustomerId=" + Wire.redacted(externalCustomerId) + ", " +
        "payerAgreements=" + payerAgreements +
        ")"

    companion object {
        /** Reads the core's JSON of a `Unbinding`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): Unbinding {
            val m = Wire.members(value, path)
            return Unbinding(
                externalCustomerId = Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
                payerAgreements = Wire.list(m["payer_agreements"], Wire.at(path, "payer_agreements"))?.mapIndexed { i, e -> Wire.need(e?.let { PayerAgreement.fromJson(it, Wire.at(path, "payer_agreements") + "[$i]") }, Wire.at(path, "payer_agreements") + "[$i]") },
            )
        }
    }
}

/**
 * `update_express_info`: tracking numbers per sub-order.
 *
 * The core's `UpdateExpressInfoRequest` (schema `models.UpdateExpressInfoRequest`).
 */
data class UpdateExpressInfoRequest(
    /** `{sub_orders: [{mer_sub_reference_id, tracking_number}]}`. Wire name `order`. */
    val order: Order? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "order" to order,
    )

    override fun toString(): String = "UpdateExpressInfoRequest(" +
        "order=" + order +
        ")"

    companion object {
        /** Reads the core's JSON of a `UpdateExpressInfoRequest`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): UpdateExpressInfoRequest {
            val m = Wire.members(value, path)
            return UpdateExpressInfoRequest(
                order = m["order"]?.let { Order.fromJson(it, Wire.at(path, "order")) },
            )
        }
    }
}

/**
 * An uploaded file.
 *
 * The core's `UploadedFileResult` (schema `models.UploadedFileResult`).
 */
data class UploadedFileResult(
    /** The stored file name (e.g. `202311/…jpg`). Wire name `data`; required. */
    val data: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "data" to data,
    )

    override fun toString(): String = "UploadedFileResult(" +
        "data=" + Wire.redacted(data) +
        ")"

    companion object {
        /** Reads the core's JSON of a `UploadedFileResult`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): UploadedFileResult {
            val m = Wire.members(value, path)
            return UploadedFileResult(
                data = Wire.need(Wire.text(m["data"], Wire.at(path, "data")), Wire.at(path, "data")),
            )
        }
    }
}

/**
 * WeChat H5 pay elements (004:L4951).
 *
 * The core's `WechatH5` (schema `models.WechatH5`).
 */
data class WechatH5(
    /** `IDENTITY_CARD`. Wire name `citizen_id_type`. */
    val citizenIdType: String? = null,
    /** ID number (encrypted). Wire name `citizen_id_number`. */
    val citizenIdNumber: String? = null,
    /** Response: URL-encoded H5 URL (the example key is `wechat_H5_url`). Wire name `wechat_h5_url`. */
    val wechatH5Url: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "citizen_id_type" to citizenIdType,
        "citizen_id_number" to citizenIdNumber,
        "wechat_h5_url" to wechatH5Url,
    )

    override fun toString(): String = "WechatH5(" +
        "citizenIdType=" + Wire.redacted(citizenIdType) + ", " +
        "citizenIdNumber=" + Wire.redacted(citizenIdNumber) + ", " +
        "wechatH5Url=" + Wire.redacted(wechatH5Url) +
        ")"

    companion object {
        /** Reads the core's JSON of a `WechatH5`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): WechatH5 {
            val m = Wire.members(value, path)
            return WechatH5(
                citizenIdType = Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
                citizenIdNumber = Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
                wechatH5Url = Wire.text(m["wechat_h5_url"], Wire.at(path, "wechat_h5_url")),
            )
        }
    }
}

/**
 * WeChat in-app pay elements (004:L4936).
 *
 * The core's `WechatInApp` (schema `models.WechatInApp`).
 */
data class WechatInApp(
    /** `IDENTITY_CARD`. Wire name `citizen_id_type`. */
    val citizenIdType: String? = null,
    /** ID number (encrypted). Wire name `citizen_id_number`. */
    val citizenIdNumber: String? = null,
    /** The merchant app's WeChat id (examples, 004:L1284). Wire name `app_id`. */
    val appId: String? = null,
    /** Response: what the app hands to WeChat. Wire name `pay_info`. */
    val payInfo: PayInfo? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "citizen_id_type" to citizenIdType,
        "citizen_id_number" to citizenIdNumber,
        "app_id" to appId,
        "pay_info" to payInfo,
    )

    override fun toString(): String = "WechatInApp(" +
        "citizenIdType=" + Wire.redacted(citizenIdType) + ", " +
        "citizenIdNumber=" + Wire.redacted(citizenIdNumber) + ", " +
        "appId=" + Wire.redacted(appId) + ", " +
        "payInfo=" + payInfo +
        ")"

    companion object {
        /** Reads the core's JSON of a `WechatInApp`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): WechatInApp {
            val m = Wire.members(value, path)
            return WechatInApp(
                citizenIdType = Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
                citizenIdNumber = Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
                appId = Wire.text(m["app_id"], Wire.at(path, "app_id")),
                payInfo = m["pay_info"]?.let { PayInfo.fromJson(it, Wire.at(path, "pay_info")) },
            )
        }
    }
}

/**
 * WeChat official-account pay elements (004:L4943).
 *
 * The core's `WechatInAppWeb` (schema `models.WechatInAppWeb`).
 */
data class WechatInAppWeb(
    /** WeChat OpenID (from `get_wechat_openid_url`). Wire name `open_id`. */
    val openId: String? = null,
    /** `IDENTITY_CARD`. Wire name `citizen_id_type`. */
    val citizenIdType: String? = null,
    /** ID number (encrypted). Wire name `citizen_id_number`. */
    val citizenIdNumber: String? = null,
    /** The merchant's own official-account id, when used. Wire name `app_id`. */
    val appId: String? = null,
    /** Response: what the page hands to WeChat's JS-API. Wire name `pay_info`. */
    val payInfo: PayInfo? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> = Wire.obj(
        "open_id" to openId,
        "citizen_id_type" to citizenIdType,
        "citizen_id_number" to citizenIdNumber,
        "app_id" to appId,
        "pay_info" to payInfo,
    )

    override fun toString(): String = "WechatInAppWeb(" +
        "openId=" + Wire.redacted(openId) + ", " +
        "citizenIdType=" + Wire.redacted(citizenIdType) + ", " +
        "citizenIdNumber=" + Wire.redacted(citizenIdNumber) + ", " +
        "appId=" + Wire.redacted(appId) + ", " +
        "payInfo=" + payInfo +
        ")"

    companion object {
        /** Reads the core's JSON of a `WechatInAppWeb`; `path` names it in errors. */
        fun fromJson(value: Any?, path: String = ""): WechatInAppWeb {
            val m = Wire.members(value, path)
            return WechatInAppWeb(
                openId = Wire.text(m["open_id"], Wire.at(path, "open_id")),
                citizenIdType = Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
                citizenIdNumber = Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
                appId = Wire.text(m["app_id"], Wire.at(path, "app_id")),
                payInfo = m["pay_info"]?.let { PayInfo.fromJson(it, Wire.at(path, "pay_info")) },
            )
        }
    }
}

/** The parameters of `list_banks`. */
class ListBanksParams(
    val type: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (type != null) m["type"] = type
        return m
    }

    override fun toString(): String = "ListBanksParams(" + "type=" + type + ")"
}

/** The parameters of `query_card_bin`. */
class QueryCardBinParams(
    val card: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (card != null) m["card"] = card
        return m
    }

    override fun toString(): String = "QueryCardBinParams(" + "card=" + Wire.redacted(card) + ")"
}

/** The parameters of `get_wechat_openid_url`. */
class GetWechatOpenidUrlParams(
    val notifyUrl: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (notifyUrl != null) m["notify_url"] = notifyUrl
        return m
    }

    override fun toString(): String = "GetWechatOpenidUrlParams(" + "notifyUrl=" + notifyUrl + ")"
}

/** The parameters of `get_exchange_rate`. */
class GetExchangeRateParams(
    val currency: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (currency != null) m["currency"] = currency
        return m
    }

    override fun toString(): String = "GetExchangeRateParams(" + "currency=" + currency + ")"
}

/** The answer to `create_payment`: its `Payment`, and the members every answer has, non-null. */
class CreatePaymentReply(response: ApiResponse) : Reply<Payment>(Payment.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.order.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentOrderAmountTotal: BigDecimal get() = Wire.need(result.order?.amount?.total, "payment.order.amount.total")
}

/** The parameters of `send_payment_sms`. */
class SendPaymentSmsParams(
    val paymentId: String,
    val body: PayerRequest,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "SendPaymentSmsParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The answer to `send_payment_sms`: its `Payment`, and the members every answer has, non-null. */
class SendPaymentSmsReply(response: ApiResponse) : Reply<Payment>(Payment.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.id`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentId: String get() = Wire.need(result.id, "payment.id")
}

/** The parameters of `execute_payment`. */
class ExecutePaymentParams(
    val paymentId: String,
    val body: PayerRequest,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "ExecutePaymentParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The answer to `execute_payment`: its `Payment`, and the members every answer has, non-null. */
class ExecutePaymentReply(response: ApiResponse) : Reply<Payment>(Payment.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentState: PaymentState get() = Wire.need(result.state, "payment.state")
}

/** The parameters of `get_payment`. */
class GetPaymentParams(
    val paymentId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "GetPaymentParams(" + "paymentId=" + paymentId + ")"
}

/** The answer to `get_payment`: its `Payment`, and the members every answer has, non-null. */
class GetPaymentReply(response: ApiResponse) : Reply<Payment>(Payment.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentState: PaymentState get() = Wire.need(result.state, "payment.state")
    /** `payment.order.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentOrderAmountTotal: BigDecimal get() = Wire.need(result.order?.amount?.total, "payment.order.amount.total")
}

/** The parameters of `create_refund`. */
class CreateRefundParams(
    val paymentId: String,
    val body: RefundRequest,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "CreateRefundParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The answer to `create_refund`: its `Refund`, and the members every answer has, non-null. */
class CreateRefundReply(response: ApiResponse) : Reply<Refund>(Refund.fromJson(JsonText.read(response.resultJson)), response) {
    /** `refund.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `refund` is read, and checked here, on access). */
    val refundState: RefundState get() = Wire.need(result.state, "refund.state")
}

/** The parameters of `create_async_refund`. */
class CreateAsyncRefundParams(
    val paymentId: String,
    val body: RefundRequest,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "CreateAsyncRefundParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The answer to `create_async_refund`: its `Refund`, and the members every answer has, non-null. */
class CreateAsyncRefundReply(response: ApiResponse) : Reply<Refund>(Refund.fromJson(JsonText.read(response.resultJson)), response) {
    /** `refund.id`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `refund` is read, and checked here, on access). */
    val refundId: String get() = Wire.need(result.id, "refund.id")
    /** `refund.refund_info.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `refund` is read, and checked here, on access). */
    val refundRefundInfoAmountTotal: BigDecimal get() = Wire.need(result.refundInfo?.amount?.total, "refund.refund_info.amount.total")
}

/** The parameters of `get_refund`. */
class GetRefundParams(
    val refundId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["refund_id"] = refundId
        return m
    }

    override fun toString(): String = "GetRefundParams(" + "refundId=" + refundId + ")"
}

/** The answer to `get_refund`: its `Refund`, and the members every answer has, non-null. */
class GetRefundReply(response: ApiResponse) : Reply<Refund>(Refund.fromJson(JsonText.read(response.resultJson)), response) {
    /** `refund.id`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `refund` is read, and checked here, on access). */
    val refundId: String get() = Wire.need(result.id, "refund.id")
    /** `refund.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `refund` is read, and checked here, on access). */
    val refundState: RefundState get() = Wire.need(result.state, "refund.state")
}

/** The parameters of `get_payment_with_refunds`. */
class GetPaymentWithRefundsParams(
    val paymentId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "GetPaymentWithRefundsParams(" + "paymentId=" + paymentId + ")"
}

/** The answer to `get_payment_with_refunds`: its `PaymentWithRefundsResult`, and the members every answer has, non-null. */
class GetPaymentWithRefundsReply(response: ApiResponse) : Reply<PaymentWithRefundsResult>(PaymentWithRefundsResult.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.id`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentId: String get() = Wire.need(result.payment.id, "payment.id")
    /** `payment.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentState: PaymentState get() = Wire.need(result.payment.state, "payment.state")
    /** `payment.order.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentOrderAmountTotal: BigDecimal get() = Wire.need(result.payment.order?.amount?.total, "payment.order.amount.total")
}

/** The parameters of `query_agreements`. */
class QueryAgreementsParams(
    val externalCustomerId: String? = null,
    val usrBusiAgreementId: String? = null,
    val bankType: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (externalCustomerId != null) m["external_customer_id"] = externalCustomerId
        if (usrBusiAgreementId != null) m["usr_busi_agreement_id"] = usrBusiAgreementId
        if (bankType != null) m["bank_type"] = bankType
        return m
    }

    override fun toString(): String = "QueryAgreementsParams(" + "externalCustomerId=" + externalCustomerId + ", " + "usrBusiAgreementId=" + usrBusiAgreementId + ", " + "bankType=" + bankType + ")"
}

/** The parameters of `apply_to_customs`. */
class ApplyToCustomsParams(
    val paymentId: String,
    val body: CustomsDeclaration,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "ApplyToCustomsParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The parameters of `get_customs_declaration`. */
class GetCustomsDeclarationParams(
    val customsDeclarationId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["customs_declaration_id"] = customsDeclarationId
        return m
    }

    override fun toString(): String = "GetCustomsDeclarationParams(" + "customsDeclarationId=" + customsDeclarationId + ")"
}

/** The parameters of `apply_to_ciq`. */
class ApplyToCiqParams(
    val paymentId: String,
    val body: CiqDeclaration,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "ApplyToCiqParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The parameters of `get_ciq_declaration`. */
class GetCiqDeclarationParams(
    val ciqDeclarationId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["ciq_declaration_id"] = ciqDeclarationId
        return m
    }

    override fun toString(): String = "GetCiqDeclarationParams(" + "ciqDeclarationId=" + ciqDeclarationId + ")"
}

/** The parameters of `get_reconciliation_statement`. */
class GetReconciliationStatementParams(
    val settleDate: String,
    val pageNumber: String? = null,
    val pageSize: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (settleDate != null) m["settle_date"] = settleDate
        if (pageNumber != null) m["page_number"] = pageNumber
        if (pageSize != null) m["page_size"] = pageSize
        return m
    }

    override fun toString(): String = "GetReconciliationStatementParams(" + "settleDate=" + settleDate + ", " + "pageNumber=" + pageNumber + ", " + "pageSize=" + pageSize + ")"
}

/** The answer to `get_reconciliation_statement`: its `ReconciliationResult`, and the members every answer has, non-null. */
class GetReconciliationStatementReply(response: ApiResponse) : Reply<ReconciliationResult>(ReconciliationResult.fromJson(JsonText.read(response.resultJson)), response) {
    /** `reconciliations.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `reconciliations` is read, and checked here, on access). */
    val reconciliationsAmountTotal: BigDecimal get() = Wire.need(result.reconciliations.amount?.total, "reconciliations.amount.total")
}

/** The parameters of `download_settlement_file`. */
class DownloadSettlementFileParams(
    val settleDate: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (settleDate != null) m["settle_date"] = settleDate
        return m
    }

    override fun toString(): String = "DownloadSettlementFileParams(" + "settleDate=" + settleDate + ")"
}

/** The parameters of `list_transactions`. */
class ListTransactionsParams(
    val merDate: String,
    val pageNumber: String? = null,
    val pageSize: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (merDate != null) m["mer_date"] = merDate
        if (pageNumber != null) m["page_number"] = pageNumber
        if (pageSize != null) m["page_size"] = pageSize
        return m
    }

    override fun toString(): String = "ListTransactionsParams(" + "merDate=" + merDate + ", " + "pageNumber=" + pageNumber + ", " + "pageSize=" + pageSize + ")"
}

/** The parameters of `download_transactions_file`. */
class DownloadTransactionsFileParams(
    val settleDate: String? = null,
    val merDate: String? = null,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (settleDate != null) m["settle_date"] = settleDate
        if (merDate != null) m["mer_date"] = merDate
        return m
    }

    override fun toString(): String = "DownloadTransactionsFileParams(" + "settleDate=" + settleDate + ", " + "merDate=" + merDate + ")"
}

/** The parameters of `download_settle_month_statement`. */
class DownloadSettleMonthStatementParams(
    val fileId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["file_id"] = fileId
        return m
    }

    override fun toString(): String = "DownloadSettleMonthStatementParams(" + "fileId=" + fileId + ")"
}

/** The parameters of `declare_again`. */
class DeclareAgainParams(
    val declarationId: String,
    val body: Empty,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["declaration_id"] = declarationId
        return m
    }

    override fun toString(): String = "DeclareAgainParams(" + "declarationId=" + declarationId + ", " + "body=" + body + ")"
}

/** The answer to `create_async_refund_no_payment_id`: its `AsyncRefund`, and the members every answer has, non-null. */
class CreateAsyncRefundNoPaymentIdReply(response: ApiResponse) : Reply<AsyncRefund>(AsyncRefund.fromJson(JsonText.read(response.resultJson)), response) {
    /** `asy_refund.refund_info.amount.total`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `asy_refund` is read, and checked here, on access). */
    val asyRefundRefundInfoAmountTotal: BigDecimal get() = Wire.need(result.refundInfo?.amount?.total, "asy_refund.refund_info.amount.total")
}

/** The answer to `query_async_refund_no_payment_id`: its `AsyncRefund`, and the members every answer has, non-null. */
class QueryAsyncRefundNoPaymentIdReply(response: ApiResponse) : Reply<AsyncRefund>(AsyncRefund.fromJson(JsonText.read(response.resultJson)), response) {
    /** `asy_refund.state`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `asy_refund` is read, and checked here, on access). */
    val asyRefundState: RefundState get() = Wire.need(result.state, "asy_refund.state")
}

/** The parameters of `unbind_bank_agreement`. */
class UnbindBankAgreementParams(
    val body: Unbinding,
    /** Must be true: ends the agreement at every UMF merchant and at the bank (004:L4251) */
    val confirm: Boolean,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        if (confirm) m["$confirm"] = true
        return m
    }

    override fun toString(): String = "UnbindBankAgreementParams(" + "body=" + body + ", " + "confirm=" + confirm + ")"
}

/** The parameters of `update_express_info`. */
class UpdateExpressInfoParams(
    val paymentId: String,
    val body: UpdateExpressInfoRequest,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m.putAll(body.toJson())
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "UpdateExpressInfoParams(" + "paymentId=" + paymentId + ", " + "body=" + body + ")"
}

/** The answer to `update_express_info`: its `Payment`, and the members every answer has, non-null. */
class UpdateExpressInfoReply(response: ApiResponse) : Reply<Payment>(Payment.fromJson(JsonText.read(response.resultJson)), response) {
    /** `payment.id`: the documents show it in every answer; the core checks it (an answer
     * under an older name of `payment` is read, and checked here, on access). */
    val paymentId: String get() = Wire.need(result.id, "payment.id")
}

/** The parameters of `get_enterprise_qualification`. */
class GetEnterpriseQualificationParams(
    val enterpriseId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["enterprise_id"] = enterpriseId
        return m
    }

    override fun toString(): String = "GetEnterpriseQualificationParams(" + "enterpriseId=" + enterpriseId + ")"
}

/** The parameters of `query_remittance_status`. */
class QueryRemittanceStatusParams(
    val paymentId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "QueryRemittanceStatusParams(" + "paymentId=" + paymentId + ")"
}

/** The parameters of `query_tuition_order`. */
class QueryTuitionOrderParams(
    val paymentId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "QueryTuitionOrderParams(" + "paymentId=" + paymentId + ")"
}

/** The parameters of `query_b2b_order`. */
class QueryB2bOrderParams(
    val paymentId: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        m["payment_id"] = paymentId
        return m
    }

    override fun toString(): String = "QueryB2bOrderParams(" + "paymentId=" + paymentId + ")"
}

/** The parameters of `download_reconciliation_statement_file_legacy`. */
class DownloadReconciliationStatementFileLegacyParams(
    val merDate: String,
) : WireObject {
    override fun toJson(): Map<String, Any?> {
        val m = LinkedHashMap<String, Any?>()
        if (merDate != null) m["mer_date"] = merDate
        return m
    }

    override fun toString(): String = "DownloadReconciliationStatementFileLegacyParams(" + "merDate=" + merDate + ")"
}

/** Every operation with typed parameters and reply (the token request and the multipart
 * uploads keep their JSON forms). */
object Ops {
    val LIST_BANKS: Operation<ListBanksParams, Reply<BanksResult>> = Operation(OpId.LIST_BANKS) { Reply(BanksResult.fromJson(JsonText.read(it.resultJson)), it) }
    val QUERY_CARD_BIN: Operation<QueryCardBinParams, Reply<BanksResult>> = Operation(OpId.QUERY_CARD_BIN) { Reply(BanksResult.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_WECHAT_OPENID_URL: Operation<GetWechatOpenidUrlParams, Reply<Unit>> = Operation(OpId.GET_WECHAT_OPENID_URL) { Reply(Unit, it) }
    val GET_EXCHANGE_RATE: Operation<GetExchangeRateParams, Reply<ExchangeRatesResult>> = Operation(OpId.GET_EXCHANGE_RATE) { Reply(ExchangeRatesResult.fromJson(JsonText.read(it.resultJson)), it) }
    val CREATE_PAYMENT: Operation<CreatePaymentRequest, CreatePaymentReply> = Operation(OpId.CREATE_PAYMENT) { CreatePaymentReply(it) }
    val SEND_PAYMENT_SMS: Operation<SendPaymentSmsParams, SendPaymentSmsReply> = Operation(OpId.SEND_PAYMENT_SMS) { SendPaymentSmsReply(it) }
    val EXECUTE_PAYMENT: Operation<ExecutePaymentParams, ExecutePaymentReply> = Operation(OpId.EXECUTE_PAYMENT) { ExecutePaymentReply(it) }
    val GET_PAYMENT: Operation<GetPaymentParams, GetPaymentReply> = Operation(OpId.GET_PAYMENT) { GetPaymentReply(it) }
    val CREATE_REFUND: Operation<CreateRefundParams, CreateRefundReply> = Operation(OpId.CREATE_REFUND) { CreateRefundReply(it) }
    val CREATE_ASYNC_REFUND: Operation<CreateAsyncRefundParams, CreateAsyncRefundReply> = Operation(OpId.CREATE_ASYNC_REFUND) { CreateAsyncRefundReply(it) }
    val GET_REFUND: Operation<GetRefundParams, GetRefundReply> = Operation(OpId.GET_REFUND) { GetRefundReply(it) }
    val GET_PAYMENT_WITH_REFUNDS: Operation<GetPaymentWithRefundsParams, GetPaymentWithRefundsReply> = Operation(OpId.GET_PAYMENT_WITH_REFUNDS) { GetPaymentWithRefundsReply(it) }
    val QUERY_AGREEMENTS: Operation<QueryAgreementsParams, Reply<AgreementInfo>> = Operation(OpId.QUERY_AGREEMENTS) { Reply(AgreementInfo.fromJson(JsonText.read(it.resultJson)), it) }
    val UNBIND_AGREEMENT: Operation<Unbinding, Reply<Unit>> = Operation(OpId.UNBIND_AGREEMENT) { Reply(Unit, it) }
    val APPLY_TO_CUSTOMS: Operation<ApplyToCustomsParams, Reply<CustomsDeclarationsResult>> = Operation(OpId.APPLY_TO_CUSTOMS) { Reply(CustomsDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_CUSTOMS_DECLARATION: Operation<GetCustomsDeclarationParams, Reply<CustomsDeclarationsResult>> = Operation(OpId.GET_CUSTOMS_DECLARATION) { Reply(CustomsDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val APPLY_TO_CIQ: Operation<ApplyToCiqParams, Reply<CiqDeclarationsResult>> = Operation(OpId.APPLY_TO_CIQ) { Reply(CiqDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_CIQ_DECLARATION: Operation<GetCiqDeclarationParams, Reply<CiqDeclarationsResult>> = Operation(OpId.GET_CIQ_DECLARATION) { Reply(CiqDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_RECONCILIATION_STATEMENT: Operation<GetReconciliationStatementParams, GetReconciliationStatementReply> = Operation(OpId.GET_RECONCILIATION_STATEMENT) { GetReconciliationStatementReply(it) }
    val DOWNLOAD_SETTLEMENT_FILE: Operation<DownloadSettlementFileParams, Reply<Unit>> = Operation(OpId.DOWNLOAD_SETTLEMENT_FILE) { Reply(Unit, it) }
    val LIST_TRANSACTIONS: Operation<ListTransactionsParams, Reply<Transactions>> = Operation(OpId.LIST_TRANSACTIONS) { Reply(Transactions.fromJson(JsonText.read(it.resultJson)), it) }
    val DOWNLOAD_TRANSACTIONS_FILE: Operation<DownloadTransactionsFileParams, Reply<Unit>> = Operation(OpId.DOWNLOAD_TRANSACTIONS_FILE) { Reply(Unit, it) }
    val CREATE_SETTLE_MONTH_STATEMENT: Operation<SettleMonthFile, Reply<SettleMonthFile>> = Operation(OpId.CREATE_SETTLE_MONTH_STATEMENT) { Reply(SettleMonthFile.fromJson(JsonText.read(it.resultJson)), it) }
    val DOWNLOAD_SETTLE_MONTH_STATEMENT: Operation<DownloadSettleMonthStatementParams, Reply<Unit>> = Operation(OpId.DOWNLOAD_SETTLE_MONTH_STATEMENT) { Reply(Unit, it) }
    val DECLARE_AGAIN: Operation<DeclareAgainParams, Reply<DeclareAgain>> = Operation(OpId.DECLARE_AGAIN) { Reply(DeclareAgain.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_REFUNDABLE_BALANCE: Operation<NoParams, Reply<AccountBalance>> = Operation(OpId.GET_REFUNDABLE_BALANCE) { Reply(AccountBalance.fromJson(JsonText.read(it.resultJson)), it) }
    val CREATE_ASYNC_REFUND_NO_PAYMENT_ID: Operation<AsyncRefund, CreateAsyncRefundNoPaymentIdReply> = Operation(OpId.CREATE_ASYNC_REFUND_NO_PAYMENT_ID) { CreateAsyncRefundNoPaymentIdReply(it) }
    val QUERY_ASYNC_REFUND_NO_PAYMENT_ID: Operation<AsyncRefund, QueryAsyncRefundNoPaymentIdReply> = Operation(OpId.QUERY_ASYNC_REFUND_NO_PAYMENT_ID) { QueryAsyncRefundNoPaymentIdReply(it) }
    val APPLY_TO_CUSTOMS_NO_PAYMENT_ID: Operation<CustomsDeclaration, Reply<CustomsDeclarationsResult>> = Operation(OpId.APPLY_TO_CUSTOMS_NO_PAYMENT_ID) { Reply(CustomsDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val QUERY_CUSTOMS_NO_PAYMENT_ID: Operation<CustomsDeclaration, Reply<CustomsDeclarationsResult>> = Operation(OpId.QUERY_CUSTOMS_NO_PAYMENT_ID) { Reply(CustomsDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val APPLY_TO_CIQ_NO_PAYMENT_ID: Operation<CiqDeclaration, Reply<CiqDeclarationsResult>> = Operation(OpId.APPLY_TO_CIQ_NO_PAYMENT_ID) { Reply(CiqDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val QUERY_CIQ_NO_PAYMENT_ID: Operation<CiqDeclaration, Reply<CiqDeclarationsResult>> = Operation(OpId.QUERY_CIQ_NO_PAYMENT_ID) { Reply(CiqDeclarationsResult.fromJson(JsonText.read(it.resultJson)), it) }
    val DECLARE_AGAIN_NO_PAYMENT_ID: Operation<DeclareAgain, Reply<DeclareAgain>> = Operation(OpId.DECLARE_AGAIN_NO_PAYMENT_ID) { Reply(DeclareAgain.fromJson(JsonText.read(it.resultJson)), it) }
    val BIND_CARD_SEND_SMS: Operation<CardBinding, Reply<CardBinding>> = Operation(OpId.BIND_CARD_SEND_SMS) { Reply(CardBinding.fromJson(JsonText.read(it.resultJson)), it) }
    val BIND_CARD_CONFIRM: Operation<CardBinding, Reply<CardBinding>> = Operation(OpId.BIND_CARD_CONFIRM) { Reply(CardBinding.fromJson(JsonText.read(it.resultJson)), it) }
    val UNBIND_BANK_AGREEMENT: Operation<UnbindBankAgreementParams, Reply<Unit>> = Operation(OpId.UNBIND_BANK_AGREEMENT) { Reply(Unit, it) }
    val UPDATE_EXPRESS_INFO: Operation<UpdateExpressInfoParams, UpdateExpressInfoReply> = Operation(OpId.UPDATE_EXPRESS_INFO) { UpdateExpressInfoReply(it) }
    val CREATE_ENTERPRISE_QUALIFICATION: Operation<EnterpriseQualificationRequest, Reply<EnterpriseQualification>> = Operation(OpId.CREATE_ENTERPRISE_QUALIFICATION) { Reply(EnterpriseQualification.fromJson(JsonText.read(it.resultJson)), it) }
    val GET_ENTERPRISE_QUALIFICATION: Operation<GetEnterpriseQualificationParams, Reply<EnterpriseQualification>> = Operation(OpId.GET_ENTERPRISE_QUALIFICATION) { Reply(EnterpriseQualification.fromJson(JsonText.read(it.resultJson)), it) }
    val SEND_PAYEE_INFO: Operation<PayeeInfor, Reply<Unit>> = Operation(OpId.SEND_PAYEE_INFO) { Reply(Unit, it) }
    val SEND_ORDER_ITEM: Operation<OrderItem, Reply<Unit>> = Operation(OpId.SEND_ORDER_ITEM) { Reply(Unit, it) }
    val CONFIRM_REMITTANCE: Operation<ConfirmPayment, Reply<Unit>> = Operation(OpId.CONFIRM_REMITTANCE) { Reply(Unit, it) }
    val QUERY_REMITTANCE_STATUS: Operation<QueryRemittanceStatusParams, Reply<PayRes>> = Operation(OpId.QUERY_REMITTANCE_STATUS) { Reply(PayRes.fromJson(JsonText.read(it.resultJson)), it) }
    val CREATE_TUITION_ORDER: Operation<PayOrder, Reply<Unit>> = Operation(OpId.CREATE_TUITION_ORDER) { Reply(Unit, it) }
    val QUERY_TUITION_ORDER: Operation<QueryTuitionOrderParams, Reply<PayQueryOrder>> = Operation(OpId.QUERY_TUITION_ORDER) { Reply(PayQueryOrder.fromJson(JsonText.read(it.resultJson)), it) }
    val SEND_ENTERPRISE_QUALIFICATION: Operation<SendEnterpriseQualification, Reply<Unit>> = Operation(OpId.SEND_ENTERPRISE_QUALIFICATION) { Reply(Unit, it) }
    val QUERY_ENTERPRISE_QUALIFICATION_REPORT: Operation<QueryEnterprise, Reply<QueryEnterpriseId>> = Operation(OpId.QUERY_ENTERPRISE_QUALIFICATION_REPORT) { Reply(QueryEnterpriseId.fromJson(JsonText.read(it.resultJson)), it) }
    val SEND_B2B_OUTER_ORDER_DETAIL: Operation<B2bOuterOrder, Reply<Unit>> = Operation(OpId.SEND_B2B_OUTER_ORDER_DETAIL) { Reply(Unit, it) }
    val SEND_B2B_ORDER: Operation<PaymentSub, Reply<Unit>> = Operation(OpId.SEND_B2B_ORDER) { Reply(Unit, it) }
    val QUERY_B2B_ORDER: Operation<QueryB2bOrderParams, Reply<QueryOrder>> = Operation(OpId.QUERY_B2B_ORDER) { Reply(QueryOrder.fromJson(JsonText.read(it.resultJson)), it) }
    val DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY: Operation<DownloadReconciliationStatementFileLegacyParams, Reply<Unit>> = Operation(OpId.DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY) { Reply(Unit, it) }

    /** The descriptors by id. */
    val byId: Map<OpId, Operation<*, *>> = mapOf(
        OpId.LIST_BANKS to LIST_BANKS,
        OpId.QUERY_CARD_BIN to QUERY_CARD_BIN,
        OpId.GET_WECHAT_OPENID_URL to GET_WECHAT_OPENID_URL,
        OpId.GET_EXCHANGE_RATE to GET_EXCHANGE_RATE,
        OpId.CREATE_PAYMENT to CREATE_PAYMENT,
        OpId.SEND_PAYMENT_SMS to SEND_PAYMENT_SMS,
        OpId.EXECUTE_PAYMENT to EXECUTE_PAYMENT,
        OpId.GET_PAYMENT to GET_PAYMENT,
        OpId.CREATE_REFUND to CREATE_REFUND,
        OpId.CREATE_ASYNC_REFUND to CREATE_ASYNC_REFUND,
        OpId.GET_REFUND to GET_REFUND,
        OpId.GET_PAYMENT_WITH_REFUNDS to GET_PAYMENT_WITH_REFUNDS,
        OpId.QUERY_AGREEMENTS to QUERY_AGREEMENTS,
        OpId.UNBIND_AGREEMENT to UNBIND_AGREEMENT,
        OpId.APPLY_TO_CUSTOMS to APPLY_TO_CUSTOMS,
        OpId.GET_CUSTOMS_DECLARATION to GET_CUSTOMS_DECLARATION,
        OpId.APPLY_TO_CIQ to APPLY_TO_CIQ,
        OpId.GET_CIQ_DECLARATION to GET_CIQ_DECLARATION,
        OpId.GET_RECONCILIATION_STATEMENT to GET_RECONCILIATION_STATEMENT,
        OpId.DOWNLOAD_SETTLEMENT_FILE to DOWNLOAD_SETTLEMENT_FILE,
        OpId.LIST_TRANSACTIONS to LIST_TRANSACTIONS,
        OpId.DOWNLOAD_TRANSACTIONS_FILE to DOWNLOAD_TRANSACTIONS_FILE,
        OpId.CREATE_SETTLE_MONTH_STATEMENT to CREATE_SETTLE_MONTH_STATEMENT,
        OpId.DOWNLOAD_SETTLE_MONTH_STATEMENT to DOWNLOAD_SETTLE_MONTH_STATEMENT,
        OpId.DECLARE_AGAIN to DECLARE_AGAIN,
        OpId.GET_REFUNDABLE_BALANCE to GET_REFUNDABLE_BALANCE,
        OpId.CREATE_ASYNC_REFUND_NO_PAYMENT_ID to CREATE_ASYNC_REFUND_NO_PAYMENT_ID,
        OpId.QUERY_ASYNC_REFUND_NO_PAYMENT_ID to QUERY_ASYNC_REFUND_NO_PAYMENT_ID,
        OpId.APPLY_TO_CUSTOMS_NO_PAYMENT_ID to APPLY_TO_CUSTOMS_NO_PAYMENT_ID,
        OpId.QUERY_CUSTOMS_NO_PAYMENT_ID to QUERY_CUSTOMS_NO_PAYMENT_ID,
        OpId.APPLY_TO_CIQ_NO_PAYMENT_ID to APPLY_TO_CIQ_NO_PAYMENT_ID,
        OpId.QUERY_CIQ_NO_PAYMENT_ID to QUERY_CIQ_NO_PAYMENT_ID,
        OpId.DECLARE_AGAIN_NO_PAYMENT_ID to DECLARE_AGAIN_NO_PAYMENT_ID,
        OpId.BIND_CARD_SEND_SMS to BIND_CARD_SEND_SMS,
        OpId.BIND_CARD_CONFIRM to BIND_CARD_CONFIRM,
        OpId.UNBIND_BANK_AGREEMENT to UNBIND_BANK_AGREEMENT,
        OpId.UPDATE_EXPRESS_INFO to UPDATE_EXPRESS_INFO,
        OpId.CREATE_ENTERPRISE_QUALIFICATION to CREATE_ENTERPRISE_QUALIFICATION,
        OpId.GET_ENTERPRISE_QUALIFICATION to GET_ENTERPRISE_QUALIFICATION,
        OpId.SEND_PAYEE_INFO to SEND_PAYEE_INFO,
        OpId.SEND_ORDER_ITEM to SEND_ORDER_ITEM,
        OpId.CONFIRM_REMITTANCE to CONFIRM_REMITTANCE,
        OpId.QUERY_REMITTANCE_STATUS to QUERY_REMITTANCE_STATUS,
        OpId.CREATE_TUITION_ORDER to CREATE_TUITION_ORDER,
        OpId.QUERY_TUITION_ORDER to QUERY_TUITION_ORDER,
        OpId.SEND_ENTERPRISE_QUALIFICATION to SEND_ENTERPRISE_QUALIFICATION,
        OpId.QUERY_ENTERPRISE_QUALIFICATION_REPORT to QUERY_ENTERPRISE_QUALIFICATION_REPORT,
        OpId.SEND_B2B_OUTER_ORDER_DETAIL to SEND_B2B_OUTER_ORDER_DETAIL,
        OpId.SEND_B2B_ORDER to SEND_B2B_ORDER,
        OpId.QUERY_B2B_ORDER to QUERY_B2B_ORDER,
        OpId.DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY to DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY,
    )
}

/** `list_banks`, typed: see [UmfOperations.listBanks]. */
fun UmfOperations.listBanks(params: ListBanksParams): Reply<BanksResult> = call(Ops.LIST_BANKS, params)

/** `query_card_bin`, typed: see [UmfOperations.queryCardBin]. */
fun UmfOperations.queryCardBin(params: QueryCardBinParams): Reply<BanksResult> = call(Ops.QUERY_CARD_BIN, params)

/** `get_wechat_openid_url`, typed: see [UmfOperations.getWechatOpenidUrl]. */
fun UmfOperations.getWechatOpenidUrl(params: GetWechatOpenidUrlParams): Reply<Unit> = call(Ops.GET_WECHAT_OPENID_URL, params)

/** `get_exchange_rate`, typed: see [UmfOperations.getExchangeRate]. */
fun UmfOperations.getExchangeRate(params: GetExchangeRateParams): Reply<ExchangeRatesResult> = call(Ops.GET_EXCHANGE_RATE, params)

/** `create_payment`, typed: see [UmfOperations.createPayment]. */
fun UmfOperations.createPayment(params: CreatePaymentRequest): CreatePaymentReply = call(Ops.CREATE_PAYMENT, params)

/** `send_payment_sms`, typed: see [UmfOperations.sendPaymentSms]. */
fun UmfOperations.sendPaymentSms(params: SendPaymentSmsParams): SendPaymentSmsReply = call(Ops.SEND_PAYMENT_SMS, params)

/** `execute_payment`, typed: see [UmfOperations.executePayment]. */
fun UmfOperations.executePayment(params: ExecutePaymentParams): ExecutePaymentReply = call(Ops.EXECUTE_PAYMENT, params)

/** `get_payment`, typed: see [UmfOperations.getPayment]. */
fun UmfOperations.getPayment(params: GetPaymentParams): GetPaymentReply = call(Ops.GET_PAYMENT, params)

/** `create_refund`, typed: see [UmfOperations.createRefund]. */
fun UmfOperations.createRefund(params: CreateRefundParams): CreateRefundReply = call(Ops.CREATE_REFUND, params)

/** `create_async_refund`, typed: see [UmfOperations.createAsyncRefund]. */
fun UmfOperations.createAsyncRefund(params: CreateAsyncRefundParams): CreateAsyncRefundReply = call(Ops.CREATE_ASYNC_REFUND, params)

/** `get_refund`, typed: see [UmfOperations.getRefund]. */
fun UmfOperations.getRefund(params: GetRefundParams): GetRefundReply = call(Ops.GET_REFUND, params)

/** `get_payment_with_refunds`, typed: see [UmfOperations.getPaymentWithRefunds]. */
fun UmfOperations.getPaymentWithRefunds(params: GetPaymentWithRefundsParams): GetPaymentWithRefundsReply = call(Ops.GET_PAYMENT_WITH_REFUNDS, params)

/** `query_agreements`, typed: see [UmfOperations.queryAgreements]. */
fun UmfOperations.queryAgreements(params: QueryAgreementsParams): Reply<AgreementInfo> = call(Ops.QUERY_AGREEMENTS, params)

/** `unbind_agreement`, typed: see [UmfOperations.unbindAgreement]. */
fun UmfOperations.unbindAgreement(params: Unbinding): Reply<Unit> = call(Ops.UNBIND_AGREEMENT, params)

/** `apply_to_customs`, typed: see [UmfOperations.applyToCustoms]. */
fun UmfOperations.applyToCustoms(params: ApplyToCustomsParams): Reply<CustomsDeclarationsResult> = call(Ops.APPLY_TO_CUSTOMS, params)

/** `get_customs_declaration`, typed: see [UmfOperations.getCustomsDeclaration]. */
fun UmfOperations.getCustomsDeclaration(params: GetCustomsDeclarationParams): Reply<CustomsDeclarationsResult> = call(Ops.GET_CUSTOMS_DECLARATION, params)

/** `apply_to_ciq`, typed: see [UmfOperations.applyToCiq]. */
fun UmfOperations.applyToCiq(params: ApplyToCiqParams): Reply<CiqDeclarationsResult> = call(Ops.APPLY_TO_CIQ, params)

/** `get_ciq_declaration`, typed: see [UmfOperations.getCiqDeclaration]. */
fun UmfOperations.getCiqDeclaration(params: GetCiqDeclarationParams): Reply<CiqDeclarationsResult> = call(Ops.GET_CIQ_DECLARATION, params)

/** `get_reconciliation_statement`, typed: see [UmfOperations.getReconciliationStatement]. */
fun UmfOperations.getReconciliationStatement(params: GetReconciliationStatementParams): GetReconciliationStatementReply = call(Ops.GET_RECONCILIATION_STATEMENT, params)

/** `download_settlement_file`, typed: see [UmfOperations.downloadSettlementFile]. */
fun UmfOperations.downloadSettlementFile(params: DownloadSettlementFileParams): Reply<Unit> = call(Ops.DOWNLOAD_SETTLEMENT_FILE, params)

/** `list_transactions`, typed: see [UmfOperations.listTransactions]. */
fun UmfOperations.listTransactions(params: ListTransactionsParams): Reply<Transactions> = call(Ops.LIST_TRANSACTIONS, params)

/** `download_transactions_file`, typed: see [UmfOperations.downloadTransactionsFile]. */
fun UmfOperations.downloadTransactionsFile(params: DownloadTransactionsFileParams): Reply<Unit> = call(Ops.DOWNLOAD_TRANSACTIONS_FILE, params)

/** `create_settle_month_statement`, typed: see [UmfOperations.createSettleMonthStatement]. */
fun UmfOperations.createSettleMonthStatement(params: SettleMonthFile): Reply<SettleMonthFile> = call(Ops.CREATE_SETTLE_MONTH_STATEMENT, params)

/** `download_settle_month_statement`, typed: see [UmfOperations.downloadSettleMonthStatement]. */
fun UmfOperations.downloadSettleMonthStatement(params: DownloadSettleMonthStatementParams): Reply<Unit> = call(Ops.DOWNLOAD_SETTLE_MONTH_STATEMENT, params)

/** `declare_again`, typed: see [UmfOperations.declareAgain]. */
fun UmfOperations.declareAgain(params: DeclareAgainParams): Reply<DeclareAgain> = call(Ops.DECLARE_AGAIN, params)

/** `create_async_refund_no_payment_id`, typed: see [UmfOperations.createAsyncRefundNoPaymentId]. */
fun UmfOperations.createAsyncRefundNoPaymentId(params: AsyncRefund): CreateAsyncRefundNoPaymentIdReply = call(Ops.CREATE_ASYNC_REFUND_NO_PAYMENT_ID, params)

/** `query_async_refund_no_payment_id`, typed: see [UmfOperations.queryAsyncRefundNoPaymentId]. */
fun UmfOperations.queryAsyncRefundNoPaymentId(params: AsyncRefund): QueryAsyncRefundNoPaymentIdReply = call(Ops.QUERY_ASYNC_REFUND_NO_PAYMENT_ID, params)

/** `apply_to_customs_no_payment_id`, typed: see [UmfOperations.applyToCustomsNoPaymentId]. */
fun UmfOperations.applyToCustomsNoPaymentId(params: CustomsDeclaration): Reply<CustomsDeclarationsResult> = call(Ops.APPLY_TO_CUSTOMS_NO_PAYMENT_ID, params)

/** `query_customs_no_payment_id`, typed: see [UmfOperations.queryCustomsNoPaymentId]. */
fun UmfOperations.queryCustomsNoPaymentId(params: CustomsDeclaration): Reply<CustomsDeclarationsResult> = call(Ops.QUERY_CUSTOMS_NO_PAYMENT_ID, params)

/** `apply_to_ciq_no_payment_id`, typed: see [UmfOperations.applyToCiqNoPaymentId]. */
fun UmfOperations.applyToCiqNoPaymentId(params: CiqDeclaration): Reply<CiqDeclarationsResult> = call(Ops.APPLY_TO_CIQ_NO_PAYMENT_ID, params)

/** `query_ciq_no_payment_id`, typed: see [UmfOperations.queryCiqNoPaymentId]. */
fun UmfOperations.queryCiqNoPaymentId(params: CiqDeclaration): Reply<CiqDeclarationsResult> = call(Ops.QUERY_CIQ_NO_PAYMENT_ID, params)

/** `declare_again_no_payment_id`, typed: see [UmfOperations.declareAgainNoPaymentId]. */
fun UmfOperations.declareAgainNoPaymentId(params: DeclareAgain): Reply<DeclareAgain> = call(Ops.DECLARE_AGAIN_NO_PAYMENT_ID, params)

/** `bind_card_send_sms`, typed: see [UmfOperations.bindCardSendSms]. */
fun UmfOperations.bindCardSendSms(params: CardBinding): Reply<CardBinding> = call(Ops.BIND_CARD_SEND_SMS, params)

/** `bind_card_confirm`, typed: see [UmfOperations.bindCardConfirm]. */
fun UmfOperations.bindCardConfirm(params: CardBinding): Reply<CardBinding> = call(Ops.BIND_CARD_CONFIRM, params)

/** `unbind_bank_agreement`, typed: see [UmfOperations.unbindBankAgreement]. */
fun UmfOperations.unbindBankAgreement(params: UnbindBankAgreementParams): Reply<Unit> = call(Ops.UNBIND_BANK_AGREEMENT, params)

/** `update_express_info`, typed: see [UmfOperations.updateExpressInfo]. */
fun UmfOperations.updateExpressInfo(params: UpdateExpressInfoParams): UpdateExpressInfoReply = call(Ops.UPDATE_EXPRESS_INFO, params)

/** `create_enterprise_qualification`, typed: see [UmfOperations.createEnterpriseQualification]. */
fun UmfOperations.createEnterpriseQualification(params: EnterpriseQualificationRequest): Reply<EnterpriseQualification> = call(Ops.CREATE_ENTERPRISE_QUALIFICATION, params)

/** `get_enterprise_qualification`, typed: see [UmfOperations.getEnterpriseQualification]. */
fun UmfOperations.getEnterpriseQualification(params: GetEnterpriseQualificationParams): Reply<EnterpriseQualification> = call(Ops.GET_ENTERPRISE_QUALIFICATION, params)

/** `send_payee_info`, typed: see [UmfOperations.sendPayeeInfo]. */
fun UmfOperations.sendPayeeInfo(params: PayeeInfor): Reply<Unit> = call(Ops.SEND_PAYEE_INFO, params)

/** `send_order_item`, typed: see [UmfOperations.sendOrderItem]. */
fun UmfOperations.sendOrderItem(params: OrderItem): Reply<Unit> = call(Ops.SEND_ORDER_ITEM, params)

/** `confirm_remittance`, typed: see [UmfOperations.confirmRemittance]. */
fun UmfOperations.confirmRemittance(params: ConfirmPayment): Reply<Unit> = call(Ops.CONFIRM_REMITTANCE, params)

/** `query_remittance_status`, typed: see [UmfOperations.queryRemittanceStatus]. */
fun UmfOperations.queryRemittanceStatus(params: QueryRemittanceStatusParams): Reply<PayRes> = call(Ops.QUERY_REMITTANCE_STATUS, params)

/** `create_tuition_order`, typed: see [UmfOperations.createTuitionOrder]. */
fun UmfOperations.createTuitionOrder(params: PayOrder): Reply<Unit> = call(Ops.CREATE_TUITION_ORDER, params)

/** `query_tuition_order`, typed: see [UmfOperations.queryTuitionOrder]. */
fun UmfOperations.queryTuitionOrder(params: QueryTuitionOrderParams): Reply<PayQueryOrder> = call(Ops.QUERY_TUITION_ORDER, params)

/** `send_enterprise_qualification`, typed: see [UmfOperations.sendEnterpriseQualification]. */
fun UmfOperations.sendEnterpriseQualification(params: SendEnterpriseQualification): Reply<Unit> = call(Ops.SEND_ENTERPRISE_QUALIFICATION, params)

/** `query_enterprise_qualification_report`, typed: see [UmfOperations.queryEnterpriseQualificationReport]. */
fun UmfOperations.queryEnterpriseQualificationReport(params: QueryEnterprise): Reply<QueryEnterpriseId> = call(Ops.QUERY_ENTERPRISE_QUALIFICATION_REPORT, params)

/** `send_b2b_outer_order_detail`, typed: see [UmfOperations.sendB2bOuterOrderDetail]. */
fun UmfOperations.sendB2bOuterOrderDetail(params: B2bOuterOrder): Reply<Unit> = call(Ops.SEND_B2B_OUTER_ORDER_DETAIL, params)

/** `send_b2b_order`, typed: see [UmfOperations.sendB2bOrder]. */
fun UmfOperations.sendB2bOrder(params: PaymentSub): Reply<Unit> = call(Ops.SEND_B2B_ORDER, params)

/** `query_b2b_order`, typed: see [UmfOperations.queryB2bOrder]. */
fun UmfOperations.queryB2bOrder(params: QueryB2bOrderParams): Reply<QueryOrder> = call(Ops.QUERY_B2B_ORDER, params)

/** `download_reconciliation_statement_file_legacy`, typed: see [UmfOperations.downloadReconciliationStatementFileLegacy]. */
fun UmfOperations.downloadReconciliationStatementFileLegacy(params: DownloadReconciliationStatementFileLegacyParams): Reply<Unit> = call(Ops.DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY, params)
