// The 36 encrypted field paths of API.md §3.3 (block `encrypted-fields`), one row each.
// This is the only list of sensitive fields in the SDK: request building, the device-side
// encryptor, the sandbox's decryption and every binding read it from here.

use super::EncryptedField;

/// Every field UMF wants RSA-encrypted, with the operations that send it.
pub static ENCRYPTED_FIELDS: &[EncryptedField] = &[
    EncryptedField {
        path: "query:card",
        documented_as: None,
        operations: &["query_card_bin"],
        source: "004:L2141-2146",
    },
    EncryptedField {
        path: "payer.payer_info.name",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4800",
    },
    EncryptedField {
        path: "payer.payer_info.bank_card.number",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4644, L97",
    },
    EncryptedField {
        path: "payer.payer_info.bank_card.valid_date",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4645, L100",
    },
    EncryptedField {
        path: "payer.payer_info.bank_card.cvv2",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4646, L99",
    },
    EncryptedField {
        path: "payer.payer_info.bank_card.payer_name",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4647, L98",
    },
    EncryptedField {
        path: "payer.payer_info.bank_card.citizen_id_number",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4650, L101",
    },
    EncryptedField {
        path: "payer.payer_info.payer_agreement.valid_date",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4781",
    },
    EncryptedField {
        path: "payer.payer_info.payer_agreement.cvv2",
        documented_as: None,
        operations: &["create_payment", "send_payment_sms", "execute_payment"],
        source: "004:L4782",
    },
    EncryptedField {
        path: "payer.payer_info.qr_code_scan.citizen_id_number",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4840",
    },
    EncryptedField {
        path: "payer.payer_info.wechat_in_app.citizen_id_number",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4941",
    },
    EncryptedField {
        path: "payer.payer_info.wechat_in_app_web.citizen_id_number",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4949",
    },
    EncryptedField {
        path: "payer.payer_info.wechat_H5.citizen_id_number",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4956",
    },
    EncryptedField {
        path: "order.student_name",
        documented_as: None,
        operations: &["create_payment"],
        source: "004:L4737",
    },
    EncryptedField {
        path: "payer_info.bank_card.number",
        documented_as: Some("bind.number"),
        operations: &["bind_card_send_sms", "bind_card_confirm"],
        source: "004:L5005, L4131",
    },
    EncryptedField {
        path: "payer_info.bank_card.payer_name",
        documented_as: Some("bind.name"),
        operations: &["bind_card_send_sms", "bind_card_confirm"],
        source: "004:L5008, L4134",
    },
    EncryptedField {
        path: "payer_info.bank_card.citizen_id_number",
        documented_as: Some("bind.citizen_id_number"),
        operations: &["bind_card_send_sms", "bind_card_confirm"],
        source: "004:L5006, L4132",
    },
    EncryptedField {
        path: "payer_info.bank_card.valid_date",
        documented_as: Some("bank_card rule"),
        operations: &["bind_card_send_sms", "bind_card_confirm"],
        source: "004:L4645, L4135",
    },
    EncryptedField {
        path: "payer_info.bank_card.cvv2",
        documented_as: Some("bank_card rule"),
        operations: &["bind_card_send_sms", "bind_card_confirm"],
        source: "004:L4646, L4136",
    },
    EncryptedField {
        path: "citizen_id_number",
        documented_as: Some("customs_declaration_only"),
        operations: &[],
        source: "004:L4982",
    },
    EncryptedField {
        path: "payee_account",
        documented_as: Some("payee_infor"),
        operations: &["send_payee_info", "confirm_remittance", "send_b2b_order"],
        source: "004:L5050, L5084, L5197",
    },
    EncryptedField {
        path: "payee_name",
        documented_as: Some("payee_infor"),
        operations: &["send_payee_info"],
        source: "004:L5051",
    },
    EncryptedField {
        path: "payee_address",
        documented_as: Some("payee_infor"),
        operations: &["send_payee_info"],
        source: "004:L5052",
    },
    EncryptedField {
        path: "payee_swift",
        documented_as: Some("payee_infor"),
        operations: &["send_payee_info"],
        source: "004:L5053",
    },
    EncryptedField {
        path: "iban",
        documented_as: Some("payee_infor"),
        operations: &["send_payee_info"],
        source: "004:L5054",
    },
    EncryptedField {
        path: "payer_name",
        documented_as: Some("order_item, pay_order"),
        operations: &["send_order_item", "create_tuition_order"],
        source: "004:L5071, L5107",
    },
    EncryptedField {
        path: "payer_IDCard",
        documented_as: Some("order_item"),
        operations: &["send_order_item"],
        source: "004:L5072",
    },
    EncryptedField {
        path: "payer_id_card",
        documented_as: Some("pay_order"),
        operations: &["create_tuition_order"],
        source: "004:L5108",
    },
    EncryptedField {
        path: "cust_code",
        documented_as: Some("send_enterprise_qualification, query_enterprise"),
        operations: &[
            "send_enterprise_qualification",
            "query_enterprise_qualification_report",
        ],
        source: "004:L5136, L5155",
    },
    EncryptedField {
        path: "cust_name",
        documented_as: Some("send_enterprise_qualification, query_enterprise"),
        operations: &[
            "send_enterprise_qualification",
            "query_enterprise_qualification_report",
        ],
        source: "004:L5137, L5156",
    },
    EncryptedField {
        path: "cust_addr",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5139",
    },
    EncryptedField {
        path: "rep_nm",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5145",
    },
    EncryptedField {
        path: "cert_num",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5147",
    },
    EncryptedField {
        path: "phone",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5148",
    },
    EncryptedField {
        path: "cont_aact",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5149",
    },
    EncryptedField {
        path: "company_phone",
        documented_as: Some("send_enterprise_qualification"),
        operations: &["send_enterprise_qualification"],
        source: "004:L5150",
    },
];
