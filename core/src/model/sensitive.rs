//! A card number, CVV2, name or ID number in a model.
//!
//! [`SensitiveString`] never prints its value (`Debug` and `Display` show `***`), zeroises a
//! plaintext on drop, and serialises either as the plaintext string (encrypted later by
//! [`crate::encryption::encrypt_fields`] before anything is signed) or, when it already holds
//! device-side ciphertext, as an encrypted marker that request building passes through.
//!
//! In responses UMF echoes such fields re-encrypted under a key the merchant does not hold
//! (API.md Q8); they are read as [`SensitiveString::Encrypted`] when they are marker objects and
//! as opaque text otherwise, and are never decrypted.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use zeroize::Zeroizing;

use super::lenient::Lenient;
use crate::encryption::{encrypted_marker, json_kind, ENCRYPTED_MARKER};

/// A sensitive value: plaintext to be encrypted, or ciphertext made elsewhere.
#[derive(Clone, PartialEq, Eq)]
pub enum SensitiveString {
    /// Plaintext (or, in a response, UMF's opaque echo); encrypted when the request is built.
    Plain(Zeroizing<String>),
    /// Base64 ciphertext made with the UMF public key elsewhere (e.g. on a device).
    Encrypted(String),
}

impl SensitiveString {
    /// Wraps a plaintext value.
    pub fn plain(value: impl Into<String>) -> Self {
        SensitiveString::Plain(Zeroizing::new(value.into()))
    }

    /// Wraps ciphertext made with the UMF public key.
    pub fn encrypted(ciphertext: impl Into<String>) -> Self {
        SensitiveString::Encrypted(ciphertext.into())
    }

    /// The plaintext or ciphertext text, for code that must hand it on. Never log it.
    pub fn expose(&self) -> &str {
        match self {
            SensitiveString::Plain(s) => s,
            SensitiveString::Encrypted(s) => s,
        }
    }

    /// Whether the value is ciphertext made elsewhere.
    pub fn is_encrypted(&self) -> bool {
        matches!(self, SensitiveString::Encrypted(_))
    }
}

impl fmt::Debug for SensitiveString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SensitiveString::Plain(_) => f.write_str("SensitiveString(***)"),
            SensitiveString::Encrypted(_) => f.write_str("SensitiveString(encrypted ***)"),
        }
    }
}

impl fmt::Display for SensitiveString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

// The npm package's TypeScript: what `Serialize` writes and `Lenient` reads.
#[cfg(feature = "tsify")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_SENSITIVE: &'static str = r#"
/** Ciphertext made on a device (`CardEncryptor`), passed through by the server unchanged. */
export interface EncryptedValue { $encrypted: string }
/** A card or identity field: plaintext (encrypted by the SDK before sending) or a device-made marker. */
export type SensitiveString = string | EncryptedValue;
"#;

impl Serialize for SensitiveString {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            SensitiveString::Plain(p) => s.serialize_str(p),
            SensitiveString::Encrypted(c) => encrypted_marker(c.clone()).serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for SensitiveString {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        SensitiveString::from_value(Value::deserialize(d)?)
            .map_err(D::Error::custom)?
            .ok_or_else(|| D::Error::custom("empty sensitive value"))
    }
}

impl Lenient for SensitiveString {
    fn from_value(value: Value) -> Result<Option<Self>, String> {
        match value {
            Value::Null => Ok(None),
            Value::String(s) if s.is_empty() => Ok(None),
            Value::String(s) => Ok(Some(SensitiveString::plain(s))),
            Value::Number(n) => Ok(Some(SensitiveString::plain(n.to_string()))),
            Value::Object(map) if map.len() == 1 => match map.get(ENCRYPTED_MARKER) {
                Some(Value::String(c)) => Ok(Some(SensitiveString::encrypted(c.clone()))),
                _ => Err("expected a string or an encrypted marker".to_owned()),
            },
            other => Err(format!(
                "expected a string or an encrypted marker, found {}",
                json_kind(&other)
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_the_value() {
        let s = SensitiveString::plain("6222020000000000000");
        assert!(!format!("{s:?} {s}").contains("6222"));
        let e = SensitiveString::encrypted("QUJD");
        assert!(!format!("{e:?} {e}").contains("QUJD"));
    }

    #[test]
    fn serialises_plain_as_string_and_ciphertext_as_marker() {
        assert_eq!(
            serde_json::to_string(&SensitiveString::plain("123")).unwrap(),
            r#""123""#
        );
        assert_eq!(
            serde_json::to_string(&SensitiveString::encrypted("QUJD")).unwrap(),
            r#"{"$encrypted":"QUJD"}"#
        );
        let back: SensitiveString = serde_json::from_str(r#"{"$encrypted":"QUJD"}"#).unwrap();
        assert!(back.is_encrypted());
    }
}
