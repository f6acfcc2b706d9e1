//! Card binding (agreements): SMS, confirmation, queries, unbinding.

use serde_json::{json, Value};
use umf_core::codes::names;
use umf_core::operations::OpId;

use super::{fail, not_served, Ctx, Outcome, Reply};
use crate::state::{Agreement, SharedRef, Store};

pub(crate) fn handle(_shared: &SharedRef, store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    let customer = ctx.text("external_customer_id").unwrap_or_default();
    let last4 = |number: &str| -> String {
        number
            .chars()
            .skip(number.chars().count().saturating_sub(4))
            .collect()
    };
    match ctx.op.op {
        OpId::BindCardSendSms => {
            let number = ctx.text("payer_info.bank_card.number").unwrap_or_default();
            if store
                .agreements
                .iter()
                .any(|a| a.external_customer_id == customer && a.last_four_cardid == last4(&number))
            {
                return Err(fail(
                    409,
                    names::THIS_BANKCARD_SIGNED,
                    "This bankcard has been signed.",
                ));
            }
            let code = store.ids.sms_code();
            store.binding_codes.insert(customer.clone(), code);
            Ok(Reply::ok()
                .with("payer_info", echo(ctx, None))
                .with("external_customer_id", json!(customer)))
        }
        OpId::BindCardConfirm => {
            let expected = store.binding_codes.get(&customer).cloned();
            let given = ctx.text("payer_info.bank_card.verify_code");
            if expected.is_none() {
                return Err(fail(
                    402,
                    names::SMS_VERIFICATION_CODE_NOT_FOUND,
                    "SMS verification code not found.",
                ));
            }
            if given != expected {
                return Err(fail(
                    402,
                    names::INCORRECT_VALIDATION_CODE,
                    "Incorrect validation code.",
                ));
            }
            store.binding_codes.remove(&customer);
            let number = ctx.text("payer_info.bank_card.number").unwrap_or_default();
            let agreement = Agreement {
                external_customer_id: customer.clone(),
                usr_busi_agreement_id: format!("UB{}", store.ids.digits(30)),
                usr_pay_agreement_id: format!("P{}", store.ids.digits(19)),
                gate_id: "ICBC".into(),
                last_four_cardid: last4(&number),
                phone: ctx.text("payer_info.bank_card.phone").unwrap_or_default(),
                bank_type: "DEBIT_CARD".into(),
            };
            let ids = json!({
                "usr_busi_agreement_id": agreement.usr_busi_agreement_id,
                "usr_pay_agreement_id": agreement.usr_pay_agreement_id,
            });
            store.agreements.push(agreement);
            Ok(Reply::ok()
                .with("payer_info", echo(ctx, Some(ids)))
                .with("external_customer_id", json!(customer)))
        }
        OpId::QueryAgreements => {
            let by_customer = ctx.query("external_customer_id");
            let by_busi = ctx.query("usr_busi_agreement_id");
            let by_type = ctx.query("bank_type");
            let found: Vec<Value> = store
                .agreements
                .iter()
                .filter(|a| {
                    by_customer
                        .as_ref()
                        .is_none_or(|c| *c == a.external_customer_id)
                })
                .filter(|a| {
                    by_busi
                        .as_ref()
                        .is_none_or(|b| *b == a.usr_busi_agreement_id)
                })
                .filter(|a| by_type.as_ref().is_none_or(|t| *t == a.bank_type))
                .map(|a| {
                    json!({
                        "usr_busi_agreement_id": a.usr_busi_agreement_id,
                        "last_four_cardid": a.last_four_cardid,
                        "phone": a.phone,
                        "gate_id": a.gate_id,
                        "usr_pay_agreement_id": a.usr_pay_agreement_id,
                    })
                })
                .collect();
            Ok(Reply::ok().with("agreement_info", json!({"payer_agreements": found})))
        }
        OpId::UnbindAgreement | OpId::UnbindBankAgreement => {
            let wanted = ctx.body["payer_agreements"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let matches = |a: &Agreement, w: &Value| {
                a.external_customer_id == customer
                    && w["usr_pay_agreement_id"] == a.usr_pay_agreement_id.as_str()
                    && w["usr_busi_agreement_id"] == a.usr_busi_agreement_id.as_str()
            };
            if wanted
                .iter()
                .any(|w| !store.agreements.iter().any(|a| matches(a, w)))
            {
                return Err(fail(
                    404,
                    names::AGREEMENT_DOES_NOT_EXIST,
                    "Agreement does not exist.",
                ));
            }
            store
                .agreements
                .retain(|a| !wanted.iter().any(|w| matches(a, w)));
            Ok(Reply::ok())
        }
        other => Err(not_served(other)),
    }
}

/// The `payer_info` echo: the card's non-sensitive fields (UMF's own echo re-encrypts the rest
/// under a key the merchant does not hold, API.md Q8; the sandbox leaves them out).
fn echo(ctx: &Ctx<'_>, agreement: Option<Value>) -> Value {
    let card = &ctx.body["payer_info"]["bank_card"];
    let mut echo = json!({"bank_card": {}});
    for key in ["phone", "citizen_id_type"] {
        if let Some(v) = card.get(key) {
            echo["bank_card"][key] = v.clone();
        }
    }
    if let Some(ids) = agreement {
        echo["payer_agreement"] = ids;
    }
    echo
}
