//! The public-key-only entry point for browsers and apps.
//!
//! A device should never hold the merchant private key or the client secret (DESIGN.md §2,
//! API.md Q23). With the UMF public key alone it can encrypt the sensitive fields of a payload
//! before handing it to the merchant's server, so the server never sees the plaintext card
//! number, and it can verify what the server relays (signed responses and notifications).

use serde_json::{Map, Value};

use crate::encryption::{encrypt_fields, EncryptionMode, EncryptionReport};
use crate::error::Result;
use crate::keys::PublicKey;
use crate::notification::{verify_notification, Notification};
use crate::verification::{verify_response, Verification, VerifyOptions};

/// Encrypts card and identity fields on the device and verifies what the server relays.
#[derive(Debug, Clone)]
pub struct CardEncryptor {
    umf_public_key: PublicKey,
}

impl CardEncryptor {
    /// An encryptor for the UMF public key (SPKI, PKCS#1 or certificate; PEM, DER or base64).
    pub fn from_umf_public_key(bytes: &[u8]) -> Result<Self> {
        Ok(CardEncryptor {
            umf_public_key: PublicKey::from_bytes(bytes)?,
        })
    }

    /// An encryptor for an already loaded key.
    pub fn new(umf_public_key: PublicKey) -> Self {
        CardEncryptor { umf_public_key }
    }

    /// The key in use.
    pub fn public_key(&self) -> &PublicKey {
        &self.umf_public_key
    }

    /// Encrypts one value (base64 RSAES-PKCS1-v1_5).
    pub fn encrypt_value(&self, value: &str) -> Result<String> {
        self.umf_public_key.encrypt_to_base64(value)
    }

    /// Replaces every sensitive field of `op_id` in `payload` (and `query`) with an encrypted
    /// marker, ready to relay to the merchant's server, which passes markers through unchanged.
    pub fn encrypt_fields(
        &self,
        op_id: &str,
        payload: &mut Value,
        query: Option<&mut Map<String, Value>>,
    ) -> Result<EncryptionReport> {
        encrypt_fields(
            op_id,
            payload,
            query,
            &self.umf_public_key,
            EncryptionMode::Marker,
        )
    }

    /// Verifies a response body the server relayed unchanged.
    pub fn verify_response(
        &self,
        raw: &[u8],
        options: VerifyOptions,
        result_keys: &[&str],
    ) -> Result<Verification> {
        verify_response(raw, &self.umf_public_key, options, result_keys)
    }

    /// Verifies a notification the server relayed with its `Signature` header.
    pub fn verify_notification(&self, signature: &str, raw_body: &[u8]) -> Result<Notification> {
        verify_notification(&self.umf_public_key, signature, raw_body)
    }
}
