//! `CardEncryptor`: the public-key-only entry point for browsers and apps.
//!
//! A page or app holds the UMF public key and nothing else: it encrypts card and identity
//! fields on the device, so the merchant's server never sees the plaintext card number, and it
//! verifies what the server relays. The merchant private key and the client secret never belong
//! here. The npm package exports this class alone from `umf-sdk/device`.

use tsify::Ts;
use umf_core::EncryptionMode;
use wasm_bindgen::prelude::*;

use crate::error::{JsResult, OrThrow};
use crate::fields::{self, EncryptedPayload};
use crate::host_rsa;
use crate::input::bytes_of;
use crate::keys::{KeyOptions, PublicKey};
use crate::notification;
use crate::verify::{Verification, VerifyResponseOptions};

/// Encrypts card fields on the device and verifies what the merchant's server relays.
#[wasm_bindgen]
pub struct CardEncryptor {
    inner: umf_core::CardEncryptor,
}

#[wasm_bindgen]
impl CardEncryptor {
    /// An encryptor for the UMF public key (SPKI, PKCS#1 or certificate; PEM, DER or base64).
    /// `options.backend` as for `PublicKey`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(
            js_name = umfPublicKey,
            unchecked_param_type = "string | Uint8Array | ArrayBuffer"
        )]
        umf_public_key: JsValue,
        options: Option<Ts<KeyOptions>>,
    ) -> JsResult<CardEncryptor> {
        let bytes = bytes_of(&umf_public_key, "umfPublicKey")?;
        let backend = KeyOptions::backend_of(options)?;
        let key = umf_core::PublicKey::from_bytes(&bytes).or_throw()?;
        Ok(CardEncryptor {
            inner: umf_core::CardEncryptor::new(host_rsa::attach(key, backend)?),
        })
    }

    /// The key in use.
    #[wasm_bindgen(getter, js_name = publicKey)]
    pub fn public_key(&self) -> PublicKey {
        PublicKey::from_core(self.inner.public_key().clone())
    }

    /// Encrypts one value (a card number, CVV2, ...) and returns base64 ciphertext. To send it
    /// inside a payload, wrap it as `{"$encrypted": ciphertext}` or use `encryptFields`.
    #[wasm_bindgen(js_name = encryptValue)]
    pub fn encrypt_value(&self, value: &str) -> JsResult<String> {
        self.inner.encrypt_value(value).or_throw()
    }

    /// Replaces every sensitive field of `opId` in `payload` (and `query`) with an
    /// `{"$encrypted": "…"}` marker, ready to send to the merchant's server, which passes
    /// markers through unchanged.
    #[wasm_bindgen(js_name = encryptFields)]
    pub fn encrypt_fields(
        &self,
        #[wasm_bindgen(js_name = opId)] op_id: &str,
        #[wasm_bindgen(unchecked_param_type = "object | string")] payload: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Record<string, unknown> | string")]
        query: Option<JsValue>,
    ) -> JsResult<Ts<EncryptedPayload>> {
        fields::run(
            &payload,
            &query.unwrap_or_default(),
            EncryptionMode::Marker,
            |body, query, _| self.inner.encrypt_fields(op_id, body, query),
        )
    }

    /// Verifies a response body the server relayed unchanged (see `verifyResponse`).
    #[wasm_bindgen(js_name = verifyResponse)]
    pub fn verify_response(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] body: JsValue,
        options: Option<Ts<VerifyResponseOptions>>,
    ) -> JsResult<Ts<Verification>> {
        let raw = bytes_of(&body, "body")?;
        let options = VerifyResponseOptions::from_js(options)?;
        let v = self
            .inner
            .verify_response(&raw, options.core(), &options.result_keys())
            .or_throw()?;
        Verification::to_js(v)
    }

    /// Verifies a notification the server relayed with its `Signature` header.
    #[wasm_bindgen(js_name = verifyNotification, unchecked_return_type = "Notification")]
    pub fn verify_notification(
        &self,
        signature: Option<String>,
        #[wasm_bindgen(
            js_name = rawBody,
            unchecked_param_type = "string | Uint8Array | ArrayBuffer"
        )]
        raw_body: JsValue,
    ) -> JsResult<JsValue> {
        notification::verified(&raw_body, |raw| {
            self.inner
                .verify_notification(signature.as_deref().unwrap_or_default(), raw)
        })
    }
}
