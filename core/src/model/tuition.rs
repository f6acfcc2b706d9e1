//! Tuition and transfer orders (004 §10): bodies are sent flat.

use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// A tuition or transfer order (004:L5099).
    pub struct PayOrder {
        /// Unique order id, 4-32.
        mer_order_id: String,
        /// Postscript starting with `USD`, 24-27 characters.
        trade_no: String,
        /// Order currency.
        currency: String,
        /// Order amount (wire key `Oamount`).
        #[serde(rename = "Oamount")]
        o_amount: String,
        /// Payer name (encrypted).
        payer_name: SensitiveString,
        /// Payer ID (encrypted).
        payer_id_card: SensitiveString,
        /// Phone registered with the bank.
        payer_phone: String,
        /// Payment currency.
        pri_currency: String,
        /// Payment amount.
        pri_amount: String,
        /// School name.
        school_name: String,
        /// School address.
        school_address: String,
        /// School country.
        school_country: String,
        /// Review status.
        oper_status: String,
        /// Review message.
        oper_msg: String,
        /// AML status.
        verify_status: String,
        /// Status.
        status: String,
        /// Top-up status.
        rec_status: String,
        /// From `upload_payment_files`.
        file_path: String,
    }
}

wire_struct! {
    /// Result of `upload_payment_files` (key `payOrder`).
    pub struct PayOrderFile {
        /// `FILE_PATH_…`.
        file_path: String,
    }
}

wire_struct! {
    /// Tuition order status (004:L5121).
    pub struct PayQueryOrder {
        /// `0`, `1`, `2`.
        rec_status: String,
        /// The order (note the spelling).
        #[serde(alias = "mer_orderId", alias = "mer_order_id")]
        mer_orderid: String,
        /// AML status.
        verify_status: String,
        /// Review status.
        oper_status: String,
        /// Review message.
        oper_msg: String,
        /// Fee.
        fee: String,
        /// Payment status.
        pay_status: String,
    }
}
