//! Wall-clock dates in China time (UTC+8), the zone of UMF's examples.

use umf_core::model::DateTimeText;

/// UTC+8 in minutes.
const CHINA: i16 = 480;

/// Unix time in milliseconds.
pub(crate) fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

pub(crate) fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `YYYYMMDD` today.
pub(crate) fn today() -> String {
    DateTimeText::date8_from_unix(now_secs(), CHINA)
}

/// `YYYYMMDD` tomorrow: UMF settles on the following day.
pub(crate) fn tomorrow() -> String {
    DateTimeText::date8_from_unix(now_secs() + 86_400, CHINA)
}

/// `2024-01-01T12:00:00+0800` now.
pub(crate) fn now_iso() -> String {
    DateTimeText::from_unix(now_secs(), CHINA)
        .as_str()
        .to_owned()
}

/// `2024-01-01T12:00:00+0800` after `minutes`.
pub(crate) fn iso_in_minutes(minutes: i64) -> String {
    DateTimeText::from_unix(now_secs() + minutes * 60, CHINA)
        .as_str()
        .to_owned()
}

/// `yyyyMMddHHmmss` now (statement files).
pub(crate) fn compact_now() -> String {
    let iso = now_iso();
    format!(
        "{}{}{}{}{}{}",
        &iso[0..4],
        &iso[5..7],
        &iso[8..10],
        &iso[11..13],
        &iso[14..16],
        &iso[17..19]
    )
}
