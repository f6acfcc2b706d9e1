//! Refunds (004:L4852-4870).

use super::common::Amount;
use super::enums::RefundState;
use super::payment::SubOrder;
use crate::wire_struct;

wire_struct! {
    /// A refund (004:L4852). Requests send `refund_info` and `notify_url` at the top level.
    pub struct Refund {
        /// `REFUND_…`.
        id: String,
        /// What is refunded.
        refund_info: RefundInfo,
        /// Where UMF posts the refund notification.
        notify_url: String,
        /// Refund state (absent in the asynchronous-refund response, K18).
        state: RefundState,
    }
}

wire_struct! {
    /// What a refund covers (004:L4861).
    pub struct RefundInfo {
        /// Unique per refund, 4-32.
        mer_reference_id: String,
        /// `YYYYMMDD`.
        mer_date: String,
        /// Must equal the sum of the sub-orders refunded.
        amount: Amount,
        /// 1-64.
        refund_summary: String,
        /// Sub-orders of the payment being refunded.
        sub_orders: Vec<SubOrder>,
    }
}
