//! Banks, card BIN, exchange rates, the WeChat open-id redirect.

use serde_json::{json, Value};
use umf_core::codes::names;
use umf_core::model::reference::{bank_name, CREDIT_CARD_BANKS, DEBIT_CARD_BANKS};
use umf_core::model::Decimal;
use umf_core::operations::OpId;

use super::{fail, not_served, Ctx, Outcome, Reply};
use crate::state::{SharedRef, Store};

/// CNY per unit of each appendix currency (fixed sandbox rates, 4 decimals).
const RATES: &[(&str, &str)] = &[
    ("CNY", "1.0000"),
    ("HKD", "0.9123"),
    ("USD", "7.1234"),
    ("EUR", "7.8012"),
    ("JPY", "0.0481"),
    ("GBP", "9.0567"),
    ("AUD", "4.7021"),
    ("CAD", "5.2210"),
    ("NZD", "4.3105"),
    ("SGD", "5.3018"),
    ("MOP", "0.8856"),
    ("CHF", "8.0530"),
    ("SEK", "0.6702"),
    ("DKK", "1.0461"),
    ("NOK", "0.6611"),
];

/// Card prefixes the sandbox knows, with their bank and card type (`card_bin`).
const BINS: &[(&str, &str, &str)] = &[
    ("622202", "ICBC", "DEBIT_CARD"),
    ("621700", "CCB", "DEBIT_CARD"),
    ("622848", "ABC", "DEBIT_CARD"),
    ("621661", "BOC", "DEBIT_CARD"),
    ("622588", "CMB", "CREDIT_CARD"),
    ("625806", "CCB", "CREDIT_CARD"),
    ("622155", "ICBC", "CREDIT_CARD"),
];

/// The rate text for `currency` (unknown currencies: 1).
pub(crate) fn rate(currency: &str) -> &'static str {
    RATES
        .iter()
        .find(|(c, _)| *c == currency)
        .map_or("1.0000", |(_, r)| *r)
}

/// `(total in CNY with 2 decimals, rate)`: exact, rounded half up.
pub(crate) fn cny(total: &Decimal, currency: &str) -> (String, &'static str) {
    let rate_text = rate(currency);
    let (Some(t), Ok(r)) = (total.to_minor_units(2), Decimal::parse(rate_text)) else {
        return (total.as_str().to_owned(), rate_text);
    };
    let r = r.to_minor_units(4).unwrap_or(10_000);
    let product = t * r; // 6 decimals
    let rounded = (product + 5_000) / 10_000;
    (
        Decimal::from_minor_units(rounded, 2).as_str().to_owned(),
        rate_text,
    )
}

fn bank(code: &str, card_type: &str) -> Value {
    json!({
        "name": bank_name(code).unwrap_or(code),
        "code": code,
        "types": [card_type],
        "logo_url": "",
    })
}

pub(crate) fn handle(shared: &SharedRef, _store: &mut Store, ctx: &Ctx<'_>) -> Outcome {
    match ctx.op.op {
        OpId::ListBanks => {
            let wanted = ctx.query("type");
            let mut banks = Vec::new();
            for (list, kind) in [
                (CREDIT_CARD_BANKS, "CREDIT_CARD"),
                (DEBIT_CARD_BANKS, "DEBIT_CARD"),
            ] {
                if wanted.as_deref().is_none_or(|w| w == kind) {
                    banks.extend(list.iter().map(|code| bank(code, kind)));
                }
            }
            Ok(Reply::ok().with("banks", Value::Array(banks)))
        }
        OpId::QueryCardBin => {
            let card = ctx.query("card").unwrap_or_default();
            let found = BINS.iter().find(|(prefix, ..)| card.starts_with(prefix));
            // A single object under the plural key, as UMF answers (K13).
            let answer = match found {
                Some((_, code, kind)) => {
                    let mut b = bank(code, kind);
                    b["is_support"] = json!("Y");
                    b
                }
                None => json!({"name": "", "code": "", "types": [], "is_support": "N"}),
            };
            Ok(Reply::ok().with("banks", answer))
        }
        OpId::GetExchangeRate => {
            let currency = ctx.query("currency").unwrap_or_default();
            if !RATES.iter().any(|(c, _)| *c == currency) {
                return Err(fail(
                    402,
                    names::MERCHANT_NOT_GIVEN_PERMISSION_USE,
                    "The merchant has not given permission to use this currency.",
                ));
            }
            Ok(Reply::ok().with(
                "exchange_rate",
                json!([{"currency": currency, "rate": rate(&currency)}]),
            ))
        }
        OpId::GetWechatOpenidUrl => {
            // get_wechat_openid_url: the WeChat OAuth page, which would redirect to notify_url.
            let notify = ctx.query("notify_url").unwrap_or_default();
            let encoded: String =
                percent_encoding::utf8_percent_encode(&notify, percent_encoding::NON_ALPHANUMERIC)
                    .collect();
            let href = format!(
                "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx_sandbox&redirect_uri={encoded}&response_type=code&scope=snsapi_base#wechat_redirect"
            );
            let _ = shared;
            Ok(Reply {
                status: 200,
                links: vec![json!({"href": href, "ref": "weChat", "method": "GET"})],
                ..Reply::default()
            })
        }
        other => Err(not_served(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_exactly() {
        assert_eq!(cny(&Decimal::parse("100.02").unwrap(), "USD").0, "712.48");
        assert_eq!(cny(&Decimal::parse("1").unwrap(), "CNY").0, "1.00");
        assert_eq!(cny(&Decimal::parse("0.01").unwrap(), "JPY").0, "0.00");
    }
}
