//! The seed lines each encrypted path rests on (API.md §3.3 and the object definitions).
//!
//! Only evidence lives here: which paths are encrypted, and for which operations, is derived from
//! the body models ([`super::table`]). A test keeps these rows equal to the derived paths, so a
//! model that gains a sensitive field, or an operation whose body starts carrying one, asks for
//! its seed lines here.

/// `(path, documented object where the wire path differs, seed lines)`.
static EVIDENCE: &[(&str, Option<&str>, &str)] = &[
    ("query:card", None, "004:L2141-2146"),
    // The payment body (create; SMS and execute send the same payer, 004 §2.4/§2.5:
    // L969-1011, L1119-1160).
    ("payer.payer_info.name", None, "004:L4800, L978, L1128"),
    ("payer.payer_info.bank_card.number", None, "004:L4644, L97"),
    (
        "payer.payer_info.bank_card.valid_date",
        None,
        "004:L4645, L100",
    ),
    ("payer.payer_info.bank_card.cvv2", None, "004:L4646, L99"),
    (
        "payer.payer_info.bank_card.payer_name",
        None,
        "004:L4647, L98",
    ),
    (
        "payer.payer_info.bank_card.citizen_id_number",
        None,
        "004:L4650, L101",
    ),
    (
        "payer.payer_info.payer_agreement.valid_date",
        None,
        "004:L4781",
    ),
    ("payer.payer_info.payer_agreement.cvv2", None, "004:L4782"),
    (
        "payer.payer_info.qr_code_scan.citizen_id_number",
        None,
        "004:L4840",
    ),
    (
        "payer.payer_info.wechat_in_app.citizen_id_number",
        None,
        "004:L4941",
    ),
    (
        "payer.payer_info.wechat_in_app_web.citizen_id_number",
        None,
        "004:L4949, L982, L1131",
    ),
    (
        "payer.payer_info.wechat_H5.citizen_id_number",
        None,
        "004:L4956",
    ),
    ("order.student_name", None, "004:L4737"),
    // Card binding: `bind` as documented (004:L5000), `payer_info` on the wire (L4128-4217).
    ("payer_info.name", Some("bind.name"), "004:L5008, L4800"),
    (
        "payer_info.bank_card.number",
        Some("bind.number"),
        "004:L5005, L4131",
    ),
    (
        "payer_info.bank_card.valid_date",
        Some("bank_card rule"),
        "004:L4645, L4135",
    ),
    (
        "payer_info.bank_card.cvv2",
        Some("bank_card rule"),
        "004:L4646, L4136",
    ),
    (
        "payer_info.bank_card.payer_name",
        Some("bind.name"),
        "004:L5008, L4134",
    ),
    (
        "payer_info.bank_card.citizen_id_number",
        Some("bind.citizen_id_number"),
        "004:L5006, L4132",
    ),
    (
        "payer_info.payer_agreement.valid_date",
        Some("payer_agreement rule"),
        "004:L4781",
    ),
    (
        "payer_info.payer_agreement.cvv2",
        Some("payer_agreement rule"),
        "004:L4782",
    ),
    (
        "payer_info.qr_code_scan.citizen_id_number",
        Some("qr_code_scan rule"),
        "004:L4840",
    ),
    (
        "payer_info.wechat_in_app.citizen_id_number",
        Some("wechat_in_app rule"),
        "004:L4941",
    ),
    (
        "payer_info.wechat_in_app_web.citizen_id_number",
        Some("wechat_in_app_web rule"),
        "004:L4949",
    ),
    (
        "payer_info.wechat_H5.citizen_id_number",
        Some("wechat_H5 rule"),
        "004:L4956",
    ),
    // Unbinding names agreements (004:L3022); an agreement's expiry and CVV2 are encrypted.
    (
        "payer_agreements[].valid_date",
        Some("payer_agreement rule"),
        "004:L4781, L3022",
    ),
    (
        "payer_agreements[].cvv2",
        Some("payer_agreement rule"),
        "004:L4782, L3022",
    ),
    // Flat bodies (§9-§11).
    (
        "payee_account",
        Some("payee_infor, confirm_payment, payment_sub"),
        "004:L5050, L5084, L5197",
    ),
    ("payee_name", Some("payee_infor"), "004:L5051"),
    ("payee_address", Some("payee_infor"), "004:L5052"),
    ("payee_swift", Some("payee_infor"), "004:L5053"),
    ("iban", Some("payee_infor"), "004:L5054"),
    (
        "payer_name",
        Some("order_item, pay_order"),
        "004:L5071, L5107",
    ),
    ("payer_IDCard", Some("order_item"), "004:L5072"),
    ("payer_id_card", Some("pay_order"), "004:L5108"),
    (
        "cust_code",
        Some("send_enterprise_qualification, query_enterprise"),
        "004:L5136, L5155",
    ),
    (
        "cust_name",
        Some("send_enterprise_qualification, query_enterprise"),
        "004:L5137, L5156",
    ),
    (
        "cust_addr",
        Some("send_enterprise_qualification"),
        "004:L5139",
    ),
    ("rep_nm", Some("send_enterprise_qualification"), "004:L5145"),
    (
        "cert_num",
        Some("send_enterprise_qualification"),
        "004:L5147",
    ),
    ("phone", Some("send_enterprise_qualification"), "004:L5148"),
    (
        "cont_aact",
        Some("send_enterprise_qualification"),
        "004:L5149",
    ),
    (
        "company_phone",
        Some("send_enterprise_qualification"),
        "004:L5150",
    ),
];

/// The documented object and the seed lines of `path`; `(None, "")` for a path with no row
/// (which `every_derived_path_has_its_seed_lines` refuses).
pub(super) fn evidence(path: &str) -> (Option<&'static str>, &'static str) {
    EVIDENCE
        .iter()
        .find(|(p, _, _)| *p == path)
        .map_or((None, ""), |(_, documented_as, source)| {
            (*documented_as, *source)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_derived_path_has_its_seed_lines_and_no_row_is_stale() {
        let mut derived: Vec<&str> = super::super::ENCRYPTED_FIELDS
            .iter()
            .map(|f| f.path.as_str())
            .collect();
        let mut rows: Vec<&str> = EVIDENCE.iter().map(|(p, _, _)| *p).collect();
        derived.sort_unstable();
        rows.sort_unstable();
        assert_eq!(derived, rows);
    }
}
