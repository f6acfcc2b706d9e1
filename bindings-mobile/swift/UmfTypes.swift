// Generated from the core's schema (umf_core::schema::schema(), `umf schema --json`) by
// bindings-mobile/tests/generated_types.rs; regenerate with
// UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_types. Do not edit.

import Foundation

/// Every operation of the core's table, by its stable id (`rawValue`).
public enum OpId: String, CaseIterable {
    case getAccessToken = "get_access_token"
    case listBanks = "list_banks"
    case queryCardBin = "query_card_bin"
    case getWechatOpenidUrl = "get_wechat_openid_url"
    case getExchangeRate = "get_exchange_rate"
    case createPayment = "create_payment"
    case sendPaymentSms = "send_payment_sms"
    case executePayment = "execute_payment"
    case getPayment = "get_payment"
    case createRefund = "create_refund"
    case createAsyncRefund = "create_async_refund"
    case getRefund = "get_refund"
    case getPaymentWithRefunds = "get_payment_with_refunds"
    case queryAgreements = "query_agreements"
    case unbindAgreement = "unbind_agreement"
    case applyToCustoms = "apply_to_customs"
    case getCustomsDeclaration = "get_customs_declaration"
    case applyToCiq = "apply_to_ciq"
    case getCiqDeclaration = "get_ciq_declaration"
    case getReconciliationStatement = "get_reconciliation_statement"
    case downloadSettlementFile = "download_settlement_file"
    case listTransactions = "list_transactions"
    case downloadTransactionsFile = "download_transactions_file"
    case createSettleMonthStatement = "create_settle_month_statement"
    case downloadSettleMonthStatement = "download_settle_month_statement"
    case declareAgain = "declare_again"
    case getRefundableBalance = "get_refundable_balance"
    case createAsyncRefundNoPaymentId = "create_async_refund_no_payment_id"
    case queryAsyncRefundNoPaymentId = "query_async_refund_no_payment_id"
    case applyToCustomsNoPaymentId = "apply_to_customs_no_payment_id"
    case queryCustomsNoPaymentId = "query_customs_no_payment_id"
    case applyToCiqNoPaymentId = "apply_to_ciq_no_payment_id"
    case queryCiqNoPaymentId = "query_ciq_no_payment_id"
    case declareAgainNoPaymentId = "declare_again_no_payment_id"
    case bindCardSendSms = "bind_card_send_sms"
    case bindCardConfirm = "bind_card_confirm"
    case unbindBankAgreement = "unbind_bank_agreement"
    case updateExpressInfo = "update_express_info"
    case uploadFile = "upload_file"
    case createEnterpriseQualification = "create_enterprise_qualification"
    case getEnterpriseQualification = "get_enterprise_qualification"
    case sendPayeeInfo = "send_payee_info"
    case sendOrderItem = "send_order_item"
    case confirmRemittance = "confirm_remittance"
    case queryRemittanceStatus = "query_remittance_status"
    case uploadPaymentFiles = "upload_payment_files"
    case createTuitionOrder = "create_tuition_order"
    case queryTuitionOrder = "query_tuition_order"
    case sendEnterpriseQualification = "send_enterprise_qualification"
    case queryEnterpriseQualificationReport = "query_enterprise_qualification_report"
    case sendB2bOuterOrderDetail = "send_b2b_outer_order_detail"
    case sendB2bOrder = "send_b2b_order"
    case queryB2bOrder = "query_b2b_order"
    case downloadReconciliationStatementFileLegacy = "download_reconciliation_statement_file_legacy"
}

/// `payer.business_type` (004:L2378-2381).
///
/// - `B2B`: Business to business.
/// - `B2C`: Business to consumer.
///
/// The core's `BusinessType`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum BusinessType: String, WireEnum, CaseIterable {
    /// Business to business.
    case b2b = "B2B"
    /// Business to consumer.
    case b2c = "B2C"
    case unrecognized = ""

    public static func of(_ wire: String) -> BusinessType {
        wire.isEmpty ? .unrecognized : BusinessType(rawValue: wire) ?? .unrecognized
    }
}

/// `customs_declaration.state` and the CIQ states (004:L4664, L4992, L5042).
///
/// - `ACCEPTED`: Accepted by UMF.
/// - `SUBMITTED`: Submitted to customs.
/// - `SUCCESS`: Cleared.
/// - `FAIL`: Failed.
///
/// The core's `DeclarationState`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum DeclarationState: String, WireEnum, CaseIterable {
    /// Accepted by UMF.
    case accepted = "ACCEPTED"
    /// Submitted to customs.
    case submitted = "SUBMITTED"
    /// Cleared.
    case success = "SUCCESS"
    /// Failed.
    case fail = "FAIL"
    case unrecognized = ""

    public static func of(_ wire: String) -> DeclarationState {
        wire.isEmpty ? .unrecognized : DeclarationState(rawValue: wire) ?? .unrecognized
    }
}

/// `payer.interface_type` (004:L2372-2377, L4759).
///
/// - `SERVER_TO_SERVER`: Server to server.
/// - `SERVER_TO_WEB`: UMF's cashier web page.
/// - `SERVER_TO_H5WEB`: UMF's cashier H5 page.
/// - `DIRECT_TO_BANK`: Straight to the bank's page.
///
/// The core's `InterfaceType`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum InterfaceType: String, WireEnum, CaseIterable {
    /// Server to server.
    case serverToServer = "SERVER_TO_SERVER"
    /// UMF's cashier web page.
    case serverToWeb = "SERVER_TO_WEB"
    /// UMF's cashier H5 page.
    case serverToH5web = "SERVER_TO_H5WEB"
    /// Straight to the bank's page.
    case directToBank = "DIRECT_TO_BANK"
    case unrecognized = ""

    public static func of(_ wire: String) -> InterfaceType {
        wire.isEmpty ? .unrecognized : InterfaceType(rawValue: wire) ?? .unrecognized
    }
}

/// `payer.payment_method` (004:L2360-2371, L4754).
///
/// - `CREDIT_CARD`: Credit card.
/// - `DEBIT_CARD`: Debit card.
/// - `WECHAT_SCAN`: WeChat QR code scanned by the customer.
/// - `WECHAT_WEB`: WeChat in the official-account web view.
/// - `WECHAT_IN_APP`: WeChat in the merchant's app.
/// - `ALIPAY_SCAN`: Alipay QR code.
/// - `WECHAT_H5`: WeChat H5 (mobile browser).
/// - `WECHAT_MP`: WeChat mini-program (only in the §3.5 table).
/// - `B2C_BANK`: B2C online banking (only in the §3.5 table).
/// - `B2B_BANK`: B2B online banking (only in the §3.5 table).
/// - `NOT_APPLICABLE`: The customer chooses on UMF's page.
///
/// The core's `PaymentMethod`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum PaymentMethod: String, WireEnum, CaseIterable {
    /// Credit card.
    case creditCard = "CREDIT_CARD"
    /// Debit card.
    case debitCard = "DEBIT_CARD"
    /// WeChat QR code scanned by the customer.
    case wechatScan = "WECHAT_SCAN"
    /// WeChat in the official-account web view.
    case wechatWeb = "WECHAT_WEB"
    /// WeChat in the merchant's app.
    case wechatInApp = "WECHAT_IN_APP"
    /// Alipay QR code.
    case alipayScan = "ALIPAY_SCAN"
    /// WeChat H5 (mobile browser).
    case wechatH5 = "WECHAT_H5"
    /// WeChat mini-program (only in the §3.5 table).
    case wechatMp = "WECHAT_MP"
    /// B2C online banking (only in the §3.5 table).
    case b2cBank = "B2C_BANK"
    /// B2B online banking (only in the §3.5 table).
    case b2bBank = "B2B_BANK"
    /// The customer chooses on UMF's page.
    case notApplicable = "NOT_APPLICABLE"
    case unrecognized = ""

    public static func of(_ wire: String) -> PaymentMethod {
        wire.isEmpty ? .unrecognized : PaymentMethod(rawValue: wire) ?? .unrecognized
    }
}

/// `payment.state` (004:L4810; the appendix omits `TRADE_CANCEL`).
///
/// - `WAIT_BUYER_PAY`: Created, not paid yet.
/// - `TRADE_SUCCESS`: Paid.
/// - `TRADE_CLOSED`: Closed.
/// - `TRADE_CANCEL`: Cancelled.
/// - `TRADE_FAIL`: Failed.
///
/// The core's `PaymentState`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum PaymentState: String, WireEnum, CaseIterable {
    /// Created, not paid yet.
    case waitBuyerPay = "WAIT_BUYER_PAY"
    /// Paid.
    case tradeSuccess = "TRADE_SUCCESS"
    /// Closed.
    case tradeClosed = "TRADE_CLOSED"
    /// Cancelled.
    case tradeCancel = "TRADE_CANCEL"
    /// Failed.
    case tradeFail = "TRADE_FAIL"
    case unrecognized = ""

    public static func of(_ wire: String) -> PaymentState {
        wire.isEmpty ? .unrecognized : PaymentState(rawValue: wire) ?? .unrecognized
    }
}

/// `refund.state` (004:L4859; the appendix omits `REFUND_RETRY`).
///
/// - `REFUND_PROCESS`: In progress; a notification follows.
/// - `REFUND_SUCCESS`: Done.
/// - `REFUND_FAIL`: Failed.
/// - `REFUND_CLOSE`: Closed.
/// - `REFUND_RETRY`: Waiting for merchant balance (asynchronous refunds, 004:L2865).
///
/// The core's `RefundState`; `unrecognized` for a value the documents do not list (the exact text
/// stays in `ApiResponse.resultJson`).
public enum RefundState: String, WireEnum, CaseIterable {
    /// In progress; a notification follows.
    case refundProcess = "REFUND_PROCESS"
    /// Done.
    case refundSuccess = "REFUND_SUCCESS"
    /// Failed.
    case refundFail = "REFUND_FAIL"
    /// Closed.
    case refundClose = "REFUND_CLOSE"
    /// Waiting for merchant balance (asynchronous refunds, 004:L2865).
    case refundRetry = "REFUND_RETRY"
    case unrecognized = ""

    public static func of(_ wire: String) -> RefundState {
        wire.isEmpty ? .unrecognized : RefundState(rawValue: wire) ?? .unrecognized
    }
}

/// The refundable balance (004:L5028), in CNY yuan.
///
/// The core's `AccountBalance` (schema `models.AccountBalance`).
public struct AccountBalance: WireObject, CustomStringConvertible {
    /// Balance. Wire name `balance`.
    public var balance: String?

    public init(balance: String? = nil) {
        self.balance = balance
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("balance", balance as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "AccountBalance(balance=\(Wire.shown(balance)))"
    }

    /// Reads the core's JSON of a `AccountBalance`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> AccountBalance {
        let m = try Wire.members(value, path)
        return AccountBalance(
            balance: try Wire.text(m["balance"], Wire.at(path, "balance"))
        )
    }
}

/// The cards a customer has bound (004:L2991).
///
/// The core's `AgreementInfo` (schema `models.AgreementInfo`).
public struct AgreementInfo: WireObject, CustomStringConvertible {
    /// One per bound card. Wire name `payer_agreements`.
    public var payerAgreements: [PayerAgreement]?

    public init(payerAgreements: [PayerAgreement]? = nil) {
        self.payerAgreements = payerAgreements
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payer_agreements", payerAgreements as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "AgreementInfo(payerAgreements=\(Wire.shown(payerAgreements)))"
    }

    /// Reads the core's JSON of a `AgreementInfo`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> AgreementInfo {
        let m = try Wire.members(value, path)
        return AgreementInfo(
            payerAgreements: try Wire.list(m["payer_agreements"], Wire.at(path, "payer_agreements")) { e, p in try Wire.need(try Wire.object(e, p) { try PayerAgreement.fromJson($0, path: $1) }, p) }
        )
    }
}

/// An amount (004:L4623). `total` is a decimal string with at most 12 digits including 2
/// decimals; numbers are accepted on input.
///
/// The core's `Amount` (schema `models.Amount`).
public struct Amount: WireObject, CustomStringConvertible {
    /// The amount charged or refunded. Wire name `total`.
    public var total: String?
    /// ISO-4217 currency. Wire name `currency`.
    public var currency: String?
    /// CNY equivalent. Wire name `total_cny`.
    public var totalCny: String?
    /// Rate used. Wire name `exchange_rate`.
    public var exchangeRate: Any?

    public init(total: String? = nil, currency: String? = nil, totalCny: String? = nil, exchangeRate: Any? = nil) {
        self.total = total
        self.currency = currency
        self.totalCny = totalCny
        self.exchangeRate = exchangeRate
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("total", total as Any?),
            ("currency", currency as Any?),
            ("total_cny", totalCny as Any?),
            ("exchange_rate", exchangeRate as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Amount(total=\(Wire.shown(total)), currency=\(Wire.shown(currency)), totalCny=\(Wire.shown(totalCny)), exchangeRate=\(Wire.shown(exchangeRate)))"
    }

    /// Reads the core's JSON of a `Amount`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Amount {
        let m = try Wire.members(value, path)
        return Amount(
            total: try Wire.text(m["total"], Wire.at(path, "total")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            totalCny: try Wire.text(m["total_cny"], Wire.at(path, "total_cny")),
            exchangeRate: m["exchange_rate"]
        )
    }
}

/// An asynchronous refund identified by the merchant's refund id (004:L3780, L3831).
///
/// The core's `AsyncRefund` (schema `models.AsyncRefund`).
public struct AsyncRefund: WireObject, CustomStringConvertible {
    /// The merchant's refund id. Wire name `mer_refund_id`.
    public var merRefundId: String?
    /// What is refunded. Wire name `refund_info`.
    public var refundInfo: RefundInfo?
    /// Where UMF posts the refund notification (request). Wire name `notify_url`.
    public var notifyUrl: String?
    /// State (query response). Wire name `state`.
    public var state: RefundState?

    public init(merRefundId: String? = nil, refundInfo: RefundInfo? = nil, notifyUrl: String? = nil, state: RefundState? = nil) {
        self.merRefundId = merRefundId
        self.refundInfo = refundInfo
        self.notifyUrl = notifyUrl
        self.state = state
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_refund_id", merRefundId as Any?),
            ("refund_info", refundInfo as Any?),
            ("notify_url", notifyUrl as Any?),
            ("state", state as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "AsyncRefund(merRefundId=\(Wire.redacted(merRefundId)), refundInfo=\(Wire.shown(refundInfo)), notifyUrl=\(Wire.redacted(notifyUrl)), state=\(Wire.shown(state)))"
    }

    /// Reads the core's JSON of a `AsyncRefund`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> AsyncRefund {
        let m = try Wire.members(value, path)
        return AsyncRefund(
            merRefundId: try Wire.text(m["mer_refund_id"], Wire.at(path, "mer_refund_id")),
            refundInfo: try Wire.object(m["refund_info"], Wire.at(path, "refund_info")) { try RefundInfo.fromJson($0, path: $1) },
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { RefundState.of($0) }
        )
    }
}

/// B2B trade detail (004:L5178).
///
/// The core's `B2bOuterOrder` (schema `models.B2bOuterOrder`).
public struct B2bOuterOrder: WireObject, CustomStringConvertible {
    /// Batch number. Wire name `mer_batchno`.
    public var merBatchno: String?
    /// Order id (wire key `mer_orderId`). Wire name `mer_orderId`.
    public var merOrderId: String?
    /// Contract number. Wire name `contract_no`.
    public var contractNo: String?
    /// `YYYYMMDD`. Wire name `contract_date`.
    public var contractDate: String?
    /// A trans_code. Wire name `business_code`.
    public var businessCode: String?
    /// Valuation. Wire name `val_pattern`.
    public var valPattern: String?
    /// Currency. Wire name `currency`.
    public var currency: String?
    /// Amount (wire key `Damount`). Wire name `Damount`.
    public var damount: String?
    /// `1`-`8`. Wire name `order_sub_type`.
    public var orderSubType: String?
    /// Logistics number. Wire name `logistics_no`.
    public var logisticsNo: String?

    public init(merBatchno: String? = nil, merOrderId: String? = nil, contractNo: String? = nil, contractDate: String? = nil, businessCode: String? = nil, valPattern: String? = nil, currency: String? = nil, damount: String? = nil, orderSubType: String? = nil, logisticsNo: String? = nil) {
        self.merBatchno = merBatchno
        self.merOrderId = merOrderId
        self.contractNo = contractNo
        self.contractDate = contractDate
        self.businessCode = businessCode
        self.valPattern = valPattern
        self.currency = currency
        self.damount = damount
        self.orderSubType = orderSubType
        self.logisticsNo = logisticsNo
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_batchno", merBatchno as Any?),
            ("mer_orderId", merOrderId as Any?),
            ("contract_no", contractNo as Any?),
            ("contract_date", contractDate as Any?),
            ("business_code", businessCode as Any?),
            ("val_pattern", valPattern as Any?),
            ("currency", currency as Any?),
            ("Damount", damount as Any?),
            ("order_sub_type", orderSubType as Any?),
            ("logistics_no", logisticsNo as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "B2bOuterOrder(merBatchno=\(Wire.redacted(merBatchno)), merOrderId=\(Wire.redacted(merOrderId)), contractNo=\(Wire.redacted(contractNo)), contractDate=\(Wire.redacted(contractDate)), businessCode=\(Wire.redacted(businessCode)), valPattern=\(Wire.redacted(valPattern)), currency=\(Wire.shown(currency)), damount=\(Wire.redacted(damount)), orderSubType=\(Wire.redacted(orderSubType)), logisticsNo=\(Wire.redacted(logisticsNo)))"
    }

    /// Reads the core's JSON of a `B2bOuterOrder`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> B2bOuterOrder {
        let m = try Wire.members(value, path)
        return B2bOuterOrder(
            merBatchno: try Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
            merOrderId: try Wire.text(m["mer_orderId"], Wire.at(path, "mer_orderId")),
            contractNo: try Wire.text(m["contract_no"], Wire.at(path, "contract_no")),
            contractDate: try Wire.text(m["contract_date"], Wire.at(path, "contract_date")),
            businessCode: try Wire.text(m["business_code"], Wire.at(path, "business_code")),
            valPattern: try Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            damount: try Wire.text(m["Damount"], Wire.at(path, "Damount")),
            orderSubType: try Wire.text(m["order_sub_type"], Wire.at(path, "order_sub_type")),
            logisticsNo: try Wire.text(m["logistics_no"], Wire.at(path, "logistics_no"))
        )
    }
}

/// A bank in the merchant's contract, or a card-BIN answer.
///
/// The core's `Bank` (schema `models.Bank`).
public struct Bank: WireObject, CustomStringConvertible {
    /// English full name. Wire name `name`.
    public var name: String?
    /// Chinese name. Wire name `name_zh`.
    public var nameZh: String?
    /// Bank code (API.md §4.2). Wire name `code`.
    public var code: String?
    /// Logo URL (examples use `"baidu"` and `""`). Wire name `logo_url`.
    public var logoUrl: String?
    /// `CREDIT_CARD`, `DEBIT_CARD` (the key is `type` in 003). Wire name `types`.
    public var types: [String]?
    /// `Y`/`N`: whether the card is supported (card BIN only). Wire name `is_support`.
    public var isSupport: String?

    public init(name: String? = nil, nameZh: String? = nil, code: String? = nil, logoUrl: String? = nil, types: [String]? = nil, isSupport: String? = nil) {
        self.name = name
        self.nameZh = nameZh
        self.code = code
        self.logoUrl = logoUrl
        self.types = types
        self.isSupport = isSupport
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("name", name as Any?),
            ("name_zh", nameZh as Any?),
            ("code", code as Any?),
            ("logo_url", logoUrl as Any?),
            ("types", types as Any?),
            ("is_support", isSupport as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Bank(name=\(Wire.redacted(name)), nameZh=\(Wire.redacted(nameZh)), code=\(Wire.redacted(code)), logoUrl=\(Wire.redacted(logoUrl)), types=\(Wire.redacted(types)), isSupport=\(Wire.redacted(isSupport)))"
    }

    /// Reads the core's JSON of a `Bank`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Bank {
        let m = try Wire.members(value, path)
        return Bank(
            name: try Wire.text(m["name"], Wire.at(path, "name")),
            nameZh: try Wire.text(m["name_zh"], Wire.at(path, "name_zh")),
            code: try Wire.text(m["code"], Wire.at(path, "code")),
            logoUrl: try Wire.text(m["logo_url"], Wire.at(path, "logo_url")),
            types: try Wire.list(m["types"], Wire.at(path, "types")) { e, p in try Wire.need(try Wire.text(e, p), p) },
            isSupport: try Wire.text(m["is_support"], Wire.at(path, "is_support"))
        )
    }
}

/// Card pay elements (004:L4640). Five fields are encrypted with the UMF key.
///
/// The core's `BankCard` (schema `models.BankCard`).
public struct BankCard: WireObject, CustomStringConvertible {
    /// Card number (encrypted). Wire name `number`.
    public var number: String?
    /// Expiry `YYMM`, credit cards (encrypted). Wire name `valid_date`.
    public var validDate: String?
    /// CVV2, credit cards (encrypted). Wire name `cvv2`.
    public var cvv2: String?
    /// Card-holder name (encrypted). Wire name `payer_name`.
    public var payerName: String?
    /// Phone registered with the issuer; the SMS goes there. Wire name `phone`.
    public var phone: String?
    /// `IDENTITY_CARD` (`"1"` in older examples). Wire name `citizen_id_type`.
    public var citizenIdType: String?
    /// Chinese ID number (encrypted). Wire name `citizen_id_number`.
    public var citizenIdNumber: String?
    /// The SMS code, 4-8 digits (execute only). Wire name `verify_code`.
    public var verifyCode: String?
    /// The merchant's customer id; in 003's examples only (003:L335, API.md §3). Wire name `mer_cust_id`.
    public var merCustId: String?
    /// The customer's id in the merchant's system; in 003's examples only (003:L448). Wire name `external_customer_id`.
    public var externalCustomerId: String?

    public init(number: String? = nil, validDate: String? = nil, cvv2: String? = nil, payerName: String? = nil, phone: String? = nil, citizenIdType: String? = nil, citizenIdNumber: String? = nil, verifyCode: String? = nil, merCustId: String? = nil, externalCustomerId: String? = nil) {
        self.number = number
        self.validDate = validDate
        self.cvv2 = cvv2
        self.payerName = payerName
        self.phone = phone
        self.citizenIdType = citizenIdType
        self.citizenIdNumber = citizenIdNumber
        self.verifyCode = verifyCode
        self.merCustId = merCustId
        self.externalCustomerId = externalCustomerId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("number", number as Any?),
            ("valid_date", validDate as Any?),
            ("cvv2", cvv2 as Any?),
            ("payer_name", payerName as Any?),
            ("phone", phone as Any?),
            ("citizen_id_type", citizenIdType as Any?),
            ("citizen_id_number", citizenIdNumber as Any?),
            ("verify_code", verifyCode as Any?),
            ("mer_cust_id", merCustId as Any?),
            ("external_customer_id", externalCustomerId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "BankCard(number=\(Wire.redacted(number)), validDate=\(Wire.redacted(validDate)), cvv2=\(Wire.redacted(cvv2)), payerName=\(Wire.redacted(payerName)), phone=\(Wire.redacted(phone)), citizenIdType=\(Wire.redacted(citizenIdType)), citizenIdNumber=\(Wire.redacted(citizenIdNumber)), verifyCode=\(Wire.redacted(verifyCode)), merCustId=\(Wire.redacted(merCustId)), externalCustomerId=\(Wire.redacted(externalCustomerId)))"
    }

    /// Reads the core's JSON of a `BankCard`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> BankCard {
        let m = try Wire.members(value, path)
        return BankCard(
            number: try Wire.text(m["number"], Wire.at(path, "number")),
            validDate: try Wire.text(m["valid_date"], Wire.at(path, "valid_date")),
            cvv2: try Wire.text(m["cvv2"], Wire.at(path, "cvv2")),
            payerName: try Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
            phone: try Wire.text(m["phone"], Wire.at(path, "phone")),
            citizenIdType: try Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
            citizenIdNumber: try Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
            verifyCode: try Wire.text(m["verify_code"], Wire.at(path, "verify_code")),
            merCustId: try Wire.text(m["mer_cust_id"], Wire.at(path, "mer_cust_id")),
            externalCustomerId: try Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id"))
        )
    }
}

/// Banks (a one-element list for card BIN, where UMF sends one object).
///
/// The core's `BanksResult` (schema `models.BanksResult`).
public struct BanksResult: WireObject, CustomStringConvertible {
    /// The banks. Wire name `banks`; required.
    public var banks: [Bank]

    public init(banks: [Bank]) {
        self.banks = banks
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("banks", banks as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "BanksResult(banks=\(Wire.shown(banks)))"
    }

    /// Reads the core's JSON of a `BanksResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> BanksResult {
        let m = try Wire.members(value, path)
        return BanksResult(
            banks: try Wire.need(try Wire.list(m["banks"], Wire.at(path, "banks")) { e, p in try Wire.need(try Wire.object(e, p) { try Bank.fromJson($0, path: $1) }, p) }, Wire.at(path, "banks"))
        )
    }
}

/// Card-binding request and response (004:L4128-4217): pay elements and the customer.
///
/// The core's `CardBinding` (schema `models.CardBinding`).
public struct CardBinding: WireObject, CustomStringConvertible {
    /// `bank_card` (and, after confirmation, `payer_agreement`). Wire name `payer_info`.
    public var payerInfo: PayerInfo?
    /// The customer's id in the merchant's system. Wire name `external_customer_id`.
    public var externalCustomerId: String?

    public init(payerInfo: PayerInfo? = nil, externalCustomerId: String? = nil) {
        self.payerInfo = payerInfo
        self.externalCustomerId = externalCustomerId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payer_info", payerInfo as Any?),
            ("external_customer_id", externalCustomerId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CardBinding(payerInfo=\(Wire.shown(payerInfo)), externalCustomerId=\(Wire.redacted(externalCustomerId)))"
    }

    /// Reads the core's JSON of a `CardBinding`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CardBinding {
        let m = try Wire.members(value, path)
        return CardBinding(
            payerInfo: try Wire.object(m["payer_info"], Wire.at(path, "payer_info")) { try PayerInfo.fromJson($0, path: $1) },
            externalCustomerId: try Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id"))
        )
    }
}

/// A CIQ (inspection) declaration; the response key is `ciq_declarations` (004:L4963).
///
/// The core's `CiqDeclaration` (schema `models.CiqDeclaration`).
public struct CiqDeclaration: WireObject, CustomStringConvertible {
    /// `CIQ_…`. Wire name `id`.
    public var id: String?
    /// `{mer_sub_reference_id, sub_ciq_trace}`. Wire name `sub_order`.
    public var subOrder: SubOrder?
    /// `yyyymmdd`. Wire name `mer_date`.
    public var merDate: String?
    /// CIQ channel (`GJHP`, `GJNS`). Wire name `ciq_code`.
    public var ciqCode: String?
    /// The platform's account at CIQ, 4-60. Wire name `plat_supplier_no`.
    public var platSupplierNo: String?
    /// `yyyymmdd`. Wire name `ciq_clearance_date`.
    public var ciqClearanceDate: String?
    /// Declaration state. Wire name `state`.
    public var state: DeclarationState?

    public init(id: String? = nil, subOrder: SubOrder? = nil, merDate: String? = nil, ciqCode: String? = nil, platSupplierNo: String? = nil, ciqClearanceDate: String? = nil, state: DeclarationState? = nil) {
        self.id = id
        self.subOrder = subOrder
        self.merDate = merDate
        self.ciqCode = ciqCode
        self.platSupplierNo = platSupplierNo
        self.ciqClearanceDate = ciqClearanceDate
        self.state = state
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("id", id as Any?),
            ("sub_order", subOrder as Any?),
            ("mer_date", merDate as Any?),
            ("ciq_code", ciqCode as Any?),
            ("plat_supplier_no", platSupplierNo as Any?),
            ("ciq_clearance_date", ciqClearanceDate as Any?),
            ("state", state as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CiqDeclaration(id=\(Wire.shown(id)), subOrder=\(Wire.shown(subOrder)), merDate=\(Wire.redacted(merDate)), ciqCode=\(Wire.redacted(ciqCode)), platSupplierNo=\(Wire.redacted(platSupplierNo)), ciqClearanceDate=\(Wire.redacted(ciqClearanceDate)), state=\(Wire.shown(state)))"
    }

    /// Reads the core's JSON of a `CiqDeclaration`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CiqDeclaration {
        let m = try Wire.members(value, path)
        return CiqDeclaration(
            id: try Wire.text(m["id"], Wire.at(path, "id")),
            subOrder: try Wire.object(m["sub_order"], Wire.at(path, "sub_order")) { try SubOrder.fromJson($0, path: $1) },
            merDate: try Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
            ciqCode: try Wire.text(m["ciq_code"], Wire.at(path, "ciq_code")),
            platSupplierNo: try Wire.text(m["plat_supplier_no"], Wire.at(path, "plat_supplier_no")),
            ciqClearanceDate: try Wire.text(m["ciq_clearance_date"], Wire.at(path, "ciq_clearance_date")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { DeclarationState.of($0) }
        )
    }
}

/// CIQ declarations.
///
/// The core's `CiqDeclarationsResult` (schema `models.CiqDeclarationsResult`).
public struct CiqDeclarationsResult: WireObject, CustomStringConvertible {
    /// The declarations. Wire name `ciq_declarations`; required.
    public var ciqDeclarations: [CiqDeclaration]

    public init(ciqDeclarations: [CiqDeclaration]) {
        self.ciqDeclarations = ciqDeclarations
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("ciq_declarations", ciqDeclarations as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CiqDeclarationsResult(ciqDeclarations=\(Wire.shown(ciqDeclarations)))"
    }

    /// Reads the core's JSON of a `CiqDeclarationsResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CiqDeclarationsResult {
        let m = try Wire.members(value, path)
        return CiqDeclarationsResult(
            ciqDeclarations: try Wire.need(try Wire.list(m["ciq_declarations"], Wire.at(path, "ciq_declarations")) { e, p in try Wire.need(try Wire.object(e, p) { try CiqDeclaration.fromJson($0, path: $1) }, p) }, Wire.at(path, "ciq_declarations"))
        )
    }
}

/// Remittance confirmation (004:L5079).
///
/// The core's `ConfirmPayment` (schema `models.ConfirmPayment`).
public struct ConfirmPayment: WireObject, CustomStringConvertible {
    /// Batch number. Wire name `mer_batchno`.
    public var merBatchno: String?
    /// Payee account (encrypted). Wire name `payee_account`.
    public var payeeAccount: String?
    /// Valuation. Wire name `val_pattern`.
    public var valPattern: String?
    /// Currency. Wire name `currency`.
    public var currency: String?
    /// Amount in yuan (wire key `Oamount`). Wire name `Oamount`.
    public var oamount: String?
    /// Postscript, at most 64. Wire name `remit_information`.
    public var remitInformation: String?
    /// `FULL_AMOUNT` / `UN_FULL_AMOUNT`. Wire name `cost_way`.
    public var costWay: String?
    /// A trans_code. Wire name `business_code`.
    public var businessCode: String?

    public init(merBatchno: String? = nil, payeeAccount: String? = nil, valPattern: String? = nil, currency: String? = nil, oamount: String? = nil, remitInformation: String? = nil, costWay: String? = nil, businessCode: String? = nil) {
        self.merBatchno = merBatchno
        self.payeeAccount = payeeAccount
        self.valPattern = valPattern
        self.currency = currency
        self.oamount = oamount
        self.remitInformation = remitInformation
        self.costWay = costWay
        self.businessCode = businessCode
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_batchno", merBatchno as Any?),
            ("payee_account", payeeAccount as Any?),
            ("val_pattern", valPattern as Any?),
            ("currency", currency as Any?),
            ("Oamount", oamount as Any?),
            ("remit_information", remitInformation as Any?),
            ("cost_way", costWay as Any?),
            ("business_code", businessCode as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "ConfirmPayment(merBatchno=\(Wire.redacted(merBatchno)), payeeAccount=\(Wire.redacted(payeeAccount)), valPattern=\(Wire.redacted(valPattern)), currency=\(Wire.shown(currency)), oamount=\(Wire.redacted(oamount)), remitInformation=\(Wire.redacted(remitInformation)), costWay=\(Wire.redacted(costWay)), businessCode=\(Wire.redacted(businessCode)))"
    }

    /// Reads the core's JSON of a `ConfirmPayment`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> ConfirmPayment {
        let m = try Wire.members(value, path)
        return ConfirmPayment(
            merBatchno: try Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
            payeeAccount: try Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
            valPattern: try Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            oamount: try Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
            remitInformation: try Wire.text(m["remit_information"], Wire.at(path, "remit_information")),
            costWay: try Wire.text(m["cost_way"], Wire.at(path, "cost_way")),
            businessCode: try Wire.text(m["business_code"], Wire.at(path, "business_code"))
        )
    }
}

/// `create_payment` (004 §3.5).
///
/// The core's `CreatePaymentRequest` (schema `models.CreatePaymentRequest`).
public struct CreatePaymentRequest: WireObject, CustomStringConvertible {
    /// Who pays, and how. Wire name `payer`.
    public var payer: Payer?
    /// What is paid for. Wire name `order`.
    public var order: Order?
    /// Where UMF posts the result. Wire name `notify_url`.
    public var notifyUrl: String?
    /// Where UMF's cashier page returns the browser. Wire name `ret_url`.
    public var retUrl: String?
    /// Risk data. Wire name `risk_info`.
    public var riskInfo: RiskInfo?
    /// `Y`/`N` (004:L2388). Wire name `subMchId_flag`.
    public var subMchIdFlag: String?

    public init(payer: Payer? = nil, order: Order? = nil, notifyUrl: String? = nil, retUrl: String? = nil, riskInfo: RiskInfo? = nil, subMchIdFlag: String? = nil) {
        self.payer = payer
        self.order = order
        self.notifyUrl = notifyUrl
        self.retUrl = retUrl
        self.riskInfo = riskInfo
        self.subMchIdFlag = subMchIdFlag
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payer", payer as Any?),
            ("order", order as Any?),
            ("notify_url", notifyUrl as Any?),
            ("ret_url", retUrl as Any?),
            ("risk_info", riskInfo as Any?),
            ("subMchId_flag", subMchIdFlag as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CreatePaymentRequest(payer=\(Wire.shown(payer)), order=\(Wire.shown(order)), notifyUrl=\(Wire.redacted(notifyUrl)), retUrl=\(Wire.redacted(retUrl)), riskInfo=\(Wire.shown(riskInfo)), subMchIdFlag=\(Wire.redacted(subMchIdFlag)))"
    }

    /// Reads the core's JSON of a `CreatePaymentRequest`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CreatePaymentRequest {
        let m = try Wire.members(value, path)
        return CreatePaymentRequest(
            payer: try Wire.object(m["payer"], Wire.at(path, "payer")) { try Payer.fromJson($0, path: $1) },
            order: try Wire.object(m["order"], Wire.at(path, "order")) { try Order.fromJson($0, path: $1) },
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            retUrl: try Wire.text(m["ret_url"], Wire.at(path, "ret_url")),
            riskInfo: try Wire.object(m["risk_info"], Wire.at(path, "risk_info")) { try RiskInfo.fromJson($0, path: $1) },
            subMchIdFlag: try Wire.text(m["subMchId_flag"], Wire.at(path, "subMchId_flag"))
        )
    }
}

/// A customs declaration (004:L4652).
///
/// The core's `CustomsDeclaration` (schema `models.CustomsDeclaration`).
public struct CustomsDeclaration: WireObject, CustomStringConvertible {
    /// `CUST_…`. Wire name `id`.
    public var id: String?
    /// The sub-order declared. Wire name `sub_order`.
    public var subOrder: SubOrder?
    /// Customs channel (API.md §4.3). Wire name `customs_id`.
    public var customsId: String?
    /// The merchant's id at customs, 1-15. Wire name `mer_customs_code`.
    public var merCustomsCode: String?
    /// Freight. Wire name `freight_amount`.
    public var freightAmount: Amount?
    /// Customs tax. Wire name `tax_amount`.
    public var taxAmount: Amount?
    /// Sub-order amount (every example sends it, 004:L3063). Wire name `sub_order_amount`.
    public var subOrderAmount: Amount?
    /// The platform's account at customs, 4-60. Wire name `ec_plat_id`.
    public var ecPlatId: String?
    /// Where UMF posts the declaration result. Wire name `notify_url`.
    public var notifyUrl: String?
    /// Declaration state. Wire name `state`.
    public var state: DeclarationState?
    /// `yyyymmdd`. Wire name `customs_clearance_date`.
    public var customsClearanceDate: String?
    /// `UnionPay`, `NetsUnion` or `Others(Express,E-Bank)`. Wire name `verify_department`.
    public var verifyDepartment: String?
    /// Trace at the verifying department. Wire name `verify_department_pay_trace`.
    public var verifyDepartmentPayTrace: String?
    /// `yyyyMMdd` (no-paymentId variants). Wire name `mer_date`.
    public var merDate: String?
    /// Payment trace (customs_query). Wire name `pay_trace`.
    public var payTrace: String?
    /// `TRUE` for an independent declaration. Wire name `is_customs`.
    public var isCustoms: String?

    public init(id: String? = nil, subOrder: SubOrder? = nil, customsId: String? = nil, merCustomsCode: String? = nil, freightAmount: Amount? = nil, taxAmount: Amount? = nil, subOrderAmount: Amount? = nil, ecPlatId: String? = nil, notifyUrl: String? = nil, state: DeclarationState? = nil, customsClearanceDate: String? = nil, verifyDepartment: String? = nil, verifyDepartmentPayTrace: String? = nil, merDate: String? = nil, payTrace: String? = nil, isCustoms: String? = nil) {
        self.id = id
        self.subOrder = subOrder
        self.customsId = customsId
        self.merCustomsCode = merCustomsCode
        self.freightAmount = freightAmount
        self.taxAmount = taxAmount
        self.subOrderAmount = subOrderAmount
        self.ecPlatId = ecPlatId
        self.notifyUrl = notifyUrl
        self.state = state
        self.customsClearanceDate = customsClearanceDate
        self.verifyDepartment = verifyDepartment
        self.verifyDepartmentPayTrace = verifyDepartmentPayTrace
        self.merDate = merDate
        self.payTrace = payTrace
        self.isCustoms = isCustoms
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("id", id as Any?),
            ("sub_order", subOrder as Any?),
            ("customs_id", customsId as Any?),
            ("mer_customs_code", merCustomsCode as Any?),
            ("freight_amount", freightAmount as Any?),
            ("tax_amount", taxAmount as Any?),
            ("sub_order_amount", subOrderAmount as Any?),
            ("ec_plat_id", ecPlatId as Any?),
            ("notify_url", notifyUrl as Any?),
            ("state", state as Any?),
            ("customs_clearance_date", customsClearanceDate as Any?),
            ("verify_department", verifyDepartment as Any?),
            ("verify_department_pay_trace", verifyDepartmentPayTrace as Any?),
            ("mer_date", merDate as Any?),
            ("pay_trace", payTrace as Any?),
            ("is_customs", isCustoms as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CustomsDeclaration(id=\(Wire.shown(id)), subOrder=\(Wire.shown(subOrder)), customsId=\(Wire.redacted(customsId)), merCustomsCode=\(Wire.redacted(merCustomsCode)), freightAmount=\(Wire.shown(freightAmount)), taxAmount=\(Wire.shown(taxAmount)), subOrderAmount=\(Wire.shown(subOrderAmount)), ecPlatId=\(Wire.redacted(ecPlatId)), notifyUrl=\(Wire.redacted(notifyUrl)), state=\(Wire.shown(state)), customsClearanceDate=\(Wire.redacted(customsClearanceDate)), verifyDepartment=\(Wire.redacted(verifyDepartment)), verifyDepartmentPayTrace=\(Wire.redacted(verifyDepartmentPayTrace)), merDate=\(Wire.redacted(merDate)), payTrace=\(Wire.redacted(payTrace)), isCustoms=\(Wire.redacted(isCustoms)))"
    }

    /// Reads the core's JSON of a `CustomsDeclaration`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CustomsDeclaration {
        let m = try Wire.members(value, path)
        return CustomsDeclaration(
            id: try Wire.text(m["id"], Wire.at(path, "id")),
            subOrder: try Wire.object(m["sub_order"], Wire.at(path, "sub_order")) { try SubOrder.fromJson($0, path: $1) },
            customsId: try Wire.text(m["customs_id"], Wire.at(path, "customs_id")),
            merCustomsCode: try Wire.text(m["mer_customs_code"], Wire.at(path, "mer_customs_code")),
            freightAmount: try Wire.object(m["freight_amount"], Wire.at(path, "freight_amount")) { try Amount.fromJson($0, path: $1) },
            taxAmount: try Wire.object(m["tax_amount"], Wire.at(path, "tax_amount")) { try Amount.fromJson($0, path: $1) },
            subOrderAmount: try Wire.object(m["sub_order_amount"], Wire.at(path, "sub_order_amount")) { try Amount.fromJson($0, path: $1) },
            ecPlatId: try Wire.text(m["ec_plat_id"], Wire.at(path, "ec_plat_id")),
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { DeclarationState.of($0) },
            customsClearanceDate: try Wire.text(m["customs_clearance_date"], Wire.at(path, "customs_clearance_date")),
            verifyDepartment: try Wire.text(m["verify_department"], Wire.at(path, "verify_department")),
            verifyDepartmentPayTrace: try Wire.text(m["verify_department_pay_trace"], Wire.at(path, "verify_department_pay_trace")),
            merDate: try Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
            payTrace: try Wire.text(m["pay_trace"], Wire.at(path, "pay_trace")),
            isCustoms: try Wire.text(m["is_customs"], Wire.at(path, "is_customs"))
        )
    }
}

/// Customs declarations (a one-element list where UMF sent one object).
///
/// The core's `CustomsDeclarationsResult` (schema `models.CustomsDeclarationsResult`).
public struct CustomsDeclarationsResult: WireObject, CustomStringConvertible {
    /// The declarations. Wire name `customs_declarations`; required.
    public var customsDeclarations: [CustomsDeclaration]

    public init(customsDeclarations: [CustomsDeclaration]) {
        self.customsDeclarations = customsDeclarations
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("customs_declarations", customsDeclarations as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "CustomsDeclarationsResult(customsDeclarations=\(Wire.shown(customsDeclarations)))"
    }

    /// Reads the core's JSON of a `CustomsDeclarationsResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> CustomsDeclarationsResult {
        let m = try Wire.members(value, path)
        return CustomsDeclarationsResult(
            customsDeclarations: try Wire.need(try Wire.list(m["customs_declarations"], Wire.at(path, "customs_declarations")) { e, p in try Wire.need(try Wire.object(e, p) { try CustomsDeclaration.fromJson($0, path: $1) }, p) }, Wire.at(path, "customs_declarations"))
        )
    }
}

/// Re-push a declaration to customs or CIQ (004:L4671).
///
/// The core's `DeclareAgain` (schema `models.DeclareAgain`).
public struct DeclareAgain: WireObject, CustomStringConvertible {
    /// `0` customs, `1` CIQ. Wire name `declare_type`.
    public var declareType: String?
    /// The order, 4-32. Wire name `mer_reference_id`.
    public var merReferenceId: String?

    public init(declareType: String? = nil, merReferenceId: String? = nil) {
        self.declareType = declareType
        self.merReferenceId = merReferenceId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("declare_type", declareType as Any?),
            ("mer_reference_id", merReferenceId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "DeclareAgain(declareType=\(Wire.redacted(declareType)), merReferenceId=\(Wire.shown(merReferenceId)))"
    }

    /// Reads the core's JSON of a `DeclareAgain`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> DeclareAgain {
        let m = try Wire.members(value, path)
        return DeclareAgain(
            declareType: try Wire.text(m["declare_type"], Wire.at(path, "declare_type")),
            merReferenceId: try Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id"))
        )
    }
}

/// An empty body (`declare_again`, API.md Q12).
///
/// The core's `Empty` (schema `models.Empty`).
public struct Empty: WireObject, CustomStringConvertible {

    public init() {
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Empty()"
    }

    /// Reads the core's JSON of a `Empty`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Empty {
        let m = try Wire.members(value, path)
        return Empty(

        )
    }
}

/// An enterprise qualification (004:L4681).
///
/// The core's `EnterpriseQualification` (schema `models.EnterpriseQualification`).
public struct EnterpriseQualification: WireObject, CustomStringConvertible {
    /// `EQ_…` (response). Wire name `id`.
    public var id: String?
    /// The enterprise's id in the merchant system, 1-16. Wire name `external_enterprise_id`.
    public var externalEnterpriseId: String?
    /// 1-256. Wire name `enterprise_name`.
    public var enterpriseName: String?
    /// A Chinese phone number. Wire name `enterprise_phone`.
    public var enterprisePhone: String?
    /// E-mail. Wire name `enterprise_email`.
    public var enterpriseEmail: String?
    /// Contact name. Wire name `enterprise_contact`.
    public var enterpriseContact: String?
    /// `A`, `OTHERS`, `UNKNOWN` (response). Wire name `rank`.
    public var rank: String?
    /// `SJHG` or `GFHG`. Wire name `busi_type`.
    public var busiType: String?
    /// Unified social credit code, 8-18. Wire name `enterprise_code`.
    public var enterpriseCode: String?
    /// `ENABLE` / `DISABLE` (response). Wire name `enterprise_status`.
    public var enterpriseStatus: String?

    public init(id: String? = nil, externalEnterpriseId: String? = nil, enterpriseName: String? = nil, enterprisePhone: String? = nil, enterpriseEmail: String? = nil, enterpriseContact: String? = nil, rank: String? = nil, busiType: String? = nil, enterpriseCode: String? = nil, enterpriseStatus: String? = nil) {
        self.id = id
        self.externalEnterpriseId = externalEnterpriseId
        self.enterpriseName = enterpriseName
        self.enterprisePhone = enterprisePhone
        self.enterpriseEmail = enterpriseEmail
        self.enterpriseContact = enterpriseContact
        self.rank = rank
        self.busiType = busiType
        self.enterpriseCode = enterpriseCode
        self.enterpriseStatus = enterpriseStatus
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("id", id as Any?),
            ("external_enterprise_id", externalEnterpriseId as Any?),
            ("enterprise_name", enterpriseName as Any?),
            ("enterprise_phone", enterprisePhone as Any?),
            ("enterprise_email", enterpriseEmail as Any?),
            ("enterprise_contact", enterpriseContact as Any?),
            ("rank", rank as Any?),
            ("busi_type", busiType as Any?),
            ("enterprise_code", enterpriseCode as Any?),
            ("enterprise_status", enterpriseStatus as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "EnterpriseQualification(id=\(Wire.shown(id)), externalEnterpriseId=\(Wire.redacted(externalEnterpriseId)), enterpriseName=\(Wire.redacted(enterpriseName)), enterprisePhone=\(Wire.redacted(enterprisePhone)), enterpriseEmail=\(Wire.redacted(enterpriseEmail)), enterpriseContact=\(Wire.redacted(enterpriseContact)), rank=\(Wire.redacted(rank)), busiType=\(Wire.redacted(busiType)), enterpriseCode=\(Wire.redacted(enterpriseCode)), enterpriseStatus=\(Wire.redacted(enterpriseStatus)))"
    }

    /// Reads the core's JSON of a `EnterpriseQualification`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> EnterpriseQualification {
        let m = try Wire.members(value, path)
        return EnterpriseQualification(
            id: try Wire.text(m["id"], Wire.at(path, "id")),
            externalEnterpriseId: try Wire.text(m["external_enterprise_id"], Wire.at(path, "external_enterprise_id")),
            enterpriseName: try Wire.text(m["enterprise_name"], Wire.at(path, "enterprise_name")),
            enterprisePhone: try Wire.text(m["enterprise_phone"], Wire.at(path, "enterprise_phone")),
            enterpriseEmail: try Wire.text(m["enterprise_email"], Wire.at(path, "enterprise_email")),
            enterpriseContact: try Wire.text(m["enterprise_contact"], Wire.at(path, "enterprise_contact")),
            rank: try Wire.text(m["rank"], Wire.at(path, "rank")),
            busiType: try Wire.text(m["busi_type"], Wire.at(path, "busi_type")),
            enterpriseCode: try Wire.text(m["enterprise_code"], Wire.at(path, "enterprise_code")),
            enterpriseStatus: try Wire.text(m["enterprise_status"], Wire.at(path, "enterprise_status"))
        )
    }
}

/// The `create_enterprise_qualification` request body.
///
/// The core's `EnterpriseQualificationRequest` (schema `models.EnterpriseQualificationRequest`).
public struct EnterpriseQualificationRequest: WireObject, CustomStringConvertible {
    /// The enterprise. Wire name `enterprise_qualification`.
    public var enterpriseQualification: EnterpriseQualification?

    public init(enterpriseQualification: EnterpriseQualification? = nil) {
        self.enterpriseQualification = enterpriseQualification
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("enterprise_qualification", enterpriseQualification as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "EnterpriseQualificationRequest(enterpriseQualification=\(Wire.shown(enterpriseQualification)))"
    }

    /// Reads the core's JSON of a `EnterpriseQualificationRequest`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> EnterpriseQualificationRequest {
        let m = try Wire.members(value, path)
        return EnterpriseQualificationRequest(
            enterpriseQualification: try Wire.object(m["enterprise_qualification"], Wire.at(path, "enterprise_qualification")) { try EnterpriseQualification.fromJson($0, path: $1) }
        )
    }
}

/// An exchange rate (004:L4676).
///
/// The core's `ExchangeRate` (schema `models.ExchangeRate`).
public struct ExchangeRate: WireObject, CustomStringConvertible {
    /// ISO-4217 currency. Wire name `currency`.
    public var currency: String?
    /// CNY for one unit of the currency; up to 18 digits with 8 decimals. Wire name `rate`.
    public var rate: String?

    public init(currency: String? = nil, rate: String? = nil) {
        self.currency = currency
        self.rate = rate
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("currency", currency as Any?),
            ("rate", rate as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "ExchangeRate(currency=\(Wire.shown(currency)), rate=\(Wire.shown(rate)))"
    }

    /// Reads the core's JSON of a `ExchangeRate`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> ExchangeRate {
        let m = try Wire.members(value, path)
        return ExchangeRate(
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            rate: try Wire.text(m["rate"], Wire.at(path, "rate"))
        )
    }
}

/// Exchange rates.
///
/// The core's `ExchangeRatesResult` (schema `models.ExchangeRatesResult`).
public struct ExchangeRatesResult: WireObject, CustomStringConvertible {
    /// One per currency. Wire name `exchange_rates`; required.
    public var exchangeRates: [ExchangeRate]

    public init(exchangeRates: [ExchangeRate]) {
        self.exchangeRates = exchangeRates
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("exchange_rates", exchangeRates as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "ExchangeRatesResult(exchangeRates=\(Wire.shown(exchangeRates)))"
    }

    /// Reads the core's JSON of a `ExchangeRatesResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> ExchangeRatesResult {
        let m = try Wire.members(value, path)
        return ExchangeRatesResult(
            exchangeRates: try Wire.need(try Wire.list(m["exchange_rates"], Wire.at(path, "exchange_rates")) { e, p in try Wire.need(try Wire.object(e, p) { try ExchangeRate.fromJson($0, path: $1) }, p) }, Wire.at(path, "exchange_rates"))
        )
    }
}

/// An item (004:L4696).
///
/// The core's `Item` (schema `models.Item`).
public struct Item: WireObject, CustomStringConvertible {
    /// 1-32. Wire name `mer_item_id`.
    public var merItemId: String?
    /// `CLOTHING`, `FOOD`, ... (the wire key is `type`). Wire name `type`.
    public var type: String?
    /// 1-256. Wire name `name`.
    public var name: String?
    /// 1-64. Wire name `description`.
    public var descriptionText: String?
    /// Line total in practice (API.md Q10). Wire name `amount`.
    public var amount: Amount?
    /// At most 2 characters (`item_quantity` in older documents). Wire name `quantity`.
    public var quantity: String?

    public init(merItemId: String? = nil, type: String? = nil, name: String? = nil, descriptionText: String? = nil, amount: Amount? = nil, quantity: String? = nil) {
        self.merItemId = merItemId
        self.type = type
        self.name = name
        self.descriptionText = descriptionText
        self.amount = amount
        self.quantity = quantity
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_item_id", merItemId as Any?),
            ("type", type as Any?),
            ("name", name as Any?),
            ("description", descriptionText as Any?),
            ("amount", amount as Any?),
            ("quantity", quantity as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Item(merItemId=\(Wire.redacted(merItemId)), type=\(Wire.redacted(type)), name=\(Wire.redacted(name)), descriptionText=\(Wire.redacted(descriptionText)), amount=\(Wire.shown(amount)), quantity=\(Wire.redacted(quantity)))"
    }

    /// Reads the core's JSON of a `Item`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Item {
        let m = try Wire.members(value, path)
        return Item(
            merItemId: try Wire.text(m["mer_item_id"], Wire.at(path, "mer_item_id")),
            type: try Wire.text(m["type"], Wire.at(path, "type")),
            name: try Wire.text(m["name"], Wire.at(path, "name")),
            descriptionText: try Wire.text(m["description"], Wire.at(path, "description")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            quantity: try Wire.text(m["quantity"], Wire.at(path, "quantity"))
        )
    }
}

/// The order (004:L4720).
///
/// The core's `Order` (schema `models.Order`).
public struct Order: WireObject, CustomStringConvertible {
    /// Order total. Wire name `amount`.
    public var amount: Amount?
    /// Minutes in requests; a date-time, an echo or empty in responses (K09). Wire name `expire_time`.
    public var expireTime: String?
    /// The merchant's order id, 4-32; paid at most once. Wire name `mer_reference_id`.
    public var merReferenceId: String?
    /// `YYYYMMDD`. Wire name `mer_date`.
    public var merDate: String?
    /// 1-32. Wire name `order_summary`.
    public var orderSummary: String?
    /// Sub-merchant id. Wire name `sub_mer_id`.
    public var subMerId: String?
    /// One goods type per sub-order. Wire name `sub_orders`.
    public var subOrders: [SubOrder]?
    /// The customer's IP. Wire name `user_ip`.
    public var userIp: String?
    /// `Y`/`N`: whether to verify by SMS. Wire name `if_sms`.
    public var ifSms: String?
    /// Tuition: school city. Wire name `school_locate_city`.
    public var schoolLocateCity: String?
    /// Tuition: school name. Wire name `school_name`.
    public var schoolName: String?
    /// Tuition: student name (encrypted). Wire name `student_name`.
    public var studentName: String?
    /// Tuition: admission letter or student id. Wire name `student_id`.
    public var studentId: String?
    /// Tuition: enrolment date. Wire name `enrollment_date`.
    public var enrollmentDate: String?
    /// File name from `upload_file`. Wire name `student_identity_filename`.
    public var studentIdentityFilename: String?
    /// File name from `upload_file`. Wire name `student_id_filename`.
    public var studentIdFilename: String?
    /// File name from `upload_file`. Wire name `tuition_pay_filename`.
    public var tuitionPayFilename: String?
    /// Merchant's private data (notifications). Wire name `mer_priv`.
    public var merPriv: String?
    /// Who verified the payer (notifications). Wire name `verify_department`.
    public var verifyDepartment: String?
    /// Trace at the verifying department. Wire name `verify_department_pay_trace`.
    public var verifyDepartmentPayTrace: String?

    public init(amount: Amount? = nil, expireTime: String? = nil, merReferenceId: String? = nil, merDate: String? = nil, orderSummary: String? = nil, subMerId: String? = nil, subOrders: [SubOrder]? = nil, userIp: String? = nil, ifSms: String? = nil, schoolLocateCity: String? = nil, schoolName: String? = nil, studentName: String? = nil, studentId: String? = nil, enrollmentDate: String? = nil, studentIdentityFilename: String? = nil, studentIdFilename: String? = nil, tuitionPayFilename: String? = nil, merPriv: String? = nil, verifyDepartment: String? = nil, verifyDepartmentPayTrace: String? = nil) {
        self.amount = amount
        self.expireTime = expireTime
        self.merReferenceId = merReferenceId
        self.merDate = merDate
        self.orderSummary = orderSummary
        self.subMerId = subMerId
        self.subOrders = subOrders
        self.userIp = userIp
        self.ifSms = ifSms
        self.schoolLocateCity = schoolLocateCity
        self.schoolName = schoolName
        self.studentName = studentName
        self.studentId = studentId
        self.enrollmentDate = enrollmentDate
        self.studentIdentityFilename = studentIdentityFilename
        self.studentIdFilename = studentIdFilename
        self.tuitionPayFilename = tuitionPayFilename
        self.merPriv = merPriv
        self.verifyDepartment = verifyDepartment
        self.verifyDepartmentPayTrace = verifyDepartmentPayTrace
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("amount", amount as Any?),
            ("expire_time", expireTime as Any?),
            ("mer_reference_id", merReferenceId as Any?),
            ("mer_date", merDate as Any?),
            ("order_summary", orderSummary as Any?),
            ("sub_mer_id", subMerId as Any?),
            ("sub_orders", subOrders as Any?),
            ("user_ip", userIp as Any?),
            ("if_sms", ifSms as Any?),
            ("school_locate_city", schoolLocateCity as Any?),
            ("school_name", schoolName as Any?),
            ("student_name", studentName as Any?),
            ("student_id", studentId as Any?),
            ("enrollment_date", enrollmentDate as Any?),
            ("student_identity_filename", studentIdentityFilename as Any?),
            ("student_id_filename", studentIdFilename as Any?),
            ("tuition_pay_filename", tuitionPayFilename as Any?),
            ("mer_priv", merPriv as Any?),
            ("verify_department", verifyDepartment as Any?),
            ("verify_department_pay_trace", verifyDepartmentPayTrace as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Order(amount=\(Wire.shown(amount)), expireTime=\(Wire.redacted(expireTime)), merReferenceId=\(Wire.shown(merReferenceId)), merDate=\(Wire.redacted(merDate)), orderSummary=\(Wire.redacted(orderSummary)), subMerId=\(Wire.redacted(subMerId)), subOrders=\(Wire.shown(subOrders)), userIp=\(Wire.redacted(userIp)), ifSms=\(Wire.redacted(ifSms)), schoolLocateCity=\(Wire.redacted(schoolLocateCity)), schoolName=\(Wire.redacted(schoolName)), studentName=\(Wire.redacted(studentName)), studentId=\(Wire.redacted(studentId)), enrollmentDate=\(Wire.redacted(enrollmentDate)), studentIdentityFilename=\(Wire.redacted(studentIdentityFilename)), studentIdFilename=\(Wire.redacted(studentIdFilename)), tuitionPayFilename=\(Wire.redacted(tuitionPayFilename)), merPriv=\(Wire.redacted(merPriv)), verifyDepartment=\(Wire.redacted(verifyDepartment)), verifyDepartmentPayTrace=\(Wire.redacted(verifyDepartmentPayTrace)))"
    }

    /// Reads the core's JSON of a `Order`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Order {
        let m = try Wire.members(value, path)
        return Order(
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            expireTime: try Wire.text(m["expire_time"], Wire.at(path, "expire_time")),
            merReferenceId: try Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
            merDate: try Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
            orderSummary: try Wire.text(m["order_summary"], Wire.at(path, "order_summary")),
            subMerId: try Wire.text(m["sub_mer_id"], Wire.at(path, "sub_mer_id")),
            subOrders: try Wire.list(m["sub_orders"], Wire.at(path, "sub_orders")) { e, p in try Wire.need(try Wire.object(e, p) { try SubOrder.fromJson($0, path: $1) }, p) },
            userIp: try Wire.text(m["user_ip"], Wire.at(path, "user_ip")),
            ifSms: try Wire.text(m["if_sms"], Wire.at(path, "if_sms")),
            schoolLocateCity: try Wire.text(m["school_locate_city"], Wire.at(path, "school_locate_city")),
            schoolName: try Wire.text(m["school_name"], Wire.at(path, "school_name")),
            studentName: try Wire.text(m["student_name"], Wire.at(path, "student_name")),
            studentId: try Wire.text(m["student_id"], Wire.at(path, "student_id")),
            enrollmentDate: try Wire.text(m["enrollment_date"], Wire.at(path, "enrollment_date")),
            studentIdentityFilename: try Wire.text(m["student_identity_filename"], Wire.at(path, "student_identity_filename")),
            studentIdFilename: try Wire.text(m["student_id_filename"], Wire.at(path, "student_id_filename")),
            tuitionPayFilename: try Wire.text(m["tuition_pay_filename"], Wire.at(path, "tuition_pay_filename")),
            merPriv: try Wire.text(m["mer_priv"], Wire.at(path, "mer_priv")),
            verifyDepartment: try Wire.text(m["verify_department"], Wire.at(path, "verify_department")),
            verifyDepartmentPayTrace: try Wire.text(m["verify_department_pay_trace"], Wire.at(path, "verify_department_pay_trace"))
        )
    }
}

/// Trade detail (004:L5058); every field is required.
///
/// The core's `OrderItem` (schema `models.OrderItem`).
public struct OrderItem: WireObject, CustomStringConvertible {
    /// Batch number, unique, at most 16. Wire name `mer_batchno`.
    public var merBatchno: String?
    /// A trans_code, at most 8. Wire name `business_code`.
    public var businessCode: String?
    /// Currency. Wire name `currency`.
    public var currency: String?
    /// Order id, at most 64 (wire key `mer_orderId`). Wire name `mer_orderId`.
    public var merOrderId: String?
    /// Goods type. Wire name `goods_type`.
    public var goodsType: String?
    /// Goods name. Wire name `goods_name`.
    public var goodsName: String?
    /// Unit price in yuan (wire key `goods_unitPrice`). Wire name `goods_unitPrice`.
    public var goodsUnitPrice: String?
    /// Quantity. Wire name `goods_sum`.
    public var goodsSum: String?
    /// Unit price × quantity, in yuan (wire key `Damount`). Wire name `Damount`.
    public var damount: String?
    /// Payer name (encrypted). Wire name `payer_name`.
    public var payerName: String?
    /// 18-digit ID (encrypted; wire key `payer_IDCard`). Wire name `payer_IDCard`.
    public var payerIDCard: String?
    /// Payer phone. Wire name `payer_phone`.
    public var payerPhone: String?
    /// `yyyy-MM-dd HH:mm:ss`, different from `pay_time`. Wire name `order_time`.
    public var orderTime: String?
    /// `yyyy-MM-dd HH:mm:ss`. Wire name `pay_time`.
    public var payTime: String?
    /// Logistics number. Wire name `logistics_no`.
    public var logisticsNo: String?
    /// `CNY_VALUATION` or `FOREIGN_VALUATION`. Wire name `val_pattern`.
    public var valPattern: String?

    public init(merBatchno: String? = nil, businessCode: String? = nil, currency: String? = nil, merOrderId: String? = nil, goodsType: String? = nil, goodsName: String? = nil, goodsUnitPrice: String? = nil, goodsSum: String? = nil, damount: String? = nil, payerName: String? = nil, payerIDCard: String? = nil, payerPhone: String? = nil, orderTime: String? = nil, payTime: String? = nil, logisticsNo: String? = nil, valPattern: String? = nil) {
        self.merBatchno = merBatchno
        self.businessCode = businessCode
        self.currency = currency
        self.merOrderId = merOrderId
        self.goodsType = goodsType
        self.goodsName = goodsName
        self.goodsUnitPrice = goodsUnitPrice
        self.goodsSum = goodsSum
        self.damount = damount
        self.payerName = payerName
        self.payerIDCard = payerIDCard
        self.payerPhone = payerPhone
        self.orderTime = orderTime
        self.payTime = payTime
        self.logisticsNo = logisticsNo
        self.valPattern = valPattern
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_batchno", merBatchno as Any?),
            ("business_code", businessCode as Any?),
            ("currency", currency as Any?),
            ("mer_orderId", merOrderId as Any?),
            ("goods_type", goodsType as Any?),
            ("goods_name", goodsName as Any?),
            ("goods_unitPrice", goodsUnitPrice as Any?),
            ("goods_sum", goodsSum as Any?),
            ("Damount", damount as Any?),
            ("payer_name", payerName as Any?),
            ("payer_IDCard", payerIDCard as Any?),
            ("payer_phone", payerPhone as Any?),
            ("order_time", orderTime as Any?),
            ("pay_time", payTime as Any?),
            ("logistics_no", logisticsNo as Any?),
            ("val_pattern", valPattern as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "OrderItem(merBatchno=\(Wire.redacted(merBatchno)), businessCode=\(Wire.redacted(businessCode)), currency=\(Wire.shown(currency)), merOrderId=\(Wire.redacted(merOrderId)), goodsType=\(Wire.redacted(goodsType)), goodsName=\(Wire.redacted(goodsName)), goodsUnitPrice=\(Wire.redacted(goodsUnitPrice)), goodsSum=\(Wire.redacted(goodsSum)), damount=\(Wire.redacted(damount)), payerName=\(Wire.redacted(payerName)), payerIDCard=\(Wire.redacted(payerIDCard)), payerPhone=\(Wire.redacted(payerPhone)), orderTime=\(Wire.redacted(orderTime)), payTime=\(Wire.redacted(payTime)), logisticsNo=\(Wire.redacted(logisticsNo)), valPattern=\(Wire.redacted(valPattern)))"
    }

    /// Reads the core's JSON of a `OrderItem`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> OrderItem {
        let m = try Wire.members(value, path)
        return OrderItem(
            merBatchno: try Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
            businessCode: try Wire.text(m["business_code"], Wire.at(path, "business_code")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            merOrderId: try Wire.text(m["mer_orderId"], Wire.at(path, "mer_orderId")),
            goodsType: try Wire.text(m["goods_type"], Wire.at(path, "goods_type")),
            goodsName: try Wire.text(m["goods_name"], Wire.at(path, "goods_name")),
            goodsUnitPrice: try Wire.text(m["goods_unitPrice"], Wire.at(path, "goods_unitPrice")),
            goodsSum: try Wire.text(m["goods_sum"], Wire.at(path, "goods_sum")),
            damount: try Wire.text(m["Damount"], Wire.at(path, "Damount")),
            payerName: try Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
            payerIDCard: try Wire.text(m["payer_IDCard"], Wire.at(path, "payer_IDCard")),
            payerPhone: try Wire.text(m["payer_phone"], Wire.at(path, "payer_phone")),
            orderTime: try Wire.text(m["order_time"], Wire.at(path, "order_time")),
            payTime: try Wire.text(m["pay_time"], Wire.at(path, "pay_time")),
            logisticsNo: try Wire.text(m["logistics_no"], Wire.at(path, "logistics_no")),
            valPattern: try Wire.text(m["val_pattern"], Wire.at(path, "val_pattern"))
        )
    }
}

/// A page of a paginated query (004:L4743). Strings in one example, numbers in another.
///
/// The core's `Pagination` (schema `models.Pagination`).
public struct Pagination: WireObject, CustomStringConvertible {
    /// Total number of records. Wire name `total_count`.
    public var totalCount: Int64?
    /// Page number, from 1. Wire name `page_number`.
    public var pageNumber: Int64?
    /// Records per page (at most 999; default 500). Wire name `page_size`.
    public var pageSize: Int64?

    public init(totalCount: Int64? = nil, pageNumber: Int64? = nil, pageSize: Int64? = nil) {
        self.totalCount = totalCount
        self.pageNumber = pageNumber
        self.pageSize = pageSize
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("total_count", totalCount as Any?),
            ("page_number", pageNumber as Any?),
            ("page_size", pageSize as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Pagination(totalCount=\(Wire.shown(totalCount)), pageNumber=\(Wire.shown(pageNumber)), pageSize=\(Wire.shown(pageSize)))"
    }

    /// Reads the core's JSON of a `Pagination`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Pagination {
        let m = try Wire.members(value, path)
        return Pagination(
            totalCount: try Wire.integer(m["total_count"], Wire.at(path, "total_count")),
            pageNumber: try Wire.integer(m["page_number"], Wire.at(path, "page_number")),
            pageSize: try Wire.integer(m["page_size"], Wire.at(path, "page_size"))
        )
    }
}

/// Parameters for WeChat's JS-API or native SDK (004:L4784).
///
/// The core's `PayInfo` (schema `models.PayInfo`).
public struct PayInfo: WireObject, CustomStringConvertible {
    /// Official-account app id. Wire name `app_id`.
    public var appId: String?
    /// Unix seconds as a string in the examples. Wire name `time_stamp`.
    public var timeStamp: String?
    /// `MD5`. Wire name `sign_type`.
    public var signType: String?
    /// `prepay_id=…`. Wire name `package`.
    public var package: String?
    /// Random string. Wire name `nonce_str`.
    public var nonceStr: String?
    /// WeChat's signature. Wire name `pay_sign`.
    public var paySign: String?

    public init(appId: String? = nil, timeStamp: String? = nil, signType: String? = nil, package: String? = nil, nonceStr: String? = nil, paySign: String? = nil) {
        self.appId = appId
        self.timeStamp = timeStamp
        self.signType = signType
        self.package = package
        self.nonceStr = nonceStr
        self.paySign = paySign
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("app_id", appId as Any?),
            ("time_stamp", timeStamp as Any?),
            ("sign_type", signType as Any?),
            ("package", package as Any?),
            ("nonce_str", nonceStr as Any?),
            ("pay_sign", paySign as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayInfo(appId=\(Wire.redacted(appId)), timeStamp=\(Wire.redacted(timeStamp)), signType=\(Wire.redacted(signType)), package=\(Wire.redacted(package)), nonceStr=\(Wire.redacted(nonceStr)), paySign=\(Wire.redacted(paySign)))"
    }

    /// Reads the core's JSON of a `PayInfo`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayInfo {
        let m = try Wire.members(value, path)
        return PayInfo(
            appId: try Wire.text(m["app_id"], Wire.at(path, "app_id")),
            timeStamp: try Wire.text(m["time_stamp"], Wire.at(path, "time_stamp")),
            signType: try Wire.text(m["sign_type"], Wire.at(path, "sign_type")),
            package: try Wire.text(m["package"], Wire.at(path, "package")),
            nonceStr: try Wire.text(m["nonce_str"], Wire.at(path, "nonce_str")),
            paySign: try Wire.text(m["pay_sign"], Wire.at(path, "pay_sign"))
        )
    }
}

/// A tuition or transfer order (004:L5099).
///
/// The core's `PayOrder` (schema `models.PayOrder`).
public struct PayOrder: WireObject, CustomStringConvertible {
    /// Unique order id, 4-32. Wire name `mer_order_id`.
    public var merOrderId: String?
    /// Postscript starting with `USD`, 24-27 characters. Wire name `trade_no`.
    public var tradeNo: String?
    /// Order currency. Wire name `currency`.
    public var currency: String?
    /// Order amount (wire key `Oamount`). Wire name `Oamount`.
    public var oamount: String?
    /// Payer name (encrypted). Wire name `payer_name`.
    public var payerName: String?
    /// Payer ID (encrypted). Wire name `payer_id_card`.
    public var payerIdCard: String?
    /// Phone registered with the bank. Wire name `payer_phone`.
    public var payerPhone: String?
    /// Payment currency. Wire name `pri_currency`.
    public var priCurrency: String?
    /// Payment amount. Wire name `pri_amount`.
    public var priAmount: String?
    /// School name. Wire name `school_name`.
    public var schoolName: String?
    /// School address. Wire name `school_address`.
    public var schoolAddress: String?
    /// School country. Wire name `school_country`.
    public var schoolCountry: String?
    /// Review status. Wire name `oper_status`.
    public var operStatus: String?
    /// Review message. Wire name `oper_msg`.
    public var operMsg: String?
    /// AML status. Wire name `verify_status`.
    public var verifyStatus: String?
    /// Status. Wire name `status`.
    public var status: String?
    /// Top-up status. Wire name `rec_status`.
    public var recStatus: String?
    /// From `upload_payment_files`. Wire name `file_path`.
    public var filePath: String?

    public init(merOrderId: String? = nil, tradeNo: String? = nil, currency: String? = nil, oamount: String? = nil, payerName: String? = nil, payerIdCard: String? = nil, payerPhone: String? = nil, priCurrency: String? = nil, priAmount: String? = nil, schoolName: String? = nil, schoolAddress: String? = nil, schoolCountry: String? = nil, operStatus: String? = nil, operMsg: String? = nil, verifyStatus: String? = nil, status: String? = nil, recStatus: String? = nil, filePath: String? = nil) {
        self.merOrderId = merOrderId
        self.tradeNo = tradeNo
        self.currency = currency
        self.oamount = oamount
        self.payerName = payerName
        self.payerIdCard = payerIdCard
        self.payerPhone = payerPhone
        self.priCurrency = priCurrency
        self.priAmount = priAmount
        self.schoolName = schoolName
        self.schoolAddress = schoolAddress
        self.schoolCountry = schoolCountry
        self.operStatus = operStatus
        self.operMsg = operMsg
        self.verifyStatus = verifyStatus
        self.status = status
        self.recStatus = recStatus
        self.filePath = filePath
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_order_id", merOrderId as Any?),
            ("trade_no", tradeNo as Any?),
            ("currency", currency as Any?),
            ("Oamount", oamount as Any?),
            ("payer_name", payerName as Any?),
            ("payer_id_card", payerIdCard as Any?),
            ("payer_phone", payerPhone as Any?),
            ("pri_currency", priCurrency as Any?),
            ("pri_amount", priAmount as Any?),
            ("school_name", schoolName as Any?),
            ("school_address", schoolAddress as Any?),
            ("school_country", schoolCountry as Any?),
            ("oper_status", operStatus as Any?),
            ("oper_msg", operMsg as Any?),
            ("verify_status", verifyStatus as Any?),
            ("status", status as Any?),
            ("rec_status", recStatus as Any?),
            ("file_path", filePath as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayOrder(merOrderId=\(Wire.redacted(merOrderId)), tradeNo=\(Wire.redacted(tradeNo)), currency=\(Wire.shown(currency)), oamount=\(Wire.redacted(oamount)), payerName=\(Wire.redacted(payerName)), payerIdCard=\(Wire.redacted(payerIdCard)), payerPhone=\(Wire.redacted(payerPhone)), priCurrency=\(Wire.redacted(priCurrency)), priAmount=\(Wire.redacted(priAmount)), schoolName=\(Wire.redacted(schoolName)), schoolAddress=\(Wire.redacted(schoolAddress)), schoolCountry=\(Wire.redacted(schoolCountry)), operStatus=\(Wire.redacted(operStatus)), operMsg=\(Wire.redacted(operMsg)), verifyStatus=\(Wire.redacted(verifyStatus)), status=\(Wire.redacted(status)), recStatus=\(Wire.redacted(recStatus)), filePath=\(Wire.redacted(filePath)))"
    }

    /// Reads the core's JSON of a `PayOrder`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayOrder {
        let m = try Wire.members(value, path)
        return PayOrder(
            merOrderId: try Wire.text(m["mer_order_id"], Wire.at(path, "mer_order_id")),
            tradeNo: try Wire.text(m["trade_no"], Wire.at(path, "trade_no")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            oamount: try Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
            payerName: try Wire.text(m["payer_name"], Wire.at(path, "payer_name")),
            payerIdCard: try Wire.text(m["payer_id_card"], Wire.at(path, "payer_id_card")),
            payerPhone: try Wire.text(m["payer_phone"], Wire.at(path, "payer_phone")),
            priCurrency: try Wire.text(m["pri_currency"], Wire.at(path, "pri_currency")),
            priAmount: try Wire.text(m["pri_amount"], Wire.at(path, "pri_amount")),
            schoolName: try Wire.text(m["school_name"], Wire.at(path, "school_name")),
            schoolAddress: try Wire.text(m["school_address"], Wire.at(path, "school_address")),
            schoolCountry: try Wire.text(m["school_country"], Wire.at(path, "school_country")),
            operStatus: try Wire.text(m["oper_status"], Wire.at(path, "oper_status")),
            operMsg: try Wire.text(m["oper_msg"], Wire.at(path, "oper_msg")),
            verifyStatus: try Wire.text(m["verify_status"], Wire.at(path, "verify_status")),
            status: try Wire.text(m["status"], Wire.at(path, "status")),
            recStatus: try Wire.text(m["rec_status"], Wire.at(path, "rec_status")),
            filePath: try Wire.text(m["file_path"], Wire.at(path, "file_path"))
        )
    }
}

/// Result of `upload_payment_files` (key `payOrder`).
///
/// The core's `PayOrderFile` (schema `models.PayOrderFile`).
public struct PayOrderFile: WireObject, CustomStringConvertible {
    /// `FILE_PATH_…`. Wire name `file_path`.
    public var filePath: String?

    public init(filePath: String? = nil) {
        self.filePath = filePath
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("file_path", filePath as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayOrderFile(filePath=\(Wire.redacted(filePath)))"
    }

    /// Reads the core's JSON of a `PayOrderFile`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayOrderFile {
        let m = try Wire.members(value, path)
        return PayOrderFile(
            filePath: try Wire.text(m["file_path"], Wire.at(path, "file_path"))
        )
    }
}

/// Tuition order status (004:L5121).
///
/// The core's `PayQueryOrder` (schema `models.PayQueryOrder`).
public struct PayQueryOrder: WireObject, CustomStringConvertible {
    /// `0`, `1`, `2`. Wire name `rec_status`.
    public var recStatus: String?
    /// The order (note the spelling). Wire name `mer_orderid`.
    public var merOrderid: String?
    /// AML status. Wire name `verify_status`.
    public var verifyStatus: String?
    /// Review status. Wire name `oper_status`.
    public var operStatus: String?
    /// Review message. Wire name `oper_msg`.
    public var operMsg: String?
    /// Fee. Wire name `fee`.
    public var fee: String?
    /// Payment status. Wire name `pay_status`.
    public var payStatus: String?

    public init(recStatus: String? = nil, merOrderid: String? = nil, verifyStatus: String? = nil, operStatus: String? = nil, operMsg: String? = nil, fee: String? = nil, payStatus: String? = nil) {
        self.recStatus = recStatus
        self.merOrderid = merOrderid
        self.verifyStatus = verifyStatus
        self.operStatus = operStatus
        self.operMsg = operMsg
        self.fee = fee
        self.payStatus = payStatus
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("rec_status", recStatus as Any?),
            ("mer_orderid", merOrderid as Any?),
            ("verify_status", verifyStatus as Any?),
            ("oper_status", operStatus as Any?),
            ("oper_msg", operMsg as Any?),
            ("fee", fee as Any?),
            ("pay_status", payStatus as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayQueryOrder(recStatus=\(Wire.redacted(recStatus)), merOrderid=\(Wire.redacted(merOrderid)), verifyStatus=\(Wire.redacted(verifyStatus)), operStatus=\(Wire.redacted(operStatus)), operMsg=\(Wire.redacted(operMsg)), fee=\(Wire.redacted(fee)), payStatus=\(Wire.redacted(payStatus)))"
    }

    /// Reads the core's JSON of a `PayQueryOrder`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayQueryOrder {
        let m = try Wire.members(value, path)
        return PayQueryOrder(
            recStatus: try Wire.text(m["rec_status"], Wire.at(path, "rec_status")),
            merOrderid: try Wire.text(m["mer_orderid"], Wire.at(path, "mer_orderid")),
            verifyStatus: try Wire.text(m["verify_status"], Wire.at(path, "verify_status")),
            operStatus: try Wire.text(m["oper_status"], Wire.at(path, "oper_status")),
            operMsg: try Wire.text(m["oper_msg"], Wire.at(path, "oper_msg")),
            fee: try Wire.text(m["fee"], Wire.at(path, "fee")),
            payStatus: try Wire.text(m["pay_status"], Wire.at(path, "pay_status"))
        )
    }
}

/// Remittance result (004:L5093).
///
/// The core's `PayRes` (schema `models.PayRes`).
public struct PayRes: WireObject, CustomStringConvertible {
    /// Fee in yuan. Wire name `transfer_fee`.
    public var transferFee: String?
    /// Rate (documented as a fee). Wire name `exchange_rate`.
    public var exchangeRate: String?

    public init(transferFee: String? = nil, exchangeRate: String? = nil) {
        self.transferFee = transferFee
        self.exchangeRate = exchangeRate
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("transfer_fee", transferFee as Any?),
            ("exchange_rate", exchangeRate as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayRes(transferFee=\(Wire.redacted(transferFee)), exchangeRate=\(Wire.redacted(exchangeRate)))"
    }

    /// Reads the core's JSON of a `PayRes`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayRes {
        let m = try Wire.members(value, path)
        return PayRes(
            transferFee: try Wire.text(m["transfer_fee"], Wire.at(path, "transfer_fee")),
            exchangeRate: try Wire.text(m["exchange_rate"], Wire.at(path, "exchange_rate"))
        )
    }
}

/// The payee (004:L5046).
///
/// The core's `PayeeInfor` (schema `models.PayeeInfor`).
public struct PayeeInfor: WireObject, CustomStringConvertible {
    /// Account, at most 32 (encrypted). Wire name `payee_account`.
    public var payeeAccount: String?
    /// Name (encrypted); name plus address at most 130 characters. Wire name `payee_name`.
    public var payeeName: String?
    /// Address (encrypted). Wire name `payee_address`.
    public var payeeAddress: String?
    /// SWIFT, 8 or 11 characters (encrypted). Wire name `payee_swift`.
    public var payeeSwift: String?
    /// IBAN, replaces the account when given (encrypted). Wire name `iban`.
    public var iban: String?
    /// Bank name. Wire name `payee_bank_name`.
    public var payeeBankName: String?
    /// Bank address. Wire name `payee_bank_address`.
    public var payeeBankAddress: String?
    /// Alpha-3 country. Wire name `payee_country`.
    public var payeeCountry: String?

    public init(payeeAccount: String? = nil, payeeName: String? = nil, payeeAddress: String? = nil, payeeSwift: String? = nil, iban: String? = nil, payeeBankName: String? = nil, payeeBankAddress: String? = nil, payeeCountry: String? = nil) {
        self.payeeAccount = payeeAccount
        self.payeeName = payeeName
        self.payeeAddress = payeeAddress
        self.payeeSwift = payeeSwift
        self.iban = iban
        self.payeeBankName = payeeBankName
        self.payeeBankAddress = payeeBankAddress
        self.payeeCountry = payeeCountry
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payee_account", payeeAccount as Any?),
            ("payee_name", payeeName as Any?),
            ("payee_address", payeeAddress as Any?),
            ("payee_swift", payeeSwift as Any?),
            ("iban", iban as Any?),
            ("payee_bank_name", payeeBankName as Any?),
            ("payee_bank_address", payeeBankAddress as Any?),
            ("payee_country", payeeCountry as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayeeInfor(payeeAccount=\(Wire.redacted(payeeAccount)), payeeName=\(Wire.redacted(payeeName)), payeeAddress=\(Wire.redacted(payeeAddress)), payeeSwift=\(Wire.redacted(payeeSwift)), iban=\(Wire.redacted(iban)), payeeBankName=\(Wire.redacted(payeeBankName)), payeeBankAddress=\(Wire.redacted(payeeBankAddress)), payeeCountry=\(Wire.redacted(payeeCountry)))"
    }

    /// Reads the core's JSON of a `PayeeInfor`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayeeInfor {
        let m = try Wire.members(value, path)
        return PayeeInfor(
            payeeAccount: try Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
            payeeName: try Wire.text(m["payee_name"], Wire.at(path, "payee_name")),
            payeeAddress: try Wire.text(m["payee_address"], Wire.at(path, "payee_address")),
            payeeSwift: try Wire.text(m["payee_swift"], Wire.at(path, "payee_swift")),
            iban: try Wire.text(m["iban"], Wire.at(path, "iban")),
            payeeBankName: try Wire.text(m["payee_bank_name"], Wire.at(path, "payee_bank_name")),
            payeeBankAddress: try Wire.text(m["payee_bank_address"], Wire.at(path, "payee_bank_address")),
            payeeCountry: try Wire.text(m["payee_country"], Wire.at(path, "payee_country"))
        )
    }
}

/// The payer (004:L4750).
///
/// The core's `Payer` (schema `models.Payer`).
public struct Payer: WireObject, CustomStringConvertible {
    /// How the customer pays. Wire name `payment_method`.
    public var paymentMethod: PaymentMethod?
    /// Bank code (required for `DIRECT_TO_BANK` with `NOT_APPLICABLE`). Wire name `bank_code`.
    public var bankCode: String?
    /// The pay elements. Wire name `payer_info`.
    public var payerInfo: PayerInfo?
    /// Server-to-server, cashier page, H5 or direct-to-bank. Wire name `interface_type`.
    public var interfaceType: InterfaceType?
    /// `B2C` or `B2B`. Wire name `business_type`.
    public var businessType: BusinessType?
    /// The customer's id in the merchant's system. Wire name `external_customer_id`.
    public var externalCustomerId: String?
    /// B2B business elements (004:L4756). Wire name `enterprise_qualification`.
    public var enterpriseQualification: Any?

    public init(paymentMethod: PaymentMethod? = nil, bankCode: String? = nil, payerInfo: PayerInfo? = nil, interfaceType: InterfaceType? = nil, businessType: BusinessType? = nil, externalCustomerId: String? = nil, enterpriseQualification: Any? = nil) {
        self.paymentMethod = paymentMethod
        self.bankCode = bankCode
        self.payerInfo = payerInfo
        self.interfaceType = interfaceType
        self.businessType = businessType
        self.externalCustomerId = externalCustomerId
        self.enterpriseQualification = enterpriseQualification
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payment_method", paymentMethod as Any?),
            ("bank_code", bankCode as Any?),
            ("payer_info", payerInfo as Any?),
            ("interface_type", interfaceType as Any?),
            ("business_type", businessType as Any?),
            ("external_customer_id", externalCustomerId as Any?),
            ("enterprise_qualification", enterpriseQualification as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Payer(paymentMethod=\(Wire.shown(paymentMethod)), bankCode=\(Wire.redacted(bankCode)), payerInfo=\(Wire.shown(payerInfo)), interfaceType=\(Wire.shown(interfaceType)), businessType=\(Wire.shown(businessType)), externalCustomerId=\(Wire.redacted(externalCustomerId)), enterpriseQualification=\(Wire.redacted(enterpriseQualification)))"
    }

    /// Reads the core's JSON of a `Payer`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Payer {
        let m = try Wire.members(value, path)
        return Payer(
            paymentMethod: try Wire.text(m["payment_method"], Wire.at(path, "payment_method")).map { PaymentMethod.of($0) },
            bankCode: try Wire.text(m["bank_code"], Wire.at(path, "bank_code")),
            payerInfo: try Wire.object(m["payer_info"], Wire.at(path, "payer_info")) { try PayerInfo.fromJson($0, path: $1) },
            interfaceType: try Wire.text(m["interface_type"], Wire.at(path, "interface_type")).map { InterfaceType.of($0) },
            businessType: try Wire.text(m["business_type"], Wire.at(path, "business_type")).map { BusinessType.of($0) },
            externalCustomerId: try Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
            enterpriseQualification: m["enterprise_qualification"]
        )
    }
}

/// A bound card used instead of `bank_card` (004:L4773).
///
/// The core's `PayerAgreement` (schema `models.PayerAgreement`).
public struct PayerAgreement: WireObject, CustomStringConvertible {
    /// Unique per user of a merchant. Wire name `usr_busi_agreement_id`.
    public var usrBusiAgreementId: String?
    /// Unique per card of that user. Wire name `usr_pay_agreement_id`.
    public var usrPayAgreementId: String?
    /// Bank code. Wire name `gate_id`.
    public var gateId: String?
    /// Last four card digits. Wire name `last_four_cardid`.
    public var lastFourCardid: String?
    /// Expiry (encrypted). Wire name `valid_date`.
    public var validDate: String?
    /// CVV2 (encrypted). Wire name `cvv2`.
    public var cvv2: String?
    /// SMS code. Wire name `verify_code`.
    public var verifyCode: String?
    /// Phone of the bound card (agreement queries, 004:L2991). Wire name `phone`.
    public var phone: String?
    /// In 003's examples only, always empty (003:L338). Wire name `agreement_id`.
    public var agreementId: String?
    /// In 003's examples only, always empty (003:L339). Wire name `busi_agreement_id`.
    public var busiAgreementId: String?

    public init(usrBusiAgreementId: String? = nil, usrPayAgreementId: String? = nil, gateId: String? = nil, lastFourCardid: String? = nil, validDate: String? = nil, cvv2: String? = nil, verifyCode: String? = nil, phone: String? = nil, agreementId: String? = nil, busiAgreementId: String? = nil) {
        self.usrBusiAgreementId = usrBusiAgreementId
        self.usrPayAgreementId = usrPayAgreementId
        self.gateId = gateId
        self.lastFourCardid = lastFourCardid
        self.validDate = validDate
        self.cvv2 = cvv2
        self.verifyCode = verifyCode
        self.phone = phone
        self.agreementId = agreementId
        self.busiAgreementId = busiAgreementId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("usr_busi_agreement_id", usrBusiAgreementId as Any?),
            ("usr_pay_agreement_id", usrPayAgreementId as Any?),
            ("gate_id", gateId as Any?),
            ("last_four_cardid", lastFourCardid as Any?),
            ("valid_date", validDate as Any?),
            ("cvv2", cvv2 as Any?),
            ("verify_code", verifyCode as Any?),
            ("phone", phone as Any?),
            ("agreement_id", agreementId as Any?),
            ("busi_agreement_id", busiAgreementId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayerAgreement(usrBusiAgreementId=\(Wire.redacted(usrBusiAgreementId)), usrPayAgreementId=\(Wire.redacted(usrPayAgreementId)), gateId=\(Wire.redacted(gateId)), lastFourCardid=\(Wire.redacted(lastFourCardid)), validDate=\(Wire.redacted(validDate)), cvv2=\(Wire.redacted(cvv2)), verifyCode=\(Wire.redacted(verifyCode)), phone=\(Wire.redacted(phone)), agreementId=\(Wire.redacted(agreementId)), busiAgreementId=\(Wire.redacted(busiAgreementId)))"
    }

    /// Reads the core's JSON of a `PayerAgreement`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayerAgreement {
        let m = try Wire.members(value, path)
        return PayerAgreement(
            usrBusiAgreementId: try Wire.text(m["usr_busi_agreement_id"], Wire.at(path, "usr_busi_agreement_id")),
            usrPayAgreementId: try Wire.text(m["usr_pay_agreement_id"], Wire.at(path, "usr_pay_agreement_id")),
            gateId: try Wire.text(m["gate_id"], Wire.at(path, "gate_id")),
            lastFourCardid: try Wire.text(m["last_four_cardid"], Wire.at(path, "last_four_cardid")),
            validDate: try Wire.text(m["valid_date"], Wire.at(path, "valid_date")),
            cvv2: try Wire.text(m["cvv2"], Wire.at(path, "cvv2")),
            verifyCode: try Wire.text(m["verify_code"], Wire.at(path, "verify_code")),
            phone: try Wire.text(m["phone"], Wire.at(path, "phone")),
            agreementId: try Wire.text(m["agreement_id"], Wire.at(path, "agreement_id")),
            busiAgreementId: try Wire.text(m["busi_agreement_id"], Wire.at(path, "busi_agreement_id"))
        )
    }
}

/// The payer's details and exactly one set of pay elements (004:L4795).
///
/// The core's `PayerInfo` (schema `models.PayerInfo`).
public struct PayerInfo: WireObject, CustomStringConvertible {
    /// The payer's phone. Wire name `phone`.
    public var phone: String?
    /// The payer's name (encrypted). Wire name `name`.
    public var name: String?
    /// Card details for `CREDIT_CARD` / `DEBIT_CARD`. Wire name `bank_card`.
    public var bankCard: BankCard?
    /// A bound card instead of `bank_card`. Wire name `payer_agreement`.
    public var payerAgreement: PayerAgreement?
    /// `WECHAT_SCAN` / `ALIPAY_SCAN`. Wire name `qr_code_scan`.
    public var qrCodeScan: QrCodeScan?
    /// `WECHAT_IN_APP`. Wire name `wechat_in_app`.
    public var wechatInApp: WechatInApp?
    /// `WECHAT_WEB`. Wire name `wechat_in_app_web`.
    public var wechatInAppWeb: WechatInAppWeb?
    /// `WECHAT_H5` (the wire key has an upper-case `H`). Wire name `wechat_H5`.
    public var wechatH5: WechatH5?

    public init(phone: String? = nil, name: String? = nil, bankCard: BankCard? = nil, payerAgreement: PayerAgreement? = nil, qrCodeScan: QrCodeScan? = nil, wechatInApp: WechatInApp? = nil, wechatInAppWeb: WechatInAppWeb? = nil, wechatH5: WechatH5? = nil) {
        self.phone = phone
        self.name = name
        self.bankCard = bankCard
        self.payerAgreement = payerAgreement
        self.qrCodeScan = qrCodeScan
        self.wechatInApp = wechatInApp
        self.wechatInAppWeb = wechatInAppWeb
        self.wechatH5 = wechatH5
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("phone", phone as Any?),
            ("name", name as Any?),
            ("bank_card", bankCard as Any?),
            ("payer_agreement", payerAgreement as Any?),
            ("qr_code_scan", qrCodeScan as Any?),
            ("wechat_in_app", wechatInApp as Any?),
            ("wechat_in_app_web", wechatInAppWeb as Any?),
            ("wechat_H5", wechatH5 as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayerInfo(phone=\(Wire.redacted(phone)), name=\(Wire.redacted(name)), bankCard=\(Wire.shown(bankCard)), payerAgreement=\(Wire.shown(payerAgreement)), qrCodeScan=\(Wire.shown(qrCodeScan)), wechatInApp=\(Wire.shown(wechatInApp)), wechatInAppWeb=\(Wire.shown(wechatInAppWeb)), wechatH5=\(Wire.shown(wechatH5)))"
    }

    /// Reads the core's JSON of a `PayerInfo`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayerInfo {
        let m = try Wire.members(value, path)
        return PayerInfo(
            phone: try Wire.text(m["phone"], Wire.at(path, "phone")),
            name: try Wire.text(m["name"], Wire.at(path, "name")),
            bankCard: try Wire.object(m["bank_card"], Wire.at(path, "bank_card")) { try BankCard.fromJson($0, path: $1) },
            payerAgreement: try Wire.object(m["payer_agreement"], Wire.at(path, "payer_agreement")) { try PayerAgreement.fromJson($0, path: $1) },
            qrCodeScan: try Wire.object(m["qr_code_scan"], Wire.at(path, "qr_code_scan")) { try QrCodeScan.fromJson($0, path: $1) },
            wechatInApp: try Wire.object(m["wechat_in_app"], Wire.at(path, "wechat_in_app")) { try WechatInApp.fromJson($0, path: $1) },
            wechatInAppWeb: try Wire.object(m["wechat_in_app_web"], Wire.at(path, "wechat_in_app_web")) { try WechatInAppWeb.fromJson($0, path: $1) },
            wechatH5: try Wire.object(m["wechat_H5"], Wire.at(path, "wechat_H5")) { try WechatH5.fromJson($0, path: $1) }
        )
    }
}

/// `send_payment_sms` and `execute_payment`: the payer with the card (and SMS code).
///
/// The core's `PayerRequest` (schema `models.PayerRequest`).
public struct PayerRequest: WireObject, CustomStringConvertible {
    /// The payer. Wire name `payer`.
    public var payer: Payer?

    public init(payer: Payer? = nil) {
        self.payer = payer
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payer", payer as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PayerRequest(payer=\(Wire.shown(payer)))"
    }

    /// Reads the core's JSON of a `PayerRequest`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PayerRequest {
        let m = try Wire.members(value, path)
        return PayerRequest(
            payer: try Wire.object(m["payer"], Wire.at(path, "payer")) { try Payer.fromJson($0, path: $1) }
        )
    }
}

/// A payment (004:L4803).
///
/// The core's `Payment` (schema `models.Payment`).
public struct Payment: WireObject, CustomStringConvertible {
    /// `PAY_…`, assigned by UMF. Wire name `id`.
    public var id: String?
    /// Who pays, and how. Wire name `payer`.
    public var payer: Payer?
    /// What is paid for. Wire name `order`.
    public var order: Order?
    /// Payment state. Wire name `state`.
    public var state: PaymentState?
    /// Where UMF posts the result notification. Wire name `notify_url`.
    public var notifyUrl: String?
    /// Where UMF's cashier page returns the browser. Wire name `ret_url`.
    public var retUrl: String?
    /// When the money moved; any of the date-time shapes (K10). Wire name `execute_success_time`.
    public var executeSuccessTime: String?
    /// The merchant's date, `YYYYMMDD`. Wire name `mer_check_date`.
    public var merCheckDate: String?
    /// UMF's settlement date, `YYYYMMDD`. Wire name `settle_date`.
    public var settleDate: String?
    /// Risk data. Wire name `risk_info`.
    public var riskInfo: RiskInfo?
    /// `Y` when served from the US host (responses only). Wire name `is_from_US`.
    public var isFromUS: String?
    /// `Y`/`N` (create request only, 004:L2388). Wire name `subMchId_flag`.
    public var subMchIdFlag: String?

    public init(id: String? = nil, payer: Payer? = nil, order: Order? = nil, state: PaymentState? = nil, notifyUrl: String? = nil, retUrl: String? = nil, executeSuccessTime: String? = nil, merCheckDate: String? = nil, settleDate: String? = nil, riskInfo: RiskInfo? = nil, isFromUS: String? = nil, subMchIdFlag: String? = nil) {
        self.id = id
        self.payer = payer
        self.order = order
        self.state = state
        self.notifyUrl = notifyUrl
        self.retUrl = retUrl
        self.executeSuccessTime = executeSuccessTime
        self.merCheckDate = merCheckDate
        self.settleDate = settleDate
        self.riskInfo = riskInfo
        self.isFromUS = isFromUS
        self.subMchIdFlag = subMchIdFlag
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("id", id as Any?),
            ("payer", payer as Any?),
            ("order", order as Any?),
            ("state", state as Any?),
            ("notify_url", notifyUrl as Any?),
            ("ret_url", retUrl as Any?),
            ("execute_success_time", executeSuccessTime as Any?),
            ("mer_check_date", merCheckDate as Any?),
            ("settle_date", settleDate as Any?),
            ("risk_info", riskInfo as Any?),
            ("is_from_US", isFromUS as Any?),
            ("subMchId_flag", subMchIdFlag as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Payment(id=\(Wire.shown(id)), payer=\(Wire.shown(payer)), order=\(Wire.shown(order)), state=\(Wire.shown(state)), notifyUrl=\(Wire.redacted(notifyUrl)), retUrl=\(Wire.redacted(retUrl)), executeSuccessTime=\(Wire.redacted(executeSuccessTime)), merCheckDate=\(Wire.redacted(merCheckDate)), settleDate=\(Wire.redacted(settleDate)), riskInfo=\(Wire.shown(riskInfo)), isFromUS=\(Wire.redacted(isFromUS)), subMchIdFlag=\(Wire.redacted(subMchIdFlag)))"
    }

    /// Reads the core's JSON of a `Payment`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Payment {
        let m = try Wire.members(value, path)
        return Payment(
            id: try Wire.text(m["id"], Wire.at(path, "id")),
            payer: try Wire.object(m["payer"], Wire.at(path, "payer")) { try Payer.fromJson($0, path: $1) },
            order: try Wire.object(m["order"], Wire.at(path, "order")) { try Order.fromJson($0, path: $1) },
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { PaymentState.of($0) },
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            retUrl: try Wire.text(m["ret_url"], Wire.at(path, "ret_url")),
            executeSuccessTime: try Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
            merCheckDate: try Wire.text(m["mer_check_date"], Wire.at(path, "mer_check_date")),
            settleDate: try Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
            riskInfo: try Wire.object(m["risk_info"], Wire.at(path, "risk_info")) { try RiskInfo.fromJson($0, path: $1) },
            isFromUS: try Wire.text(m["is_from_US"], Wire.at(path, "is_from_US")),
            subMchIdFlag: try Wire.text(m["subMchId_flag"], Wire.at(path, "subMchId_flag"))
        )
    }
}

/// B2B payment (004:L5192).
///
/// The core's `PaymentSub` (schema `models.PaymentSub`).
public struct PaymentSub: WireObject, CustomStringConvertible {
    /// Batch number. Wire name `mer_batchno`.
    public var merBatchno: String?
    /// Payee account (encrypted). Wire name `payee_account`.
    public var payeeAccount: String?
    /// A trans_code. Wire name `business_code`.
    public var businessCode: String?
    /// Currency. Wire name `currency`.
    public var currency: String?
    /// Valuation. Wire name `val_pattern`.
    public var valPattern: String?
    /// Postscript. Wire name `remit_information`.
    public var remitInformation: String?
    /// Amount (wire key `Oamount`). Wire name `Oamount`.
    public var oamount: String?
    /// `FULL_AMOUNT` / `UN_FULL_AMOUNT`. Wire name `cost_way`.
    public var costWay: String?

    public init(merBatchno: String? = nil, payeeAccount: String? = nil, businessCode: String? = nil, currency: String? = nil, valPattern: String? = nil, remitInformation: String? = nil, oamount: String? = nil, costWay: String? = nil) {
        self.merBatchno = merBatchno
        self.payeeAccount = payeeAccount
        self.businessCode = businessCode
        self.currency = currency
        self.valPattern = valPattern
        self.remitInformation = remitInformation
        self.oamount = oamount
        self.costWay = costWay
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_batchno", merBatchno as Any?),
            ("payee_account", payeeAccount as Any?),
            ("business_code", businessCode as Any?),
            ("currency", currency as Any?),
            ("val_pattern", valPattern as Any?),
            ("remit_information", remitInformation as Any?),
            ("Oamount", oamount as Any?),
            ("cost_way", costWay as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PaymentSub(merBatchno=\(Wire.redacted(merBatchno)), payeeAccount=\(Wire.redacted(payeeAccount)), businessCode=\(Wire.redacted(businessCode)), currency=\(Wire.shown(currency)), valPattern=\(Wire.redacted(valPattern)), remitInformation=\(Wire.redacted(remitInformation)), oamount=\(Wire.redacted(oamount)), costWay=\(Wire.redacted(costWay)))"
    }

    /// Reads the core's JSON of a `PaymentSub`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PaymentSub {
        let m = try Wire.members(value, path)
        return PaymentSub(
            merBatchno: try Wire.text(m["mer_batchno"], Wire.at(path, "mer_batchno")),
            payeeAccount: try Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
            businessCode: try Wire.text(m["business_code"], Wire.at(path, "business_code")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            valPattern: try Wire.text(m["val_pattern"], Wire.at(path, "val_pattern")),
            remitInformation: try Wire.text(m["remit_information"], Wire.at(path, "remit_information")),
            oamount: try Wire.text(m["Oamount"], Wire.at(path, "Oamount")),
            costWay: try Wire.text(m["cost_way"], Wire.at(path, "cost_way"))
        )
    }
}

/// One payment in a statement or transaction list (004:L4818).
///
/// The core's `PaymentSummary` (schema `models.PaymentSummary`).
public struct PaymentSummary: WireObject, CustomStringConvertible {
    /// `PAY_…`. Wire name `payment_id`.
    public var paymentId: String?
    /// Transactions only. Wire name `phone_number`.
    public var phoneNumber: String?
    /// `YYYYMMDD`. Wire name `order_date`.
    public var orderDate: String?
    /// The merchant's order id. Wire name `mer_reference_id`.
    public var merReferenceId: String?
    /// Amounts (numbers in the transactions example). Wire name `amount`.
    public var amount: Amount?
    /// `YYYYMMDD`. Wire name `settle_date`.
    public var settleDate: String?
    /// When it completed. Wire name `execute_success_time`.
    public var executeSuccessTime: String?
    /// Payment state. Wire name `state`.
    public var state: PaymentState?
    /// Product (`PaymentGateway-Debitcard`). Wire name `product_id`.
    public var productId: String?
    /// CNY fee (reconciliations). Wire name `service_fee`.
    public var serviceFee: String?
    /// Exchange (reconciliations; `exchange_rate` is a plain string there). Wire name `exchange_amount`.
    public var exchangeAmount: Amount?
    /// `YYYYMMDD` (reconciliations). Wire name `exchange_date`.
    public var exchangeDate: String?

    public init(paymentId: String? = nil, phoneNumber: String? = nil, orderDate: String? = nil, merReferenceId: String? = nil, amount: Amount? = nil, settleDate: String? = nil, executeSuccessTime: String? = nil, state: PaymentState? = nil, productId: String? = nil, serviceFee: String? = nil, exchangeAmount: Amount? = nil, exchangeDate: String? = nil) {
        self.paymentId = paymentId
        self.phoneNumber = phoneNumber
        self.orderDate = orderDate
        self.merReferenceId = merReferenceId
        self.amount = amount
        self.settleDate = settleDate
        self.executeSuccessTime = executeSuccessTime
        self.state = state
        self.productId = productId
        self.serviceFee = serviceFee
        self.exchangeAmount = exchangeAmount
        self.exchangeDate = exchangeDate
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payment_id", paymentId as Any?),
            ("phone_number", phoneNumber as Any?),
            ("order_date", orderDate as Any?),
            ("mer_reference_id", merReferenceId as Any?),
            ("amount", amount as Any?),
            ("settle_date", settleDate as Any?),
            ("execute_success_time", executeSuccessTime as Any?),
            ("state", state as Any?),
            ("product_id", productId as Any?),
            ("service_fee", serviceFee as Any?),
            ("exchange_amount", exchangeAmount as Any?),
            ("exchange_date", exchangeDate as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PaymentSummary(paymentId=\(Wire.redacted(paymentId)), phoneNumber=\(Wire.redacted(phoneNumber)), orderDate=\(Wire.redacted(orderDate)), merReferenceId=\(Wire.shown(merReferenceId)), amount=\(Wire.shown(amount)), settleDate=\(Wire.redacted(settleDate)), executeSuccessTime=\(Wire.redacted(executeSuccessTime)), state=\(Wire.shown(state)), productId=\(Wire.redacted(productId)), serviceFee=\(Wire.redacted(serviceFee)), exchangeAmount=\(Wire.shown(exchangeAmount)), exchangeDate=\(Wire.redacted(exchangeDate)))"
    }

    /// Reads the core's JSON of a `PaymentSummary`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PaymentSummary {
        let m = try Wire.members(value, path)
        return PaymentSummary(
            paymentId: try Wire.text(m["payment_id"], Wire.at(path, "payment_id")),
            phoneNumber: try Wire.text(m["phone_number"], Wire.at(path, "phone_number")),
            orderDate: try Wire.text(m["order_date"], Wire.at(path, "order_date")),
            merReferenceId: try Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            settleDate: try Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
            executeSuccessTime: try Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { PaymentState.of($0) },
            productId: try Wire.text(m["product_id"], Wire.at(path, "product_id")),
            serviceFee: try Wire.text(m["service_fee"], Wire.at(path, "service_fee")),
            exchangeAmount: try Wire.object(m["exchange_amount"], Wire.at(path, "exchange_amount")) { try Amount.fromJson($0, path: $1) },
            exchangeDate: try Wire.text(m["exchange_date"], Wire.at(path, "exchange_date"))
        )
    }
}

/// A payment and its refunds.
///
/// The core's `PaymentWithRefundsResult` (schema `models.PaymentWithRefundsResult`).
public struct PaymentWithRefundsResult: WireObject, CustomStringConvertible {
    /// The payment. Wire name `payment`; required.
    public var payment: Payment
    /// Its refunds. Wire name `refund`; required.
    public var refund: RefundRecords

    public init(payment: Payment, refund: RefundRecords) {
        self.payment = payment
        self.refund = refund
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payment", payment as Any?),
            ("refund", refund as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "PaymentWithRefundsResult(payment=\(Wire.shown(payment)), refund=\(Wire.shown(refund)))"
    }

    /// Reads the core's JSON of a `PaymentWithRefundsResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> PaymentWithRefundsResult {
        let m = try Wire.members(value, path)
        return PaymentWithRefundsResult(
            payment: try Wire.need(try Wire.object(m["payment"], Wire.at(path, "payment")) { try Payment.fromJson($0, path: $1) }, Wire.at(path, "payment")),
            refund: try Wire.need(try Wire.object(m["refund"], Wire.at(path, "refund")) { try RefundRecords.fromJson($0, path: $1) }, Wire.at(path, "refund"))
        )
    }
}

/// QR pay elements (004:L4834).
///
/// The core's `QrCodeScan` (schema `models.QrCodeScan`).
public struct QrCodeScan: WireObject, CustomStringConvertible {
    /// `IDENTITY_CARD`. Wire name `citizen_id_type`.
    public var citizenIdType: String?
    /// ID number (encrypted). Wire name `citizen_id_number`.
    public var citizenIdNumber: String?
    /// Response: the QR content to render. Wire name `qr_code_url`.
    public var qrCodeUrl: String?

    public init(citizenIdType: String? = nil, citizenIdNumber: String? = nil, qrCodeUrl: String? = nil) {
        self.citizenIdType = citizenIdType
        self.citizenIdNumber = citizenIdNumber
        self.qrCodeUrl = qrCodeUrl
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("citizen_id_type", citizenIdType as Any?),
            ("citizen_id_number", citizenIdNumber as Any?),
            ("qr_code_url", qrCodeUrl as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "QrCodeScan(citizenIdType=\(Wire.redacted(citizenIdType)), citizenIdNumber=\(Wire.redacted(citizenIdNumber)), qrCodeUrl=\(Wire.redacted(qrCodeUrl)))"
    }

    /// Reads the core's JSON of a `QrCodeScan`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> QrCodeScan {
        let m = try Wire.members(value, path)
        return QrCodeScan(
            citizenIdType: try Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
            citizenIdNumber: try Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
            qrCodeUrl: try Wire.text(m["qr_code_url"], Wire.at(path, "qr_code_url"))
        )
    }
}

/// Query of a declared enterprise (004:L5151).
///
/// The core's `QueryEnterprise` (schema `models.QueryEnterprise`).
public struct QueryEnterprise: WireObject, CustomStringConvertible {
    /// Encrypted. Wire name `cust_code`.
    public var custCode: String?
    /// Encrypted. Wire name `cust_name`.
    public var custName: String?

    public init(custCode: String? = nil, custName: String? = nil) {
        self.custCode = custCode
        self.custName = custName
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("cust_code", custCode as Any?),
            ("cust_name", custName as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "QueryEnterprise(custCode=\(Wire.redacted(custCode)), custName=\(Wire.redacted(custName)))"
    }

    /// Reads the core's JSON of a `QueryEnterprise`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> QueryEnterprise {
        let m = try Wire.members(value, path)
        return QueryEnterprise(
            custCode: try Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
            custName: try Wire.text(m["cust_name"], Wire.at(path, "cust_name"))
        )
    }
}

/// The declaration report, returned in plaintext (004:L5157).
///
/// The core's `QueryEnterpriseId` (schema `models.QueryEnterpriseId`).
public struct QueryEnterpriseId: WireObject, CustomStringConvertible {
    /// Code. Wire name `cust_code`.
    public var custCode: String?
    /// Name. Wire name `cust_name`.
    public var custName: String?
    /// Merchant id. Wire name `cust_no`.
    public var custNo: String?
    /// `yyyy-MM-dd HH:mm:ss`. Wire name `trace_date`.
    public var traceDate: String?
    /// Division. Wire name `area_code`.
    public var areaCode: String?
    /// Address. Wire name `cust_addr`.
    public var custAddr: String?
    /// Industry. Wire name `industry_code`.
    public var industryCode: String?
    /// Economic type. Wire name `attr_code`.
    public var attrCode: String?
    /// Country. Wire name `country_code`.
    public var countryCode: String?
    /// `N`/`Y`. Wire name `is_tax_free`.
    public var isTaxFree: String?
    /// Tax-free code. Wire name `tax_free_code`.
    public var taxFreeCode: String?
    /// Representative. Wire name `rep_nm`.
    public var repNm: String?
    /// Certificate type. Wire name `cert_type`.
    public var certType: String?
    /// Certificate number. Wire name `cert_num`.
    public var certNum: String?
    /// Phone. Wire name `phone`.
    public var phone: String?
    /// `0` not declared, `1` declared, `9` processing, `3` failed. Wire name `status`.
    public var status: String?
    /// Detail, 1-600. Wire name `desc`.
    public var desc: String?

    public init(custCode: String? = nil, custName: String? = nil, custNo: String? = nil, traceDate: String? = nil, areaCode: String? = nil, custAddr: String? = nil, industryCode: String? = nil, attrCode: String? = nil, countryCode: String? = nil, isTaxFree: String? = nil, taxFreeCode: String? = nil, repNm: String? = nil, certType: String? = nil, certNum: String? = nil, phone: String? = nil, status: String? = nil, desc: String? = nil) {
        self.custCode = custCode
        self.custName = custName
        self.custNo = custNo
        self.traceDate = traceDate
        self.areaCode = areaCode
        self.custAddr = custAddr
        self.industryCode = industryCode
        self.attrCode = attrCode
        self.countryCode = countryCode
        self.isTaxFree = isTaxFree
        self.taxFreeCode = taxFreeCode
        self.repNm = repNm
        self.certType = certType
        self.certNum = certNum
        self.phone = phone
        self.status = status
        self.desc = desc
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("cust_code", custCode as Any?),
            ("cust_name", custName as Any?),
            ("cust_no", custNo as Any?),
            ("trace_date", traceDate as Any?),
            ("area_code", areaCode as Any?),
            ("cust_addr", custAddr as Any?),
            ("industry_code", industryCode as Any?),
            ("attr_code", attrCode as Any?),
            ("country_code", countryCode as Any?),
            ("is_tax_free", isTaxFree as Any?),
            ("tax_free_code", taxFreeCode as Any?),
            ("rep_nm", repNm as Any?),
            ("cert_type", certType as Any?),
            ("cert_num", certNum as Any?),
            ("phone", phone as Any?),
            ("status", status as Any?),
            ("desc", desc as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "QueryEnterpriseId(custCode=\(Wire.redacted(custCode)), custName=\(Wire.redacted(custName)), custNo=\(Wire.redacted(custNo)), traceDate=\(Wire.redacted(traceDate)), areaCode=\(Wire.redacted(areaCode)), custAddr=\(Wire.redacted(custAddr)), industryCode=\(Wire.redacted(industryCode)), attrCode=\(Wire.redacted(attrCode)), countryCode=\(Wire.redacted(countryCode)), isTaxFree=\(Wire.redacted(isTaxFree)), taxFreeCode=\(Wire.redacted(taxFreeCode)), repNm=\(Wire.redacted(repNm)), certType=\(Wire.redacted(certType)), certNum=\(Wire.redacted(certNum)), phone=\(Wire.redacted(phone)), status=\(Wire.redacted(status)), desc=\(Wire.redacted(desc)))"
    }

    /// Reads the core's JSON of a `QueryEnterpriseId`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> QueryEnterpriseId {
        let m = try Wire.members(value, path)
        return QueryEnterpriseId(
            custCode: try Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
            custName: try Wire.text(m["cust_name"], Wire.at(path, "cust_name")),
            custNo: try Wire.text(m["cust_no"], Wire.at(path, "cust_no")),
            traceDate: try Wire.text(m["trace_date"], Wire.at(path, "trace_date")),
            areaCode: try Wire.text(m["area_code"], Wire.at(path, "area_code")),
            custAddr: try Wire.text(m["cust_addr"], Wire.at(path, "cust_addr")),
            industryCode: try Wire.text(m["industry_code"], Wire.at(path, "industry_code")),
            attrCode: try Wire.text(m["attr_code"], Wire.at(path, "attr_code")),
            countryCode: try Wire.text(m["country_code"], Wire.at(path, "country_code")),
            isTaxFree: try Wire.text(m["is_tax_free"], Wire.at(path, "is_tax_free")),
            taxFreeCode: try Wire.text(m["tax_free_code"], Wire.at(path, "tax_free_code")),
            repNm: try Wire.text(m["rep_nm"], Wire.at(path, "rep_nm")),
            certType: try Wire.text(m["cert_type"], Wire.at(path, "cert_type")),
            certNum: try Wire.text(m["cert_num"], Wire.at(path, "cert_num")),
            phone: try Wire.text(m["phone"], Wire.at(path, "phone")),
            status: try Wire.text(m["status"], Wire.at(path, "status")),
            desc: try Wire.text(m["desc"], Wire.at(path, "desc"))
        )
    }
}

/// B2B order status (004:L5204).
///
/// The core's `QueryOrder` (schema `models.QueryOrder`).
public struct QueryOrder: WireObject, CustomStringConvertible {
    /// Trade number. Wire name `trade_no`.
    public var tradeNo: String?
    /// Fee. Wire name `fee`.
    public var fee: String?
    /// Rate (foreign currency only). Wire name `buy_rate`.
    public var buyRate: String?
    /// Amount paid. Wire name `pay_amt`.
    public var payAmt: String?
    /// Payee account (plaintext here). Wire name `payee_account`.
    public var payeeAccount: String?
    /// Payee name. Wire name `payee_name`.
    public var payeeName: String?
    /// Currency. Wire name `currency`.
    public var currency: String?
    /// `yyyy-MM-dd HH:mm:ss`. Wire name `trace_date`.
    public var traceDate: String?

    public init(tradeNo: String? = nil, fee: String? = nil, buyRate: String? = nil, payAmt: String? = nil, payeeAccount: String? = nil, payeeName: String? = nil, currency: String? = nil, traceDate: String? = nil) {
        self.tradeNo = tradeNo
        self.fee = fee
        self.buyRate = buyRate
        self.payAmt = payAmt
        self.payeeAccount = payeeAccount
        self.payeeName = payeeName
        self.currency = currency
        self.traceDate = traceDate
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("trade_no", tradeNo as Any?),
            ("fee", fee as Any?),
            ("buy_rate", buyRate as Any?),
            ("pay_amt", payAmt as Any?),
            ("payee_account", payeeAccount as Any?),
            ("payee_name", payeeName as Any?),
            ("currency", currency as Any?),
            ("trace_date", traceDate as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "QueryOrder(tradeNo=\(Wire.redacted(tradeNo)), fee=\(Wire.redacted(fee)), buyRate=\(Wire.redacted(buyRate)), payAmt=\(Wire.redacted(payAmt)), payeeAccount=\(Wire.redacted(payeeAccount)), payeeName=\(Wire.redacted(payeeName)), currency=\(Wire.shown(currency)), traceDate=\(Wire.redacted(traceDate)))"
    }

    /// Reads the core's JSON of a `QueryOrder`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> QueryOrder {
        let m = try Wire.members(value, path)
        return QueryOrder(
            tradeNo: try Wire.text(m["trade_no"], Wire.at(path, "trade_no")),
            fee: try Wire.text(m["fee"], Wire.at(path, "fee")),
            buyRate: try Wire.text(m["buy_rate"], Wire.at(path, "buy_rate")),
            payAmt: try Wire.text(m["pay_amt"], Wire.at(path, "pay_amt")),
            payeeAccount: try Wire.text(m["payee_account"], Wire.at(path, "payee_account")),
            payeeName: try Wire.text(m["payee_name"], Wire.at(path, "payee_name")),
            currency: try Wire.text(m["currency"], Wire.at(path, "currency")),
            traceDate: try Wire.text(m["trace_date"], Wire.at(path, "trace_date"))
        )
    }
}

/// A reconciliation statement page.
///
/// The core's `ReconciliationResult` (schema `models.ReconciliationResult`).
public struct ReconciliationResult: WireObject, CustomStringConvertible {
    /// The statement. Wire name `reconciliations`; required.
    public var reconciliations: Reconciliations
    /// The page (beside the statement in 004, inside it in 003). Wire name `pagination`.
    public var pagination: Pagination?

    public init(reconciliations: Reconciliations, pagination: Pagination? = nil) {
        self.reconciliations = reconciliations
        self.pagination = pagination
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("reconciliations", reconciliations as Any?),
            ("pagination", pagination as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "ReconciliationResult(reconciliations=\(Wire.shown(reconciliations)), pagination=\(Wire.shown(pagination)))"
    }

    /// Reads the core's JSON of a `ReconciliationResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> ReconciliationResult {
        let m = try Wire.members(value, path)
        return ReconciliationResult(
            reconciliations: try Wire.need(try Wire.object(m["reconciliations"], Wire.at(path, "reconciliations")) { try Reconciliations.fromJson($0, path: $1) }, Wire.at(path, "reconciliations")),
            pagination: try Wire.object(m["pagination"], Wire.at(path, "pagination")) { try Pagination.fromJson($0, path: $1) }
        )
    }
}

/// A reconciliation statement (004:L4843).
///
/// The core's `Reconciliations` (schema `models.Reconciliations`).
public struct Reconciliations: WireObject, CustomStringConvertible {
    /// Payments settled. Wire name `payment_summaries`.
    public var paymentSummaries: [PaymentSummary]?
    /// Refunds settled. Wire name `refund_summaries`.
    public var refundSummaries: [RefundSummary]?
    /// `YYYYMMDD`. Wire name `settle_date`.
    public var settleDate: String?
    /// The total. Wire name `amount`.
    public var amount: Amount?
    /// Inside the object in 003; beside it in 004. Wire name `pagination`.
    public var pagination: Pagination?

    public init(paymentSummaries: [PaymentSummary]? = nil, refundSummaries: [RefundSummary]? = nil, settleDate: String? = nil, amount: Amount? = nil, pagination: Pagination? = nil) {
        self.paymentSummaries = paymentSummaries
        self.refundSummaries = refundSummaries
        self.settleDate = settleDate
        self.amount = amount
        self.pagination = pagination
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payment_summaries", paymentSummaries as Any?),
            ("refund_summaries", refundSummaries as Any?),
            ("settle_date", settleDate as Any?),
            ("amount", amount as Any?),
            ("pagination", pagination as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Reconciliations(paymentSummaries=\(Wire.shown(paymentSummaries)), refundSummaries=\(Wire.shown(refundSummaries)), settleDate=\(Wire.redacted(settleDate)), amount=\(Wire.shown(amount)), pagination=\(Wire.shown(pagination)))"
    }

    /// Reads the core's JSON of a `Reconciliations`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Reconciliations {
        let m = try Wire.members(value, path)
        return Reconciliations(
            paymentSummaries: try Wire.list(m["payment_summaries"], Wire.at(path, "payment_summaries")) { e, p in try Wire.need(try Wire.object(e, p) { try PaymentSummary.fromJson($0, path: $1) }, p) },
            refundSummaries: try Wire.list(m["refund_summaries"], Wire.at(path, "refund_summaries")) { e, p in try Wire.need(try Wire.object(e, p) { try RefundSummary.fromJson($0, path: $1) }, p) },
            settleDate: try Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            pagination: try Wire.object(m["pagination"], Wire.at(path, "pagination")) { try Pagination.fromJson($0, path: $1) }
        )
    }
}

/// A refund (004:L4852). Requests send `refund_info` and `notify_url` at the top level.
///
/// The core's `Refund` (schema `models.Refund`).
public struct Refund: WireObject, CustomStringConvertible {
    /// `REFUND_…`. Wire name `id`.
    public var id: String?
    /// What is refunded. Wire name `refund_info`.
    public var refundInfo: RefundInfo?
    /// Where UMF posts the refund notification. Wire name `notify_url`.
    public var notifyUrl: String?
    /// Refund state (absent in the asynchronous-refund response, K18). Wire name `state`.
    public var state: RefundState?

    public init(id: String? = nil, refundInfo: RefundInfo? = nil, notifyUrl: String? = nil, state: RefundState? = nil) {
        self.id = id
        self.refundInfo = refundInfo
        self.notifyUrl = notifyUrl
        self.state = state
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("id", id as Any?),
            ("refund_info", refundInfo as Any?),
            ("notify_url", notifyUrl as Any?),
            ("state", state as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Refund(id=\(Wire.shown(id)), refundInfo=\(Wire.shown(refundInfo)), notifyUrl=\(Wire.redacted(notifyUrl)), state=\(Wire.shown(state)))"
    }

    /// Reads the core's JSON of a `Refund`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Refund {
        let m = try Wire.members(value, path)
        return Refund(
            id: try Wire.text(m["id"], Wire.at(path, "id")),
            refundInfo: try Wire.object(m["refund_info"], Wire.at(path, "refund_info")) { try RefundInfo.fromJson($0, path: $1) },
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { RefundState.of($0) }
        )
    }
}

/// What a refund covers (004:L4861).
///
/// The core's `RefundInfo` (schema `models.RefundInfo`).
public struct RefundInfo: WireObject, CustomStringConvertible {
    /// Unique per refund, 4-32. Wire name `mer_reference_id`.
    public var merReferenceId: String?
    /// `YYYYMMDD`. Wire name `mer_date`.
    public var merDate: String?
    /// Must equal the sum of the sub-orders refunded. Wire name `amount`.
    public var amount: Amount?
    /// 1-64. Wire name `refund_summary`.
    public var refundSummary: String?
    /// Sub-orders of the payment being refunded. Wire name `sub_orders`.
    public var subOrders: [SubOrder]?

    public init(merReferenceId: String? = nil, merDate: String? = nil, amount: Amount? = nil, refundSummary: String? = nil, subOrders: [SubOrder]? = nil) {
        self.merReferenceId = merReferenceId
        self.merDate = merDate
        self.amount = amount
        self.refundSummary = refundSummary
        self.subOrders = subOrders
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_reference_id", merReferenceId as Any?),
            ("mer_date", merDate as Any?),
            ("amount", amount as Any?),
            ("refund_summary", refundSummary as Any?),
            ("sub_orders", subOrders as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RefundInfo(merReferenceId=\(Wire.shown(merReferenceId)), merDate=\(Wire.redacted(merDate)), amount=\(Wire.shown(amount)), refundSummary=\(Wire.redacted(refundSummary)), subOrders=\(Wire.shown(subOrders)))"
    }

    /// Reads the core's JSON of a `RefundInfo`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RefundInfo {
        let m = try Wire.members(value, path)
        return RefundInfo(
            merReferenceId: try Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id")),
            merDate: try Wire.text(m["mer_date"], Wire.at(path, "mer_date")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            refundSummary: try Wire.text(m["refund_summary"], Wire.at(path, "refund_summary")),
            subOrders: try Wire.list(m["sub_orders"], Wire.at(path, "sub_orders")) { e, p in try Wire.need(try Wire.object(e, p) { try SubOrder.fromJson($0, path: $1) }, p) }
        )
    }
}

/// One refund of a payment, as `self_payment_refund` lists it (004:L2955-2974).
///
/// The core's `RefundRecord` (schema `models.RefundRecord`).
public struct RefundRecord: WireObject, CustomStringConvertible {
    /// Amount refunded. Wire name `amount`.
    public var amount: Amount?
    /// When. Wire name `refund_time`.
    public var refundTime: String?
    /// State. Wire name `refund_state`.
    public var refundState: RefundState?
    /// The refund's merchant reference. Wire name `mer_reference_id`.
    public var merReferenceId: String?

    public init(amount: Amount? = nil, refundTime: String? = nil, refundState: RefundState? = nil, merReferenceId: String? = nil) {
        self.amount = amount
        self.refundTime = refundTime
        self.refundState = refundState
        self.merReferenceId = merReferenceId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("amount", amount as Any?),
            ("refund_time", refundTime as Any?),
            ("refund_state", refundState as Any?),
            ("mer_reference_id", merReferenceId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RefundRecord(amount=\(Wire.shown(amount)), refundTime=\(Wire.redacted(refundTime)), refundState=\(Wire.shown(refundState)), merReferenceId=\(Wire.shown(merReferenceId)))"
    }

    /// Reads the core's JSON of a `RefundRecord`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RefundRecord {
        let m = try Wire.members(value, path)
        return RefundRecord(
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            refundTime: try Wire.text(m["refund_time"], Wire.at(path, "refund_time")),
            refundState: try Wire.text(m["refund_state"], Wire.at(path, "refund_state")).map { RefundState.of($0) },
            merReferenceId: try Wire.text(m["mer_reference_id"], Wire.at(path, "mer_reference_id"))
        )
    }
}

/// The `refund` member of `get_payment_with_refunds`.
///
/// The core's `RefundRecords` (schema `models.RefundRecords`).
public struct RefundRecords: WireObject, CustomStringConvertible {
    /// Every refund of the payment. Wire name `refund_infos`.
    public var refundInfos: [RefundRecord]?

    public init(refundInfos: [RefundRecord]? = nil) {
        self.refundInfos = refundInfos
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("refund_infos", refundInfos as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RefundRecords(refundInfos=\(Wire.shown(refundInfos)))"
    }

    /// Reads the core's JSON of a `RefundRecords`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RefundRecords {
        let m = try Wire.members(value, path)
        return RefundRecords(
            refundInfos: try Wire.list(m["refund_infos"], Wire.at(path, "refund_infos")) { e, p in try Wire.need(try Wire.object(e, p) { try RefundRecord.fromJson($0, path: $1) }, p) }
        )
    }
}

/// `create_refund` and `create_async_refund`: sent flat, not wrapped in `refund` (K14).
///
/// The core's `RefundRequest` (schema `models.RefundRequest`).
public struct RefundRequest: WireObject, CustomStringConvertible {
    /// What is refunded. Wire name `refund_info`.
    public var refundInfo: RefundInfo?
    /// Where UMF posts the refund notification. Wire name `notify_url`.
    public var notifyUrl: String?
    /// 003's form: the original amount (003:L662-722). Wire name `org_amount`.
    public var orgAmount: Amount?
    /// 003's form: the orders refunded. Wire name `orders`.
    public var orders: [RefundInfo]?

    public init(refundInfo: RefundInfo? = nil, notifyUrl: String? = nil, orgAmount: Amount? = nil, orders: [RefundInfo]? = nil) {
        self.refundInfo = refundInfo
        self.notifyUrl = notifyUrl
        self.orgAmount = orgAmount
        self.orders = orders
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("refund_info", refundInfo as Any?),
            ("notify_url", notifyUrl as Any?),
            ("org_amount", orgAmount as Any?),
            ("orders", orders as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RefundRequest(refundInfo=\(Wire.shown(refundInfo)), notifyUrl=\(Wire.redacted(notifyUrl)), orgAmount=\(Wire.shown(orgAmount)), orders=\(Wire.shown(orders)))"
    }

    /// Reads the core's JSON of a `RefundRequest`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RefundRequest {
        let m = try Wire.members(value, path)
        return RefundRequest(
            refundInfo: try Wire.object(m["refund_info"], Wire.at(path, "refund_info")) { try RefundInfo.fromJson($0, path: $1) },
            notifyUrl: try Wire.text(m["notify_url"], Wire.at(path, "notify_url")),
            orgAmount: try Wire.object(m["org_amount"], Wire.at(path, "org_amount")) { try Amount.fromJson($0, path: $1) },
            orders: try Wire.list(m["orders"], Wire.at(path, "orders")) { e, p in try Wire.need(try Wire.object(e, p) { try RefundInfo.fromJson($0, path: $1) }, p) }
        )
    }
}

/// One refund in a statement or transaction list (004:L4870).
///
/// The core's `RefundSummary` (schema `models.RefundSummary`).
public struct RefundSummary: WireObject, CustomStringConvertible {
    /// `REFUND_…`. Wire name `refund_id`.
    public var refundId: String?
    /// The refunded payment (the key has a trailing space at 004:L3293). Wire name `payment_id`.
    public var paymentId: String?
    /// Transactions only. Wire name `phone_number`.
    public var phoneNumber: String?
    /// Amounts. Wire name `amount`.
    public var amount: Amount?
    /// `YYYYMMDD`. Wire name `settle_date`.
    public var settleDate: String?
    /// When it completed. Wire name `execute_success_time`.
    public var executeSuccessTime: String?
    /// Refund state. Wire name `state`.
    public var state: RefundState?
    /// Reconciliations only. Wire name `mer_sub_reference_id`.
    public var merSubReferenceId: String?
    /// Product. Wire name `product_id`.
    public var productId: String?

    public init(refundId: String? = nil, paymentId: String? = nil, phoneNumber: String? = nil, amount: Amount? = nil, settleDate: String? = nil, executeSuccessTime: String? = nil, state: RefundState? = nil, merSubReferenceId: String? = nil, productId: String? = nil) {
        self.refundId = refundId
        self.paymentId = paymentId
        self.phoneNumber = phoneNumber
        self.amount = amount
        self.settleDate = settleDate
        self.executeSuccessTime = executeSuccessTime
        self.state = state
        self.merSubReferenceId = merSubReferenceId
        self.productId = productId
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("refund_id", refundId as Any?),
            ("payment_id", paymentId as Any?),
            ("phone_number", phoneNumber as Any?),
            ("amount", amount as Any?),
            ("settle_date", settleDate as Any?),
            ("execute_success_time", executeSuccessTime as Any?),
            ("state", state as Any?),
            ("mer_sub_reference_id", merSubReferenceId as Any?),
            ("product_id", productId as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RefundSummary(refundId=\(Wire.redacted(refundId)), paymentId=\(Wire.redacted(paymentId)), phoneNumber=\(Wire.redacted(phoneNumber)), amount=\(Wire.shown(amount)), settleDate=\(Wire.redacted(settleDate)), executeSuccessTime=\(Wire.redacted(executeSuccessTime)), state=\(Wire.shown(state)), merSubReferenceId=\(Wire.shown(merSubReferenceId)), productId=\(Wire.redacted(productId)))"
    }

    /// Reads the core's JSON of a `RefundSummary`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RefundSummary {
        let m = try Wire.members(value, path)
        return RefundSummary(
            refundId: try Wire.text(m["refund_id"], Wire.at(path, "refund_id")),
            paymentId: try Wire.text(m["payment_id"], Wire.at(path, "payment_id")),
            phoneNumber: try Wire.text(m["phone_number"], Wire.at(path, "phone_number")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            settleDate: try Wire.text(m["settle_date"], Wire.at(path, "settle_date")),
            executeSuccessTime: try Wire.text(m["execute_success_time"], Wire.at(path, "execute_success_time")),
            state: try Wire.text(m["state"], Wire.at(path, "state")).map { RefundState.of($0) },
            merSubReferenceId: try Wire.text(m["mer_sub_reference_id"], Wire.at(path, "mer_sub_reference_id")),
            productId: try Wire.text(m["product_id"], Wire.at(path, "product_id"))
        )
    }
}

/// Risk data (004:L4882). Every value is a string; the misspellings are the wire names.
///
/// The core's `RiskInfo` (schema `models.RiskInfo`).
public struct RiskInfo: WireObject, CustomStringConvertible {
    /// `0` virtual, `1` physical, `2` air ticket, `3` electronic. Wire name `goods_type`.
    public var goodsType: String?
    /// `0`/`1`. Wire name `real_name`.
    public var realName: String?
    /// `3` cross-border (examples send `Y`). Wire name `business_type`.
    public var businessType: String?
    /// `01` deposit, `02` purchase. Wire name `trans_type`.
    public var transType: String?
    /// Required when goods_type is 1 or 3. Wire name `receiver_name`.
    public var receiverName: String?
    /// Required when goods_type is 1 or 3 (sic). Wire name `receiver_moblie_id`.
    public var receiverMoblieId: String?
    /// Required when goods_type is 1 or 3. Wire name `receiver_address`.
    public var receiverAddress: String?
    /// Registrant's ID number, required when real_name is 1. Wire name `registration_identify_code`.
    public var registrationIdentifyCode: String?
    /// Optional. Wire name `registration_email`.
    public var registrationEmail: String?
    /// Optional (sic). Wire name `registration_moblie_id`.
    public var registrationMoblieId: String?
    /// MAC address or terminal id. Wire name `device_id`.
    public var deviceId: String?
    /// Must not be blank for web. Wire name `device_type`.
    public var deviceType: String?
    /// Optional. Wire name `user_id`.
    public var userId: String?
    /// `yyyyMMddHHmmss`. Wire name `registration_time`.
    public var registrationTime: String?
    /// `1`-`4`. Wire name `user_agent`.
    public var userAgent: String?
    /// Optional. Wire name `success_transactions_number`.
    public var successTransactionsNumber: String?
    /// `0`/`1`. Wire name `is_receiver_bank_num`.
    public var isReceiverBankNum: String?
    /// Days since registration. Wire name `registration_days`.
    public var registrationDays: String?

    public init(goodsType: String? = nil, realName: String? = nil, businessType: String? = nil, transType: String? = nil, receiverName: String? = nil, receiverMoblieId: String? = nil, receiverAddress: String? = nil, registrationIdentifyCode: String? = nil, registrationEmail: String? = nil, registrationMoblieId: String? = nil, deviceId: String? = nil, deviceType: String? = nil, userId: String? = nil, registrationTime: String? = nil, userAgent: String? = nil, successTransactionsNumber: String? = nil, isReceiverBankNum: String? = nil, registrationDays: String? = nil) {
        self.goodsType = goodsType
        self.realName = realName
        self.businessType = businessType
        self.transType = transType
        self.receiverName = receiverName
        self.receiverMoblieId = receiverMoblieId
        self.receiverAddress = receiverAddress
        self.registrationIdentifyCode = registrationIdentifyCode
        self.registrationEmail = registrationEmail
        self.registrationMoblieId = registrationMoblieId
        self.deviceId = deviceId
        self.deviceType = deviceType
        self.userId = userId
        self.registrationTime = registrationTime
        self.userAgent = userAgent
        self.successTransactionsNumber = successTransactionsNumber
        self.isReceiverBankNum = isReceiverBankNum
        self.registrationDays = registrationDays
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("goods_type", goodsType as Any?),
            ("real_name", realName as Any?),
            ("business_type", businessType as Any?),
            ("trans_type", transType as Any?),
            ("receiver_name", receiverName as Any?),
            ("receiver_moblie_id", receiverMoblieId as Any?),
            ("receiver_address", receiverAddress as Any?),
            ("registration_identify_code", registrationIdentifyCode as Any?),
            ("registration_email", registrationEmail as Any?),
            ("registration_moblie_id", registrationMoblieId as Any?),
            ("device_id", deviceId as Any?),
            ("device_type", deviceType as Any?),
            ("user_id", userId as Any?),
            ("registration_time", registrationTime as Any?),
            ("user_agent", userAgent as Any?),
            ("success_transactions_number", successTransactionsNumber as Any?),
            ("is_receiver_bank_num", isReceiverBankNum as Any?),
            ("registration_days", registrationDays as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "RiskInfo(goodsType=\(Wire.redacted(goodsType)), realName=\(Wire.redacted(realName)), businessType=\(Wire.redacted(businessType)), transType=\(Wire.redacted(transType)), receiverName=\(Wire.redacted(receiverName)), receiverMoblieId=\(Wire.redacted(receiverMoblieId)), receiverAddress=\(Wire.redacted(receiverAddress)), registrationIdentifyCode=\(Wire.redacted(registrationIdentifyCode)), registrationEmail=\(Wire.redacted(registrationEmail)), registrationMoblieId=\(Wire.redacted(registrationMoblieId)), deviceId=\(Wire.redacted(deviceId)), deviceType=\(Wire.redacted(deviceType)), userId=\(Wire.redacted(userId)), registrationTime=\(Wire.redacted(registrationTime)), userAgent=\(Wire.redacted(userAgent)), successTransactionsNumber=\(Wire.redacted(successTransactionsNumber)), isReceiverBankNum=\(Wire.redacted(isReceiverBankNum)), registrationDays=\(Wire.redacted(registrationDays)))"
    }

    /// Reads the core's JSON of a `RiskInfo`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> RiskInfo {
        let m = try Wire.members(value, path)
        return RiskInfo(
            goodsType: try Wire.text(m["goods_type"], Wire.at(path, "goods_type")),
            realName: try Wire.text(m["real_name"], Wire.at(path, "real_name")),
            businessType: try Wire.text(m["business_type"], Wire.at(path, "business_type")),
            transType: try Wire.text(m["trans_type"], Wire.at(path, "trans_type")),
            receiverName: try Wire.text(m["receiver_name"], Wire.at(path, "receiver_name")),
            receiverMoblieId: try Wire.text(m["receiver_moblie_id"], Wire.at(path, "receiver_moblie_id")),
            receiverAddress: try Wire.text(m["receiver_address"], Wire.at(path, "receiver_address")),
            registrationIdentifyCode: try Wire.text(m["registration_identify_code"], Wire.at(path, "registration_identify_code")),
            registrationEmail: try Wire.text(m["registration_email"], Wire.at(path, "registration_email")),
            registrationMoblieId: try Wire.text(m["registration_moblie_id"], Wire.at(path, "registration_moblie_id")),
            deviceId: try Wire.text(m["device_id"], Wire.at(path, "device_id")),
            deviceType: try Wire.text(m["device_type"], Wire.at(path, "device_type")),
            userId: try Wire.text(m["user_id"], Wire.at(path, "user_id")),
            registrationTime: try Wire.text(m["registration_time"], Wire.at(path, "registration_time")),
            userAgent: try Wire.text(m["user_agent"], Wire.at(path, "user_agent")),
            successTransactionsNumber: try Wire.text(m["success_transactions_number"], Wire.at(path, "success_transactions_number")),
            isReceiverBankNum: try Wire.text(m["is_receiver_bank_num"], Wire.at(path, "is_receiver_bank_num")),
            registrationDays: try Wire.text(m["registration_days"], Wire.at(path, "registration_days"))
        )
    }
}

/// Enterprise declaration, sent flat (004:L5132); eight fields are encrypted.
///
/// The core's `SendEnterpriseQualification` (schema `models.SendEnterpriseQualification`).
public struct SendEnterpriseQualification: WireObject, CustomStringConvertible {
    /// Credit or organisation code, 1-18 (encrypted). Wire name `cust_code`.
    public var custCode: String?
    /// Organisation name, 1-128 (encrypted). Wire name `cust_name`.
    public var custName: String?
    /// Administrative division, 6 characters, not `100000`. Wire name `area_code`.
    public var areaCode: String?
    /// Registered address, 1-200 (encrypted). Wire name `cust_addr`.
    public var custAddr: String?
    /// Industry code, 4 characters. Wire name `industry_code`.
    public var industryCode: String?
    /// Economic type, 3 characters. Wire name `attr_code`.
    public var attrCode: String?
    /// Alpha-3 country. Wire name `country_code`.
    public var countryCode: String?
    /// `N` or `Y`. Wire name `is_tax_free`.
    public var isTaxFree: String?
    /// `00` when not tax free. Wire name `tax_free_code`.
    public var taxFreeCode: String?
    /// Legal representative (encrypted). Wire name `rep_nm`.
    public var repNm: String?
    /// `1` ID card. Wire name `cert_type`.
    public var certType: String?
    /// Representative's ID number (encrypted). Wire name `cert_num`.
    public var certNum: String?
    /// Representative's phone (encrypted). Wire name `phone`.
    public var phone: String?
    /// Contact name (encrypted). Wire name `cont_aact`.
    public var contAact: String?
    /// Contact phone (encrypted). Wire name `company_phone`.
    public var companyPhone: String?

    public init(custCode: String? = nil, custName: String? = nil, areaCode: String? = nil, custAddr: String? = nil, industryCode: String? = nil, attrCode: String? = nil, countryCode: String? = nil, isTaxFree: String? = nil, taxFreeCode: String? = nil, repNm: String? = nil, certType: String? = nil, certNum: String? = nil, phone: String? = nil, contAact: String? = nil, companyPhone: String? = nil) {
        self.custCode = custCode
        self.custName = custName
        self.areaCode = areaCode
        self.custAddr = custAddr
        self.industryCode = industryCode
        self.attrCode = attrCode
        self.countryCode = countryCode
        self.isTaxFree = isTaxFree
        self.taxFreeCode = taxFreeCode
        self.repNm = repNm
        self.certType = certType
        self.certNum = certNum
        self.phone = phone
        self.contAact = contAact
        self.companyPhone = companyPhone
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("cust_code", custCode as Any?),
            ("cust_name", custName as Any?),
            ("area_code", areaCode as Any?),
            ("cust_addr", custAddr as Any?),
            ("industry_code", industryCode as Any?),
            ("attr_code", attrCode as Any?),
            ("country_code", countryCode as Any?),
            ("is_tax_free", isTaxFree as Any?),
            ("tax_free_code", taxFreeCode as Any?),
            ("rep_nm", repNm as Any?),
            ("cert_type", certType as Any?),
            ("cert_num", certNum as Any?),
            ("phone", phone as Any?),
            ("cont_aact", contAact as Any?),
            ("company_phone", companyPhone as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "SendEnterpriseQualification(custCode=\(Wire.redacted(custCode)), custName=\(Wire.redacted(custName)), areaCode=\(Wire.redacted(areaCode)), custAddr=\(Wire.redacted(custAddr)), industryCode=\(Wire.redacted(industryCode)), attrCode=\(Wire.redacted(attrCode)), countryCode=\(Wire.redacted(countryCode)), isTaxFree=\(Wire.redacted(isTaxFree)), taxFreeCode=\(Wire.redacted(taxFreeCode)), repNm=\(Wire.redacted(repNm)), certType=\(Wire.redacted(certType)), certNum=\(Wire.redacted(certNum)), phone=\(Wire.redacted(phone)), contAact=\(Wire.redacted(contAact)), companyPhone=\(Wire.redacted(companyPhone)))"
    }

    /// Reads the core's JSON of a `SendEnterpriseQualification`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> SendEnterpriseQualification {
        let m = try Wire.members(value, path)
        return SendEnterpriseQualification(
            custCode: try Wire.text(m["cust_code"], Wire.at(path, "cust_code")),
            custName: try Wire.text(m["cust_name"], Wire.at(path, "cust_name")),
            areaCode: try Wire.text(m["area_code"], Wire.at(path, "area_code")),
            custAddr: try Wire.text(m["cust_addr"], Wire.at(path, "cust_addr")),
            industryCode: try Wire.text(m["industry_code"], Wire.at(path, "industry_code")),
            attrCode: try Wire.text(m["attr_code"], Wire.at(path, "attr_code")),
            countryCode: try Wire.text(m["country_code"], Wire.at(path, "country_code")),
            isTaxFree: try Wire.text(m["is_tax_free"], Wire.at(path, "is_tax_free")),
            taxFreeCode: try Wire.text(m["tax_free_code"], Wire.at(path, "tax_free_code")),
            repNm: try Wire.text(m["rep_nm"], Wire.at(path, "rep_nm")),
            certType: try Wire.text(m["cert_type"], Wire.at(path, "cert_type")),
            certNum: try Wire.text(m["cert_num"], Wire.at(path, "cert_num")),
            phone: try Wire.text(m["phone"], Wire.at(path, "phone")),
            contAact: try Wire.text(m["cont_aact"], Wire.at(path, "cont_aact")),
            companyPhone: try Wire.text(m["company_phone"], Wire.at(path, "company_phone"))
        )
    }
}

/// A monthly settlement statement being generated (004:L4958).
///
/// The core's `SettleMonthFile` (schema `models.SettleMonthFile`).
public struct SettleMonthFile: WireObject, CustomStringConvertible {
    /// `yyyyMM`. Wire name `settle_month`.
    public var settleMonth: String?

    public init(settleMonth: String? = nil) {
        self.settleMonth = settleMonth
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("settle_month", settleMonth as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "SettleMonthFile(settleMonth=\(Wire.redacted(settleMonth)))"
    }

    /// Reads the core's JSON of a `SettleMonthFile`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> SettleMonthFile {
        let m = try Wire.members(value, path)
        return SettleMonthFile(
            settleMonth: try Wire.text(m["settle_month"], Wire.at(path, "settle_month"))
        )
    }
}

/// A sub-order (004:L4915).
///
/// The core's `SubOrder` (schema `models.SubOrder`).
public struct SubOrder: WireObject, CustomStringConvertible {
    /// 4-16; UMF generates one when omitted (K17). Wire name `mer_sub_reference_id`.
    public var merSubReferenceId: String?
    /// Sub-order total. Wire name `amount`.
    public var amount: Amount?
    /// 1-32. Wire name `order_summary`.
    public var orderSummary: String?
    /// Transaction code (API.md §4.1). Wire name `trans_code`.
    public var transCode: String?
    /// `TRUE`/`FALSE`. Wire name `is_customs`.
    public var isCustoms: String?
    /// 1-20. Wire name `invoice_id`.
    public var invoiceId: String?
    /// Items; required for goods trades. Wire name `items`.
    public var items: [Item]?
    /// Set by UMF. Wire name `sub_customs_trace`.
    public var subCustomsTrace: String?
    /// Courier and number (update_express_info only). Wire name `tracking_number`.
    public var trackingNumber: String?
    /// Undocumented (examples only, 004:L621). Wire name `sub_trans_type`.
    public var subTransType: String?

    public init(merSubReferenceId: String? = nil, amount: Amount? = nil, orderSummary: String? = nil, transCode: String? = nil, isCustoms: String? = nil, invoiceId: String? = nil, items: [Item]? = nil, subCustomsTrace: String? = nil, trackingNumber: String? = nil, subTransType: String? = nil) {
        self.merSubReferenceId = merSubReferenceId
        self.amount = amount
        self.orderSummary = orderSummary
        self.transCode = transCode
        self.isCustoms = isCustoms
        self.invoiceId = invoiceId
        self.items = items
        self.subCustomsTrace = subCustomsTrace
        self.trackingNumber = trackingNumber
        self.subTransType = subTransType
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("mer_sub_reference_id", merSubReferenceId as Any?),
            ("amount", amount as Any?),
            ("order_summary", orderSummary as Any?),
            ("trans_code", transCode as Any?),
            ("is_customs", isCustoms as Any?),
            ("invoice_id", invoiceId as Any?),
            ("items", items as Any?),
            ("sub_customs_trace", subCustomsTrace as Any?),
            ("tracking_number", trackingNumber as Any?),
            ("sub_trans_type", subTransType as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "SubOrder(merSubReferenceId=\(Wire.shown(merSubReferenceId)), amount=\(Wire.shown(amount)), orderSummary=\(Wire.redacted(orderSummary)), transCode=\(Wire.redacted(transCode)), isCustoms=\(Wire.redacted(isCustoms)), invoiceId=\(Wire.redacted(invoiceId)), items=\(Wire.shown(items)), subCustomsTrace=\(Wire.redacted(subCustomsTrace)), trackingNumber=\(Wire.redacted(trackingNumber)), subTransType=\(Wire.redacted(subTransType)))"
    }

    /// Reads the core's JSON of a `SubOrder`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> SubOrder {
        let m = try Wire.members(value, path)
        return SubOrder(
            merSubReferenceId: try Wire.text(m["mer_sub_reference_id"], Wire.at(path, "mer_sub_reference_id")),
            amount: try Wire.object(m["amount"], Wire.at(path, "amount")) { try Amount.fromJson($0, path: $1) },
            orderSummary: try Wire.text(m["order_summary"], Wire.at(path, "order_summary")),
            transCode: try Wire.text(m["trans_code"], Wire.at(path, "trans_code")),
            isCustoms: try Wire.text(m["is_customs"], Wire.at(path, "is_customs")),
            invoiceId: try Wire.text(m["invoice_id"], Wire.at(path, "invoice_id")),
            items: try Wire.list(m["items"], Wire.at(path, "items")) { e, p in try Wire.need(try Wire.object(e, p) { try Item.fromJson($0, path: $1) }, p) },
            subCustomsTrace: try Wire.text(m["sub_customs_trace"], Wire.at(path, "sub_customs_trace")),
            trackingNumber: try Wire.text(m["tracking_number"], Wire.at(path, "tracking_number")),
            subTransType: try Wire.text(m["sub_trans_type"], Wire.at(path, "sub_trans_type"))
        )
    }
}

/// A transaction list (004:L4929).
///
/// The core's `Transactions` (schema `models.Transactions`).
public struct Transactions: WireObject, CustomStringConvertible {
    /// Payments. Wire name `payment_summaries`.
    public var paymentSummaries: [PaymentSummary]?
    /// Refunds. Wire name `refund_summaries`.
    public var refundSummaries: [RefundSummary]?
    /// The page. Wire name `pagination`.
    public var pagination: Pagination?

    public init(paymentSummaries: [PaymentSummary]? = nil, refundSummaries: [RefundSummary]? = nil, pagination: Pagination? = nil) {
        self.paymentSummaries = paymentSummaries
        self.refundSummaries = refundSummaries
        self.pagination = pagination
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("payment_summaries", paymentSummaries as Any?),
            ("refund_summaries", refundSummaries as Any?),
            ("pagination", pagination as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Transactions(paymentSummaries=\(Wire.shown(paymentSummaries)), refundSummaries=\(Wire.shown(refundSummaries)), pagination=\(Wire.shown(pagination)))"
    }

    /// Reads the core's JSON of a `Transactions`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Transactions {
        let m = try Wire.members(value, path)
        return Transactions(
            paymentSummaries: try Wire.list(m["payment_summaries"], Wire.at(path, "payment_summaries")) { e, p in try Wire.need(try Wire.object(e, p) { try PaymentSummary.fromJson($0, path: $1) }, p) },
            refundSummaries: try Wire.list(m["refund_summaries"], Wire.at(path, "refund_summaries")) { e, p in try Wire.need(try Wire.object(e, p) { try RefundSummary.fromJson($0, path: $1) }, p) },
            pagination: try Wire.object(m["pagination"], Wire.at(path, "pagination")) { try Pagination.fromJson($0, path: $1) }
        )
    }
}

/// Unbinding request (004:L3022, L4235).
///
/// The core's `Unbinding` (schema `models.Unbinding`).
public struct Unbinding: WireObject, CustomStringConvertible {
    /// The customer's id in the merchant's system. Wire name `external_customer_id`.
    public var externalCustomerId: String?
    /// The agreements to end. Wire name `payer_agreements`.
    public var payerAgreements: [PayerAgreement]?

    public init(externalCustomerId: String? = nil, payerAgreements: [PayerAgreement]? = nil) {
        self.externalCustomerId = externalCustomerId
        self.payerAgreements = payerAgreements
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("external_customer_id", externalCustomerId as Any?),
            ("payer_agreements", payerAgreements as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "Unbinding(externalCustomerId=\(Wire.redacted(externalCustomerId)), payerAgreements=\(Wire.shown(payerAgreements)))"
    }

    /// Reads the core's JSON of a `Unbinding`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> Unbinding {
        let m = try Wire.members(value, path)
        return Unbinding(
            externalCustomerId: try Wire.text(m["external_customer_id"], Wire.at(path, "external_customer_id")),
            payerAgreements: try Wire.list(m["payer_agreements"], Wire.at(path, "payer_agreements")) { e, p in try Wire.need(try Wire.object(e, p) { try PayerAgreement.fromJson($0, path: $1) }, p) }
        )
    }
}

/// `update_express_info`: tracking numbers per sub-order.
///
/// The core's `UpdateExpressInfoRequest` (schema `models.UpdateExpressInfoRequest`).
public struct UpdateExpressInfoRequest: WireObject, CustomStringConvertible {
    /// `{sub_orders: [{mer_sub_reference_id, tracking_number}]}`. Wire name `order`.
    public var order: Order?

    public init(order: Order? = nil) {
        self.order = order
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("order", order as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "UpdateExpressInfoRequest(order=\(Wire.shown(order)))"
    }

    /// Reads the core's JSON of a `UpdateExpressInfoRequest`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> UpdateExpressInfoRequest {
        let m = try Wire.members(value, path)
        return UpdateExpressInfoRequest(
            order: try Wire.object(m["order"], Wire.at(path, "order")) { try Order.fromJson($0, path: $1) }
        )
    }
}

/// An uploaded file.
///
/// The core's `UploadedFileResult` (schema `models.UploadedFileResult`).
public struct UploadedFileResult: WireObject, CustomStringConvertible {
    /// The stored file name (e.g. `202311/…jpg`). Wire name `data`; required.
    public var data: String

    public init(data: String) {
        self.data = data
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("data", data as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "UploadedFileResult(data=\(Wire.redacted(data)))"
    }

    /// Reads the core's JSON of a `UploadedFileResult`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> UploadedFileResult {
        let m = try Wire.members(value, path)
        return UploadedFileResult(
            data: try Wire.need(try Wire.text(m["data"], Wire.at(path, "data")), Wire.at(path, "data"))
        )
    }
}

/// WeChat H5 pay elements (004:L4951).
///
/// The core's `WechatH5` (schema `models.WechatH5`).
public struct WechatH5: WireObject, CustomStringConvertible {
    /// `IDENTITY_CARD`. Wire name `citizen_id_type`.
    public var citizenIdType: String?
    /// ID number (encrypted). Wire name `citizen_id_number`.
    public var citizenIdNumber: String?
    /// Response: URL-encoded H5 URL (the example key is `wechat_H5_url`). Wire name `wechat_h5_url`.
    public var wechatH5Url: String?

    public init(citizenIdType: String? = nil, citizenIdNumber: String? = nil, wechatH5Url: String? = nil) {
        self.citizenIdType = citizenIdType
        self.citizenIdNumber = citizenIdNumber
        self.wechatH5Url = wechatH5Url
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("citizen_id_type", citizenIdType as Any?),
            ("citizen_id_number", citizenIdNumber as Any?),
            ("wechat_h5_url", wechatH5Url as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "WechatH5(citizenIdType=\(Wire.redacted(citizenIdType)), citizenIdNumber=\(Wire.redacted(citizenIdNumber)), wechatH5Url=\(Wire.redacted(wechatH5Url)))"
    }

    /// Reads the core's JSON of a `WechatH5`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> WechatH5 {
        let m = try Wire.members(value, path)
        return WechatH5(
            citizenIdType: try Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
            citizenIdNumber: try Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
            wechatH5Url: try Wire.text(m["wechat_h5_url"], Wire.at(path, "wechat_h5_url"))
        )
    }
}

/// WeChat in-app pay elements (004:L4936).
///
/// The core's `WechatInApp` (schema `models.WechatInApp`).
public struct WechatInApp: WireObject, CustomStringConvertible {
    /// `IDENTITY_CARD`. Wire name `citizen_id_type`.
    public var citizenIdType: String?
    /// ID number (encrypted). Wire name `citizen_id_number`.
    public var citizenIdNumber: String?
    /// The merchant app's WeChat id (examples, 004:L1284). Wire name `app_id`.
    public var appId: String?
    /// Response: what the app hands to WeChat. Wire name `pay_info`.
    public var payInfo: PayInfo?

    public init(citizenIdType: String? = nil, citizenIdNumber: String? = nil, appId: String? = nil, payInfo: PayInfo? = nil) {
        self.citizenIdType = citizenIdType
        self.citizenIdNumber = citizenIdNumber
        self.appId = appId
        self.payInfo = payInfo
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("citizen_id_type", citizenIdType as Any?),
            ("citizen_id_number", citizenIdNumber as Any?),
            ("app_id", appId as Any?),
            ("pay_info", payInfo as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "WechatInApp(citizenIdType=\(Wire.redacted(citizenIdType)), citizenIdNumber=\(Wire.redacted(citizenIdNumber)), appId=\(Wire.redacted(appId)), payInfo=\(Wire.shown(payInfo)))"
    }

    /// Reads the core's JSON of a `WechatInApp`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> WechatInApp {
        let m = try Wire.members(value, path)
        return WechatInApp(
            citizenIdType: try Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
            citizenIdNumber: try Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
            appId: try Wire.text(m["app_id"], Wire.at(path, "app_id")),
            payInfo: try Wire.object(m["pay_info"], Wire.at(path, "pay_info")) { try PayInfo.fromJson($0, path: $1) }
        )
    }
}

/// WeChat official-account pay elements (004:L4943).
///
/// The core's `WechatInAppWeb` (schema `models.WechatInAppWeb`).
public struct WechatInAppWeb: WireObject, CustomStringConvertible {
    /// WeChat OpenID (from `get_wechat_openid_url`). Wire name `open_id`.
    public var openId: String?
    /// `IDENTITY_CARD`. Wire name `citizen_id_type`.
    public var citizenIdType: String?
    /// ID number (encrypted). Wire name `citizen_id_number`.
    public var citizenIdNumber: String?
    /// The merchant's own official-account id, when used. Wire name `app_id`.
    public var appId: String?
    /// Response: what the page hands to WeChat's JS-API. Wire name `pay_info`.
    public var payInfo: PayInfo?

    public init(openId: String? = nil, citizenIdType: String? = nil, citizenIdNumber: String? = nil, appId: String? = nil, payInfo: PayInfo? = nil) {
        self.openId = openId
        self.citizenIdType = citizenIdType
        self.citizenIdNumber = citizenIdNumber
        self.appId = appId
        self.payInfo = payInfo
    }

    public func toJson() -> [String: Any] {
        Wire.obj([
            ("open_id", openId as Any?),
            ("citizen_id_type", citizenIdType as Any?),
            ("citizen_id_number", citizenIdNumber as Any?),
            ("app_id", appId as Any?),
            ("pay_info", payInfo as Any?),
        ])
    }

    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.
    public var description: String {
        "WechatInAppWeb(openId=\(Wire.redacted(openId)), citizenIdType=\(Wire.redacted(citizenIdType)), citizenIdNumber=\(Wire.redacted(citizenIdNumber)), appId=\(Wire.redacted(appId)), payInfo=\(Wire.shown(payInfo)))"
    }

    /// Reads the core's JSON of a `WechatInAppWeb`; `path` names it in errors.
    public static func fromJson(_ value: Any?, path: String = "") throws -> WechatInAppWeb {
        let m = try Wire.members(value, path)
        return WechatInAppWeb(
            openId: try Wire.text(m["open_id"], Wire.at(path, "open_id")),
            citizenIdType: try Wire.text(m["citizen_id_type"], Wire.at(path, "citizen_id_type")),
            citizenIdNumber: try Wire.text(m["citizen_id_number"], Wire.at(path, "citizen_id_number")),
            appId: try Wire.text(m["app_id"], Wire.at(path, "app_id")),
            payInfo: try Wire.object(m["pay_info"], Wire.at(path, "pay_info")) { try PayInfo.fromJson($0, path: $1) }
        )
    }
}

/// The parameters of `list_banks`.
public struct ListBanksParams: WireObject, CustomStringConvertible {
    public var type: String?

    public init(type: String? = nil) {
        self.type = type
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        if let v = type { m["type"] = v }
        return m
    }

    public var description: String { "ListBanksParams(type=\(Wire.shown(type)))" }
}

/// The parameters of `query_card_bin`.
public struct QueryCardBinParams: WireObject, CustomStringConvertible {
    public var card: String

    public init(card: String) {
        self.card = card
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["card"] = card
        return m
    }

    public var description: String { "QueryCardBinParams(card=\(Wire.redacted(card)))" }
}

/// The parameters of `get_wechat_openid_url`.
public struct GetWechatOpenidUrlParams: WireObject, CustomStringConvertible {
    public var notifyUrl: String

    public init(notifyUrl: String) {
        self.notifyUrl = notifyUrl
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["notify_url"] = notifyUrl
        return m
    }

    public var description: String { "GetWechatOpenidUrlParams(notifyUrl=\(Wire.shown(notifyUrl)))" }
}

/// The parameters of `get_exchange_rate`.
public struct GetExchangeRateParams: WireObject, CustomStringConvertible {
    public var currency: String

    public init(currency: String) {
        self.currency = currency
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["currency"] = currency
        return m
    }

    public var description: String { "GetExchangeRateParams(currency=\(Wire.shown(currency)))" }
}

/// The answer to `create_payment`: its `Payment`, and the members every answer has, non-optional.
public final class CreatePaymentReply: Reply<Payment> {
    /// `payment.order.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentOrderAmountTotal: String { get throws { try Wire.need(result.order?.amount?.total, "payment.order.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try Payment.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `send_payment_sms`.
public struct SendPaymentSmsParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: PayerRequest

    public init(paymentId: String, body: PayerRequest) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "SendPaymentSmsParams(paymentId=\(paymentId), body=\(body))" }
}

/// The answer to `send_payment_sms`: its `Payment`, and the members every answer has, non-optional.
public final class SendPaymentSmsReply: Reply<Payment> {
    /// `payment.id`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentId: String { get throws { try Wire.need(result.id, "payment.id") } }

    public init(_ response: ApiResponse) throws {
        let result = try Payment.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `execute_payment`.
public struct ExecutePaymentParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: PayerRequest

    public init(paymentId: String, body: PayerRequest) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "ExecutePaymentParams(paymentId=\(paymentId), body=\(body))" }
}

/// The answer to `execute_payment`: its `Payment`, and the members every answer has, non-optional.
public final class ExecutePaymentReply: Reply<Payment> {
    /// `payment.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentState: PaymentState { get throws { try Wire.need(result.state, "payment.state") } }

    public init(_ response: ApiResponse) throws {
        let result = try Payment.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `get_payment`.
public struct GetPaymentParams: WireObject, CustomStringConvertible {
    public var paymentId: String

    public init(paymentId: String) {
        self.paymentId = paymentId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "GetPaymentParams(paymentId=\(paymentId))" }
}

/// The answer to `get_payment`: its `Payment`, and the members every answer has, non-optional.
public final class GetPaymentReply: Reply<Payment> {
    /// `payment.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentState: PaymentState { get throws { try Wire.need(result.state, "payment.state") } }
    /// `payment.order.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentOrderAmountTotal: String { get throws { try Wire.need(result.order?.amount?.total, "payment.order.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try Payment.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `create_refund`.
public struct CreateRefundParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: RefundRequest

    public init(paymentId: String, body: RefundRequest) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "CreateRefundParams(paymentId=\(paymentId), body=\(body))" }
}

/// The answer to `create_refund`: its `Refund`, and the members every answer has, non-optional.
public final class CreateRefundReply: Reply<Refund> {
    /// `refund.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var refundState: RefundState { get throws { try Wire.need(result.state, "refund.state") } }

    public init(_ response: ApiResponse) throws {
        let result = try Refund.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `create_async_refund`.
public struct CreateAsyncRefundParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: RefundRequest

    public init(paymentId: String, body: RefundRequest) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "CreateAsyncRefundParams(paymentId=\(paymentId), body=\(body))" }
}

/// The answer to `create_async_refund`: its `Refund`, and the members every answer has, non-optional.
public final class CreateAsyncRefundReply: Reply<Refund> {
    /// `refund.id`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var refundId: String { get throws { try Wire.need(result.id, "refund.id") } }
    /// `refund.refund_info.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var refundRefundInfoAmountTotal: String { get throws { try Wire.need(result.refundInfo?.amount?.total, "refund.refund_info.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try Refund.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `get_refund`.
public struct GetRefundParams: WireObject, CustomStringConvertible {
    public var refundId: String

    public init(refundId: String) {
        self.refundId = refundId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["refund_id"] = refundId
        return m
    }

    public var description: String { "GetRefundParams(refundId=\(refundId))" }
}

/// The answer to `get_refund`: its `Refund`, and the members every answer has, non-optional.
public final class GetRefundReply: Reply<Refund> {
    /// `refund.id`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var refundId: String { get throws { try Wire.need(result.id, "refund.id") } }
    /// `refund.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var refundState: RefundState { get throws { try Wire.need(result.state, "refund.state") } }

    public init(_ response: ApiResponse) throws {
        let result = try Refund.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `get_payment_with_refunds`.
public struct GetPaymentWithRefundsParams: WireObject, CustomStringConvertible {
    public var paymentId: String

    public init(paymentId: String) {
        self.paymentId = paymentId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "GetPaymentWithRefundsParams(paymentId=\(paymentId))" }
}

/// The answer to `get_payment_with_refunds`: its `PaymentWithRefundsResult`, and the members every answer has, non-optional.
public final class GetPaymentWithRefundsReply: Reply<PaymentWithRefundsResult> {
    /// `payment.id`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentId: String { get throws { try Wire.need(result.payment.id, "payment.id") } }
    /// `payment.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentState: PaymentState { get throws { try Wire.need(result.payment.state, "payment.state") } }
    /// `payment.order.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentOrderAmountTotal: String { get throws { try Wire.need(result.payment.order?.amount?.total, "payment.order.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try PaymentWithRefundsResult.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `query_agreements`.
public struct QueryAgreementsParams: WireObject, CustomStringConvertible {
    public var externalCustomerId: String?
    public var usrBusiAgreementId: String?
    public var bankType: String?

    public init(externalCustomerId: String? = nil, usrBusiAgreementId: String? = nil, bankType: String? = nil) {
        self.externalCustomerId = externalCustomerId
        self.usrBusiAgreementId = usrBusiAgreementId
        self.bankType = bankType
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        if let v = externalCustomerId { m["external_customer_id"] = v }
        if let v = usrBusiAgreementId { m["usr_busi_agreement_id"] = v }
        if let v = bankType { m["bank_type"] = v }
        return m
    }

    public var description: String { "QueryAgreementsParams(externalCustomerId=\(Wire.shown(externalCustomerId)), usrBusiAgreementId=\(Wire.shown(usrBusiAgreementId)), bankType=\(Wire.shown(bankType)))" }
}

/// The parameters of `apply_to_customs`.
public struct ApplyToCustomsParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: CustomsDeclaration

    public init(paymentId: String, body: CustomsDeclaration) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "ApplyToCustomsParams(paymentId=\(paymentId), body=\(body))" }
}

/// The parameters of `get_customs_declaration`.
public struct GetCustomsDeclarationParams: WireObject, CustomStringConvertible {
    public var customsDeclarationId: String

    public init(customsDeclarationId: String) {
        self.customsDeclarationId = customsDeclarationId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["customs_declaration_id"] = customsDeclarationId
        return m
    }

    public var description: String { "GetCustomsDeclarationParams(customsDeclarationId=\(customsDeclarationId))" }
}

/// The parameters of `apply_to_ciq`.
public struct ApplyToCiqParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: CiqDeclaration

    public init(paymentId: String, body: CiqDeclaration) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "ApplyToCiqParams(paymentId=\(paymentId), body=\(body))" }
}

/// The parameters of `get_ciq_declaration`.
public struct GetCiqDeclarationParams: WireObject, CustomStringConvertible {
    public var ciqDeclarationId: String

    public init(ciqDeclarationId: String) {
        self.ciqDeclarationId = ciqDeclarationId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["ciq_declaration_id"] = ciqDeclarationId
        return m
    }

    public var description: String { "GetCiqDeclarationParams(ciqDeclarationId=\(ciqDeclarationId))" }
}

/// The parameters of `get_reconciliation_statement`.
public struct GetReconciliationStatementParams: WireObject, CustomStringConvertible {
    public var settleDate: String
    public var pageNumber: String?
    public var pageSize: String?

    public init(settleDate: String, pageNumber: String? = nil, pageSize: String? = nil) {
        self.settleDate = settleDate
        self.pageNumber = pageNumber
        self.pageSize = pageSize
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["settle_date"] = settleDate
        if let v = pageNumber { m["page_number"] = v }
        if let v = pageSize { m["page_size"] = v }
        return m
    }

    public var description: String { "GetReconciliationStatementParams(settleDate=\(Wire.shown(settleDate)), pageNumber=\(Wire.shown(pageNumber)), pageSize=\(Wire.shown(pageSize)))" }
}

/// The answer to `get_reconciliation_statement`: its `ReconciliationResult`, and the members every answer has, non-optional.
public final class GetReconciliationStatementReply: Reply<ReconciliationResult> {
    /// `reconciliations.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var reconciliationsAmountTotal: String { get throws { try Wire.need(result.reconciliations.amount?.total, "reconciliations.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try ReconciliationResult.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `download_settlement_file`.
public struct DownloadSettlementFileParams: WireObject, CustomStringConvertible {
    public var settleDate: String

    public init(settleDate: String) {
        self.settleDate = settleDate
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["settle_date"] = settleDate
        return m
    }

    public var description: String { "DownloadSettlementFileParams(settleDate=\(Wire.shown(settleDate)))" }
}

/// The parameters of `list_transactions`.
public struct ListTransactionsParams: WireObject, CustomStringConvertible {
    public var merDate: String
    public var pageNumber: String?
    public var pageSize: String?

    public init(merDate: String, pageNumber: String? = nil, pageSize: String? = nil) {
        self.merDate = merDate
        self.pageNumber = pageNumber
        self.pageSize = pageSize
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["mer_date"] = merDate
        if let v = pageNumber { m["page_number"] = v }
        if let v = pageSize { m["page_size"] = v }
        return m
    }

    public var description: String { "ListTransactionsParams(merDate=\(Wire.shown(merDate)), pageNumber=\(Wire.shown(pageNumber)), pageSize=\(Wire.shown(pageSize)))" }
}

/// The parameters of `download_transactions_file`.
public struct DownloadTransactionsFileParams: WireObject, CustomStringConvertible {
    public var settleDate: String?
    public var merDate: String?

    public init(settleDate: String? = nil, merDate: String? = nil) {
        self.settleDate = settleDate
        self.merDate = merDate
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        if let v = settleDate { m["settle_date"] = v }
        if let v = merDate { m["mer_date"] = v }
        return m
    }

    public var description: String { "DownloadTransactionsFileParams(settleDate=\(Wire.shown(settleDate)), merDate=\(Wire.shown(merDate)))" }
}

/// The parameters of `download_settle_month_statement`.
public struct DownloadSettleMonthStatementParams: WireObject, CustomStringConvertible {
    public var fileId: String

    public init(fileId: String) {
        self.fileId = fileId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["file_id"] = fileId
        return m
    }

    public var description: String { "DownloadSettleMonthStatementParams(fileId=\(fileId))" }
}

/// The parameters of `declare_again`.
public struct DeclareAgainParams: WireObject, CustomStringConvertible {
    public var declarationId: String
    public var body: Empty

    public init(declarationId: String, body: Empty) {
        self.declarationId = declarationId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["declaration_id"] = declarationId
        return m
    }

    public var description: String { "DeclareAgainParams(declarationId=\(declarationId), body=\(body))" }
}

/// The answer to `create_async_refund_no_payment_id`: its `AsyncRefund`, and the members every answer has, non-optional.
public final class CreateAsyncRefundNoPaymentIdReply: Reply<AsyncRefund> {
    /// `asy_refund.refund_info.amount.total`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var asyRefundRefundInfoAmountTotal: String { get throws { try Wire.need(result.refundInfo?.amount?.total, "asy_refund.refund_info.amount.total") } }

    public init(_ response: ApiResponse) throws {
        let result = try AsyncRefund.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The answer to `query_async_refund_no_payment_id`: its `AsyncRefund`, and the members every answer has, non-optional.
public final class QueryAsyncRefundNoPaymentIdReply: Reply<AsyncRefund> {
    /// `asy_refund.state`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var asyRefundState: RefundState { get throws { try Wire.need(result.state, "asy_refund.state") } }

    public init(_ response: ApiResponse) throws {
        let result = try AsyncRefund.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `unbind_bank_agreement`.
public struct UnbindBankAgreementParams: WireObject, CustomStringConvertible {
    public var body: Unbinding
    /// Must be true: ends the agreement at every UMF merchant and at the bank (004:L4251)
    public var confirm: Bool

    public init(body: Unbinding, confirm: Bool) {
        self.body = body
        self.confirm = confirm
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        if confirm { m["$confirm"] = true }
        return m
    }

    public var description: String { "UnbindBankAgreementParams(body=\(body), confirm=\(confirm))" }
}

/// The parameters of `update_express_info`.
public struct UpdateExpressInfoParams: WireObject, CustomStringConvertible {
    public var paymentId: String
    public var body: UpdateExpressInfoRequest

    public init(paymentId: String, body: UpdateExpressInfoRequest) {
        self.paymentId = paymentId
        self.body = body
    }

    public func toJson() -> [String: Any] {
        var m = body.toJson()
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "UpdateExpressInfoParams(paymentId=\(paymentId), body=\(body))" }
}

/// The answer to `update_express_info`: its `Payment`, and the members every answer has, non-optional.
public final class UpdateExpressInfoReply: Reply<Payment> {
    /// `payment.id`: the documents show it in every answer; the core checks it
    /// (an answer under an older name is checked here, on access).
    public var paymentId: String { get throws { try Wire.need(result.id, "payment.id") } }

    public init(_ response: ApiResponse) throws {
        let result = try Payment.fromJson(Wire.read(response.resultJson))
        super.init(result: result, response: response)
    }
}

/// The parameters of `get_enterprise_qualification`.
public struct GetEnterpriseQualificationParams: WireObject, CustomStringConvertible {
    public var enterpriseId: String

    public init(enterpriseId: String) {
        self.enterpriseId = enterpriseId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["enterprise_id"] = enterpriseId
        return m
    }

    public var description: String { "GetEnterpriseQualificationParams(enterpriseId=\(enterpriseId))" }
}

/// The parameters of `query_remittance_status`.
public struct QueryRemittanceStatusParams: WireObject, CustomStringConvertible {
    public var paymentId: String

    public init(paymentId: String) {
        self.paymentId = paymentId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "QueryRemittanceStatusParams(paymentId=\(paymentId))" }
}

/// The parameters of `query_tuition_order`.
public struct QueryTuitionOrderParams: WireObject, CustomStringConvertible {
    public var paymentId: String

    public init(paymentId: String) {
        self.paymentId = paymentId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "QueryTuitionOrderParams(paymentId=\(paymentId))" }
}

/// The parameters of `query_b2b_order`.
public struct QueryB2bOrderParams: WireObject, CustomStringConvertible {
    public var paymentId: String

    public init(paymentId: String) {
        self.paymentId = paymentId
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["payment_id"] = paymentId
        return m
    }

    public var description: String { "QueryB2bOrderParams(paymentId=\(paymentId))" }
}

/// The parameters of `download_reconciliation_statement_file_legacy`.
public struct DownloadReconciliationStatementFileLegacyParams: WireObject, CustomStringConvertible {
    public var merDate: String

    public init(merDate: String) {
        self.merDate = merDate
    }

    public func toJson() -> [String: Any] {
        var m: [String: Any] = [:]
        m["mer_date"] = merDate
        return m
    }

    public var description: String { "DownloadReconciliationStatementFileLegacyParams(merDate=\(Wire.shown(merDate)))" }
}

/// Every operation with typed parameters and reply (the token request and the multipart
/// uploads keep their JSON forms).
public enum Ops {
    public static let listBanks = UmfOperation<ListBanksParams, Reply<BanksResult>>(id: .listBanks) { Reply(result: try BanksResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let queryCardBin = UmfOperation<QueryCardBinParams, Reply<BanksResult>>(id: .queryCardBin) { Reply(result: try BanksResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getWechatOpenidUrl = UmfOperation<GetWechatOpenidUrlParams, Reply<Void>>(id: .getWechatOpenidUrl) { Reply(result: (), response: $0) }
    public static let getExchangeRate = UmfOperation<GetExchangeRateParams, Reply<ExchangeRatesResult>>(id: .getExchangeRate) { Reply(result: try ExchangeRatesResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let createPayment = UmfOperation<CreatePaymentRequest, CreatePaymentReply>(id: .createPayment) { try CreatePaymentReply($0) }
    public static let sendPaymentSms = UmfOperation<SendPaymentSmsParams, SendPaymentSmsReply>(id: .sendPaymentSms) { try SendPaymentSmsReply($0) }
    public static let executePayment = UmfOperation<ExecutePaymentParams, ExecutePaymentReply>(id: .executePayment) { try ExecutePaymentReply($0) }
    public static let getPayment = UmfOperation<GetPaymentParams, GetPaymentReply>(id: .getPayment) { try GetPaymentReply($0) }
    public static let createRefund = UmfOperation<CreateRefundParams, CreateRefundReply>(id: .createRefund) { try CreateRefundReply($0) }
    public static let createAsyncRefund = UmfOperation<CreateAsyncRefundParams, CreateAsyncRefundReply>(id: .createAsyncRefund) { try CreateAsyncRefundReply($0) }
    public static let getRefund = UmfOperation<GetRefundParams, GetRefundReply>(id: .getRefund) { try GetRefundReply($0) }
    public static let getPaymentWithRefunds = UmfOperation<GetPaymentWithRefundsParams, GetPaymentWithRefundsReply>(id: .getPaymentWithRefunds) { try GetPaymentWithRefundsReply($0) }
    public static let queryAgreements = UmfOperation<QueryAgreementsParams, Reply<AgreementInfo>>(id: .queryAgreements) { Reply(result: try AgreementInfo.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let unbindAgreement = UmfOperation<Unbinding, Reply<Void>>(id: .unbindAgreement) { Reply(result: (), response: $0) }
    public static let applyToCustoms = UmfOperation<ApplyToCustomsParams, Reply<CustomsDeclarationsResult>>(id: .applyToCustoms) { Reply(result: try CustomsDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getCustomsDeclaration = UmfOperation<GetCustomsDeclarationParams, Reply<CustomsDeclarationsResult>>(id: .getCustomsDeclaration) { Reply(result: try CustomsDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let applyToCiq = UmfOperation<ApplyToCiqParams, Reply<CiqDeclarationsResult>>(id: .applyToCiq) { Reply(result: try CiqDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getCiqDeclaration = UmfOperation<GetCiqDeclarationParams, Reply<CiqDeclarationsResult>>(id: .getCiqDeclaration) { Reply(result: try CiqDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getReconciliationStatement = UmfOperation<GetReconciliationStatementParams, GetReconciliationStatementReply>(id: .getReconciliationStatement) { try GetReconciliationStatementReply($0) }
    public static let downloadSettlementFile = UmfOperation<DownloadSettlementFileParams, Reply<Void>>(id: .downloadSettlementFile) { Reply(result: (), response: $0) }
    public static let listTransactions = UmfOperation<ListTransactionsParams, Reply<Transactions>>(id: .listTransactions) { Reply(result: try Transactions.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let downloadTransactionsFile = UmfOperation<DownloadTransactionsFileParams, Reply<Void>>(id: .downloadTransactionsFile) { Reply(result: (), response: $0) }
    public static let createSettleMonthStatement = UmfOperation<SettleMonthFile, Reply<SettleMonthFile>>(id: .createSettleMonthStatement) { Reply(result: try SettleMonthFile.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let downloadSettleMonthStatement = UmfOperation<DownloadSettleMonthStatementParams, Reply<Void>>(id: .downloadSettleMonthStatement) { Reply(result: (), response: $0) }
    public static let declareAgain = UmfOperation<DeclareAgainParams, Reply<DeclareAgain>>(id: .declareAgain) { Reply(result: try DeclareAgain.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getRefundableBalance = UmfOperation<NoParams, Reply<AccountBalance>>(id: .getRefundableBalance) { Reply(result: try AccountBalance.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let createAsyncRefundNoPaymentId = UmfOperation<AsyncRefund, CreateAsyncRefundNoPaymentIdReply>(id: .createAsyncRefundNoPaymentId) { try CreateAsyncRefundNoPaymentIdReply($0) }
    public static let queryAsyncRefundNoPaymentId = UmfOperation<AsyncRefund, QueryAsyncRefundNoPaymentIdReply>(id: .queryAsyncRefundNoPaymentId) { try QueryAsyncRefundNoPaymentIdReply($0) }
    public static let applyToCustomsNoPaymentId = UmfOperation<CustomsDeclaration, Reply<CustomsDeclarationsResult>>(id: .applyToCustomsNoPaymentId) { Reply(result: try CustomsDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let queryCustomsNoPaymentId = UmfOperation<CustomsDeclaration, Reply<CustomsDeclarationsResult>>(id: .queryCustomsNoPaymentId) { Reply(result: try CustomsDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let applyToCiqNoPaymentId = UmfOperation<CiqDeclaration, Reply<CiqDeclarationsResult>>(id: .applyToCiqNoPaymentId) { Reply(result: try CiqDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let queryCiqNoPaymentId = UmfOperation<CiqDeclaration, Reply<CiqDeclarationsResult>>(id: .queryCiqNoPaymentId) { Reply(result: try CiqDeclarationsResult.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let declareAgainNoPaymentId = UmfOperation<DeclareAgain, Reply<DeclareAgain>>(id: .declareAgainNoPaymentId) { Reply(result: try DeclareAgain.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let bindCardSendSms = UmfOperation<CardBinding, Reply<CardBinding>>(id: .bindCardSendSms) { Reply(result: try CardBinding.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let bindCardConfirm = UmfOperation<CardBinding, Reply<CardBinding>>(id: .bindCardConfirm) { Reply(result: try CardBinding.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let unbindBankAgreement = UmfOperation<UnbindBankAgreementParams, Reply<Void>>(id: .unbindBankAgreement) { Reply(result: (), response: $0) }
    public static let updateExpressInfo = UmfOperation<UpdateExpressInfoParams, UpdateExpressInfoReply>(id: .updateExpressInfo) { try UpdateExpressInfoReply($0) }
    public static let createEnterpriseQualification = UmfOperation<EnterpriseQualificationRequest, Reply<EnterpriseQualification>>(id: .createEnterpriseQualification) { Reply(result: try EnterpriseQualification.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let getEnterpriseQualification = UmfOperation<GetEnterpriseQualificationParams, Reply<EnterpriseQualification>>(id: .getEnterpriseQualification) { Reply(result: try EnterpriseQualification.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let sendPayeeInfo = UmfOperation<PayeeInfor, Reply<Void>>(id: .sendPayeeInfo) { Reply(result: (), response: $0) }
    public static let sendOrderItem = UmfOperation<OrderItem, Reply<Void>>(id: .sendOrderItem) { Reply(result: (), response: $0) }
    public static let confirmRemittance = UmfOperation<ConfirmPayment, Reply<Void>>(id: .confirmRemittance) { Reply(result: (), response: $0) }
    public static let queryRemittanceStatus = UmfOperation<QueryRemittanceStatusParams, Reply<PayRes>>(id: .queryRemittanceStatus) { Reply(result: try PayRes.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let createTuitionOrder = UmfOperation<PayOrder, Reply<Void>>(id: .createTuitionOrder) { Reply(result: (), response: $0) }
    public static let queryTuitionOrder = UmfOperation<QueryTuitionOrderParams, Reply<PayQueryOrder>>(id: .queryTuitionOrder) { Reply(result: try PayQueryOrder.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let sendEnterpriseQualification = UmfOperation<SendEnterpriseQualification, Reply<Void>>(id: .sendEnterpriseQualification) { Reply(result: (), response: $0) }
    public static let queryEnterpriseQualificationReport = UmfOperation<QueryEnterprise, Reply<QueryEnterpriseId>>(id: .queryEnterpriseQualificationReport) { Reply(result: try QueryEnterpriseId.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let sendB2bOuterOrderDetail = UmfOperation<B2bOuterOrder, Reply<Void>>(id: .sendB2bOuterOrderDetail) { Reply(result: (), response: $0) }
    public static let sendB2bOrder = UmfOperation<PaymentSub, Reply<Void>>(id: .sendB2bOrder) { Reply(result: (), response: $0) }
    public static let queryB2bOrder = UmfOperation<QueryB2bOrderParams, Reply<QueryOrder>>(id: .queryB2bOrder) { Reply(result: try QueryOrder.fromJson(Wire.read($0.resultJson)), response: $0) }
    public static let downloadReconciliationStatementFileLegacy = UmfOperation<DownloadReconciliationStatementFileLegacyParams, Reply<Void>>(id: .downloadReconciliationStatementFileLegacy) { Reply(result: (), response: $0) }
}

/// One typed method per operation.
extension UmfClient {
    /// `list_banks`, typed.
    public func listBanks(_ params: ListBanksParams) throws -> Reply<BanksResult> {
        try call(Ops.listBanks, params)
    }

    /// `query_card_bin`, typed.
    public func queryCardBin(_ params: QueryCardBinParams) throws -> Reply<BanksResult> {
        try call(Ops.queryCardBin, params)
    }

    /// `get_wechat_openid_url`, typed.
    public func getWechatOpenidUrl(_ params: GetWechatOpenidUrlParams) throws -> Reply<Void> {
        try call(Ops.getWechatOpenidUrl, params)
    }

    /// `get_exchange_rate`, typed.
    public func getExchangeRate(_ params: GetExchangeRateParams) throws -> Reply<ExchangeRatesResult> {
        try call(Ops.getExchangeRate, params)
    }

    /// `create_payment`, typed.
    public func createPayment(_ params: CreatePaymentRequest) throws -> CreatePaymentReply {
        try call(Ops.createPayment, params)
    }

    /// `send_payment_sms`, typed.
    public func sendPaymentSms(_ params: SendPaymentSmsParams) throws -> SendPaymentSmsReply {
        try call(Ops.sendPaymentSms, params)
    }

    /// `execute_payment`, typed.
    public func executePayment(_ params: ExecutePaymentParams) throws -> ExecutePaymentReply {
        try call(Ops.executePayment, params)
    }

    /// `get_payment`, typed.
    public func getPayment(_ params: GetPaymentParams) throws -> GetPaymentReply {
        try call(Ops.getPayment, params)
    }

    /// `create_refund`, typed.
    public func createRefund(_ params: CreateRefundParams) throws -> CreateRefundReply {
        try call(Ops.createRefund, params)
    }

    /// `create_async_refund`, typed.
    public func createAsyncRefund(_ params: CreateAsyncRefundParams) throws -> CreateAsyncRefundReply {
        try call(Ops.createAsyncRefund, params)
    }

    /// `get_refund`, typed.
    public func getRefund(_ params: GetRefundParams) throws -> GetRefundReply {
        try call(Ops.getRefund, params)
    }

    /// `get_payment_with_refunds`, typed.
    public func getPaymentWithRefunds(_ params: GetPaymentWithRefundsParams) throws -> GetPaymentWithRefundsReply {
        try call(Ops.getPaymentWithRefunds, params)
    }

    /// `query_agreements`, typed.
    public func queryAgreements(_ params: QueryAgreementsParams) throws -> Reply<AgreementInfo> {
        try call(Ops.queryAgreements, params)
    }

    /// `unbind_agreement`, typed.
    public func unbindAgreement(_ params: Unbinding) throws -> Reply<Void> {
        try call(Ops.unbindAgreement, params)
    }

    /// `apply_to_customs`, typed.
    public func applyToCustoms(_ params: ApplyToCustomsParams) throws -> Reply<CustomsDeclarationsResult> {
        try call(Ops.applyToCustoms, params)
    }

    /// `get_customs_declaration`, typed.
    public func getCustomsDeclaration(_ params: GetCustomsDeclarationParams) throws -> Reply<CustomsDeclarationsResult> {
        try call(Ops.getCustomsDeclaration, params)
    }

    /// `apply_to_ciq`, typed.
    public func applyToCiq(_ params: ApplyToCiqParams) throws -> Reply<CiqDeclarationsResult> {
        try call(Ops.applyToCiq, params)
    }

    /// `get_ciq_declaration`, typed.
    public func getCiqDeclaration(_ params: GetCiqDeclarationParams) throws -> Reply<CiqDeclarationsResult> {
        try call(Ops.getCiqDeclaration, params)
    }

    /// `get_reconciliation_statement`, typed.
    public func getReconciliationStatement(_ params: GetReconciliationStatementParams) throws -> GetReconciliationStatementReply {
        try call(Ops.getReconciliationStatement, params)
    }

    /// `download_settlement_file`, typed.
    public func downloadSettlementFile(_ params: DownloadSettlementFileParams) throws -> Reply<Void> {
        try call(Ops.downloadSettlementFile, params)
    }

    /// `list_transactions`, typed.
    public func listTransactions(_ params: ListTransactionsParams) throws -> Reply<Transactions> {
        try call(Ops.listTransactions, params)
    }

    /// `download_transactions_file`, typed.
    public func downloadTransactionsFile(_ params: DownloadTransactionsFileParams) throws -> Reply<Void> {
        try call(Ops.downloadTransactionsFile, params)
    }

    /// `create_settle_month_statement`, typed.
    public func createSettleMonthStatement(_ params: SettleMonthFile) throws -> Reply<SettleMonthFile> {
        try call(Ops.createSettleMonthStatement, params)
    }

    /// `download_settle_month_statement`, typed.
    public func downloadSettleMonthStatement(_ params: DownloadSettleMonthStatementParams) throws -> Reply<Void> {
        try call(Ops.downloadSettleMonthStatement, params)
    }

    /// `declare_again`, typed.
    public func declareAgain(_ params: DeclareAgainParams) throws -> Reply<DeclareAgain> {
        try call(Ops.declareAgain, params)
    }

    /// `create_async_refund_no_payment_id`, typed.
    public func createAsyncRefundNoPaymentId(_ params: AsyncRefund) throws -> CreateAsyncRefundNoPaymentIdReply {
        try call(Ops.createAsyncRefundNoPaymentId, params)
    }

    /// `query_async_refund_no_payment_id`, typed.
    public func queryAsyncRefundNoPaymentId(_ params: AsyncRefund) throws -> QueryAsyncRefundNoPaymentIdReply {
        try call(Ops.queryAsyncRefundNoPaymentId, params)
    }

    /// `apply_to_customs_no_payment_id`, typed.
    public func applyToCustomsNoPaymentId(_ params: CustomsDeclaration) throws -> Reply<CustomsDeclarationsResult> {
        try call(Ops.applyToCustomsNoPaymentId, params)
    }

    /// `query_customs_no_payment_id`, typed.
    public func queryCustomsNoPaymentId(_ params: CustomsDeclaration) throws -> Reply<CustomsDeclarationsResult> {
        try call(Ops.queryCustomsNoPaymentId, params)
    }

    /// `apply_to_ciq_no_payment_id`, typed.
    public func applyToCiqNoPaymentId(_ params: CiqDeclaration) throws -> Reply<CiqDeclarationsResult> {
        try call(Ops.applyToCiqNoPaymentId, params)
    }

    /// `query_ciq_no_payment_id`, typed.
    public func queryCiqNoPaymentId(_ params: CiqDeclaration) throws -> Reply<CiqDeclarationsResult> {
        try call(Ops.queryCiqNoPaymentId, params)
    }

    /// `declare_again_no_payment_id`, typed.
    public func declareAgainNoPaymentId(_ params: DeclareAgain) throws -> Reply<DeclareAgain> {
        try call(Ops.declareAgainNoPaymentId, params)
    }

    /// `bind_card_send_sms`, typed.
    public func bindCardSendSms(_ params: CardBinding) throws -> Reply<CardBinding> {
        try call(Ops.bindCardSendSms, params)
    }

    /// `bind_card_confirm`, typed.
    public func bindCardConfirm(_ params: CardBinding) throws -> Reply<CardBinding> {
        try call(Ops.bindCardConfirm, params)
    }

    /// `unbind_bank_agreement`, typed.
    public func unbindBankAgreement(_ params: UnbindBankAgreementParams) throws -> Reply<Void> {
        try call(Ops.unbindBankAgreement, params)
    }

    /// `update_express_info`, typed.
    public func updateExpressInfo(_ params: UpdateExpressInfoParams) throws -> UpdateExpressInfoReply {
        try call(Ops.updateExpressInfo, params)
    }

    /// `create_enterprise_qualification`, typed.
    public func createEnterpriseQualification(_ params: EnterpriseQualificationRequest) throws -> Reply<EnterpriseQualification> {
        try call(Ops.createEnterpriseQualification, params)
    }

    /// `get_enterprise_qualification`, typed.
    public func getEnterpriseQualification(_ params: GetEnterpriseQualificationParams) throws -> Reply<EnterpriseQualification> {
        try call(Ops.getEnterpriseQualification, params)
    }

    /// `send_payee_info`, typed.
    public func sendPayeeInfo(_ params: PayeeInfor) throws -> Reply<Void> {
        try call(Ops.sendPayeeInfo, params)
    }

    /// `send_order_item`, typed.
    public func sendOrderItem(_ params: OrderItem) throws -> Reply<Void> {
        try call(Ops.sendOrderItem, params)
    }

    /// `confirm_remittance`, typed.
    public func confirmRemittance(_ params: ConfirmPayment) throws -> Reply<Void> {
        try call(Ops.confirmRemittance, params)
    }

    /// `query_remittance_status`, typed.
    public func queryRemittanceStatus(_ params: QueryRemittanceStatusParams) throws -> Reply<PayRes> {
        try call(Ops.queryRemittanceStatus, params)
    }

    /// `create_tuition_order`, typed.
    public func createTuitionOrder(_ params: PayOrder) throws -> Reply<Void> {
        try call(Ops.createTuitionOrder, params)
    }

    /// `query_tuition_order`, typed.
    public func queryTuitionOrder(_ params: QueryTuitionOrderParams) throws -> Reply<PayQueryOrder> {
        try call(Ops.queryTuitionOrder, params)
    }

    /// `send_enterprise_qualification`, typed.
    public func sendEnterpriseQualification(_ params: SendEnterpriseQualification) throws -> Reply<Void> {
        try call(Ops.sendEnterpriseQualification, params)
    }

    /// `query_enterprise_qualification_report`, typed.
    public func queryEnterpriseQualificationReport(_ params: QueryEnterprise) throws -> Reply<QueryEnterpriseId> {
        try call(Ops.queryEnterpriseQualificationReport, params)
    }

    /// `send_b2b_outer_order_detail`, typed.
    public func sendB2bOuterOrderDetail(_ params: B2bOuterOrder) throws -> Reply<Void> {
        try call(Ops.sendB2bOuterOrderDetail, params)
    }

    /// `send_b2b_order`, typed.
    public func sendB2bOrder(_ params: PaymentSub) throws -> Reply<Void> {
        try call(Ops.sendB2bOrder, params)
    }

    /// `query_b2b_order`, typed.
    public func queryB2bOrder(_ params: QueryB2bOrderParams) throws -> Reply<QueryOrder> {
        try call(Ops.queryB2bOrder, params)
    }

    /// `download_reconciliation_statement_file_legacy`, typed.
    public func downloadReconciliationStatementFileLegacy(_ params: DownloadReconciliationStatementFileLegacyParams) throws -> Reply<Void> {
        try call(Ops.downloadReconciliationStatementFileLegacy, params)
    }

}
