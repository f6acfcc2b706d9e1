//! Field-level encryption of sensitive values with the UMF public key.
//!
//! 004:L95-103: card number, holder name, CVV2, expiry and citizen ID (and, per the object
//! definitions, 31 more fields: API.md §3.3) are sent as `base64(RSA(UTF-8 value))` under the
//! UMF public key. UMF's Java demo uses `Cipher.getInstance("RSA")`, which is
//! RSAES-PKCS1-v1_5 (API.md Q7). One RSA block holds `modulus bytes - 11` bytes (117 for UMF's
//! 1024-bit key); longer values are refused with [`Error::ValueTooLong`], never split.
//!
//! # Encrypted values that were made elsewhere
//!
//! A browser or app can encrypt card fields with the UMF public key so the merchant server never
//! sees them (DESIGN.md §2). Such a value travels to the server as an *encrypted marker*, a JSON
//! object with the single member [`ENCRYPTED_MARKER`]:
//!
//! ```json
//! {"payer": {"payer_info": {"bank_card": {"number": {"$encrypted": "kT3…base64…=="}}}}}
//! ```
//!
//! When the server prepares the request, a marker at a sensitive path is replaced by its
//! ciphertext unchanged, after checking that it is base64 of the key's size; a plain string is
//! encrypted. The marker is the only way to say "already encrypted": a plain string that merely
//! *looks* like ciphertext is refused ([`Error::SensitiveValueLooksEncrypted`]) instead of being
//! encrypted a second time.

mod table;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use rsa::Pkcs1v15Encrypt;
use serde_json::{Map, Value};
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::keys::PublicKey;

pub use table::ENCRYPTED_FIELDS;

/// The member name of an encrypted marker object.
pub const ENCRYPTED_MARKER: &str = "$encrypted";

/// Prefix of table paths that name a query parameter rather than a body field.
pub const QUERY_PREFIX: &str = "query:";

/// One sensitive field of API.md §3.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct EncryptedField {
    /// Dotted path from the request body root (`payer.payer_info.bank_card.number`), or
    /// `query:<name>` for a query parameter.
    pub path: &'static str,
    /// The documented object and field, where the wire path differs (`bind.number`).
    pub documented_as: Option<&'static str>,
    /// Operation ids that send the field; empty when no documented operation does.
    pub operations: &'static [&'static str],
    /// Seed lines the row rests on.
    pub source: &'static str,
}

impl EncryptedField {
    /// The query parameter name, when the field is one.
    pub fn query_parameter(&self) -> Option<&'static str> {
        self.path.strip_prefix(QUERY_PREFIX)
    }

    /// Whether `op_id` sends this field.
    pub fn applies_to(&self, op_id: &str) -> bool {
        self.operations.contains(&op_id)
    }
}

/// The sensitive fields an operation sends.
pub fn fields_for(op_id: &str) -> impl Iterator<Item = &'static EncryptedField> + '_ {
    ENCRYPTED_FIELDS.iter().filter(move |f| f.applies_to(op_id))
}

/// What to put in place of a plaintext value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EncryptionMode {
    /// The wire form: the base64 ciphertext string (merchant server, before signing).
    Wire,
    /// An encrypted marker object (browser or app, before relaying to the merchant server).
    Marker,
}

/// What [`encrypt_fields`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct EncryptionReport {
    /// Paths whose plaintext was encrypted here.
    pub encrypted: Vec<String>,
    /// Paths whose value arrived already encrypted (a marker) and was passed through.
    pub passed_through: Vec<String>,
}

impl PublicKey {
    /// Encrypts `plaintext` with RSAES-PKCS1-v1_5 and returns the raw ciphertext.
    pub fn encrypt(&self, plaintext: &[u8]) -> Result<Vec<u8>> {
        let max = self.max_plaintext_len();
        if plaintext.len() > max {
            return Err(Error::ValueTooLong {
                path: String::new(),
                len: plaintext.len(),
                max,
            });
        }
        self.rsa()
            .encrypt(&mut rand_core::OsRng, Pkcs1v15Encrypt, plaintext)
            .map_err(|_| Error::Crypto {
                reason: "RSA encryption failed".into(),
            })
    }

    /// Encrypts a UTF-8 value and returns base64, as UMF wants it in a sensitive field.
    pub fn encrypt_to_base64(&self, value: &str) -> Result<String> {
        Ok(STANDARD.encode(self.encrypt(value.as_bytes())?))
    }

    /// The most bytes one RSAES-PKCS1-v1_5 block of this key holds.
    pub fn max_plaintext_len(&self) -> usize {
        self.size().saturating_sub(11)
    }

    /// Whether `text` is standard base64 of exactly one ciphertext block of this key.
    pub fn is_ciphertext_sized(&self, text: &str) -> bool {
        text.len() == base64_len(self.size())
            && STANDARD
                .decode(text)
                .is_ok_and(|bytes| bytes.len() == self.size())
    }
}

#[cfg(feature = "decrypt")]
impl crate::keys::PrivateKey {
    /// Decrypts a base64 RSAES-PKCS1-v1_5 ciphertext (the sandbox's side of field encryption).
    ///
    /// Behind the `decrypt` feature: merchants never decrypt, and PKCS#1 v1.5 decryption in the
    /// `rsa` crate is exposed to the Marvin timing attack (RUSTSEC-2023-0071).
    pub fn decrypt_base64(&self, ciphertext: &str) -> Result<zeroize::Zeroizing<Vec<u8>>> {
        let bytes = STANDARD
            .decode(ciphertext)
            .map_err(|_| Error::InvalidCiphertext {
                path: String::new(),
                reason: "not standard base64".into(),
            })?;
        if bytes.len() != self.size() {
            return Err(Error::InvalidCiphertext {
                path: String::new(),
                reason: format!("{} bytes; expected {}", bytes.len(), self.size()),
            });
        }
        self.rsa()
            .decrypt(Pkcs1v15Encrypt, &bytes)
            .map(zeroize::Zeroizing::new)
            .map_err(|_| Error::InvalidCiphertext {
                path: String::new(),
                reason: "does not decrypt with this key".into(),
            })
    }
}

/// Builds an encrypted marker around base64 ciphertext.
pub fn encrypted_marker(ciphertext: String) -> Value {
    let mut map = Map::with_capacity(1);
    map.insert(ENCRYPTED_MARKER.to_owned(), Value::String(ciphertext));
    Value::Object(map)
}

/// Encrypts every sensitive field of `op_id` present in `body` (and, for a `query:` field, in
/// `query`), in place.
///
/// * absent, `null` and `""` values are left alone (empty values are sent as plain `""`,
///   004:L290-291; API.md Q22);
/// * a plain string is encrypted, and its plaintext buffer zeroised;
/// * an encrypted marker is checked and, in [`EncryptionMode::Wire`], unwrapped;
/// * anything else is [`Error::InvalidSensitiveValue`].
///
/// An operation id the table does not know is [`Error::UnknownOperation`].
pub fn encrypt_fields(
    op_id: &str,
    body: &mut Value,
    query: Option<&mut Map<String, Value>>,
    key: &PublicKey,
    mode: EncryptionMode,
) -> Result<EncryptionReport> {
    // A mistyped operation id would otherwise match no sensitive field and send plaintext.
    crate::operations::operation(op_id)?;
    let mut report = EncryptionReport::default();
    let mut query = query;
    for field in fields_for(op_id) {
        match field.query_parameter() {
            Some(name) => {
                if let Some(value) = query.as_deref_mut().and_then(|q| q.get_mut(name)) {
                    let path = field.path.to_owned();
                    encrypt_value(value, path, key, mode, &mut report)?;
                }
            }
            None => {
                let segments: Vec<&str> = field.path.split('.').collect();
                walk(body, &segments, String::new(), key, mode, &mut report)?;
            }
        }
    }
    Ok(report)
}

/// Follows `segments` through objects (and through every element of an array met on the way).
fn walk(
    value: &mut Value,
    segments: &[&str],
    prefix: String,
    key: &PublicKey,
    mode: EncryptionMode,
    report: &mut EncryptionReport,
) -> Result<()> {
    let Some((first, rest)) = segments.split_first() else {
        return encrypt_value(value, prefix, key, mode, report);
    };
    match value {
        Value::Object(map) => {
            if let Some(child) = map.get_mut(*first) {
                let path = if prefix.is_empty() {
                    (*first).to_owned()
                } else {
                    format!("{prefix}.{first}")
                };
                walk(child, rest, path, key, mode, report)?;
            }
            Ok(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk(item, segments, format!("{prefix}[{i}]"), key, mode, report)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn encrypt_value(
    value: &mut Value,
    path: String,
    key: &PublicKey,
    mode: EncryptionMode,
    report: &mut EncryptionReport,
) -> Result<()> {
    match value {
        Value::Null => Ok(()),
        Value::String(s) if s.is_empty() => Ok(()),
        Value::String(s) => {
            if key.is_ciphertext_sized(s) {
                return Err(Error::SensitiveValueLooksEncrypted { path });
            }
            let max = key.max_plaintext_len();
            if s.len() > max {
                return Err(Error::ValueTooLong {
                    path,
                    len: s.len(),
                    max,
                });
            }
            let mut plaintext = std::mem::take(s);
            let ciphertext = key.encrypt_to_base64(&plaintext);
            plaintext.zeroize();
            let ciphertext = ciphertext.map_err(|e| match e {
                Error::ValueTooLong { len, max, .. } => Error::ValueTooLong {
                    path: path.clone(),
                    len,
                    max,
                },
                other => other,
            })?;
            *value = match mode {
                EncryptionMode::Wire => Value::String(ciphertext),
                EncryptionMode::Marker => encrypted_marker(ciphertext),
            };
            report.encrypted.push(path);
            Ok(())
        }
        Value::Object(map) if map.len() == 1 && map.contains_key(ENCRYPTED_MARKER) => {
            let ciphertext = match map.get(ENCRYPTED_MARKER) {
                Some(Value::String(c)) => c,
                _ => {
                    return Err(Error::InvalidCiphertext {
                        path,
                        reason: format!("`{ENCRYPTED_MARKER}` must hold a base64 string"),
                    })
                }
            };
            check_ciphertext(ciphertext, key).map_err(|reason| Error::InvalidCiphertext {
                path: path.clone(),
                reason,
            })?;
            if mode == EncryptionMode::Wire {
                let ciphertext = ciphertext.clone();
                *value = Value::String(ciphertext);
            }
            report.passed_through.push(path);
            Ok(())
        }
        other => Err(Error::InvalidSensitiveValue {
            path,
            reason: format!(
                "expected a string or an encrypted marker, found {}",
                json_kind(other)
            ),
        }),
    }
}

fn check_ciphertext(text: &str, key: &PublicKey) -> std::result::Result<(), String> {
    let bytes = STANDARD
        .decode(text)
        .map_err(|_| "not standard base64".to_owned())?;
    if bytes.len() != key.size() {
        return Err(format!(
            "{} bytes; ciphertext under the {}-bit UMF key is {} bytes (encrypted with another key?)",
            bytes.len(),
            key.bits(),
            key.size()
        ));
    }
    Ok(())
}

/// Length of standard padded base64 for `n` bytes.
fn base64_len(n: usize) -> usize {
    n.div_ceil(3) * 4
}

pub(crate) fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
