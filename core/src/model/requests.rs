//! Request bodies that are not an object of their own. Every request body is read into its
//! model before anything else happens (see `crate::client`): that maps older spellings
//! (`bankCard`, `item_quantity`, `"expire_time "`) to the 004 ones, so a sensitive field can
//! never slip past encryption under an alias, and the SDK sends only 004 spellings.

use super::payment::{Order, Payer, RiskInfo};
use super::refund::RefundInfo;
use crate::wire_struct;

wire_struct! {
    /// `create_payment` (004 §3.5).
    pub struct CreatePaymentRequest {
        /// Who pays, and how.
        payer: Payer,
        /// What is paid for.
        order: Order,
        /// Where UMF posts the result.
        notify_url: String,
        /// Where UMF's cashier page returns the browser.
        ret_url: String,
        /// Risk data.
        risk_info: RiskInfo,
        /// `Y`/`N` (004:L2388).
        #[serde(rename = "subMchId_flag")]
        sub_mch_id_flag: String,
    }
}

wire_struct! {
    /// `send_payment_sms` and `execute_payment`: the payer with the card (and SMS code).
    pub struct PayerRequest {
        /// The payer.
        payer: Payer,
    }
}

wire_struct! {
    /// `create_refund` and `create_async_refund`: sent flat, not wrapped in `refund` (K14).
    pub struct RefundRequest {
        /// What is refunded.
        refund_info: RefundInfo,
        /// Where UMF posts the refund notification.
        notify_url: String,
        /// 003's form: the original amount (003:L662-722).
        org_amount: super::Amount,
        /// 003's form: the orders refunded.
        orders: Vec<RefundInfo>,
    }
}

wire_struct! {
    /// `update_express_info`: tracking numbers per sub-order.
    pub struct UpdateExpressInfoRequest {
        /// `{sub_orders: [{mer_sub_reference_id, tracking_number}]}`.
        order: Order,
    }
}

wire_struct! {
    /// An empty body (`declare_again`, API.md Q12).
    pub struct Empty {}
}
