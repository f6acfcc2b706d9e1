//! Refunds (004:L4852-4870).

use super::common::Amount;
use super::datetime::DateTimeText;
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

wire_struct! {
    /// One refund of a payment, as `self_payment_refund` lists it (004:L2955-2974).
    pub struct RefundRecord {
        /// Amount refunded.
        amount: Amount,
        /// When.
        refund_time: DateTimeText,
        /// State.
        refund_state: RefundState,
        /// The refund's merchant reference.
        mer_reference_id: String,
    }
}

wire_struct! {
    /// The `refund` member of `get_payment_with_refunds`.
    pub struct RefundRecords {
        /// Every refund of the payment.
        refund_infos: Vec<RefundRecord>,
    }
}

wire_struct! {
    /// An asynchronous refund identified by the merchant's refund id (004:L3780, L3831).
    pub struct AsyncRefund {
        /// The merchant's refund id.
        mer_refund_id: String,
        /// What is refunded.
        refund_info: RefundInfo,
        /// Where UMF posts the refund notification (request).
        notify_url: String,
        /// State (query response).
        state: RefundState,
    }
}
