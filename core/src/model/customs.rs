//! Customs and CIQ declarations (004:L4652-4670, L4963-4972).

use super::common::Amount;
use super::enums::DeclarationState;
use super::payment::SubOrder;
use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// A customs declaration (004:L4652).
    pub struct CustomsDeclaration {
        /// `CUST_…`.
        id: String,
        /// The sub-order declared.
        sub_order: SubOrder,
        /// Customs channel (API.md §4.3).
        customs_id: String,
        /// The merchant's id at customs, 1-15.
        mer_customs_code: String,
        /// Freight.
        freight_amount: Amount,
        /// Customs tax.
        tax_amount: Amount,
        /// Sub-order amount (every example sends it, 004:L3063).
        sub_order_amount: Amount,
        /// The platform's account at customs, 4-60.
        ec_plat_id: String,
        /// Where UMF posts the declaration result.
        notify_url: String,
        /// Declaration state.
        state: DeclarationState,
        /// `yyyymmdd`.
        customs_clearance_date: String,
        /// `UnionPay`, `NetsUnion` or `Others(Express,E-Bank)`.
        verify_department: String,
        /// Trace at the verifying department.
        verify_department_pay_trace: String,
        /// `yyyyMMdd` (no-paymentId variants).
        mer_date: String,
        /// Payment trace (customs_query).
        pay_trace: String,
        /// `TRUE` for an independent declaration.
        is_customs: String,
    }
}

wire_struct! {
    /// A CIQ (inspection) declaration; the response key is `ciq_declarations` (004:L4963).
    pub struct CiqDeclaration {
        /// `CIQ_…`.
        id: String,
        /// `{mer_sub_reference_id, sub_ciq_trace}`.
        sub_order: SubOrder,
        /// `yyyymmdd`.
        mer_date: String,
        /// CIQ channel (`GJHP`, `GJNS`).
        ciq_code: String,
        /// The platform's account at CIQ, 4-60.
        plat_supplier_no: String,
        /// `yyyymmdd`.
        ciq_clearance_date: String,
        /// Declaration state.
        state: DeclarationState,
    }
}

wire_struct! {
    /// Re-push a declaration to customs or CIQ (004:L4671).
    pub struct DeclareAgain {
        /// `0` customs, `1` CIQ.
        declare_type: String,
        /// The order, 4-32.
        mer_reference_id: String,
    }
}

wire_struct! {
    /// Independent customs declaration (004:L4973); no documented operation uses it.
    pub struct CustomsDeclarationOnly {
        /// Id.
        id: String,
        /// Order, 4-30.
        mer_reference_id: String,
        /// Order amount.
        order_amount: Amount,
        /// Payer name.
        name: String,
        /// `IDENTITY_CARD`.
        citizen_id_type: String,
        /// ID number (encrypted).
        citizen_id_number: SensitiveString,
        /// `YYYYMMDD`.
        mer_pay_date: String,
        /// `HHmmss`.
        mer_pay_time: String,
        /// Phone.
        phone: String,
        /// Customs channel.
        customs_id: String,
        /// Merchant's id at customs.
        mer_customs_code: String,
        /// Platform's account at customs.
        ec_plat_id: String,
        /// Freight.
        freight_amount: Amount,
        /// Tax.
        tax_amount: Amount,
        /// State.
        state: DeclarationState,
        /// `yyyymmdd`.
        customs_clearance_date: String,
        /// Original payment trace.
        pay_trace: String,
        /// Notification URL.
        notify_url: String,
        /// CIQ record number (sic).
        paye_code: String,
        /// Goods.
        goods_info: String,
        /// Courier and number.
        tracking_number: String,
    }
}

wire_struct! {
    /// Independent CIQ declaration (004:L5033); no documented operation uses it.
    pub struct CiqDeclarationOnly {
        /// Id.
        id: String,
        /// `HPGJ` per the definition (`GJHP` in the appendix).
        ciq_id: String,
        /// Merchant's id at CIQ.
        mer_ciq_code: String,
        /// Platform's account at CIQ.
        ec_plat_id: String,
        /// State.
        state: DeclarationState,
        /// `yyyymmdd`.
        ciq_clearance_date: String,
        /// Original payment trace.
        pay_trace: String,
    }
}
