//! Field rules per operation, from the object definitions of API.md §3 (004:L4622-5215) and the
//! parameter tables of each section. One list per operation; lists shared by several
//! operations are named once.

use super::Check::{self, *};
use super::Rule;
use crate::model::reference::{CIQ_CODES, COUNTRIES, CURRENCIES, CUSTOMS_IDS};
use crate::model::{BusinessType, InterfaceType, PaymentMethod};

macro_rules! rules {
    ($($path:literal => [$($check:expr),* $(,)?]),* $(,)?) => {
        &[$(Rule { path: $path, checks: &[$($check),*] }),*]
    };
}

const ID_TYPES: Check = OneOf(&["IDENTITY_CARD", "1"]); // "1" in the examples (K46)
const CURRENCY: Check = OneOf(CURRENCIES);
const YES_NO: Check = OneOf(&["Y", "N"]);
const TRUE_FALSE: Check = OneOfIgnoreCase(&["TRUE", "FALSE"]); // "False" in the examples (K47)
const CARD_TYPES: Check = OneOf(&["CREDIT_CARD", "DEBIT_CARD"]);
const VAL_PATTERN: Check = OneOf(&["CNY_VALUATION", "FOREIGN_VALUATION"]);
const VAL_PATTERN_B2B: Check = OneOf(&["CNY_VALUATION", "FOREIGN_VALUATION", "RMB_PAYMENT"]);
const COST_WAY: Check = OneOf(&["FULL_AMOUNT", "UN_FULL_AMOUNT"]);
const ITEM_TYPES: Check = OneOf(&[
    "CLOTHING",
    "FOOD",
    "ELECTRONIC",
    "COSMETIC",
    "HOUSEHOLD_ITEMS",
]);
/// Yuan amounts of the remittance and B2B objects: "at most 20/12 characters, in yuan".
const YUAN: Check = Decimal(17, 2);

/// Creating a payment needs the method; the SMS and execute steps repeat it (K58), and 003's
/// examples leave it out there.
pub(crate) const PAYER_CREATE: &[Rule] = rules! { "payer.payment_method" => [Required] };

pub(crate) const PAYER: &[Rule] = rules! {
    "payer" => [Required, Object],
    "payer.payment_method" => [OneOf(PaymentMethod::ALL)],
    "payer.interface_type" => [OneOf(InterfaceType::ALL)],
    "payer.business_type" => [OneOf(BusinessType::ALL)],
    "payer.external_customer_id" => [Len(1, 32)],
    "payer.bank_code" => [Len(1, 16)],
    "payer.payer_info" => [Object],
    "payer.payer_info.phone" => [Len(1, 20)],
    "payer.payer_info.name" => [Len(1, 128)],
    "payer.payer_info.bank_card" => [Object],
    "payer.payer_info.bank_card.number" => [Digits(12, 19)],
    "payer.payer_info.bank_card.valid_date" => [Digits(4, 4)],
    "payer.payer_info.bank_card.cvv2" => [Digits(3, 4)],
    "payer.payer_info.bank_card.payer_name" => [Len(1, 128)],
    "payer.payer_info.bank_card.phone" => [Len(1, 20)],
    "payer.payer_info.bank_card.citizen_id_type" => [ID_TYPES],
    "payer.payer_info.bank_card.citizen_id_number" => [Len(15, 18)],
    "payer.payer_info.bank_card.verify_code" => [Digits(4, 8)],
    "payer.payer_info.payer_agreement" => [Object],
    "payer.payer_info.payer_agreement.usr_busi_agreement_id" => [Len(1, 64)],
    "payer.payer_info.payer_agreement.usr_pay_agreement_id" => [Len(1, 64)],
    "payer.payer_info.payer_agreement.valid_date" => [Digits(4, 4)],
    "payer.payer_info.payer_agreement.cvv2" => [Digits(3, 4)],
    "payer.payer_info.payer_agreement.verify_code" => [Digits(4, 8)],
    "payer.payer_info.qr_code_scan.citizen_id_type" => [ID_TYPES],
    "payer.payer_info.qr_code_scan.citizen_id_number" => [Len(15, 18)],
    "payer.payer_info.wechat_in_app.citizen_id_type" => [ID_TYPES],
    "payer.payer_info.wechat_in_app.citizen_id_number" => [Len(15, 18)],
    "payer.payer_info.wechat_in_app_web.open_id" => [Len(1, 128)],
    "payer.payer_info.wechat_in_app_web.citizen_id_type" => [ID_TYPES],
    "payer.payer_info.wechat_in_app_web.citizen_id_number" => [Len(15, 18)],
    "payer.payer_info.wechat_H5.citizen_id_type" => [ID_TYPES],
    "payer.payer_info.wechat_H5.citizen_id_number" => [Len(15, 18)],
};

pub(crate) const ORDER: &[Rule] = rules! {
    "order" => [Required, Object],
    "order.amount" => [Required, Object],
    "order.amount.total" => [Required, Amount],
    "order.amount.currency" => [Required, CURRENCY],
    "order.amount.total_cny" => [Amount],
    "order.mer_reference_id" => [Required, Len(4, 32)],
    "order.mer_date" => [Required, Date],
    "order.order_summary" => [Len(1, 32)],
    "order.expire_time" => [Digits(1, 6)], // minutes (004:L4725)
    "order.sub_mer_id" => [Len(1, 32)], // documented 1-8; the example sends 12 (K53)
    "order.user_ip" => [Len(1, 64)],
    "order.if_sms" => [YES_NO],
    "order.school_locate_city" => [Len(1, 255)],
    "order.school_name" => [Len(1, 127)],
    "order.student_name" => [Len(1, 255)],
    "order.student_id" => [Len(1, 65)],
    "order.enrollment_date" => [Len(1, 8)],
    "order.student_identity_filename" => [Len(1, 127)],
    "order.student_id_filename" => [Len(1, 127)],
    "order.tuition_pay_filename" => [Len(1, 127)],
    "order.sub_orders" => [Array],
    // Documented 4-16; the examples send up to 20 (004:L594, L1457).
    "order.sub_orders[].mer_sub_reference_id" => [Len(1, 32)],
    "order.sub_orders[].amount" => [Required, Object],
    "order.sub_orders[].amount.total" => [Required, Amount],
    "order.sub_orders[].amount.currency" => [CURRENCY],
    "order.sub_orders[].order_summary" => [Len(1, 32)],
    "order.sub_orders[].trans_code" => [TransCode],
    "order.sub_orders[].is_customs" => [TRUE_FALSE],
    "order.sub_orders[].invoice_id" => [Len(1, 20)],
    "order.sub_orders[].items" => [Array],
    "order.sub_orders[].items[].mer_item_id" => [Required, Len(1, 32)],
    "order.sub_orders[].items[].type" => [ITEM_TYPES],
    "order.sub_orders[].items[].name" => [Len(1, 256)],
    "order.sub_orders[].items[].description" => [Len(1, 64)],
    "order.sub_orders[].items[].quantity" => [Digits(1, 2)],
    "order.sub_orders[].items[].amount.total" => [Amount],
    "order.sub_orders[].items[].amount.currency" => [CURRENCY],
};

pub(crate) const PAYMENT_TOP: &[Rule] = rules! {
    "notify_url" => [Len(1, 256)],
    "ret_url" => [Len(1, 256)],
    "subMchId_flag" => [YES_NO],
};

pub(crate) const RISK: &[Rule] = rules! {
    "risk_info" => [Object],
    "risk_info.goods_type" => [OneOf(&["0", "1", "2", "3"])],
    "risk_info.real_name" => [OneOf(&["0", "1"])],
    // Documented `3`; every example sends `Y` (K48), which UMF evidently accepts.
    "risk_info.business_type" => [OneOf(&["3", "Y"])],
    "risk_info.trans_type" => [OneOf(&["01", "02"])],
    "risk_info.user_agent" => [OneOf(&["1", "2", "3", "4"])],
    "risk_info.is_receiver_bank_num" => [OneOf(&["0", "1"])],
    "risk_info.registration_time" => [DateTimeCompact],
    "risk_info.receiver_name" => [Len(1, 256)],
    "risk_info.receiver_address" => [Len(1, 256)],
};

pub(crate) const REFUND: &[Rule] = rules! {
    "refund_info" => [Object],
    "refund_info.mer_reference_id" => [Required, Len(4, 32)],
    "refund_info.mer_date" => [Date],
    "refund_info.amount" => [Required, Object],
    "refund_info.amount.total" => [Required, Amount],
    "refund_info.amount.currency" => [Required, CURRENCY],
    "refund_info.refund_summary" => [Len(1, 64)],
    "refund_info.sub_orders" => [Array],
    // Documented 4-16; 004:L1807 sends 24 characters.
    "refund_info.sub_orders[].mer_sub_reference_id" => [Required, Len(1, 32)],
    "refund_info.sub_orders[].amount.total" => [Required, Amount],
    "refund_info.sub_orders[].amount.currency" => [CURRENCY],
    "refund_info.sub_orders[].trans_code" => [TransCode],
    "refund_info.sub_orders[].items[].mer_item_id" => [Required, Len(1, 32)],
    "notify_url" => [Len(1, 256)],
};

/// 003's refund form (`org_amount` + `orders[]`, 003:L662-722), still accepted by
/// `create_refund`; `cross` requires `refund_info` or `orders`.
pub(crate) const REFUND_003: &[Rule] = rules! {
    "org_amount.total" => [Amount],
    "orders" => [Array],
    "orders[].mer_reference_id" => [Required, Len(4, 32)],
    "orders[].mer_date" => [Date],
};

pub(crate) const REFUND_INFO_REQUIRED: &[Rule] = rules! { "refund_info" => [Required] };

pub(crate) const REFUND_DATED: &[Rule] = rules! { "refund_info.mer_date" => [Required, Date] };

pub(crate) const UNBIND: &[Rule] = rules! {
    "external_customer_id" => [Required, Len(1, 32)],
    "payer_agreements" => [Required, Array],
    "payer_agreements[].usr_pay_agreement_id" => [Required, Len(1, 64)],
    "payer_agreements[].usr_busi_agreement_id" => [Required, Len(1, 64)],
};

pub(crate) const CUSTOMS: &[Rule] = rules! {
    "customs_id" => [Required, OneOf(CUSTOMS_IDS)],
    "mer_customs_code" => [Required, Len(1, 15)],
    "ec_plat_id" => [Required, Len(4, 60)],
    "notify_url" => [Len(1, 256)],
    "freight_amount.total" => [Decimal(10, 2)],
    "freight_amount.currency" => [CURRENCY],
    "tax_amount.total" => [Decimal(10, 2)],
    "tax_amount.currency" => [CURRENCY],
    "sub_order_amount.total" => [Decimal(10, 2)],
    "sub_order_amount.currency" => [CURRENCY],
    "sub_order" => [Required, Object],
    "sub_order.mer_sub_reference_id" => [Required, Len(1, 16)],
    "sub_order.items" => [Array],
    "sub_order.items[].mer_item_id" => [Required, Len(1, 32)],
};

pub(crate) const SUB_ORDER_REF: &[Rule] = rules! {
    "sub_order" => [Required, Object],
    "sub_order.mer_sub_reference_id" => [Required, Len(1, 16)],
};

pub(crate) const MER_DATE: &[Rule] = rules! { "mer_date" => [Required, Date] };

pub(crate) const CIQ: &[Rule] = rules! {
    "ciq_code" => [Required, OneOf(CIQ_CODES)],
    "plat_supplier_no" => [Required, Len(4, 60)],
};

pub(crate) const BIND_CARD: &[Rule] = rules! {
    "external_customer_id" => [Required, Len(1, 32)],
    "payer_info" => [Required, Object],
    "payer_info.bank_card" => [Required, Object],
    "payer_info.bank_card.number" => [Required, Digits(12, 19)],
    "payer_info.bank_card.citizen_id_number" => [Len(15, 18)],
    "payer_info.bank_card.citizen_id_type" => [ID_TYPES],
    "payer_info.bank_card.payer_name" => [Len(1, 128)],
    "payer_info.bank_card.phone" => [Len(1, 20)],
    "payer_info.bank_card.valid_date" => [Digits(4, 4)],
    "payer_info.bank_card.cvv2" => [Digits(3, 4)],
    "payer_info.bank_card.verify_code" => [Digits(4, 8)],
};

pub(crate) const BIND_CONFIRM: &[Rule] =
    rules! { "payer_info.bank_card.verify_code" => [Required] };

pub(crate) const PAGES: &[Rule] = rules! {
    "query.page_number" => [Digits(1, 7)],
    "query.page_size" => [Digits(1, 3)],
};

pub(crate) const PAYEE: &[Rule] = rules! {
    "payee_account" => [Required, Len(1, 32)],
    "payee_name" => [Required],
    "payee_address" => [Required],
    "payee_swift" => [Required, Len(8, 11)],
    "iban" => [Len(1, 32)],
    "payee_bank_name" => [Len(1, 32)],
    "payee_bank_address" => [Len(1, 128)],
    "payee_country" => [Required, OneOf(COUNTRIES)],
};

pub(crate) const ORDER_ITEM: &[Rule] = rules! {
    "mer_batchno" => [Required, Len(1, 16)],
    "business_code" => [Required, TransCode],
    "currency" => [Required, CURRENCY],
    "mer_orderId" => [Required, Len(1, 64)],
    "goods_type" => [Required, Len(1, 32)],
    "goods_name" => [Required, Len(1, 256)],
    "goods_unitPrice" => [Required, YUAN],
    "goods_sum" => [Required, Digits(1, 8)],
    "Damount" => [Required, YUAN],
    "payer_name" => [Required],
    "payer_IDCard" => [Required, Len(18, 18)], // 18-digit ID only (004:L5072)
    "payer_phone" => [Required, Len(1, 16)],
    "order_time" => [Required, DateTimeSpaced],
    "pay_time" => [Required, DateTimeSpaced],
    "logistics_no" => [Required, Len(1, 64)],
    "val_pattern" => [Required, VAL_PATTERN],
};

pub(crate) const CONFIRM_PAYMENT: &[Rule] = rules! {
    "mer_batchno" => [Required, Len(1, 16)],
    "payee_account" => [Required],
    "val_pattern" => [Required, VAL_PATTERN],
    "currency" => [Required, CURRENCY],
    "Oamount" => [Required, YUAN],
    "remit_information" => [Len(1, 64)],
    "cost_way" => [Required, COST_WAY],
    "business_code" => [Required, TransCode],
};

pub(crate) const PAY_ORDER: &[Rule] = rules! {
    "mer_order_id" => [Required, Len(4, 32)],
    "trade_no" => [Required, Len(24, 27)],
    "currency" => [Required, CURRENCY],
    "Oamount" => [Required, Decimal(10, 2)],
    "payer_name" => [Required],
    "payer_id_card" => [Required],
    "payer_phone" => [Len(1, 16)],
    "pri_currency" => [CURRENCY],
    "pri_amount" => [Decimal(10, 2)],
    "school_name" => [Len(1, 256)],
    "school_address" => [Len(1, 256)],
    "school_country" => [Len(1, 256)],
    "oper_status" => [Len(1, 4)],
    "oper_msg" => [Len(1, 256)],
    "verify_status" => [Len(1, 4)],
    "status" => [Len(1, 4)],
    "rec_status" => [Len(1, 4)],
    "file_path" => [Len(1, 256)],
};

pub(crate) const ENTERPRISE_DECLARATION: &[Rule] = rules! {
    "cust_code" => [Required, Len(1, 18)],
    "cust_name" => [Required, Len(1, 128)],
    "area_code" => [Required, Digits(6, 6)],
    "cust_addr" => [Len(1, 200)],
    "industry_code" => [Required, Len(4, 4)],
    "attr_code" => [Required, Len(3, 3)],
    "country_code" => [Required, OneOf(COUNTRIES)],
    "is_tax_free" => [Required, YES_NO],
    "tax_free_code" => [Required, Len(2, 2)],
    "rep_nm" => [Len(1, 128)],
    "cert_type" => [Len(1, 2)],
    "cert_num" => [Len(1, 18)],
    "phone" => [Len(1, 11)],
    "cont_aact" => [Required, Len(1, 18)],
    "company_phone" => [Required, Len(1, 11)],
};

pub(crate) const ENTERPRISE_QUERY: &[Rule] = rules! {
    "cust_code" => [Required, Len(1, 18)],
    "cust_name" => [Len(1, 128)],
};

pub(crate) const ENTERPRISE_QUALIFICATION: &[Rule] = rules! {
    "enterprise_qualification" => [Required, Object],
    "enterprise_qualification.external_enterprise_id" => [Required, Len(1, 16)],
    "enterprise_qualification.enterprise_name" => [Required, Len(1, 256)],
    "enterprise_qualification.enterprise_phone" => [Len(1, 20)],
    "enterprise_qualification.enterprise_email" => [Len(3, 128)],
    "enterprise_qualification.enterprise_contact" => [Len(1, 128)],
    "enterprise_qualification.busi_type" => [Required, OneOf(&["SJHG", "GFHG"])],
    "enterprise_qualification.enterprise_code" => [Required, Len(8, 18)],
};

pub(crate) const B2B_OUTER: &[Rule] = rules! {
    "mer_batchno" => [Required, Len(1, 16)],
    "mer_orderId" => [Required, Len(1, 64)],
    "contract_no" => [Len(1, 128)],
    "contract_date" => [Date],
    "business_code" => [Required, TransCode],
    "val_pattern" => [Required, VAL_PATTERN_B2B],
    "currency" => [Required, CURRENCY],
    "Damount" => [Required, Decimal(10, 2)],
    "order_sub_type" => [OneOf(&["1", "2", "3", "4", "5", "6", "7", "8"])],
    "logistics_no" => [Len(1, 64)],
};

pub(crate) const PAYMENT_SUB: &[Rule] = rules! {
    "mer_batchno" => [Required, Len(1, 16)],
    "payee_account" => [Required],
    "business_code" => [Required, TransCode],
    "currency" => [Required, CURRENCY],
    "val_pattern" => [Required, VAL_PATTERN_B2B],
    "remit_information" => [Len(1, 64)],
    "Oamount" => [Required, Decimal(10, 2)],
    "cost_way" => [Required, COST_WAY],
};

pub(crate) const EXPRESS: &[Rule] = rules! {
    "order" => [Required, Object],
    "order.sub_orders" => [Required, Array],
    "order.sub_orders[].mer_sub_reference_id" => [Required, Len(1, 16)],
    "order.sub_orders[].tracking_number" => [Required, Len(1, 64)],
};

pub(crate) const UPLOAD: &[Rule] = rules! {
    "file_name" => [Required, Len(1, 127)],
    "content_base64" => [Required],
};

pub(crate) const LIST_BANKS: &[Rule] = rules! { "query.type" => [CARD_TYPES] };

pub(crate) const GET_WECHAT_OPENID_URL: &[Rule] = rules! { "query.notify_url" => [Len(1, 256)] };

pub(crate) const GET_EXCHANGE_RATE: &[Rule] = rules! { "query.currency" => [CURRENCY] };

pub(crate) const QUERY_AGREEMENTS: &[Rule] = rules! { "query.bank_type" => [CARD_TYPES] };

pub(crate) const QUERY_CUSTOMS_NO_PAYMENT_ID: &[Rule] = rules! { "is_customs" => [TRUE_FALSE] };

pub(crate) const GET_RECONCILIATION_STATEMENT: &[Rule] = rules! { "query.settle_date" => [Date] };

pub(crate) const LIST_TRANSACTIONS: &[Rule] = rules! { "query.mer_date" => [Date] };

pub(crate) const DOWNLOAD_SETTLEMENT_FILE: &[Rule] = rules! { "query.settle_date" => [Date] };

pub(crate) const DOWNLOAD_RECONCILIATION_STATEMENT_FILE_LEGACY: &[Rule] =
    rules! { "query.mer_date" => [Date] };

pub(crate) const CREATE_SETTLE_MONTH_STATEMENT: &[Rule] =
    rules! { "settle_month" => [Required, Month] };

pub(crate) const CREATE_ASYNC_REFUND_NO_PAYMENT_ID: &[Rule] =
    rules! { "mer_refund_id" => [Required, Len(1, 32)] };

pub(crate) const QUERY_ASYNC_REFUND_NO_PAYMENT_ID: &[Rule] =
    rules! { "mer_refund_id" => [Required, Len(1, 32)] };

pub(crate) const DECLARE_AGAIN_NO_PAYMENT_ID: &[Rule] = rules! {
    "mer_reference_id" => [Required, Len(4, 32)],
    "declare_type" => [Required, OneOf(&["0", "1"])],
};
