//! B2B enterprises: qualification (004 §4.1-4.2) and the §11 declaration report.

use super::sensitive::SensitiveString;
use crate::wire_struct;

wire_struct! {
    /// An enterprise qualification (004:L4681).
    pub struct EnterpriseQualification {
        /// `EQ_…` (response).
        id: String,
        /// The enterprise's id in the merchant system, 1-16.
        external_enterprise_id: String,
        /// 1-256.
        enterprise_name: String,
        /// A Chinese phone number.
        enterprise_phone: String,
        /// E-mail.
        enterprise_email: String,
        /// Contact name.
        enterprise_contact: String,
        /// `A`, `OTHERS`, `UNKNOWN` (response).
        rank: String,
        /// `SJHG` or `GFHG`.
        busi_type: String,
        /// Unified social credit code, 8-18.
        enterprise_code: String,
        /// `ENABLE` / `DISABLE` (response).
        enterprise_status: String,
    }
}

wire_struct! {
    /// The `create_enterprise_qualification` request body.
    pub struct EnterpriseQualificationRequest {
        /// The enterprise.
        enterprise_qualification: EnterpriseQualification,
    }
}

wire_struct! {
    /// Enterprise declaration, sent flat (004:L5132); eight fields are encrypted.
    pub struct SendEnterpriseQualification {
        /// Credit or organisation code, 1-18 (encrypted).
        cust_code: SensitiveString,
        /// Organisation name, 1-128 (encrypted).
        cust_name: SensitiveString,
        /// Administrative division, 6 characters, not `100000`.
        area_code: String,
        /// Registered address, 1-200 (encrypted).
        cust_addr: SensitiveString,
        /// Industry code, 4 characters.
        industry_code: String,
        /// Economic type, 3 characters.
        attr_code: String,
        /// Alpha-3 country.
        country_code: String,
        /// `N` or `Y`.
        is_tax_free: String,
        /// `00` when not tax free.
        tax_free_code: String,
        /// Legal representative (encrypted).
        rep_nm: SensitiveString,
        /// `1` ID card.
        cert_type: String,
        /// Representative's ID number (encrypted).
        cert_num: SensitiveString,
        /// Representative's phone (encrypted).
        phone: SensitiveString,
        /// Contact name (encrypted).
        cont_aact: SensitiveString,
        /// Contact phone (encrypted).
        company_phone: SensitiveString,
    }
}

wire_struct! {
    /// Query of a declared enterprise (004:L5151).
    pub struct QueryEnterprise {
        /// Encrypted.
        cust_code: SensitiveString,
        /// Encrypted.
        cust_name: SensitiveString,
    }
}

wire_struct! {
    /// The declaration report, returned in plaintext (004:L5157).
    pub struct QueryEnterpriseId {
        /// Code.
        cust_code: String,
        /// Name.
        cust_name: String,
        /// Merchant id.
        cust_no: String,
        /// `yyyy-MM-dd HH:mm:ss`.
        trace_date: String,
        /// Division.
        area_code: String,
        /// Address.
        cust_addr: String,
        /// Industry.
        industry_code: String,
        /// Economic type.
        attr_code: String,
        /// Country.
        country_code: String,
        /// `N`/`Y`.
        is_tax_free: String,
        /// Tax-free code.
        tax_free_code: String,
        /// Representative.
        rep_nm: String,
        /// Certificate type.
        cert_type: String,
        /// Certificate number.
        cert_num: String,
        /// Phone.
        phone: String,
        /// `0` not declared, `1` declared, `9` processing, `3` failed.
        status: String,
        /// Detail, 1-600.
        desc: String,
    }
}
