//! Customs and CIQ declarations (004:L4652-4670, L4963-4972).

use super::common::Amount;
use super::enums::DeclarationState;
use super::payment::SubOrder;
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
