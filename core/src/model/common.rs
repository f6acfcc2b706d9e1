//! Objects every response shares: `meta`, links, amounts and exchange rates.

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::decimal::Decimal;
use super::enums::LinkMethod;
use super::lenient::Lenient;
use crate::encryption::json_kind;
use crate::wire_struct;

/// `meta.ret_msg`: a string in responses, an array in notifications (API.md K01).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RetMsg(pub Vec<String>);

impl RetMsg {
    /// The messages joined with `; `.
    pub fn text(&self) -> String {
        self.0.join("; ")
    }
}

// The npm package's TypeScript: one message as a string, several as an array.
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_RET_MSG: &'static str = r#"
/** `meta.ret_msg`: a string in responses, an array in notifications. */
export type RetMsg = string | string[];
"#;

impl Serialize for RetMsg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => s.serialize_str(one),
            many => many.serialize(s),
        }
    }
}

impl<'de> serde::Deserialize<'de> for RetMsg {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        Ok(RetMsg::from_value(Value::deserialize(d)?)
            .map_err(D::Error::custom)?
            .unwrap_or_default())
    }
}

impl Lenient for RetMsg {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::Array(items) => Ok(Some(RetMsg(
                items
                    .into_iter()
                    .filter_map(|v| String::from_value(v).ok().flatten())
                    .collect(),
            ))),
            other => Ok(String::from_value(other)?.map(|s| RetMsg(vec![s]))),
        }
    }
}

wire_struct! {
    /// The common `meta` object (004:L4714).
    pub struct Meta {
        /// Return code; `0000` is success (API.md §5.2).
        ret_code: String,
        /// Message; informational only, may be Chinese.
        ret_msg: RetMsg,
        /// Response signature (004:L87-94), present in some responses only.
        sign: String,
        /// Seen only empty (004:L2682).
        error_code: String,
    }
}

wire_struct! {
    /// A HATEOAS link (004:L4707). Links are data: never follow `href` blindly (API.md §2.1).
    pub struct Link {
        /// URL as UMF wrote it (may be http, internal, or wrong: API.md K36-K42).
        href: String,
        /// Relation (`self`, `refund`, `upay`, ...).
        #[serde(rename = "ref")]
        rel: String,
        /// Method as UMF wrote it (wrong for `sms_verify`, K40).
        method: LinkMethod,
    }
}

wire_struct! {
    /// An exchange rate (004:L4676).
    pub struct ExchangeRate {
        /// ISO-4217 currency.
        currency: String,
        /// CNY for one unit of the currency; up to 18 digits with 8 decimals.
        rate: Decimal,
    }
}

/// `amount.exchange_rate`: an object, or a bare rate as string or number (API.md K08).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(untagged)]
pub enum ExchangeRateValue {
    /// `{"currency": "USD", "rate": "6.8"}`.
    Object(ExchangeRate),
    /// `"6.8"` or `6.9800`.
    Rate(Decimal),
}

impl ExchangeRateValue {
    /// The rate, whichever shape it came in.
    pub fn rate(&self) -> Option<&Decimal> {
        match self {
            ExchangeRateValue::Object(o) => o.rate.as_ref(),
            ExchangeRateValue::Rate(r) => Some(r),
        }
    }
}

impl Lenient for ExchangeRateValue {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Object(_) => Ok(ExchangeRate::from_value(value)?.map(ExchangeRateValue::Object)),
            Value::String(_) | Value::Number(_) | Value::Null => {
                Ok(Decimal::from_value(value)?.map(ExchangeRateValue::Rate))
            }
            other => Err(format!(
                "expected an exchange rate, found {}",
                json_kind(&other)
            )),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ExchangeRateValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        ExchangeRateValue::from_value(Value::deserialize(d)?)
            .map_err(D::Error::custom)?
            .ok_or_else(|| D::Error::custom("empty exchange rate"))
    }
}

wire_struct! {
    /// An amount (004:L4623). `total` is a decimal string with at most 12 digits including 2
    /// decimals; numbers are accepted on input.
    pub struct Amount {
        /// The amount charged or refunded.
        total: Decimal,
        /// ISO-4217 currency.
        currency: String,
        /// CNY equivalent.
        total_cny: Decimal,
        /// Rate used.
        exchange_rate: ExchangeRateValue,
    }
}

impl Amount {
    /// An amount in a currency.
    pub fn new(total: Decimal, currency: impl Into<String>) -> Self {
        Amount {
            total: Some(total),
            currency: Some(currency.into()),
            ..Amount::default()
        }
    }
}
