//! Dates and times as UMF writes them.
//!
//! The documents promise ISO 8601 (004:L104-112) and the examples use five shapes (API.md §1.8,
//! K09-K11): `2018-11-26T14:50:56+0800`, `2018-01-29T17:38:52+08:00`, the date `20170916`, Unix
//! seconds `1502344130`, and `2019-06-03 10:20:30` (plus `yyyyMMddHHmmss` in statements). A
//! [`DateTimeText`] keeps the text as received; [`DateTimeText::parts`] reads any of the shapes.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use super::lenient::Lenient;

/// A date or date-time exactly as UMF sent it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DateTimeText(String);

/// The calendar fields of a [`DateTimeText`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DateTimeParts {
    /// Year.
    pub year: u16,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
    /// Hour, 0-23 (0 for a date only).
    pub hour: u8,
    /// Minute.
    pub minute: u8,
    /// Second.
    pub second: u8,
    /// UTC offset in minutes, when the text has one (Unix seconds are UTC).
    pub offset_minutes: Option<i16>,
    /// Whether the text held a date only.
    pub date_only: bool,
}

/// Which of the shapes a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateTimeShape {
    /// `2018-11-26T14:50:56+0800`.
    IsoCompactOffset,
    /// `2018-01-29T17:38:52+08:00` (or `Z`).
    IsoColonOffset,
    /// `20170916`.
    DateOnly,
    /// `1502344130`.
    UnixSeconds,
    /// `2019-06-03 10:20:30`.
    SpaceSeparated,
    /// `20190603102030`.
    CompactDateTime,
}

impl DateTimeText {
    /// Wraps a text without checking it.
    pub fn new(text: impl Into<String>) -> Self {
        DateTimeText(text.into())
    }

    /// `2024-01-01T12:00:00+0800`-style text (the payments' shape) for Unix seconds at a UTC
    /// offset in minutes: what the sandbox writes.
    pub fn from_unix(secs: i64, offset_minutes: i16) -> Self {
        let local = secs + i64::from(offset_minutes) * 60;
        let (y, mo, d, h, mi, s) = civil_from_unix(local);
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let off = offset_minutes.unsigned_abs();
        DateTimeText(format!(
            "{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{sign}{:02}{:02}",
            off / 60,
            off % 60
        ))
    }

    /// The `YYYYMMDD` date of Unix seconds at a UTC offset in minutes.
    pub fn date8_from_unix(secs: i64, offset_minutes: i16) -> String {
        let (y, mo, d, ..) = civil_from_unix(secs + i64::from(offset_minutes) * 60);
        format!("{y:04}{mo:02}{d:02}")
    }

    /// The text as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Which shape the text is, if any known one.
    pub fn shape(&self) -> Option<DateTimeShape> {
        parse(&self.0).map(|(shape, _)| shape)
    }

    /// The calendar fields, if the text is one of the known shapes.
    pub fn parts(&self) -> Option<DateTimeParts> {
        parse(&self.0).map(|(_, parts)| parts)
    }
}

fn num(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn date(y: &str, m: &str, d: &str) -> Option<(u16, u8, u8)> {
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d) && y >= 1970)
        .then_some((y as u16, m as u8, d as u8))
}

fn time(h: &str, mi: &str, s: &str) -> Option<(u8, u8, u8)> {
    let (h, mi, s) = (num(h)?, num(mi)?, num(s)?);
    (h < 24 && mi < 60 && s < 61).then_some((h as u8, mi as u8, s as u8))
}

fn offset(text: &str) -> Option<(i16, bool)> {
    if text == "Z" {
        return Some((0, true));
    }
    let sign: i16 = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let rest = &text[1..];
    let (h, m, colon) = match rest.len() {
        4 => (&rest[..2], &rest[2..], false),
        5 if rest.as_bytes()[2] == b':' => (&rest[..2], &rest[3..], true),
        _ => return None,
    };
    let (h, m) = (num(h)?, num(m)?);
    (h < 24 && m < 60).then_some((sign * (h * 60 + m) as i16, colon))
}

fn parse(text: &str) -> Option<(DateTimeShape, DateTimeParts)> {
    let t = text.trim();
    // Every shape is ASCII; rejecting anything else first keeps the byte offsets sliced below on
    // character boundaries (found by the `request` fuzz target: `201é126` used to panic).
    if !t.is_ascii() {
        return None;
    }
    let b = t.as_bytes();
    let parts = |(year, month, day): (u16, u8, u8),
                 (hour, minute, second): (u8, u8, u8),
                 off,
                 date_only| {
        DateTimeParts {
            year,
            month,
            day,
            hour,
            minute,
            second,
            offset_minutes: off,
            date_only,
        }
    };
    match b.len() {
        8 => Some((
            DateTimeShape::DateOnly,
            parts(date(&t[..4], &t[4..6], &t[6..8])?, (0, 0, 0), None, true),
        )),
        14 if b.iter().all(u8::is_ascii_digit) => Some((
            DateTimeShape::CompactDateTime,
            parts(
                date(&t[..4], &t[4..6], &t[6..8])?,
                time(&t[8..10], &t[10..12], &t[12..14])?,
                None,
                false,
            ),
        )),
        9..=11 if b.iter().all(u8::is_ascii_digit) => {
            let secs: i64 = t.parse().ok()?;
            let (y, m, d, h, mi, s) = civil_from_unix(secs);
            Some((
                DateTimeShape::UnixSeconds,
                DateTimeParts {
                    year: y,
                    month: m,
                    day: d,
                    hour: h,
                    minute: mi,
                    second: s,
                    offset_minutes: Some(0),
                    date_only: false,
                },
            ))
        }
        19 if b[4] == b'-' && b[7] == b'-' && b[10] == b' ' => Some((
            DateTimeShape::SpaceSeparated,
            parts(
                date(&t[..4], &t[5..7], &t[8..10])?,
                hms(&t[11..19])?,
                None,
                false,
            ),
        )),
        n if n >= 20 && b[4] == b'-' && b[7] == b'-' && b[10] == b'T' => {
            let (off, colon) = offset(&t[19..])?;
            let shape = if colon {
                DateTimeShape::IsoColonOffset
            } else {
                DateTimeShape::IsoCompactOffset
            };
            Some((
                shape,
                parts(
                    date(&t[..4], &t[5..7], &t[8..10])?,
                    hms(&t[11..19])?,
                    Some(off),
                    false,
                ),
            ))
        }
        _ => None,
    }
}

fn hms(t: &str) -> Option<(u8, u8, u8)> {
    let b = t.as_bytes();
    (b.len() == 8 && b[2] == b':' && b[5] == b':').then_some(())?;
    time(&t[..2], &t[3..5], &t[6..8])
}

/// Days-from-civil inverse (Howard Hinnant's algorithm), UTC.
fn civil_from_unix(secs: i64) -> (u16, u8, u8, u8, u8, u8) {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        y as u16,
        m as u8,
        d as u8,
        (rem / 3600) as u8,
        ((rem % 3600) / 60) as u8,
        (rem % 60) as u8,
    )
}

impl fmt::Debug for DateTimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DateTimeText({})", self.0)
    }
}

impl fmt::Display for DateTimeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// The npm package's TypeScript: the text as UMF wrote it, in any of its shapes (K10).
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_DATE_TIME: &'static str = r#"
/** A date-time as UMF wrote it (`2018-11-26T14:50:56+0800`, `20170916`, Unix seconds, ...). */
export type DateTimeText = string;
"#;

impl Serialize for DateTimeText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DateTimeText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        DateTimeText::from_value(Value::deserialize(d)?)
            .map_err(D::Error::custom)?
            .ok_or_else(|| D::Error::custom("empty date-time"))
    }
}

impl Lenient for DateTimeText {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        Ok(String::from_value(value)?.map(DateTimeText))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_text_is_malformed_not_a_panic() {
        // Byte offsets that fall inside a multibyte character must not be sliced.
        for text in [
            "201é126",
            "2018-11-26T14:50:5é+0800",
            "2018-11-26T14:50:56+0é0",
        ] {
            assert!(DateTimeText::new(text).parts().is_none(), "{text}");
        }
    }

    #[test]
    fn reads_every_shape_of_the_examples() {
        let cases = [
            (
                "2018-11-26T14:50:56+0800",
                DateTimeShape::IsoCompactOffset,
                Some(480),
            ),
            (
                "2018-01-29T17:38:52+08:00",
                DateTimeShape::IsoColonOffset,
                Some(480),
            ),
            ("20170916", DateTimeShape::DateOnly, None),
            ("1502344130", DateTimeShape::UnixSeconds, Some(0)),
            ("2019-06-03 10:20:30", DateTimeShape::SpaceSeparated, None),
            ("20190603102030", DateTimeShape::CompactDateTime, None),
        ];
        for (text, shape, off) in cases {
            let t = DateTimeText::new(text);
            assert_eq!(t.shape(), Some(shape), "{text}");
            assert_eq!(t.parts().unwrap().offset_minutes, off, "{text}");
        }
        let made = DateTimeText::from_unix(1_502_344_130, 480);
        assert_eq!(made.as_str(), "2017-08-10T13:48:50+0800");
        assert_eq!(made.shape(), Some(DateTimeShape::IsoCompactOffset));
        assert_eq!(
            DateTimeText::date8_from_unix(1_502_344_130, 480),
            "20170810"
        );
        let unix = DateTimeText::new("1502344130").parts().unwrap();
        assert_eq!(
            (unix.year, unix.month, unix.day, unix.hour),
            (2017, 8, 10, 5)
        );
        assert!(DateTimeText::new("2018-13-01T00:00:00+0800")
            .parts()
            .is_none());
        assert!(DateTimeText::new("soon").parts().is_none());
    }
}
