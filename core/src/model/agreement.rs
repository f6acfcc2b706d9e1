//! Bound cards (agreements) and card binding (004 §3.14-3.15, §3.55-3.57; L5000-5027).

use super::payment::{Order, PayerAgreement, PayerInfo, RiskInfo};
use crate::wire_struct;

wire_struct! {
    /// The cards a customer has bound (004:L2991).
    pub struct AgreementInfo {
        /// One per bound card.
        payer_agreements: Vec<PayerAgreement>,
    }
}

wire_struct! {
    /// Card-binding request and response (004:L4128-4217): pay elements and the customer.
    pub struct CardBinding {
        /// `bank_card` (and, after confirmation, `payer_agreement`).
        payer_info: PayerInfo,
        /// The customer's id in the merchant's system.
        external_customer_id: String,
    }
}

wire_struct! {
    /// Unbinding request (004:L3022, L4235).
    pub struct Unbinding {
        /// The customer's id in the merchant's system.
        external_customer_id: String,
        /// The agreements to end.
        payer_agreements: Vec<PayerAgreement>,
    }
}

wire_struct! {
    /// Card-binding information as documented (004:L5000); the wire uses
    /// `payer_info.bank_card` instead (see [`CardBinding`]).
    pub struct Bind {
        /// Not sent when binding.
        id: String,
        /// Card number (encrypted).
        number: super::SensitiveString,
        /// ID number (encrypted).
        citizen_id_number: super::SensitiveString,
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// Payer name (encrypted).
        name: super::SensitiveString,
        /// Phone registered with the bank.
        phone: String,
        /// Bank code.
        bank_code: String,
        /// SMS code.
        verify_code: String,
    }
}

wire_struct! {
    /// The agreement-payment object of the unavailable §3.35-3.46 (004:L5012).
    pub struct BindPayment {
        /// Id.
        id: String,
        /// The order.
        order: Order,
        /// Payment state.
        state: super::PaymentState,
        /// Browser return URL.
        ret_url: String,
        /// Notification URL.
        notify_url: String,
        /// Completion time.
        execute_success_time: super::DateTimeText,
        /// `YYYYMMDD`.
        mer_check_date: String,
        /// `YYYYMMDD`.
        settle_date: String,
        /// Risk data.
        risk_info: RiskInfo,
        /// The agreement paid with.
        usr_pay_agreement_id: String,
        /// Bank code.
        bank_code: String,
    }
}
