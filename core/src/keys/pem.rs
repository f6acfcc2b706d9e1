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

/// PEM labels a message may name: RFC 7468's and OpenSSL's. Any other label is the file's own
/// text and is never repeated: it may be anything, a secret pasted where the label belongs, or
/// the whole base64 body of a key whose BEGIN line lost its closing dashes.
const NAMED_LABELS: [&str; 27] = [
    "PRIVATE KEY",
    "RSA PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
    "ANY PRIVATE KEY",
    "PUBLIC KEY",
    "RSA PUBLIC KEY",
    "CERTIFICATE",
    "X509 CERTIFICATE",
    "TRUSTED CERTIFICATE",
    "ATTRIBUTE CERTIFICATE",
    "CERTIFICATE REQUEST",
    "NEW CERTIFICATE REQUEST",
    "X509 CRL",
    "PKCS7",
    "PKCS #7 SIGNED DATA",
    "CMS",
    "EC PRIVATE KEY",
    "EC PARAMETERS",
    "DSA PRIVATE KEY",
    "DSA PARAMETERS",
    "DH PARAMETERS",
    "X9.42 DH PARAMETERS",
    "OPENSSH PRIVATE KEY",
    "SSH2 PUBLIC KEY",
    "PGP PUBLIC KEY BLOCK",
    "PGP PRIVATE KEY BLOCK",
    "SSL SESSION PARAMETERS",
];

/// The label as a message may show it: one of [`NAMED_LABELS`], else nothing.
pub(crate) fn named_label(label: &str) -> Option<&'static str> {
    NAMED_LABELS.iter().copied().find(|named| *named == label)
}

/// `` `LABEL` `` for a named label, a placeholder for any other.
fn shown(label: &str) -> String {
    named_label(label).map_or_else(|| "with an unknown label".to_owned(), |l| format!("`{l}`"))
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
        if label.contains(['\r', '\n']) {
            // The dashes found belong to a later line: the BEGIN line itself is not closed.
            return Err(Error::key_invalid("PEM BEGIN line is not closed by -----"));
        }
        let body_and_more = &after_begin[label_end + DASHES.len()..];
        let end_marker = format!("{END}{label}{DASHES}");
        let body_end = body_and_more.find(&end_marker).ok_or_else(|| {
            Error::key_invalid(format!(
                "PEM block {} has no matching END line",
                shown(&label)
            ))
        })?;
        let body = &body_and_more[..body_end];
        let (legacy_encrypted, base64_body) = split_headers(body);
        let der = base64_lenient(base64_body).ok_or_else(|| {
            Error::key_invalid(format!("PEM block {} does not hold base64", shown(&label)))
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

    /// Regression: the label is the file's own text. A BEGIN line without its closing dashes
    /// made the whole key body the "label", and the error message repeated it.
    #[test]
    fn errors_never_repeat_a_label_they_do_not_know() {
        let body = "MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAOnuPrkYMAqztVbZ";
        let unclosed = format!("-----BEGIN PRIVATE KEY\n{body}\n-----END PRIVATE KEY-----\n");
        let secret_label = "-----BEGIN client-secret-XYZ-----\nTUlJ\n-----END PRIVATE KEY-----\n";
        let secret_not_base64 =
            "-----BEGIN client-secret-XYZ-----\n!!!\n-----END client-secret-XYZ-----\n";
        for input in [unclosed.as_str(), secret_label, secret_not_base64] {
            let Err(error) = parse_blocks(input.as_bytes()) else {
                panic!("accepted {input}")
            };
            let shown = error.to_string();
            assert!(
                !shown.contains(&body[..16]) && !shown.contains("secret"),
                "{shown}"
            );
        }
        let named = parse_blocks(b"-----BEGIN PUBLIC KEY-----\nTUlJ\n")
            .err()
            .unwrap();
        assert!(named.to_string().contains("`PUBLIC KEY`"), "{named}");
    }
}
