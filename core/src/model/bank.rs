//! Banks and card BIN results (004:L4630).

use crate::wire_struct;

wire_struct! {
    /// A bank in the merchant's contract, or a card-BIN answer.
    pub struct Bank {
        /// English full name.
        name: String,
        /// Chinese name.
        name_zh: String,
        /// Bank code (API.md §4.2).
        code: String,
        /// Logo URL (examples use `"baidu"` and `""`).
        logo_url: String,
        /// `CREDIT_CARD`, `DEBIT_CARD` (the key is `type` in 003).
        #[serde(alias = "type")]
        types: Vec<String>,
        /// `Y`/`N`: whether the card is supported (card BIN only).
        is_support: String,
    }
}
