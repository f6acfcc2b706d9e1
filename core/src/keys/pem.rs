//! A forgiving PEM reader for the key files merchants are actually sent.
//!
//! Strict RFC 7468 parsers reject what e-mail and Windows editors do to PEM files: CRLF line
//! ends, trailing spaces, missing final newline, text before the armour, over-long lines. The
//! documents give no canonical form (UMF mails keys as attachments, 004:L120-125), so this reader
//! accepts all of that, and still rejects a body that is not base64.

use zeroize::Zeroizing;

use super::base64_lenient;
use crate::error::{Error, Result};

/// One `-----BEGIN X-----` ... `-----END X-----` block.
pub(crate) struct PemBlock {
    /// The label, e.g. `PRIVATE KEY`, `RSA PUBLIC KEY`, `CERTIFICATE`.
    pub label: String,
    /// Whether RFC 1421 headers mark the body as encrypted (`Proc-Type: 4,ENCRYPTED`).
    pub legacy_encrypted: bool,
    /// The decoded body.
    pub der: Zeroizing<Vec<u8>>,
}

const BEGIN: &str = "-----BEGIN ";
const END: &str = "-----END ";
const DASHES: &str = "-----";

/// Whether the input looks like PEM at all.
pub(crate) fn looks_like_pem(input: &[u8]) -> bool {
    find(input, BEGIN.as_bytes()).is_some()
}

/// Every block of the input, in order.
pub(crate) fn parse_blocks(input: &[u8]) -> Result<Vec<PemBlock>> {
    let text = std::str::from_utf8(input)
        .map_err(|_| Error::key_invalid("PEM text is not valid UTF-8"))?;
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(BEGIN) {
        let after_begin = &rest[start + BEGIN.len()..];
        let label_end = after_begin
            .find(DASHES)
            .ok_or_else(|| Error::key_invalid("PEM BEGIN line is not closed by -----"))?;
        let label = after_begin[..label_end].trim().to_owned();
        let body_and_more = &after_begin[label_end + DASHES.len()..];
        let end_marker = format!("{END}{label}{DASHES}");
        let body_end = body_and_more.find(&end_marker).ok_or_else(|| {
            Error::key_invalid(format!("PEM block `{label}` has no matching END line"))
        })?;
        let body = &body_and_more[..body_end];
        let (legacy_encrypted, base64_body) = split_headers(body);
        let der = base64_lenient(base64_body).ok_or_else(|| {
            Error::key_invalid(format!("PEM block `{label}` does not hold base64"))
        })?;
        blocks.push(PemBlock {
            label,
            legacy_encrypted,
            der,
        });
        rest = &body_and_more[body_end + end_marker.len()..];
    }
    if blocks.is_empty() {
        return Err(Error::key_invalid("no PEM block found"));
    }
    Ok(blocks)
}

/// Splits RFC 1421 headers (`Proc-Type`, `DEK-Info`) from the base64 body.
fn split_headers(body: &str) -> (bool, &str) {
    let trimmed = body.trim_start_matches(['\r', '\n', ' ', '\t']);
    let first_line = trimmed.lines().next().unwrap_or("");
    if !first_line.contains(':') {
        return (false, body);
    }
    let mut encrypted = false;
    let mut offset = body.len() - trimmed.len();
    for line in trimmed.split_inclusive('\n') {
        let content = line.trim();
        if content.is_empty() {
            offset += line.len();
            break;
        }
        if !content.contains(':') {
            break;
        }
        if content.starts_with("Proc-Type") && content.contains("ENCRYPTED") {
            encrypted = true;
        }
        offset += line.len();
    }
    (encrypted, &body[offset..])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerates_crlf_spaces_and_no_final_newline() {
        let pem = "junk before\r\n-----BEGIN PUBLIC KEY-----  \r\nTUlJ\r\n  QQ==  \r\n-----END PUBLIC KEY-----";
        let blocks = parse_blocks(pem.as_bytes()).unwrap();
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].label, "PUBLIC KEY");
        assert_eq!(&blocks[0].der[..], b"MIIA");
    }

    #[test]
    fn reads_legacy_encryption_headers() {
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nTUlJ\n-----END RSA PRIVATE KEY-----\n";
        let blocks = parse_blocks(pem.as_bytes()).unwrap();
        assert!(blocks[0].legacy_encrypted);
        assert_eq!(&blocks[0].der[..], b"MII");
    }

    #[test]
    fn rejects_unclosed_and_non_base64_blocks() {
        assert!(parse_blocks(b"-----BEGIN PUBLIC KEY-----\nTUlJ\n").is_err());
        assert!(parse_blocks(b"-----BEGIN X-----\n!!!\n-----END X-----").is_err());
        assert!(parse_blocks(b"no pem here").is_err());
    }
}
