//! Small result objects: balance, monthly statement file, uploads.

use crate::wire_struct;

wire_struct! {
    /// The refundable balance (004:L5028), in CNY yuan.
    pub struct AccountBalance {
        /// Balance.
        balance: super::Decimal,
    }
}

wire_struct! {
    /// A monthly settlement statement being generated (004:L4958).
    pub struct SettleMonthFile {
        /// `yyyyMM`.
        settle_month: String,
    }
}
