//! `PublicKey`, and what every key shows of itself (`KeyFormat`, `KeySummary`). The merchant's
//! `PrivateKey` and `inspectKey` are in [`crate::private_key`].
//!
//! The input is PEM, DER or base64 text, as a string or bytes; the core detects the format. A
//! key object lives in wasm memory: call `free()` when done with it early, or let the garbage
//! collector do it.

use serde::{Deserialize, Serialize};
use tsify::{Ts, Tsify};
use umf_core::keys;
use wasm_bindgen::prelude::*;

use crate::error::{JsResult, OrThrow};
use crate::host_rsa::{self, RsaBackend};
use crate::input::bytes_of;

/// How a key was stored: container and encoding.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct KeyFormat {
    /// The ASN.1 structure.
    #[tsify(
        type = "\"pkcs1\" | \"pkcs8\" | \"encrypted_pkcs8\" | \"spki\" | \"pkcs1_public\" | \"x509_certificate\""
    )]
    pub container: String,
    /// How it was encoded.
    #[tsify(type = "\"pem\" | \"der\" | \"base64\"")]
    pub encoding: String,
}

impl KeyFormat {
    pub(crate) fn of(format: keys::KeyFormat) -> Self {
        KeyFormat {
            container: serde_name(&format.container),
            encoding: serde_name(&format.encoding),
        }
    }
}

/// How a `PublicKey`, `PrivateKey` or `CardEncryptor` is loaded.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct KeyOptions {
    /// Where its RSA runs: `auto` (default: `node:crypto` in Node, WebAssembly elsewhere),
    /// `node:crypto` (an error outside Node) or `wasm`. Every backend gives the same
    /// signatures and verdicts, and ciphertexts that decrypt alike.
    #[tsify(optional, type = "\"auto\" | \"node:crypto\" | \"wasm\"")]
    pub backend: Option<RsaBackend>,
}

impl KeyOptions {
    pub(crate) fn backend_of(options: Option<Ts<KeyOptions>>) -> JsResult<RsaBackend> {
        match options {
            Some(o) => Ok(o.to_rust().or_throw()?.backend.unwrap_or_default()),
            None => Ok(RsaBackend::Auto),
        }
    }
}

/// The UMF public key (or a merchant public key): encrypts fields and verifies signatures.
#[wasm_bindgen]
pub struct PublicKey {
    inner: umf_core::PublicKey,
}

#[wasm_bindgen]
impl PublicKey {
    /// Loads an SPKI or PKCS#1 public key, or an X.509 certificate, in PEM, DER or base64.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
        options: Option<Ts<KeyOptions>>,
    ) -> JsResult<PublicKey> {
        let bytes = bytes_of(&input, "input")?;
        let backend = KeyOptions::backend_of(options)?;
        let inner = umf_core::PublicKey::from_bytes(&bytes).or_throw()?;
        Ok(PublicKey {
            inner: host_rsa::attach(inner, backend)?,
        })
    }

    /// Where this key's verifications and encryptions run: `node:crypto` or `wasm`.
    #[wasm_bindgen(getter, unchecked_return_type = "\"node:crypto\" | \"wasm\"")]
    pub fn backend(&self) -> String {
        self.inner.host_backend().unwrap_or("wasm").to_owned()
    }

    /// Checks a base64 signature over exactly `message`; throws `signature_invalid`,
    /// `signature_malformed` or `signature_missing`.
    pub fn verify(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        message: JsValue,
        signature: &str,
    ) -> JsResult<()> {
        let bytes = bytes_of(&message, "message")?;
        self.inner.verify(&bytes, signature).or_throw()
    }

    /// Encrypts one UTF-8 value (RSAES-PKCS1-v1_5) and returns base64, as UMF wants a
    /// sensitive field.
    pub fn encrypt(&self, value: &str) -> JsResult<String> {
        self.inner.encrypt_to_base64(value).or_throw()
    }

    /// Modulus size in bits.
    #[wasm_bindgen(getter)]
    pub fn bits(&self) -> u32 {
        self.inner.bits() as u32
    }

    /// Signature and ciphertext size in bytes.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> u32 {
        self.inner.size() as u32
    }

    /// The longest value one encryption holds, in UTF-8 bytes.
    #[wasm_bindgen(getter, js_name = maxPlaintextLength)]
    pub fn max_plaintext_length(&self) -> u32 {
        self.inner.max_plaintext_len() as u32
    }

    /// SHA-256 of the SPKI DER, lower-case hex (`openssl pkey -pubout -outform DER | openssl
    /// dgst -sha256`).
    #[wasm_bindgen(getter)]
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// How the key was stored; `null` when derived from a private key.
    #[wasm_bindgen(getter)]
    pub fn format(&self) -> JsResult<Option<Ts<KeyFormat>>> {
        self.inner
            .format()
            .map(|f| KeyFormat::of(f).into_ts())
            .transpose()
            .or_throw()
    }

    /// The key as SPKI DER.
    #[wasm_bindgen(js_name = toSpkiDer)]
    pub fn to_spki_der(&self) -> JsResult<Vec<u8>> {
        self.inner.to_spki_der().or_throw()
    }

    /// The key as SPKI PEM.
    #[wasm_bindgen(js_name = toSpkiPem)]
    pub fn to_spki_pem(&self) -> JsResult<String> {
        self.inner.to_spki_pem().or_throw()
    }

    /// What `JSON.stringify` and loggers see.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsResult<Ts<KeySummary>> {
        KeySummary::new("public", self.bits(), self.fingerprint())
            .into_ts()
            .or_throw()
    }
}

impl PublicKey {
    /// The core key.
    pub fn core(&self) -> &umf_core::PublicKey {
        &self.inner
    }

    /// Wraps a core key.
    pub fn from_core(inner: umf_core::PublicKey) -> Self {
        PublicKey { inner }
    }
}

/// A key as `JSON.stringify` shows it: no key material.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct KeySummary {
    /// `private` or `public`.
    #[tsify(type = "\"private\" | \"public\"")]
    pub key: &'static str,
    /// Modulus size in bits.
    pub bits: u32,
    /// SHA-256 of the SPKI DER, hex.
    pub fingerprint: String,
}

impl KeySummary {
    pub(crate) fn new(key: &'static str, bits: u32, fingerprint: String) -> Self {
        KeySummary {
            key,
            bits,
            fingerprint,
        }
    }
}

/// The serde name of a unit-like core enum value (`pkcs8`, `rsa_public_key`, ...), so that the
/// names come from the core's own `#[serde(rename_all)]` and are not listed again here.
pub(crate) fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        // A variant with data (`other: "<label>"`) is named by its tag.
        Ok(serde_json::Value::Object(map)) => map.keys().next().cloned().unwrap_or_default(),
        _ => String::new(),
    }
}

/// `create_payment` → `createPayment`: operation methods and error extras in JavaScript.
pub(crate) fn camel_case(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    let mut upper = false;
    for c in id.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
