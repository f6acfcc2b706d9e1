//! The app's entry point: everything a device does with the UMF public key alone.

use std::fmt;
use std::sync::Arc;

use serde_json::Value;
use umf_core::encryption::{fields_for, EncryptedField as CoreField, ENCRYPTED_FIELDS};
use umf_core::{Verification, VerifyOptions};
use zeroize::Zeroizing;

use crate::error::{invalid_request, Result};
use crate::json;
use crate::keys::PublicKey;
use crate::verification::VerifiedNotification;

/// Encrypts card and identity fields on the device and verifies what the merchant's server
/// relays. Built from the UMF public key alone: the one key an app should hold.
///
/// The app encrypts the sensitive fields of a payload before sending it to its own server, so
/// the server never sees the card number; each field becomes an encrypted marker
/// `{"$encrypted": "<base64>"}` that the server's SDK passes through unchanged into the signed
/// request. The server relays UMF's responses and notifications byte for byte, and the app
/// checks UMF's signature on them here.
///
/// Thread-safe; build one and share it.
#[derive(Debug, uniffi::Object)]
pub struct CardEncryptor {
    inner: umf_core::CardEncryptor,
}

/// A payload whose sensitive fields were replaced by encrypted markers. `toString()` /
/// `description` show the paths and the sizes of the JSON only: fields UMF does not encrypt
/// (the phone, the receiver's name and address) are still in plaintext there.
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct EncryptedPayload {
    /// The payload as JSON text, members in the order given, numbers as written.
    pub payload_json: String,
    /// The query parameters as a JSON object, when some were given.
    pub query_json: Option<String>,
    /// Paths whose plaintext was encrypted here.
    pub encrypted: Vec<String>,
    /// Paths whose value was already an encrypted marker and was left as it was.
    pub passed_through: Vec<String>,
}

impl fmt::Debug for EncryptedPayload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EncryptedPayload")
            .field("payload_json_len", &self.payload_json.len())
            .field("query_json_len", &self.query_json.as_ref().map(String::len))
            .field("encrypted", &self.encrypted)
            .field("passed_through", &self.passed_through)
            .finish()
    }
}

/// One sensitive field of the UMF API: the SDK's single table, as the core holds it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EncryptedField {
    /// Dotted path from the request body root (`payer.payer_info.bank_card.number`), or
    /// `query:<name>` for a query parameter.
    pub path: String,
    /// The documented object and field, where the wire path differs.
    pub documented_as: Option<String>,
    /// Operation ids that send the field.
    pub operations: Vec<String>,
}

impl From<&CoreField> for EncryptedField {
    fn from(field: &CoreField) -> Self {
        EncryptedField {
            path: field.path.clone(),
            documented_as: field.documented_as.map(str::to_owned),
            operations: field.operations.iter().map(|&op| op.to_owned()).collect(),
        }
    }
}

#[uniffi::export]
impl CardEncryptor {
    /// An encryptor for the UMF public key: the bytes of its file (SPKI, PKCS#1 public key or
    /// X.509 certificate; PEM, DER or base64).
    #[uniffi::constructor]
    pub fn new(umf_public_key: Vec<u8>) -> Result<Arc<Self>> {
        Ok(Arc::new(CardEncryptor {
            inner: umf_core::CardEncryptor::from_umf_public_key(&umf_public_key)?,
        }))
    }

    /// An encryptor for an already loaded key.
    #[uniffi::constructor]
    pub fn from_public_key(umf_public_key: Arc<PublicKey>) -> Arc<Self> {
        Arc::new(CardEncryptor {
            inner: umf_core::CardEncryptor::new(umf_public_key.inner.clone()),
        })
    }

    /// The key in use.
    pub fn public_key(&self) -> Arc<PublicKey> {
        Arc::new(PublicKey {
            inner: self.inner.public_key().clone(),
        })
    }

    /// Encrypts one value (RSAES-PKCS1-v1_5, base64). A value longer than one RSA block
    /// (117 bytes for UMF's 1024-bit key) throws `value_too_long`; it is never split.
    pub fn encrypt_value(&self, value: String) -> Result<String> {
        let value = Zeroizing::new(value);
        Ok(self.inner.encrypt_value(&value)?)
    }

    /// Replaces every sensitive field that `operation_id` sends (for example `create_payment`)
    /// in `payload_json`, and in `query_json` for query parameters, with an encrypted marker.
    ///
    /// Absent, `null` and empty values are left alone; a value that is already a marker is
    /// passed through. An id that is not in the core's operation table throws
    /// `unknown_operation`: a misspelt id must not let a card number through in plaintext.
    #[uniffi::method(default(query_json = None))]
    pub fn encrypt_fields(
        &self,
        operation_id: String,
        payload_json: String,
        query_json: Option<String>,
    ) -> Result<EncryptedPayload> {
        let mut payload = json::parse("payload_json", payload_json)?;
        let mut query = match query_json {
            Some(text) => match json::parse("query_json", text)? {
                Value::Object(map) => Some(map),
                _ => return Err(invalid_request("query_json is not a JSON object")),
            },
            None => None,
        };
        let report = self
            .inner
            .encrypt_fields(&operation_id, &mut payload, query.as_mut())?;
        Ok(EncryptedPayload {
            payload_json: json::write(&payload)?,
            query_json: query.map(|q| json::write(&q)).transpose()?,
            encrypted: report.encrypted,
            passed_through: report.passed_through,
        })
    }

    /// Verifies `meta.sign` of a response body the server relayed unchanged.
    ///
    /// `result_keys` are the operation's result members (`payment` for a payment); with none,
    /// the first member that is not `meta` or `links` is the result. A signature that is
    /// present and wrong always throws `UmfException.Signature`; `options.policy` decides
    /// whether a missing one does.
    #[uniffi::method(default(options = None, result_keys = []))]
    pub fn verify_response(
        &self,
        raw_body: Vec<u8>,
        options: Option<VerifyOptions>,
        result_keys: Vec<String>,
    ) -> Result<Verification> {
        let keys: Vec<&str> = result_keys.iter().map(String::as_str).collect();
        Ok(self
            .inner
            .verify_response(&raw_body, options.unwrap_or_default(), &keys)?)
    }

    /// Verifies a notification the server relayed with UMF's `Signature` header, over the raw
    /// body exactly as UMF sent it, then reads it.
    pub fn verify_notification(
        &self,
        signature: String,
        raw_body: Vec<u8>,
    ) -> Result<VerifiedNotification> {
        let notification = self.inner.verify_notification(&signature, &raw_body)?;
        VerifiedNotification::from_core(&notification)
    }
}

/// Every sensitive field of the UMF API, from the core's one table.
#[uniffi::export]
pub fn encrypted_fields() -> Vec<EncryptedField> {
    ENCRYPTED_FIELDS.iter().map(EncryptedField::from).collect()
}

/// The sensitive fields `operation_id` sends (empty for an operation that sends none).
#[uniffi::export]
pub fn encrypted_fields_for(operation_id: String) -> Vec<EncryptedField> {
    fields_for(&operation_id)
        .map(EncryptedField::from)
        .collect()
}
