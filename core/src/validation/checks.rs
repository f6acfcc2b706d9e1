//! The checks a field rule can make. Each returns at most one problem, never quoting the value.

use serde_json::Value;

use crate::encryption::ENCRYPTED_MARKER;
use crate::error::{Severity, ValidationProblem};
use crate::model::reference::is_trans_code;

/// One check on a value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Check {
    /// Present and not empty.
    Required,
    /// Between `min` and `max` characters (strings or numbers as written).
    Len(usize, usize),
    /// One of the listed wire values.
    OneOf(&'static [&'static str]),
    /// One of the listed values, ignoring ASCII case (`"False"` for `FALSE`, K47).
    OneOfIgnoreCase(&'static [&'static str]),
    /// `YYYYMMDD`, a real calendar date.
    Date,
    /// `yyyyMM`.
    Month,
    /// `yyyy-MM-dd HH:mm:ss`.
    DateTimeSpaced,
    /// `yyyyMMddHHmmss`.
    DateTimeCompact,
    /// An amount: at most 12 digits including at most 2 decimals, above zero (004:L4626,
    /// code 00202003). A JSON number is accepted as written.
    Amount,
    /// A decimal with at most `int` integer digits and `frac` decimals, zero allowed.
    Decimal(usize, usize),
    /// Only digits, between `min` and `max` of them.
    Digits(usize, usize),
    /// A code of the transaction-code table.
    TransCode,
    /// A JSON array.
    Array,
    /// A JSON object.
    Object,
}

fn problem(
    path: &str,
    rule: &'static str,
    message: impl Into<String>,
) -> Option<ValidationProblem> {
    Some(ValidationProblem {
        path: path.to_owned(),
        rule,
        message: message.into(),
        severity: Severity::Error,
    })
}

/// The text of a scalar, or `None` for objects, arrays and encrypted markers.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn is_marker(value: &Value) -> bool {
    matches!(value, Value::Object(m) if m.len() == 1 && m.contains_key(ENCRYPTED_MARKER))
}

fn is_empty(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.is_empty(),
        _ => false,
    }
}

pub(crate) fn valid_date(t: &str) -> bool {
    if t.len() != 8 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = (
        t[..4].parse().unwrap_or(0),
        t[4..6].parse().unwrap_or(0),
        t[6..].parse().unwrap_or(0),
    );
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1970 && (1..=days).contains(&d)
}

fn valid_time(h: &str, mi: &str, s: &str) -> bool {
    let n = |x: &str| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit());
    n(h) && n(mi)
        && n(s)
        && h.parse::<u8>().is_ok_and(|v| v < 24)
        && mi.parse::<u8>().is_ok_and(|v| v < 60)
        && s.parse::<u8>().is_ok_and(|v| v < 60)
}

fn decimal_shape(t: &str, int: usize, frac: usize) -> bool {
    let (i, f) = t.split_once('.').unwrap_or((t, ""));
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    !i.is_empty()
        && i.len() <= int
        && digits(i)
        && digits(f)
        && f.len() <= frac
        && (t.contains('.') != f.is_empty())
}

impl Check {
    /// Runs the check on the value at `path` (`None` when absent).
    pub(crate) fn run(&self, path: &str, value: Option<&Value>) -> Option<ValidationProblem> {
        if let Check::Required = self {
            return is_empty(value)
                .then(|| problem(path, "required", "is required"))
                .flatten();
        }
        let value = match value {
            None | Some(Value::Null) => return None,
            Some(v) => v,
        };
        match self {
            Check::Array => {
                return (!value.is_array())
                    .then(|| problem(path, "type", "must be an array"))
                    .flatten()
            }
            Check::Object => {
                return (!value.is_object())
                    .then(|| problem(path, "type", "must be an object"))
                    .flatten()
            }
            _ => {}
        }
        if is_marker(value) {
            // Ciphertext made on a device: its plaintext cannot be checked here.
            return None;
        }
        let Some(t) = text(value) else {
            return problem(path, "type", "must be a string");
        };
        if t.is_empty() {
            return None;
        }
        match *self {
            Check::Required | Check::Array | Check::Object => None,
            Check::Len(min, max) => {
                let n = t.chars().count();
                (n < min || n > max)
                    .then(|| {
                        problem(
                            path,
                            "length",
                            format!("must be {min} to {max} characters (is {n})"),
                        )
                    })
                    .flatten()
            }
            Check::OneOf(allowed) => (!allowed.contains(&t.as_str()))
                .then(|| {
                    problem(
                        path,
                        "enum",
                        format!("must be one of {}", allowed.join(", ")),
                    )
                })
                .flatten(),
            Check::OneOfIgnoreCase(allowed) => {
                (!allowed.iter().any(|a| a.eq_ignore_ascii_case(&t)))
                    .then(|| {
                        problem(
                            path,
                            "enum",
                            format!("must be one of {}", allowed.join(", ")),
                        )
                    })
                    .flatten()
            }
            Check::Date => (!valid_date(&t))
                .then(|| problem(path, "date", "must be a date as YYYYMMDD"))
                .flatten(),
            Check::Month => (!(t.len() == 6 && valid_date(&format!("{t}01"))))
                .then(|| problem(path, "month", "must be a month as yyyyMM"))
                .flatten(),
            Check::DateTimeSpaced => {
                // Date-times are ASCII; checking that first keeps every byte offset below on a
                // character boundary (a multibyte character there used to panic).
                let ok = t.len() == 19
                    && t.is_ascii()
                    && &t[4..5] == "-"
                    && &t[7..8] == "-"
                    && &t[10..11] == " "
                    && &t[13..14] == ":"
                    && &t[16..17] == ":"
                    && valid_date(&format!("{}{}{}", &t[..4], &t[5..7], &t[8..10]))
                    && valid_time(&t[11..13], &t[14..16], &t[17..19]);
                (!ok)
                    .then(|| problem(path, "datetime", "must be yyyy-MM-dd HH:mm:ss"))
                    .flatten()
            }
            Check::DateTimeCompact => {
                let ok = t.len() == 14
                    && t.is_ascii()
                    && valid_date(&t[..8])
                    && valid_time(&t[8..10], &t[10..12], &t[12..14]);
                (!ok)
                    .then(|| problem(path, "datetime", "must be yyyyMMddHHmmss"))
                    .flatten()
            }
            Check::Amount => {
                if !decimal_shape(&t, 10, 2) {
                    problem(
                        path,
                        "amount_format",
                        "must be an amount with at most 12 digits including 2 decimals",
                    )
                } else if t.bytes().all(|b| b == b'0' || b == b'.') {
                    problem(path, "amount_positive", "must be greater than zero")
                } else {
                    None
                }
            }
            Check::Decimal(int, frac) => (!decimal_shape(&t, int, frac))
                .then(|| {
                    problem(
                        path,
                        "decimal_format",
                        format!("must be a number with at most {int} digits and {frac} decimals"),
                    )
                })
                .flatten(),
            Check::Digits(min, max) => {
                let n = t.len();
                (!(t.bytes().all(|b| b.is_ascii_digit()) && (min..=max).contains(&n)))
                    .then(|| problem(path, "digits", format!("must be {min} to {max} digits")))
                    .flatten()
            }
            Check::TransCode => (!is_trans_code(&t))
                .then(|| {
                    problem(
                        path,
                        "trans_code",
                        "is not a code of the transaction-code table",
                    )
                })
                .flatten(),
        }
    }
}

/// Id prefixes of path parameters (API.md Q15): a wrong id type fails here, not at UMF.
const ID_PREFIXES: &[(&str, &[&str])] = &[
    ("payment_id", &["PAY_"]),
    ("refund_id", &["REFUND_"]),
    ("customs_declaration_id", &["CUST_"]),
    ("ciq_declaration_id", &["CIQ_"]),
    ("declaration_id", &["CUST_", "CIQ_"]),
    ("file_id", &["FILE_"]),
    ("enterprise_id", &["EQ_"]),
];

pub(crate) fn path_parameter(name: &str, value: &str, problems: &mut Vec<ValidationProblem>) {
    if let Some((_, prefixes)) = ID_PREFIXES.iter().find(|(n, _)| *n == name) {
        if !prefixes.iter().any(|p| value.starts_with(p)) {
            problems.push(ValidationProblem {
                path: format!("path.{name}"),
                rule: "id_format",
                message: format!("must start with {}", prefixes.join(" or ")),
                severity: Severity::Error,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(check: Check, v: Value) -> Option<&'static str> {
        check.run("x", Some(&v)).map(|p| p.rule)
    }

    #[test]
    fn each_check_passes_and_fails() {
        assert_eq!(Check::Required.run("x", None).unwrap().rule, "required");
        assert_eq!(rule(Check::Required, json!("")), Some("required"));
        assert_eq!(rule(Check::Required, json!("a")), None);
        assert_eq!(rule(Check::Len(4, 32), json!("abc")), Some("length"));
        assert_eq!(rule(Check::Len(4, 32), json!("abcd")), None);
        assert_eq!(
            rule(Check::Len(1, 2), json!("张三")),
            None,
            "characters, not bytes"
        );
        assert_eq!(rule(Check::OneOf(&["Y", "N"]), json!("y")), Some("enum"));
        assert_eq!(
            rule(Check::OneOfIgnoreCase(&["TRUE", "FALSE"]), json!("False")),
            None
        );
        assert_eq!(rule(Check::Date, json!("20240230")), Some("date"));
        assert_eq!(rule(Check::Date, json!("20240229")), None);
        assert_eq!(rule(Check::Month, json!("202413")), Some("month"));
        assert_eq!(rule(Check::Month, json!("202401")), None);
        assert_eq!(
            rule(Check::DateTimeSpaced, json!("2024-01-01T10:00:00")),
            Some("datetime")
        );
        assert_eq!(
            rule(Check::DateTimeSpaced, json!("2024-01-01 10:00:00")),
            None
        );
        assert_eq!(
            rule(Check::DateTimeCompact, json!("20240101256000")),
            Some("datetime")
        );
        assert_eq!(rule(Check::DateTimeCompact, json!("20240101235959")), None);
        // Found by the `request` fuzz target: byte offsets inside a multibyte character used to
        // panic when slicing; any non-ASCII date-time is simply malformed.
        assert_eq!(
            rule(Check::DateTimeSpaced, json!("202é-01-01 10:00:0")),
            Some("datetime")
        );
        assert_eq!(
            rule(Check::DateTimeSpaced, json!("2024-01-01 1é:00:0")),
            Some("datetime")
        );
        assert_eq!(
            rule(Check::DateTimeCompact, json!("2024010é23595")),
            Some("datetime")
        );
        assert_eq!(rule(Check::Amount, json!("1.005")), Some("amount_format"));
        assert_eq!(
            rule(Check::Amount, json!("12345678901")),
            Some("amount_format")
        );
        assert_eq!(rule(Check::Amount, json!("0.00")), Some("amount_positive"));
        assert_eq!(rule(Check::Amount, json!("-1")), Some("amount_format"));
        assert_eq!(rule(Check::Amount, json!("1.")), Some("amount_format"));
        assert_eq!(rule(Check::Amount, json!("1234567890.12")), None);
        assert_eq!(
            rule(Check::Amount, json!(344.91)),
            None,
            "numbers as written"
        );
        assert_eq!(rule(Check::Decimal(10, 2), json!("0")), None);
        assert_eq!(rule(Check::Digits(4, 8), json!("12a4")), Some("digits"));
        assert_eq!(rule(Check::Digits(4, 8), json!("123456")), None);
        assert_eq!(
            rule(Check::TransCode, json!("01122031")),
            Some("trans_code")
        );
        assert_eq!(rule(Check::TransCode, json!("01122030")), None);
        assert_eq!(rule(Check::Array, json!({})), Some("type"));
        assert_eq!(rule(Check::Object, json!([])), Some("type"));
        assert_eq!(rule(Check::Len(1, 3), json!({"a": 1})), Some("type"));
        assert_eq!(rule(Check::Len(1, 3), json!({"$encrypted": "QUJD"})), None);
    }

    #[test]
    fn id_prefixes() {
        let mut p = Vec::new();
        path_parameter("payment_id", "REFUND_1", &mut p);
        path_parameter("payment_id", "PAY_1", &mut p);
        path_parameter("declaration_id", "CIQ_1", &mut p);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "path.payment_id");
    }
}
