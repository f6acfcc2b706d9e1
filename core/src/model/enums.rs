//! Every enum of API.md §4, once. Validation reads the documented values from `ALL`; models
//! read unknown values into `Other` instead of failing.

use crate::wire_enum;

wire_enum! {
    /// `payer.payment_method` (004:L2360-2371, L4754).
    pub enum PaymentMethod {
        /// Credit card.
        CreditCard = "CREDIT_CARD",
        /// Debit card.
        DebitCard = "DEBIT_CARD",
        /// WeChat QR code scanned by the customer.
        WechatScan = "WECHAT_SCAN",
        /// WeChat in the official-account web view.
        WechatWeb = "WECHAT_WEB",
        /// WeChat in the merchant's app.
        WechatInApp = "WECHAT_IN_APP",
        /// Alipay QR code.
        AlipayScan = "ALIPAY_SCAN",
        /// WeChat H5 (mobile browser).
        WechatH5 = "WECHAT_H5",
        /// WeChat mini-program (only in the §3.5 table).
        WechatMp = "WECHAT_MP",
        /// B2C online banking (only in the §3.5 table).
        B2cBank = "B2C_BANK",
        /// B2B online banking (only in the §3.5 table).
        B2bBank = "B2B_BANK",
        /// The customer chooses on UMF's page.
        NotApplicable = "NOT_APPLICABLE",
    }
}

wire_enum! {
    /// `payer.interface_type` (004:L2372-2377, L4759).
    pub enum InterfaceType {
        /// Server to server.
        ServerToServer = "SERVER_TO_SERVER",
        /// UMF's cashier web page.
        ServerToWeb = "SERVER_TO_WEB",
        /// UMF's cashier H5 page.
        ServerToH5web = "SERVER_TO_H5WEB",
        /// Straight to the bank's page.
        DirectToBank = "DIRECT_TO_BANK",
    }
}

wire_enum! {
    /// `payer.business_type` (004:L2378-2381).
    pub enum BusinessType {
        /// Business to business.
        B2b = "B2B",
        /// Business to consumer.
        B2c = "B2C",
    }
}

wire_enum! {
    /// `payment.state` (004:L4810; the appendix omits `TRADE_CANCEL`).
    pub enum PaymentState {
        /// Created, not paid yet.
        WaitBuyerPay = "WAIT_BUYER_PAY",
        /// Paid.
        TradeSuccess = "TRADE_SUCCESS",
        /// Closed.
        TradeClosed = "TRADE_CLOSED",
        /// Cancelled.
        TradeCancel = "TRADE_CANCEL",
        /// Failed.
        TradeFail = "TRADE_FAIL",
    }
}

impl PaymentState {
    /// Whether the state can still change.
    pub fn is_final(&self) -> bool {
        !matches!(self, PaymentState::WaitBuyerPay | PaymentState::Other(_))
    }
}

wire_enum! {
    /// `refund.state` (004:L4859; the appendix omits `REFUND_RETRY`).
    pub enum RefundState {
        /// In progress; a notification follows.
        RefundProcess = "REFUND_PROCESS",
        /// Done.
        RefundSuccess = "REFUND_SUCCESS",
        /// Failed.
        RefundFail = "REFUND_FAIL",
        /// Closed.
        RefundClose = "REFUND_CLOSE",
        /// Waiting for merchant balance (asynchronous refunds, 004:L2865).
        RefundRetry = "REFUND_RETRY",
    }
}

impl RefundState {
    /// Whether the state can still change.
    pub fn is_final(&self) -> bool {
        matches!(
            self,
            RefundState::RefundSuccess | RefundState::RefundFail | RefundState::RefundClose
        )
    }
}

wire_enum! {
    /// `customs_declaration.state` and the CIQ states (004:L4664, L4992, L5042).
    pub enum DeclarationState {
        /// Accepted by UMF.
        Accepted = "ACCEPTED",
        /// Submitted to customs.
        Submitted = "SUBMITTED",
        /// Cleared.
        Success = "SUCCESS",
        /// Failed.
        Fail = "FAIL",
    }
}

impl DeclarationState {
    /// Whether the state can still change.
    pub fn is_final(&self) -> bool {
        matches!(self, DeclarationState::Success | DeclarationState::Fail)
    }
}

wire_enum! {
    /// `link.method`.
    pub enum LinkMethod {
        /// GET.
        Get = "GET",
        /// POST.
        Post = "POST",
    }
}
