//! Remittance to an overseas payee (004 §9, §11.3): bodies are sent flat.

use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// The payee (004:L5046).
    pub struct PayeeInfor {
        /// Account, at most 32 (encrypted).
        payee_account: SensitiveString,
        /// Name (encrypted); name plus address at most 130 characters.
        payee_name: SensitiveString,
        /// Address (encrypted).
        payee_address: SensitiveString,
        /// SWIFT, 8 or 11 characters (encrypted).
        payee_swift: SensitiveString,
        /// IBAN, replaces the account when given (encrypted).
        iban: SensitiveString,
        /// Bank name.
        payee_bank_name: String,
        /// Bank address.
        payee_bank_address: String,
        /// Alpha-3 country.
        payee_country: String,
    }
}

wire_struct! {
    /// Trade detail (004:L5058); every field is required.
    pub struct OrderItem {
        /// Batch number, unique, at most 16.
        mer_batchno: String,
        /// A trans_code, at most 8.
        business_code: String,
        /// Currency.
        currency: String,
        /// Order id, at most 64 (wire key `mer_orderId`).
        #[serde(rename = "mer_orderId")]
        mer_order_id: String,
        /// Goods type.
        goods_type: String,
        /// Goods name.
        goods_name: String,
        /// Unit price in yuan (wire key `goods_unitPrice`).
        #[serde(rename = "goods_unitPrice")]
        goods_unit_price: String,
        /// Quantity.
        goods_sum: String,
        /// Unit price × quantity, in yuan (wire key `Damount`).
        #[serde(rename = "Damount")]
        d_amount: String,
        /// Payer name (encrypted).
        payer_name: SensitiveString,
        /// 18-digit ID (encrypted; wire key `payer_IDCard`).
        #[serde(rename = "payer_IDCard")]
        payer_id_card: SensitiveString,
        /// Payer phone.
        payer_phone: String,
        /// `yyyy-MM-dd HH:mm:ss`, different from `pay_time`.
        order_time: String,
        /// `yyyy-MM-dd HH:mm:ss`.
        pay_time: String,
        /// Logistics number.
        logistics_no: String,
        /// `CNY_VALUATION` or `FOREIGN_VALUATION`.
        val_pattern: String,
    }
}

wire_struct! {
    /// Remittance confirmation (004:L5079).
    pub struct ConfirmPayment {
        /// Batch number.
        mer_batchno: String,
        /// Payee account (encrypted).
        payee_account: SensitiveString,
        /// Valuation.
        val_pattern: String,
        /// Currency.
        currency: String,
        /// Amount in yuan (wire key `Oamount`).
        #[serde(rename = "Oamount")]
        o_amount: String,
        /// Postscript, at most 64.
        remit_information: String,
        /// `FULL_AMOUNT` / `UN_FULL_AMOUNT`.
        cost_way: String,
        /// A trans_code.
        business_code: String,
    }
}

wire_struct! {
    /// Remittance result (004:L5093).
    pub struct PayRes {
        /// Fee in yuan.
        transfer_fee: String,
        /// Rate (documented as a fee).
        exchange_rate: String,
    }
}
