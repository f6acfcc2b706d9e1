//! Reconciliation statements, transaction lists and their pages (004:L4743, L4818-4935).

use super::common::Amount;
use super::datetime::DateTimeText;
use super::enums::{PaymentState, RefundState};
use crate::wire_struct;

wire_struct! {
    /// A page of a paginated query (004:L4743). Strings in one example, numbers in another.
    pub struct Pagination {
        /// Total number of records.
        total_count: u64,
        /// Page number, from 1.
        page_number: u64,
        /// Records per page (at most 999; default 500).
        page_size: u64,
    }
}

impl Pagination {
    /// The next page number, or `None` when this is the last page (API.md Q24:
    /// `page_number * page_size >= total_count`). Missing fields end the iteration.
    pub fn next_page(&self) -> Option<u64> {
        let (total, page, size) = (self.total_count?, self.page_number?, self.page_size?);
        if size == 0 || page.saturating_mul(size) >= total {
            None
        } else {
            Some(page + 1)
        }
    }
}

wire_struct! {
    /// One payment in a statement or transaction list (004:L4818).
    pub struct PaymentSummary {
        /// `PAY_…`.
        payment_id: String,
        /// Transactions only.
        phone_number: String,
        /// `YYYYMMDD`.
        order_date: String,
        /// The merchant's order id.
        mer_reference_id: String,
        /// Amounts (numbers in the transactions example).
        amount: Amount,
        /// `YYYYMMDD`.
        settle_date: String,
        /// When it completed.
        execute_success_time: DateTimeText,
        /// Payment state.
        state: PaymentState,
        /// Product (`PaymentGateway-Debitcard`).
        product_id: String,
        /// CNY fee (reconciliations).
        service_fee: String,
        /// Exchange (reconciliations; `exchange_rate` is a plain string there).
        exchange_amount: Amount,
        /// `YYYYMMDD` (reconciliations).
        exchange_date: String,
    }
}

wire_struct! {
    /// One refund in a statement or transaction list (004:L4870).
    pub struct RefundSummary {
        /// `REFUND_…`.
        refund_id: String,
        /// The refunded payment (the key has a trailing space at 004:L3293).
        #[serde(alias = "payment_id ")]
        payment_id: String,
        /// Transactions only.
        phone_number: String,
        /// Amounts.
        amount: Amount,
        /// `YYYYMMDD`.
        settle_date: String,
        /// When it completed.
        execute_success_time: DateTimeText,
        /// Refund state.
        state: RefundState,
        /// Reconciliations only.
        mer_sub_reference_id: String,
        /// Product.
        product_id: String,
    }
}

wire_struct! {
    /// A reconciliation statement (004:L4843).
    pub struct Reconciliations {
        /// Payments settled.
        payment_summaries: Vec<PaymentSummary>,
        /// Refunds settled.
        refund_summaries: Vec<RefundSummary>,
        /// `YYYYMMDD`.
        settle_date: String,
        /// The total.
        amount: Amount,
        /// Inside the object in 003; beside it in 004.
        pagination: Pagination,
    }
}

wire_struct! {
    /// A transaction list (004:L4929).
    pub struct Transactions {
        /// Payments.
        payment_summaries: Vec<PaymentSummary>,
        /// Refunds.
        refund_summaries: Vec<RefundSummary>,
        /// The page.
        pagination: Pagination,
    }
}
