//! Path templates: rendering with escaped parameters, and matching for the sandbox's router.
//!
//! Several literal segments share the position of `{payment_id}` (`self_account_balance`,
//! `asy_refund`, `apply_customs`, `customs_query`, `apply_to_ciq`; API.md Q15). A parameter
//! value equal to any literal segment of the table is refused, so a caller cannot turn
//! `get_payment` into `get_refundable_balance` by accident, and every value is percent-encoded
//! as one segment (`/`, `?`, `#`, `%` and spaces cannot change the route).

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::OPERATIONS;
use crate::error::{Error, Result};

/// Characters left as they are in a path segment or query value: RFC 3986 unreserved.
pub(crate) const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The `{name}`s of a template, in order.
pub fn parameters(template: &'static str) -> impl Iterator<Item = &'static str> {
    template
        .split('/')
        .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// Number of literal (non-parameter) segments.
pub fn literal_segments(template: &str) -> usize {
    template
        .split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .count()
}

/// Whether `value` equals a literal segment somewhere in the operation table.
fn is_reserved(value: &str) -> bool {
    OPERATIONS.iter().any(|op| {
        op.path
            .split('/')
            .any(|seg| !seg.starts_with('{') && seg == value)
    })
}

/// Renders `template` with `lookup(name)` for each parameter.
pub fn render<'a>(
    template: &str,
    mut lookup: impl FnMut(&str) -> Option<&'a str>,
) -> Result<String> {
    let mut out = String::with_capacity(template.len() + 48);
    for (i, seg) in template.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                let value = lookup(name).ok_or_else(|| {
                    Error::invalid_request(format!("path parameter `{name}` is missing"))
                })?;
                check_segment(name, value)?;
                out.extend(utf8_percent_encode(value, UNRESERVED));
            }
            None => out.push_str(seg),
        }
    }
    Ok(out)
}

fn check_segment(name: &str, value: &str) -> Result<()> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::invalid_request(format!(
            "path parameter `{name}` is empty or a dot segment"
        )));
    }
    if is_reserved(value) {
        return Err(Error::invalid_request(format!(
            "path parameter `{name}` equals the reserved segment `{value}`, which routes to \
             another operation"
        )));
    }
    Ok(())
}

/// Matches a request path against a template; returns the decoded parameters.
pub fn match_template(template: &str, path: &str) -> Option<Vec<(String, String)>> {
    let want: Vec<&str> = template.split('/').collect();
    let got: Vec<&str> = path.split('/').collect();
    if want.len() != got.len() {
        return None;
    }
    let mut params = Vec::new();
    for (w, g) in want.iter().zip(&got) {
        match w.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => {
                if g.is_empty() {
                    return None;
                }
                let value = percent_decode_str(g).decode_utf8().ok()?;
                params.push((name.to_owned(), value.into_owned()));
            }
            None if w == g => {}
            None => return None,
        }
    }
    Some(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_escapes() {
        let url = render("/payments/payment/{payment_id}/refund", |_| {
            Some("PAY_A/../b c")
        })
        .unwrap();
        assert_eq!(url, "/payments/payment/PAY_A%2F..%2Fb%20c/refund");
        assert_eq!(
            match_template("/payments/payment/{payment_id}/refund", &url).unwrap()[0].1,
            "PAY_A/../b c"
        );
    }

    #[test]
    fn refuses_reserved_empty_and_missing() {
        for bad in [
            "self_account_balance",
            "asy_refund",
            "apply_customs",
            "",
            "..",
            "payments",
        ] {
            let err = render("/payments/payment/{payment_id}", |_| Some(bad)).unwrap_err();
            assert_eq!(err.code(), "invalid_request", "{bad}");
        }
        assert!(render("/payments/payment/{payment_id}", |_| None).is_err());
    }

    #[test]
    fn lists_parameters() {
        assert_eq!(
            parameters("/payments/{file_id}/settle_month_file_download").collect::<Vec<_>>(),
            vec!["file_id"]
        );
        assert_eq!(literal_segments("/{payment_id}/query_order"), 1);
    }
}
