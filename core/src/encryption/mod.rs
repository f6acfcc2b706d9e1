//! Field-level encryption of sensitive values with the UMF public key.
//!
//! 004:L95-103: card number, holder name, CVV2, expiry and citizen ID (and, per the object
//! definitions, the other fields of API.md §3.3) are sent as `base64(RSA(UTF-8 value))` under
//! the UMF public key. UMF's Java demo uses `Cipher.getInstance("RSA")`, which is
//! RSAES-PKCS1-v1_5 (API.md Q7). One RSA block holds `modulus bytes - 11` bytes (117 for UMF's
//! 1024-bit key); longer values are refused with [`Error::ValueTooLong`], never split.
//!
//! # Which values are sensitive
//!
//! The types decide. A model field of type [`crate::model::SensitiveString`] is sensitive
//! wherever the model appears: every operation whose body model can hold it, at any depth and in
//! every element of a list, encrypts it ([`ENCRYPTED_FIELDS`] is derived from the operation
//! table and the models, not written by hand; `query_card_bin`'s `card` is marked sensitive in
//! the operation table). A member the model does not know, inside an object that holds
//! sensitive data at any depth (the body of `create_payment`, `payer`, `payer_info`,
//! `bank_card`, `payer_agreement`, the wallet objects, `order`, the flat remittance and
//! enterprise bodies, ...), is refused with [`Error::UnknownSensitiveMember`] naming its path:
//! `"number "` or `card_number` inside `bank_card` may be a card number that would otherwise
//! leave as given. Older spellings the models read (`bankCard`, `payerAgreement`, `wechat_h5`)
//! are known members and are encrypted. Objects that hold nothing sensitive (`risk_info`,
//! `sub_orders`, `amount`) keep unknown members, as does the free-form
//! `payer.enterprise_qualification`.
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

mod evidence;
mod table;
mod walk;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::{Map, Value};
use zeroize::Zeroize;

use crate::error::{Error, Result};
use crate::keys::PublicKey;
use crate::operations::{operation, Operation};

pub use table::ENCRYPTED_FIELDS;

/// The member name of an encrypted marker object.
pub const ENCRYPTED_MARKER: &str = "$encrypted";

/// Prefix of table paths that name a query parameter rather than a body field.
pub const QUERY_PREFIX: &str = "query:";

/// One sensitive field: a path at which some operation can send a sensitive value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EncryptedField {
    /// Dotted path from the request body root (`payer.payer_info.bank_card.number`; `[]` marks
    /// each element of a list, `payer_agreements[].cvv2`), or `query:<name>` for a query
    /// parameter.
    pub path: String,
    /// The documented object and field, where the wire path differs (`bind.number`).
    pub documented_as: Option<&'static str>,
    /// Operation ids whose request can carry the field.
    pub operations: Vec<&'static str>,
    /// Seed lines the row rests on.
    pub source: &'static str,
}

impl EncryptedField {
    /// The query parameter name, when the field is one.
    pub fn query_parameter(&self) -> Option<&str> {
        self.path.strip_prefix(QUERY_PREFIX)
    }

    /// Whether `op_id` can send this field.
    pub fn applies_to(&self, op_id: &str) -> bool {
        self.operations.contains(&op_id)
    }
}

/// The sensitive fields an operation can send.
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
        self.encrypt_raw(plaintext)
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
            .decrypt(rsa::Pkcs1v15Encrypt, &bytes)
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

/// Encrypts every sensitive value of `op_id`'s request in place: each one its body model can
/// hold and each sensitive query parameter (in `query`).
///
/// Members are found under every spelling the model reads (`bankCard` as well as `bank_card`),
/// so every sensitive value the model would read is encrypted; a member the model does not know
/// inside an object that holds sensitive data is [`Error::UnknownSensitiveMember`], naming its
/// path. Nothing else in the body is touched.
///
/// * absent, `null` and `""` values are left alone (empty values are sent as plain `""`,
///   004:L290-291; API.md Q22);
/// * a plain string is encrypted, and its plaintext buffer zeroised;
/// * an encrypted marker is checked and, in [`EncryptionMode::Wire`], unwrapped;
/// * anything else is [`Error::InvalidSensitiveValue`].
///
/// `body` may also be a device's flat parameters (what [`crate::RequestParams::from_flat`]
/// reads): top-level members named after the operation's path or query parameters, or
/// `$confirm`, are not the body's and are left alone.
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
    let op = operation(op_id)?;
    let not_body: Vec<&str> = op.flat_non_body_names().collect();
    encrypt_operation_fields(op, body, query, &not_body, key, mode)
}

/// [`encrypt_fields`] for an operation already looked up; top-level members named in
/// `not_body` are not the body's.
pub(crate) fn encrypt_operation_fields(
    op: &Operation,
    body: &mut Value,
    query: Option<&mut Map<String, Value>>,
    not_body: &[&str],
    key: &PublicKey,
    mode: EncryptionMode,
) -> Result<EncryptionReport> {
    let mut report = EncryptionReport::default();
    visit_sensitive_in(op, body, query, not_body, &mut |path, value| {
        encrypt_value(value, path.to_owned(), key, mode, &mut report)
    })?;
    Ok(report)
}

/// Calls `visit(path, value)` for every sensitive value of `op`'s request: each one present in
/// `body` (under any spelling its model reads) and each sensitive query parameter present in
/// `query`. A member the model does not know inside an object that holds sensitive data is
/// [`Error::UnknownSensitiveMember`].
///
/// What request building encrypts with, and what the sandbox decrypts with.
pub fn visit_sensitive(
    op: &Operation,
    body: &mut Value,
    query: Option<&mut Map<String, Value>>,
    visit: &mut dyn FnMut(&str, &mut Value) -> Result<()>,
) -> Result<()> {
    visit_sensitive_in(op, body, query, &[], visit)
}

fn visit_sensitive_in(
    op: &Operation,
    body: &mut Value,
    query: Option<&mut Map<String, Value>>,
    not_body: &[&str],
    visit: &mut dyn FnMut(&str, &mut Value) -> Result<()>,
) -> Result<()> {
    if let Some(query) = query {
        for param in op.query.iter().filter(|q| q.sensitive) {
            if let Some(value) = query.get_mut(param.name) {
                visit(&format!("{QUERY_PREFIX}{}", param.name), value)?;
            }
        }
    }
    match op.body_model() {
        Some(model) => walk::walk_body(&model.shape, body, not_body, visit),
        None => Ok(()),
    }
}

/// Replaces every sensitive value of `op_id`'s request with its plaintext, decrypted with the
/// UMF private key (the sandbox's side), finding them as [`encrypt_fields`] does. A plain value, an encrypted marker or anything that does not decrypt is
/// [`Error::InvalidCiphertext`] or [`Error::InvalidSensitiveValue`] naming the path, never the
/// value.
#[cfg(feature = "decrypt")]
pub fn decrypt_fields(
    op_id: &str,
    body: &mut Value,
    query: Option<&mut Map<String, Value>>,
    key: &crate::keys::PrivateKey,
) -> Result<()> {
    let op = operation(op_id)?;
    visit_sensitive(op, body, query, &mut |path, value| match value {
        Value::Null => Ok(()),
        Value::String(s) if s.is_empty() => Ok(()),
        Value::String(s) => {
            let plain = key
                .decrypt_base64(s)
                .ok()
                .and_then(|p| String::from_utf8(p.to_vec()).ok())
                .ok_or_else(|| Error::InvalidCiphertext {
                    path: path.to_owned(),
                    reason: "not encrypted with the UMF public key".into(),
                })?;
            *value = Value::String(plain);
            Ok(())
        }
        other => Err(Error::InvalidSensitiveValue {
            path: path.to_owned(),
            reason: format!(
                "expected a base64 ciphertext string, found {}",
                json_kind(other)
            ),
        }),
    })
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
