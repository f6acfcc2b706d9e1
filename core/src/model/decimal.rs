//! Exact decimal amounts and rates, kept as the text UMF sent.
//!
//! Amounts are decimal strings with at most 12 digits including 2 decimals (004:L4626), but
//! examples also send JSON numbers (API.md K08), and `exchange_rate` `6.9800` must keep its
//! zeros (004:L3511). A float cannot do either, so [`Decimal`] stores the original text and an
//! exact integer mantissa and scale. Equality and ordering are numeric (`6.98 == 6.9800`);
//! [`Decimal::as_str`] gives back the text unchanged.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Most significant digits accepted (beyond any amount or rate UMF documents: rates have at most
/// 18 digits, 004:L4680).
const MAX_DIGITS: usize = 30;

/// An exact decimal number that remembers how it was written.
#[derive(Clone)]
pub struct Decimal {
    text: String,
    mantissa: i128,
    scale: u32,
}

/// Why a text is not a decimal. Names the rule, never the text (it may be any caller input).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecimalError(&'static str);

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for DecimalError {}

impl Decimal {
    /// Parses `-?digits(.digits)?`. Exponents, `+`, spaces and empty parts are refused.
    pub fn parse(text: &str) -> Result<Self, DecimalError> {
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (int_part, frac_part) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DecimalError("not a decimal number"));
        }
        let frac = frac_part.unwrap_or("");
        if frac_part.is_some() && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit())) {
            return Err(DecimalError("not a decimal number"));
        }
        if int_part.len() + frac.len() > MAX_DIGITS {
            return Err(DecimalError("more than 30 digits"));
        }
        let mut mantissa: i128 = 0;
        for b in int_part.bytes().chain(frac.bytes()) {
            mantissa = mantissa * 10 + i128::from(b - b'0');
        }
        if negative {
            mantissa = -mantissa;
        }
        Ok(Decimal {
            text: text.to_owned(),
            mantissa,
            scale: frac.len() as u32,
        })
    }

    /// Builds `units / 10^scale`, written with exactly `scale` decimals (`1230, 2` → `12.30`).
    pub fn from_minor_units(units: i128, scale: u32) -> Self {
        let negative = units < 0;
        let digits = units.unsigned_abs().to_string();
        let scale_usize = scale as usize;
        let padded = if digits.len() <= scale_usize {
            format!("{}{digits}", "0".repeat(scale_usize + 1 - digits.len()))
        } else {
            digits
        };
        let (int_part, frac_part) = padded.split_at(padded.len() - scale_usize);
        let mut text = String::with_capacity(padded.len() + 2);
        if negative {
            text.push('-');
        }
        text.push_str(int_part);
        if scale > 0 {
            text.push('.');
            text.push_str(frac_part);
        }
        Decimal {
            text,
            mantissa: units,
            scale,
        }
    }

    /// The text exactly as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of digits after the decimal point as written (`6.9800` → 4).
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// Digits before the decimal point as written, without sign.
    pub fn integer_digits(&self) -> usize {
        let unsigned = self.text.trim_start_matches('-');
        unsigned.split('.').next().map_or(0, str::len)
    }

    /// Whether the value is below zero.
    pub fn is_negative(&self) -> bool {
        self.mantissa < 0
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// The value in units of `10^-scale` (`12.3`, 2 → 1230), or `None` if that loses digits.
    pub fn to_minor_units(&self, scale: u32) -> Option<i128> {
        if scale >= self.scale {
            self.mantissa
                .checked_mul(10i128.checked_pow(scale - self.scale)?)
        } else {
            let divisor = 10i128.checked_pow(self.scale - scale)?;
            (self.mantissa % divisor == 0).then(|| self.mantissa / divisor)
        }
    }

    /// Exact sum, written with the larger scale of the two.
    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let sum = self
            .to_minor_units(scale)?
            .checked_add(other.to_minor_units(scale)?)?;
        Some(Decimal::from_minor_units(sum, scale))
    }

    /// Digits before and after the point without sign, leading integer zeros or trailing
    /// fraction zeros (`-007.500` → `("7", "5")`): the value's magnitude, for exact ordering.
    fn magnitude_digits(&self) -> (&str, &str) {
        let unsigned = self.text.trim_start_matches('-');
        let (int_part, frac_part) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        (
            int_part.trim_start_matches('0'),
            frac_part.trim_end_matches('0'),
        )
    }

    fn normalized(&self) -> (i128, u32) {
        let (mut m, mut s) = (self.mantissa, self.scale);
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        (m, s)
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.normalized() == other.normalized()
    }
}

impl Eq for Decimal {}

impl Hash for Decimal {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.normalized().hash(state);
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    /// Exact at any size: digit strings are compared, never a float or an integer that could
    /// overflow when two scales are aligned.
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |d: &Decimal| d.mantissa.signum();
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
        let ((a_int, a_frac), (b_int, b_frac)) =
            (self.magnitude_digits(), other.magnitude_digits());
        let magnitude = a_int
            .len()
            .cmp(&b_int.len())
            .then_with(|| a_int.cmp(b_int))
            .then_with(|| a_frac.cmp(b_frac));
        if self.is_negative() {
            magnitude.reverse()
        } else {
            magnitude
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decimal({})", self.text)
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Decimal::parse(s)
    }
}

// The npm package's TypeScript: a decimal is its text (`"6.9800"`), never a JavaScript number.
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_DECIMAL: &'static str = r#"
/** A decimal as text, exactly as sent or received (`"100.00"`, `"6.9800"`); never a float. */
export type Decimal = string;
"#;

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    /// Accepts a string or a JSON number, by its text exactly as written (serde_json's
    /// `arbitrary_precision` keeps it). What [`Decimal::parse`] refuses (more than 30 digits,
    /// an exponent such as `1e2`) is an error: a float would change the amount that is signed
    /// and sent (`99.99…9` with 33 digits is `100` as an `f64`).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Decimal::parse(s.trim()).map_err(D::Error::custom),
            serde_json::Value::Number(n) => Decimal::parse(&n.to_string()).map_err(|e| {
                D::Error::custom(format!("{e} (a decimal is written -?digits(.digits)?)"))
            }),
            other => Err(D::Error::custom(format!(
                "expected a decimal string or number, found {}",
                crate::encryption::json_kind(&other)
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_text_and_compares_by_value() {
        let a: Decimal = serde_json::from_str("6.9800").unwrap();
        assert_eq!(a.as_str(), "6.9800");
        assert_eq!(a, Decimal::parse("6.98").unwrap());
        assert_eq!(serde_json::to_string(&a).unwrap(), "\"6.9800\"");
        let b: Decimal = serde_json::from_str("\"344.91\"").unwrap();
        assert!(b > a);
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for bad in [
            "", "1.", ".5", "+1", "1e3", " 1", "1,00", "abc", "--1", "1.2.3",
        ] {
            assert!(Decimal::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn minor_units_are_exact() {
        let d = Decimal::parse("12.3").unwrap();
        assert_eq!(d.to_minor_units(2), Some(1230));
        assert_eq!(Decimal::parse("0.015").unwrap().to_minor_units(2), None);
        assert_eq!(Decimal::from_minor_units(1230, 2).as_str(), "12.30");
        assert_eq!(Decimal::from_minor_units(5, 2).as_str(), "0.05");
        assert_eq!(Decimal::from_minor_units(-5, 2).as_str(), "-0.05");
        assert_eq!(Decimal::from_minor_units(7, 0).as_str(), "7");
    }

    #[test]
    fn adds_exactly() {
        let sum = Decimal::parse("50.02")
            .unwrap()
            .checked_add(&Decimal::parse("50").unwrap())
            .unwrap();
        assert_eq!(sum.as_str(), "100.02");
        assert_eq!(sum, Decimal::parse("100.020").unwrap());
    }

    #[test]
    fn numbers_the_parser_refuses_are_errors_never_floats() {
        for text in [
            "99.9999999999999999999999999999999",
            "1e2",
            "1E-7",
            "-2.5e+3",
        ] {
            let number: serde_json::Value = serde_json::from_str(text).unwrap();
            assert!(serde_json::from_value::<Decimal>(number).is_err(), "{text}");
            assert!(serde_json::from_value::<Decimal>(serde_json::json!(text)).is_err());
        }
    }

    #[test]
    fn ordering_is_exact_where_aligned_scales_overflow_i128() {
        let big = Decimal::parse("999999999999999999999999999999").unwrap();
        let tiny = Decimal::parse(&format!("0.{}1", "0".repeat(28))).unwrap();
        let neg_big = Decimal::parse("-999999999999999999999999999999").unwrap();
        assert!(tiny < big && neg_big < tiny && neg_big < big);
        assert!(Decimal::parse(&format!("-0.{}2", "0".repeat(28))).unwrap() < tiny);
        assert!(
            big.to_minor_units(tiny.scale()).is_none(),
            "the case i128 cannot align"
        );
        assert_eq!(
            Decimal::parse("-0.00")
                .unwrap()
                .cmp(&Decimal::parse("0").unwrap()),
            Ordering::Equal
        );
        assert!(Decimal::parse("0010.5").unwrap() > Decimal::parse("9.99").unwrap());
        assert!(Decimal::parse("-10.5").unwrap() < Decimal::parse("-9.99").unwrap());
    }
}
