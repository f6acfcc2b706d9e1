//! A validating JSON scanner that reports where members sit in the raw bytes.
//!
//! Response signatures cover raw text (004:L87-94: "the result object(s)"), so the verifier must
//! cut the signed member out of the body exactly as received, never re-serialise it. This
//! scanner walks the whole document once, checks it is one well-formed RFC 8259 value (no
//! trailing data, no comments, no lone surrogates, no control characters in strings, bounded
//! depth), rejects duplicate keys at every depth (a parser that keeps the last duplicate would
//! otherwise read something other than what was signed), and returns the byte ranges of the
//! top-level members or elements. Keys are compared after unescaping, so `"pay\u006dent"` and
//! `"payment"` are the same key.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// Deepest nesting accepted (the same bound as `serde_json`).
pub const MAX_DEPTH: usize = 128;

/// The prefix of the keys `serde_json` keeps for itself: with `arbitrary_precision` (the SDK's,
/// so amounts keep their text) an object whose key is `$serde_json::private::Number` is read as
/// a number, so `{"$serde_json::private::Number":"12"}` would become the number 12 after the
/// scan had passed it as an object. No UMF document has such a key; the scanner refuses it.
const SERDE_JSON_PRIVATE: &str = "$serde_json::private::";

/// The bytes that end a plain run inside a string: the closing quote, an escape, or a control
/// character (refused).
const STRING_STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        stops[b] = true;
        b += 1;
    }
    stops[b'"' as usize] = true;
    stops[b'\\' as usize] = true;
    stops
};

/// Why the integer `-0` is refused. serde_json (with `arbitrary_precision`) keeps every
/// number's text, except that reading a value back out of a `Value` turns the integer `-0`
/// into the integer 0: an amount `-0` would be reported (or signed and sent) as `0`. No amount
/// is negative zero; refusing it keeps "amounts are exact text" without exception.
pub const NEGATIVE_ZERO: &str = "the integer -0 (serde_json reads it back as 0)";

/// Why the bytes are not acceptable JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanError {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What the problem is.
    pub reason: &'static str,
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.offset)
    }
}

/// One member of an object: its (unescaped) key and where its parts are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member<'a> {
    /// The key, unescaped.
    pub key: Cow<'a, str>,
    /// From the opening quote of the key to the end of the value.
    pub span: Range<usize>,
    /// The value's raw text.
    pub value: Range<usize>,
}

/// One element of a top-level array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element<'a> {
    /// The element's raw text.
    pub range: Range<usize>,
    /// Its members, in document order, when it is an object (from the same pass: an envelope
    /// inside an array, as the reconciliation statement's, is not scanned a second time).
    pub members: Option<Vec<Member<'a>>>,
}

/// The top-level structure of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopLevel<'a> {
    /// An object and its members, in document order.
    Object(Vec<Member<'a>>),
    /// An array and its elements.
    Array(Vec<Element<'a>>),
    /// A string, number or literal.
    Scalar(Range<usize>),
}

/// Scans a complete document.
pub fn scan(raw: &[u8]) -> Result<TopLevel<'_>, ScanError> {
    let text = std::str::from_utf8(raw).map_err(|e| ScanError {
        offset: e.valid_up_to(),
        reason: "invalid UTF-8",
    })?;
    let mut scanner = Scanner::new(text);
    scanner.skip_ws();
    let top = match scanner.peek() {
        Some(b'{') => TopLevel::Object(scanner.object(0, true)?),
        Some(b'[') => TopLevel::Array(scanner.array(0, true)?),
        Some(_) => {
            let start = scanner.pos;
            scanner.value(0)?;
            TopLevel::Scalar(start..scanner.pos)
        }
        None => return Err(scanner.error("empty document")),
    };
    scanner.skip_ws();
    if scanner.pos != raw.len() {
        return Err(scanner.error("trailing data after the JSON value"));
    }
    Ok(top)
}

/// Scans a document that must be an object and returns its members.
pub fn scan_object(raw: &[u8]) -> Result<Vec<Member<'_>>, ScanError> {
    match scan(raw)? {
        TopLevel::Object(members) => Ok(members),
        _ => Err(ScanError {
            offset: 0,
            reason: "expected a JSON object",
        }),
    }
}

/// Decodes the raw text of a JSON string value (quotes included) into its content.
pub fn decode_string(raw: &[u8]) -> Option<Cow<'_, str>> {
    let mut scanner = Scanner::new(std::str::from_utf8(raw).ok()?);
    let decoded = scanner.string().ok()?;
    (scanner.pos == raw.len()).then_some(decoded)
}

struct Scanner<'a> {
    /// The input, checked to be UTF-8 once, so that a string's text is a slice of it.
    text: &'a str,
    raw: &'a [u8],
    pos: usize,
    /// The key sets of the objects being scanned, one per depth, kept between objects so that
    /// an array of a thousand objects allocates one set, not a thousand.
    key_sets: Vec<Keys<'a>>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            raw: text.as_bytes(),
            pos: 0,
            key_sets: Vec::new(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.raw.get(self.pos).copied()
    }

    fn error(&self, reason: &'static str) -> ScanError {
        ScanError {
            offset: self.pos,
            reason,
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, byte: u8, reason: &'static str) -> Result<(), ScanError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(reason))
        }
    }

    fn value(&mut self, depth: usize) -> Result<(), ScanError> {
        match self.peek() {
            Some(b'{') => self.object(depth + 1, false).map(drop),
            Some(b'[') => self.array(depth + 1, false).map(drop),
            Some(b'"') => self.string().map(drop),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
            None => Err(self.error("unexpected end of input")),
        }
    }

    /// Scans an object; collects its members only when `collect` (the top level), but checks
    /// duplicate keys at every depth.
    fn object(&mut self, depth: usize, collect: bool) -> Result<Vec<Member<'a>>, ScanError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        self.pos += 1; // '{'
        if self.key_sets.len() <= depth {
            self.key_sets.resize_with(depth + 1, Keys::default);
        }
        let mut seen = std::mem::take(&mut self.key_sets[depth]);
        seen.clear();
        let scanned = self.members(depth, collect, &mut seen);
        self.key_sets[depth] = seen;
        scanned
    }

    fn members(
        &mut self,
        depth: usize,
        collect: bool,
        seen: &mut Keys<'a>,
    ) -> Result<Vec<Member<'a>>, ScanError> {
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(members);
        }
        loop {
            self.skip_ws();
            let key_start = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a string key"));
            }
            let key = self.string()?;
            if key.starts_with(SERDE_JSON_PRIVATE) {
                return Err(ScanError {
                    offset: key_start,
                    reason: "a key serde_json reserves for itself",
                });
            }
            if !seen.insert(key.clone()) {
                return Err(ScanError {
                    offset: key_start,
                    reason: "duplicate key",
                });
            }
            self.skip_ws();
            self.expect(b':', "expected `:` after a key")?;
            self.skip_ws();
            let value_start = self.pos;
            self.value(depth)?;
            if collect {
                members.push(Member {
                    key,
                    span: key_start..self.pos,
                    value: value_start..self.pos,
                });
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(members);
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// Scans an array; collects its elements (with the members of those that are objects) only
    /// when `collect` (the top level).
    fn array(&mut self, depth: usize, collect: bool) -> Result<Vec<Element<'a>>, ScanError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        self.pos += 1; // '['
        let mut elements = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(elements);
        }
        loop {
            self.skip_ws();
            let start = self.pos;
            // `value` would scan an object one level down too (`depth + 1`), collecting nothing.
            let members = if collect && self.peek() == Some(b'{') {
                Some(self.object(depth + 1, true)?)
            } else {
                self.value(depth)?;
                None
            };
            if collect {
                elements.push(Element {
                    range: start..self.pos,
                    members,
                });
            }
            self.skip_ws();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(elements);
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn literal(&mut self, word: &'static [u8]) -> Result<(), ScanError> {
        if self.raw[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("invalid literal"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<(), ScanError> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                // serde_json hands the integer `-0` on as the integer 0, so its text (an
                // amount's exact text) would not survive the read: see `NEGATIVE_ZERO`.
                if negative && !matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
                    return Err(ScanError {
                        offset: start,
                        reason: NEGATIVE_ZERO,
                    });
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(())
    }

    /// Scans a string at `pos` (on the opening quote) and returns its unescaped content.
    fn string(&mut self) -> Result<Cow<'a, str>, ScanError> {
        self.pos += 1; // '"'
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut plain_from = start;
        loop {
            // Skip the plain run at once: most of a string is bytes that need no look.
            let plain = self.raw[self.pos..]
                .iter()
                .position(|b| STRING_STOPS[usize::from(*b)])
                .unwrap_or(self.raw.len() - self.pos);
            self.pos += plain;
            let Some(byte) = self.peek() else {
                return Err(self.error("unterminated string"));
            };
            match byte {
                b'"' => {
                    let raw = self.text(plain_from, self.pos)?;
                    self.pos += 1;
                    return Ok(match owned {
                        Some(mut s) => {
                            s.push_str(raw);
                            Cow::Owned(s)
                        }
                        None => Cow::Borrowed(raw),
                    });
                }
                b'\\' => {
                    let before = self.text(plain_from, self.pos)?;
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(before);
                    self.pos += 1;
                    let decoded = self.escape()?;
                    owned.get_or_insert_with(String::new).push(decoded);
                    plain_from = self.pos;
                }
                // What the plain run stopped on and is neither: a control character.
                _ => return Err(self.error("control character in string")),
            }
        }
    }

    fn text(&self, from: usize, to: usize) -> Result<&'a str, ScanError> {
        // The whole input was checked to be UTF-8 once and `from`/`to` sit on ASCII bytes,
        // so this is a slice, not a second check of the bytes.
        self.text.get(from..to).ok_or(ScanError {
            offset: from,
            reason: "invalid UTF-8",
        })
    }

    fn escape(&mut self) -> Result<char, ScanError> {
        let Some(byte) = self.peek() else {
            return Err(self.error("unterminated escape"));
        };
        self.pos += 1;
        Ok(match byte {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        if self.raw[self.pos..].starts_with(b"\\u") {
                            self.pos += 2;
                            let second = self.hex4()?;
                            if !(0xDC00..=0xDFFF).contains(&second) {
                                return Err(self.error("invalid surrogate pair"));
                            }
                            let code = 0x10000
                                + ((u32::from(first) - 0xD800) << 10)
                                + (u32::from(second) - 0xDC00);
                            char::from_u32(code)
                                .ok_or_else(|| self.error("invalid surrogate pair"))?
                        } else {
                            return Err(self.error("lone surrogate"));
                        }
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone surrogate")),
                    _ => char::from_u32(u32::from(first))
                        .ok_or_else(|| self.error("invalid escape"))?,
                }
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u16, ScanError> {
        let digits = self
            .raw
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| self.error("truncated \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("invalid \\u escape"))?;
        let value = u16::from_str_radix(text, 16).map_err(|_| self.error("invalid \\u escape"))?;
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return Err(self.error("invalid \\u escape"));
        }
        self.pos += 4;
        Ok(value)
    }
}

/// The keys of one object, for the duplicate check. Objects are small (UMF's have a few dozen
/// members at most), where a linear search beats hashing every key with SipHash; a large one
/// (hostile input) switches to a set so the check stays linear overall.
#[derive(Default)]
struct Keys<'a> {
    few: Vec<Cow<'a, str>>,
    many: HashSet<Cow<'a, str>>,
}

impl<'a> Keys<'a> {
    const LINEAR_UP_TO: usize = 16;

    /// Empties the set, keeping its memory.
    fn clear(&mut self) {
        self.few.clear();
        self.many.clear();
    }

    /// Adds `key`; false if it was already there.
    fn insert(&mut self, key: Cow<'a, str>) -> bool {
        if self.many.is_empty() {
            if self.few.contains(&key) {
                return false;
            }
            if self.few.len() < Self::LINEAR_UP_TO {
                self.few.push(key);
                return true;
            }
            self.many.extend(self.few.drain(..));
        }
        self.many.insert(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(raw: &str) -> Vec<(String, String)> {
        scan_object(raw.as_bytes())
            .unwrap()
            .into_iter()
            .map(|m| (m.key.into_owned(), raw[m.value].to_owned()))
            .collect()
    }

    #[test]
    fn a_top_level_array_gives_its_objects_members_from_the_same_pass() {
        let raw = r#"[ {"meta":{"sign":"s"}, "a":[1,{"b":2}]}, 2, {"c":"d"} ]"#;
        let TopLevel::Array(elements) = scan(raw.as_bytes()).unwrap() else {
            panic!("an array")
        };
        // Each element's text, and each member's key and text when it is an object.
        type Part<'r> = (&'r str, Option<Vec<(String, &'r str)>>);
        let parts: Vec<Part<'_>> = elements
            .iter()
            .map(|e| {
                let members = e.members.as_ref().map(|ms| {
                    ms.iter()
                        .map(|m| (m.key.to_string(), &raw[m.value.clone()]))
                        .collect()
                });
                (&raw[e.range.clone()], members)
            })
            .collect();
        assert_eq!(
            parts,
            vec![
                (
                    r#"{"meta":{"sign":"s"}, "a":[1,{"b":2}]}"#,
                    Some(vec![
                        ("meta".into(), r#"{"sign":"s"}"#),
                        ("a".into(), r#"[1,{"b":2}]"#)
                    ])
                ),
                ("2", None),
                (r#"{"c":"d"}"#, Some(vec![("c".into(), r#""d""#)])),
            ]
        );
        // The elements' objects keep every check: a duplicate key, the depth bound.
        assert_eq!(
            scan(br#"[{"a":1,"a":2}]"#).unwrap_err().reason,
            "duplicate key"
        );
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        let deeper = format!("[{{\"a\":{deep}}}]");
        assert_eq!(
            scan(deeper.as_bytes()).unwrap_err().reason,
            "nesting too deep"
        );
        assert!(scan(
            format!(
                "[{{\"a\":{}}}]",
                "[".repeat(MAX_DEPTH - 2) + &"]".repeat(MAX_DEPTH - 2)
            )
            .as_bytes()
        )
        .is_ok());
    }

    #[test]
    fn a_control_character_in_a_string_is_refused_wherever_the_run_stops() {
        for raw in [
            "{\"a\":\"x\u{1}\"}",
            "{\"a\":\"\u{1f}\"}",
            "{\"a\":\"\\n\n\"}",
        ] {
            let error = scan(raw.as_bytes()).unwrap_err();
            assert_eq!(error.reason, "control character in string", "{raw:?}");
        }
        assert!(scan(br#"{"a":"x\n\u0001y"}"#).is_ok());
    }

    /// Found by the amounts property (`every_amount_keeps_its_text_or_is_refused`): `-0` as a
    /// JSON number came out as `"0"`.
    #[test]
    fn the_integer_negative_zero_is_refused_and_other_zeros_pass() {
        for raw in [
            r#"{"total":-0}"#,
            r#"{"a":[1,-0]}"#,
            "-0",
            r#"{"total": -0 }"#,
        ] {
            let error = scan(raw.as_bytes()).unwrap_err();
            assert_eq!(error.reason, NEGATIVE_ZERO, "{raw}");
        }
        for raw in [
            r#"{"total":0}"#,
            r#"{"total":-0.0}"#,
            r#"{"total":-0e1}"#,
            r#"{"total":"-0"}"#,
            r#"{"total":-10}"#,
        ] {
            assert!(scan(raw.as_bytes()).is_ok(), "{raw}");
        }
    }

    /// Found by the json_scan fuzz target (fuzz/regressions/json_scan/serde-private-number): the
    /// scanner passed an object that serde_json, with `arbitrary_precision`, reads as a number
    /// or refuses. Under any spelling of the key, at any depth, it is refused.
    #[test]
    fn serde_json_private_keys_are_refused_at_any_depth() {
        for raw in [
            r#"{"$serde_json::private::Number":"12"}"#,
            "{\"$serde_json::private::Number\"\t:\"12\", \"imer_orderId\"\t :\"\"}",
            r#"{"payment":{"order":{"amount":{"total":{"$serde_json::private::Number":"1"}}}}}"#,
            r#"[{"\u0024serde_json::private::Number":"12"}]"#,
            r#"{"a":{"$serde_json::private::RawValue":"{}"}}"#,
        ] {
            let error = scan(raw.as_bytes()).unwrap_err();
            assert_eq!(
                error.reason, "a key serde_json reserves for itself",
                "{raw}"
            );
        }
        // A value with that text is only text.
        assert!(scan(br#"{"note":"$serde_json::private::Number"}"#).is_ok());
    }

    #[test]
    fn finds_raw_values_in_document_order() {
        let raw = r#" {"meta" : {"sign":"a\"b"}, "payment":{"id":"P","x":[1,2.50,{"a":null}]} ,"links":[]} "#;
        assert_eq!(
            members(raw),
            vec![
                ("meta".into(), r#"{"sign":"a\"b"}"#.into()),
                (
                    "payment".into(),
                    r#"{"id":"P","x":[1,2.50,{"a":null}]}"#.into()
                ),
                ("links".into(), "[]".into()),
            ]
        );
    }

    #[test]
    fn keys_compare_unescaped() {
        let err = scan(br#"{"payment":1,"pay\u006dent":2}"#).unwrap_err();
        assert_eq!(err.reason, "duplicate key");
        let m = scan_object(br#"{"pay\u006dent":{}}"#).unwrap();
        assert_eq!(m[0].key, "payment");
    }

    #[test]
    fn rejects_duplicates_at_any_depth() {
        assert!(scan(br#"{"a":{"b":1,"b":2}}"#).is_err());
        assert!(scan(br#"[{"b":1,"b":2}]"#).is_err());
        assert!(scan(br#"{"a":{"b":1},"c":{"b":2}}"#).is_ok());
    }

    #[test]
    fn finds_duplicates_in_large_objects_too() {
        // Either side of the switch from a linear search to a set.
        for n in [15usize, 16, 17, 40] {
            let members: Vec<String> = (0..n).map(|i| format!(r#""k{i}":{i}"#)).collect();
            let ok = format!("{{{}}}", members.join(","));
            assert!(scan(ok.as_bytes()).is_ok(), "{n} distinct keys");
            for dup in [0, n / 2, n - 1] {
                let bad = format!(r#"{{{},"k{dup}":0}}"#, members.join(","));
                assert_eq!(
                    scan(bad.as_bytes()).unwrap_err().reason,
                    "duplicate key",
                    "{n}/{dup}"
                );
            }
        }
    }

    #[test]
    fn rejects_what_is_not_one_json_value() {
        for bad in [
            "",
            "{",
            r#"{"a":1}{"b":2}"#,
            r#"{"a":1,}"#,
            r#"{"a":01}"#,
            r#"{"a":1.}"#,
            r#"{"a":-}"#,
            r#"{"a":"\ud800"}"#,
            r#"{"a":"\x"}"#,
            "{\"a\":\"\u{1}\"}",
            r#"{'a':1}"#,
            "{\"a\":1} //",
            "\u{feff}{}",
            r#"{"a":tru}"#,
        ] {
            assert!(scan(bad.as_bytes()).is_err(), "accepted {bad:?}");
        }
        assert!(scan(b"{\"a\":\"\xff\"}").is_err());
    }

    #[test]
    fn bounds_depth() {
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert_eq!(
            scan(deep.as_bytes()).unwrap_err().reason,
            "nesting too deep"
        );
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(scan(ok.as_bytes()).is_ok());
    }

    #[test]
    fn decodes_strings_and_surrogates() {
        assert_eq!(decode_string(br#""a\u003db""#).unwrap(), "a=b");
        assert_eq!(decode_string(br#""\ud83d\ude00""#).unwrap(), "\u{1F600}");
        assert!(decode_string(br#""a" "#).is_none());
    }

    fn json_value() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i32>().prop_map(serde_json::Value::from),
            "[a-z é\"\\\\]{0,6}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                proptest::collection::btree_map("[a-z]{1,3}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// An array's object elements come with the members a scan of that element alone finds
        /// (at the same offsets), whatever the document; other elements come without.
        #[test]
        fn array_elements_members_are_those_of_the_element_alone(
            elements in proptest::collection::vec(json_value(), 0..5),
        ) {
            let raw = serde_json::to_vec(&serde_json::Value::from(elements.clone())).unwrap();
            let TopLevel::Array(scanned) = scan(&raw).unwrap() else { panic!("an array") };
            proptest::prop_assert_eq!(scanned.len(), elements.len());
            for (element, value) in scanned.iter().zip(&elements) {
                let text = &raw[element.range.clone()];
                proptest::prop_assert_eq!(
                    &serde_json::from_slice::<serde_json::Value>(text).unwrap(),
                    value
                );
                match (&element.members, value.is_object()) {
                    (Some(members), true) => {
                        let alone = scan_object(text).unwrap();
                        proptest::prop_assert_eq!(members.len(), alone.len());
                        for (m, a) in members.iter().zip(alone) {
                            proptest::prop_assert_eq!(&m.key, &a.key);
                            proptest::prop_assert_eq!(
                                m.value.clone(),
                                a.value.start + element.range.start..a.value.end + element.range.start
                            );
                        }
                    }
                    (None, false) => {}
                    (members, _) => proptest::prop_assert!(false, "members {members:?} for {value}"),
                }
            }
        }
    }

    #[test]
    fn agrees_with_serde_json_on_valid_documents() {
        for doc in [
            r#"{"a":[1,2,{"b":"c"}],"d":-0.5e+3,"e":true,"f":null,"g":"\u00e9\n"}"#,
            r#"[{"meta":{}},{"x":1}]"#,
            r#""just a string""#,
            "12.5",
        ] {
            assert!(scan(doc.as_bytes()).is_ok());
            assert!(serde_json::from_str::<serde_json::Value>(doc).is_ok());
        }
    }
}
