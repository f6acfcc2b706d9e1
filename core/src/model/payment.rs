//! The payment object and everything inside it (004:L4640-4815, L4834-4957).
//!
//! Read leniently: camelCase twins of older documents (`bankCard`, `payerAgreement`,
//! `last_four_cardId`, `item_quantity`), the `"expire_time "` key with a trailing space (K04),
//! and both `bank_card` and `payer_agreement` present at once (K07).

use super::common::Amount;
use super::datetime::DateTimeText;
use super::enums::{BusinessType, InterfaceType, PaymentMethod, PaymentState};
use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// A payment (004:L4803).
    pub struct Payment {
        /// `PAY_…`, assigned by UMF.
        id: String,
        /// Who pays, and how.
        payer: Payer,
        /// What is paid for.
        order: Order,
        /// Payment state.
        state: PaymentState,
        /// Where UMF posts the result notification.
        notify_url: String,
        /// Where UMF's cashier page returns the browser.
        ret_url: String,
        /// When the money moved; any of the date-time shapes (K10).
        execute_success_time: DateTimeText,
        /// The merchant's date, `YYYYMMDD`.
        mer_check_date: String,
        /// UMF's settlement date, `YYYYMMDD`.
        settle_date: String,
        /// Risk data.
        risk_info: RiskInfo,
        /// `Y` when served from the US host (responses only).
        #[serde(rename = "is_from_US")]
        is_from_us: String,
        /// `Y`/`N` (create request only, 004:L2388).
        #[serde(rename = "subMchId_flag")]
        sub_mch_id_flag: String,
    }
}

wire_struct! {
    /// The payer (004:L4750).
    pub struct Payer {
        /// How the customer pays.
        payment_method: PaymentMethod,
        /// Bank code (required for `DIRECT_TO_BANK` with `NOT_APPLICABLE`).
        bank_code: String,
        /// The pay elements.
        payer_info: PayerInfo,
        /// Server-to-server, cashier page, H5 or direct-to-bank.
        interface_type: InterfaceType,
        /// `B2C` or `B2B`.
        business_type: BusinessType,
        /// The customer's id in the merchant's system.
        external_customer_id: String,
        /// B2B business elements (004:L4756).
        #[cfg_attr(feature = "tsify", tsify(type = "unknown"))]
        enterprise_qualification: serde_json::Value,
    }
}

wire_struct! {
    /// The payer's details and exactly one set of pay elements (004:L4795).
    pub struct PayerInfo {
        /// The payer's phone.
        phone: String,
        /// The payer's name (encrypted).
        name: SensitiveString,
        /// Card details for `CREDIT_CARD` / `DEBIT_CARD`.
        #[serde(alias = "bankCard")]
        bank_card: BankCard,
        /// A bound card instead of `bank_card`.
        #[serde(alias = "payerAgreement")]
        payer_agreement: PayerAgreement,
        /// `WECHAT_SCAN` / `ALIPAY_SCAN`.
        qr_code_scan: QrCodeScan,
        /// `WECHAT_IN_APP`.
        wechat_in_app: WechatInApp,
        /// `WECHAT_WEB`.
        wechat_in_app_web: WechatInAppWeb,
        /// `WECHAT_H5` (the wire key has an upper-case `H`).
        #[serde(rename = "wechat_H5", alias = "wechat_h5")]
        wechat_h5: WechatH5,
    }
}

wire_struct! {
    /// Card pay elements (004:L4640). Five fields are encrypted with the UMF key.
    pub struct BankCard {
        /// Card number (encrypted).
        number: SensitiveString,
        /// Expiry `YYMM`, credit cards (encrypted).
        valid_date: SensitiveString,
        /// CVV2, credit cards (encrypted).
        cvv2: SensitiveString,
        /// Card-holder name (encrypted).
        payer_name: SensitiveString,
        /// Phone registered with the issuer; the SMS goes there.
        phone: String,
        /// `IDENTITY_CARD` (`"1"` in older examples).
        citizen_id_type: String,
        /// Chinese ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// The SMS code, 4-8 digits (execute only).
        verify_code: String,
        /// The merchant's customer id; in 003's examples only (003:L335, API.md §3).
        mer_cust_id: String,
        /// The customer's id in the merchant's system; in 003's examples only (003:L448).
        external_customer_id: String,
    }
}

wire_struct! {
    /// A bound card used instead of `bank_card` (004:L4773).
    pub struct PayerAgreement {
        /// Unique per user of a merchant.
        usr_busi_agreement_id: String,
        /// Unique per card of that user.
        usr_pay_agreement_id: String,
        /// Bank code.
        gate_id: String,
        /// Last four card digits.
        #[serde(alias = "last_four_cardId")]
        last_four_cardid: String,
        /// Expiry (encrypted).
        valid_date: SensitiveString,
        /// CVV2 (encrypted).
        cvv2: SensitiveString,
        /// SMS code.
        verify_code: String,
        /// Phone of the bound card (agreement queries, 004:L2991).
        phone: String,
        /// In 003's examples only, always empty (003:L338).
        agreement_id: String,
        /// In 003's examples only, always empty (003:L339).
        busi_agreement_id: String,
    }
}

wire_struct! {
    /// QR pay elements (004:L4834).
    pub struct QrCodeScan {
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// Response: the QR content to render.
        qr_code_url: String,
    }
}

wire_struct! {
    /// Parameters for WeChat's JS-API or native SDK (004:L4784).
    pub struct PayInfo {
        /// Official-account app id.
        app_id: String,
        /// Unix seconds as a string in the examples.
        time_stamp: String,
        /// `MD5`.
        sign_type: String,
        /// `prepay_id=…`.
        package: String,
        /// Random string.
        nonce_str: String,
        /// WeChat's signature.
        pay_sign: String,
    }
}

wire_struct! {
    /// WeChat in-app pay elements (004:L4936).
    pub struct WechatInApp {
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// The merchant app's WeChat id (examples, 004:L1284).
        app_id: String,
        /// Response: what the app hands to WeChat.
        pay_info: PayInfo,
    }
}

wire_struct! {
    /// WeChat official-account pay elements (004:L4943).
    pub struct WechatInAppWeb {
        /// WeChat OpenID (from `get_wechat_openid_url`).
        open_id: String,
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// The merchant's own official-account id, when used.
        app_id: String,
        /// Response: what the page hands to WeChat's JS-API.
        pay_info: PayInfo,
    }
}

wire_struct! {
    /// WeChat H5 pay elements (004:L4951).
    pub struct WechatH5 {
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// Response: URL-encoded H5 URL (the example key is `wechat_H5_url`).
        #[serde(alias = "wechat_H5_url")]
        wechat_h5_url: String,
    }
}

wire_struct! {
    /// The order (004:L4720).
    pub struct Order {
        /// Order total.
        amount: Amount,
        /// Minutes in requests; a date-time, an echo or empty in responses (K09).
        #[serde(alias = "expire_time ")]
        expire_time: String,
        /// The merchant's order id, 4-32; paid at most once.
        mer_reference_id: String,
        /// `YYYYMMDD`.
        mer_date: String,
        /// 1-32.
        order_summary: String,
        /// Sub-merchant id.
        sub_mer_id: String,
        /// One goods type per sub-order.
        sub_orders: Vec<SubOrder>,
        /// The customer's IP.
        user_ip: String,
        /// `Y`/`N`: whether to verify by SMS.
        if_sms: String,
        /// Tuition: school city.
        school_locate_city: String,
        /// Tuition: school name.
        school_name: String,
        /// Tuition: student name (encrypted).
        student_name: SensitiveString,
        /// Tuition: admission letter or student id.
        student_id: String,
        /// Tuition: enrolment date.
        enrollment_date: String,
        /// File name from `upload_file`.
        student_identity_filename: String,
        /// File name from `upload_file`.
        student_id_filename: String,
        /// File name from `upload_file`.
        tuition_pay_filename: String,
        /// Merchant's private data (notifications).
        mer_priv: String,
        /// Who verified the payer (notifications).
        verify_department: String,
        /// Trace at the verifying department.
        verify_department_pay_trace: String,
    }
}

wire_struct! {
    /// A sub-order (004:L4915).
    pub struct SubOrder {
        /// 4-16; UMF generates one when omitted (K17).
        mer_sub_reference_id: String,
        /// Sub-order total.
        amount: Amount,
        /// 1-32.
        order_summary: String,
        /// Transaction code (API.md §4.1).
        trans_code: String,
        /// `TRUE`/`FALSE`.
        is_customs: String,
        /// 1-20.
        invoice_id: String,
        /// Items; required for goods trades.
        items: Vec<Item>,
        /// Set by UMF.
        sub_customs_trace: String,
        /// Courier and number (update_express_info only).
        tracking_number: String,
        /// Undocumented (examples only, 004:L621).
        sub_trans_type: String,
    }
}

wire_struct! {
    /// An item (004:L4696).
    pub struct Item {
        /// 1-32.
        mer_item_id: String,
        /// `CLOTHING`, `FOOD`, ... (the wire key is `type`).
        #[serde(rename = "type")]
        item_type: String,
        /// 1-256.
        name: String,
        /// 1-64.
        description: String,
        /// Line total in practice (API.md Q10).
        amount: Amount,
        /// At most 2 characters (`item_quantity` in older documents).
        #[serde(alias = "item_quantity")]
        quantity: String,
    }
}

wire_struct! {
    /// Risk data (004:L4882). Every value is a string; the misspellings are the wire names.
    pub struct RiskInfo {
        /// `0` virtual, `1` physical, `2` air ticket, `3` electronic.
        goods_type: String,
        /// `0`/`1`.
        real_name: String,
        /// `3` cross-border (examples send `Y`).
        business_type: String,
        /// `01` deposit, `02` purchase.
        trans_type: String,
        /// Required when goods_type is 1 or 3.
        receiver_name: String,
        /// Required when goods_type is 1 or 3 (sic).
        receiver_moblie_id: String,
        /// Required when goods_type is 1 or 3.
        receiver_address: String,
        /// Registrant's ID number, required when real_name is 1.
        registration_identify_code: String,
        /// Optional.
        registration_email: String,
        /// Optional (sic).
        registration_moblie_id: String,
        /// MAC address or terminal id.
        device_id: String,
        /// Must not be blank for web.
        device_type: String,
        /// Optional.
        user_id: String,
        /// `yyyyMMddHHmmss`.
        registration_time: String,
        /// `1`-`4`.
        user_agent: String,
        /// Optional.
        success_transactions_number: String,
        /// `0`/`1`.
        is_receiver_bank_num: String,
        /// Days since registration.
        registration_days: String,
    }
}
