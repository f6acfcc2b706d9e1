//! B2B trade detail and payment (004 §11.4-11.6): bodies are sent flat.

use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// B2B trade detail (004:L5178).
    pub struct B2bOuterOrder {
        /// Batch number.
        mer_batchno: String,
        /// Order id (wire key `mer_orderId`).
        #[serde(rename = "mer_orderId")]
        mer_order_id: String,
        /// Contract number.
        contract_no: String,
        /// `YYYYMMDD`.
        contract_date: String,
        /// A trans_code.
        business_code: String,
        /// Valuation.
        val_pattern: String,
        /// Currency.
        currency: String,
        /// Amount (wire key `Damount`).
        #[serde(rename = "Damount")]
        d_amount: String,
        /// `1`-`8`.
        order_sub_type: String,
        /// Logistics number.
        logistics_no: String,
    }
}

wire_struct! {
    /// B2B payment (004:L5192).
    pub struct PaymentSub {
        /// Batch number.
        mer_batchno: String,
        /// Payee account (encrypted).
        payee_account: SensitiveString,
        /// A trans_code.
        business_code: String,
        /// Currency.
        currency: String,
        /// Valuation.
        val_pattern: String,
        /// Postscript.
        remit_information: String,
        /// Amount (wire key `Oamount`).
        #[serde(rename = "Oamount")]
        o_amount: String,
        /// `FULL_AMOUNT` / `UN_FULL_AMOUNT`.
        cost_way: String,
    }
}

wire_struct! {
    /// B2B order status (004:L5204).
    pub struct QueryOrder {
        /// Trade number.
        trade_no: String,
        /// Fee.
        fee: String,
        /// Rate (foreign currency only).
        buy_rate: String,
        /// Amount paid.
        pay_amt: String,
        /// Payee account (plaintext here).
        payee_account: String,
        /// Payee name.
        payee_name: String,
        /// Currency.
        currency: String,
        /// `yyyy-MM-dd HH:mm:ss`.
        trace_date: String,
    }
}
