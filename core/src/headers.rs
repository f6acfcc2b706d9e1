//! The one check of every header the SDK writes: `Authorization`, `Accept-Language`,
//! `Content-Type`, `Signature`, and any header a caller sets on a built request.
//!
//! A value is sent as is, so a CR or LF in it would end the header and start another one
//! (header injection: a token from a compromised cache or a forged token response could add
//! `X-Forwarded-For`, a second `Authorization`, or end the head and smuggle a body). RFC 9110
//! §5.5 allows visible ASCII, spaces and tabs, and obsolete non-ASCII octets; this SDK writes
//! only headers it knows the shape of, so it is stricter: printable ASCII (0x20-0x7E), no
//! leading or trailing space, at most [`MAX_VALUE_LEN`] bytes. Names are RFC 9110 tokens.
//!
//! An access token is stricter still (see [`access_token_problem`]): it is what UMF issued, it
//! goes after `Bearer `, and RFC 6750's `b64token` has no spaces.

use crate::error::{Error, Result};

/// The longest header value the SDK writes. Servers commonly refuse a whole head over 8 KiB.
pub const MAX_VALUE_LEN: usize = 8 * 1024;

/// The longest access token accepted. UMF's tokens are short opaque strings; 4 KiB leaves room
/// for a JWT-style token while keeping `Authorization` well under [`MAX_VALUE_LEN`].
pub const MAX_ACCESS_TOKEN_LEN: usize = 4 * 1024;

/// Checks one header before it is written. The error names the header and the rule, never the
/// value (it may be a token or a signature).
pub fn check(name: &str, value: &str) -> Result<()> {
    if name.is_empty() || !name.bytes().all(is_token_char) {
        return Err(Error::InvalidHeader {
            name: "(invalid name)".to_owned(),
            reason: "a header name must be a non-empty RFC 9110 token",
        });
    }
    match value_problem(value) {
        None => Ok(()),
        Some(reason) => Err(Error::InvalidHeader {
            name: name.to_owned(),
            reason,
        }),
    }
}

/// Checks every header of a list (what a built request carries).
pub fn check_all(headers: &[(String, String)]) -> Result<()> {
    headers.iter().try_for_each(|(n, v)| check(n, v))
}

/// Why `value` cannot be a header value, or `None` when it can.
pub fn value_problem(value: &str) -> Option<&'static str> {
    if value.len() > MAX_VALUE_LEN {
        Some("longer than 8192 bytes")
    } else if value.bytes().any(|b| b == b'\r' || b == b'\n') {
        Some("contains CR or LF")
    } else if !value.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        Some("contains a control or non-ASCII character")
    } else if value.starts_with(' ') || value.ends_with(' ') {
        Some("has leading or trailing spaces")
    } else {
        None
    }
}

/// Why `token` cannot be a bearer token, or `None` when it can: it must be 1 to
/// [`MAX_ACCESS_TOKEN_LEN`] visible ASCII characters (0x21-0x7E; no space, control or
/// non-ASCII character). Checked on every token response and again on every `Authorization`.
pub fn access_token_problem(token: &str) -> Option<&'static str> {
    if token.is_empty() {
        Some("access_token is empty")
    } else if token.len() > MAX_ACCESS_TOKEN_LEN {
        Some("access_token is longer than 4096 bytes")
    } else if !token.bytes().all(|b| b.is_ascii_graphic()) {
        Some("access_token has a space, control or non-ASCII character")
    } else {
        None
    }
}

/// `tchar` of RFC 9110 §5.6.2.
fn is_token_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_would_inject_or_break_a_header() {
        for bad in [
            "a\r\nX: 1",
            "a\nb",
            "a\rb",
            "a\0b",
            "tab\there",
            "é",
            " lead",
            "trail ",
        ] {
            assert_eq!(
                check("Accept-Language", bad).unwrap_err().code(),
                "invalid_header"
            );
        }
        assert!(check("Accept-Language", &"a".repeat(MAX_VALUE_LEN + 1)).is_err());
        assert!(check("Accept-Language", &"a".repeat(MAX_VALUE_LEN)).is_ok());
        for bad_name in ["", "X Y", "X:Y", "X\r\nY", "Ä"] {
            assert!(check(bad_name, "v").is_err(), "{bad_name:?}");
        }
        assert!(check("Content-Type", "application/json").is_ok());
        assert!(check("Authorization", "Bearer abc.DEF-_~+/=").is_ok());
    }

    #[test]
    fn tokens_are_visible_ascii_of_bounded_length() {
        assert!(access_token_problem("0d9f1c-Ab.x_y~z+/=").is_none());
        for bad in ["", "a b", "a\r\n", "tök", "a\tb"] {
            assert!(access_token_problem(bad).is_some(), "{bad:?}");
        }
        assert!(access_token_problem(&"a".repeat(MAX_ACCESS_TOKEN_LEN)).is_none());
        assert!(access_token_problem(&"a".repeat(MAX_ACCESS_TOKEN_LEN + 1)).is_some());
    }

    #[test]
    fn errors_name_the_header_never_the_value() {
        let err = check("Authorization", "Bearer secret\r\nX-Evil: 1").unwrap_err();
        assert!(!err.to_string().contains("secret"), "{err}");
        assert!(err.to_string().contains("Authorization"), "{err}");
    }
}
