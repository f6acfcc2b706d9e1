//! Request signatures: the `Signature` header.
//!
//! 004:L81-86: every POST carries `Signature: base64(RSA(SHA-256(UTF-8 body)))` made with the
//! merchant private key. UMF's Java demo uses `SHA256withRSA`, i.e. RSASSA-PKCS1-v1_5 with the
//! SHA-256 DigestInfo (API.md Q2). No canonical form exists, so the signature covers the exact
//! body bytes: a body is serialised once, and the same bytes are signed and sent.
//!
//! The same primitive verifies notifications (the `Signature` header over the raw POST body,
//! 004:L2585-2588) and response `meta.sign` values.

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use crate::error::{Error, Result};
use crate::keys::{PrivateKey, PublicKey};

/// A signature as sent in the `Signature` header: standard base64 with `=` padding.
#[derive(Clone, PartialEq, Eq)]
pub struct Signature(String);

impl Signature {
    /// The base64 text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The raw signature bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        // The text was produced by `STANDARD.encode`, so it always decodes.
        STANDARD.decode(&self.0).unwrap_or_default()
    }

    /// Wraps raw signature bytes.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Signature(STANDARD.encode(bytes))
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Signature({})", self.0)
    }
}

impl From<Signature> for String {
    fn from(s: Signature) -> String {
        s.0
    }
}

impl PrivateKey {
    /// Signs `message` with RSASSA-PKCS1-v1_5 over SHA-256 and returns the base64 signature.
    ///
    /// The RSA private-key operation is blinded with fresh randomness (the `rsa` crate's
    /// `sign_with_rng`, or OpenSSL's own blinding with the `native-backend` feature), which is
    /// the mitigation for timing attacks on the private exponent. PKCS#1 v1.5 signatures are
    /// deterministic, so blinding does not change the output, and both backends give the same
    /// bytes.
    pub fn sign(&self, message: &[u8]) -> Result<Signature> {
        Ok(Signature::from_bytes(&self.sign_raw(message)?))
    }
}

impl PublicKey {
    /// Checks a base64 RSASSA-PKCS1-v1_5 / SHA-256 signature over exactly `message`.
    ///
    /// Surrounding ASCII whitespace in `signature` is ignored (HTTP stacks differ in trimming
    /// header values); anything else that is not standard padded base64 of the key's size is
    /// [`Error::SignatureMalformed`]. A well-formed signature that does not match is
    /// [`Error::SignatureInvalid`].
    pub fn verify(&self, message: &[u8], signature: &str) -> Result<()> {
        let bytes = decode_signature(signature, self.size())?;
        if self.verify_raw(message, &bytes) {
            Ok(())
        } else {
            Err(Error::SignatureInvalid)
        }
    }
}

/// Decodes a base64 signature and checks its length against the key size.
pub(crate) fn decode_signature(signature: &str, key_size: usize) -> Result<Vec<u8>> {
    let text = signature.trim_matches(|c: char| c.is_ascii_whitespace());
    if text.is_empty() {
        return Err(Error::SignatureMissing {
            unverified_ret_code: None,
        });
    }
    let bytes = STANDARD
        .decode(text)
        .map_err(|_| Error::SignatureMalformed {
            reason: "not standard base64".into(),
        })?;
    if bytes.len() != key_size {
        return Err(Error::SignatureMalformed {
            reason: format!(
                "{} bytes; the key's signatures are {key_size} bytes",
                bytes.len()
            ),
        });
    }
    Ok(bytes)
}
