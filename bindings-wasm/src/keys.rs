//! `PrivateKey`, `PublicKey` and `inspectKey`: keys in every format the core reads.
//!
//! The input is PEM, DER or base64 text, as a string or bytes; the core detects the format. A
//! key object lives in wasm memory: call `free()` when done with it early, or let the garbage
//! collector do it.

use serde::Serialize;
use tsify::{Ts, Tsify};
use umf_core::keys;
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use crate::error::{JsResult, OrThrow};
use crate::input::{bytes_of, secret_bytes_of};

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
    fn of(format: keys::KeyFormat) -> Self {
        KeyFormat {
            container: serde_name(&format.container),
            encoding: serde_name(&format.encoding),
        }
    }
}

/// What `inspectKey` reports about a key file.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct KeyInfo {
    /// What the file holds.
    #[tsify(
        type = "\"rsa_private_key\" | \"encrypted_private_key\" | \"rsa_public_key\" | \"certificate\""
    )]
    pub kind: String,
    /// How it is stored.
    pub format: KeyFormat,
    /// Modulus size; `null` for an encrypted key inspected without its passphrase.
    pub bits: Option<u32>,
    /// SHA-256 of the SPKI DER, lower-case hex; `null` like `bits`.
    pub fingerprint: Option<String>,
}

/// Describes the first key object of a file: kind, format, size and fingerprint.
#[wasm_bindgen(js_name = inspectKey)]
pub fn inspect_key(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
    passphrase: Option<String>,
) -> JsResult<Ts<KeyInfo>> {
    let bytes = secret_bytes_of(&input, "input")?;
    let passphrase = passphrase.map(Zeroizing::new);
    let info = keys::inspect(&bytes, passphrase.as_deref().map(String::as_bytes)).or_throw()?;
    KeyInfo {
        kind: serde_name(&info.kind),
        format: KeyFormat::of(info.format),
        bits: info.bits.map(|b| b as u32),
        fingerprint: info.fingerprint.map(|f| f.to_hex()),
    }
    .into_ts()
    .or_throw()
}

/// The merchant private key: signs request bodies. Keep it on the server.
#[wasm_bindgen]
pub struct PrivateKey {
    inner: umf_core::PrivateKey,
}

#[wasm_bindgen]
impl PrivateKey {
    /// Loads PKCS#1 or PKCS#8 (also passphrase-protected) in PEM, DER or base64.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
        passphrase: Option<String>,
    ) -> JsResult<PrivateKey> {
        let bytes = secret_bytes_of(&input, "input")?;
        let passphrase = passphrase.map(Zeroizing::new);
        let inner =
            umf_core::PrivateKey::from_bytes(&bytes, passphrase.as_deref().map(String::as_bytes))
                .or_throw()?;
        Ok(PrivateKey { inner })
    }

    /// The `Signature` header for exactly these bytes: base64 RSASSA-PKCS1-v1_5 / SHA-256,
    /// computed in WebAssembly. `createSigner` uses the host's native RSA when it has one.
    pub fn sign(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")]
        message: JsValue,
    ) -> JsResult<String> {
        let bytes = bytes_of(&message, "message")?;
        Ok(self.inner.sign(&bytes).or_throw()?.into())
    }

    /// Modulus size in bits.
    #[wasm_bindgen(getter)]
    pub fn bits(&self) -> u32 {
        self.inner.bits() as u32
    }

    /// Signature size in bytes.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> u32 {
        self.inner.size() as u32
    }

    /// SHA-256 of the public key's SPKI DER, lower-case hex.
    #[wasm_bindgen(getter)]
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// How the key was stored.
    #[wasm_bindgen(getter)]
    pub fn format(&self) -> JsResult<Ts<KeyFormat>> {
        KeyFormat::of(self.inner.format()).into_ts().or_throw()
    }

    /// The matching public key.
    #[wasm_bindgen(js_name = publicKey)]
    pub fn public_key(&self) -> PublicKey {
        PublicKey {
            inner: self.inner.public_key().clone(),
        }
    }

    /// The key as unencrypted PKCS#8 DER, to hand to `node:crypto` or WebCrypto (what
    /// `createSigner` does). Never store or log it; overwrite it (`fill(0)`) when done.
    #[wasm_bindgen(js_name = toPkcs8Der)]
    pub fn to_pkcs8_der(&self) -> JsResult<js_sys::Uint8Array> {
        // Copied straight into JavaScript memory: returning a Vec would leave a copy in wasm
        // memory that nothing wipes. The Zeroizing buffer is wiped when dropped here.
        let der = self.inner.to_pkcs8_der().or_throw()?;
        Ok(js_sys::Uint8Array::from(der.as_slice()))
    }

    /// What `JSON.stringify` and loggers see: size and fingerprint, never key material.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsResult<Ts<KeySummary>> {
        KeySummary::new("private", self.bits(), self.fingerprint())
            .into_ts()
            .or_throw()
    }
}

impl PrivateKey {
    /// The core key.
    pub fn core(&self) -> &umf_core::PrivateKey {
        &self.inner
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
    ) -> JsResult<PublicKey> {
        let bytes = bytes_of(&input, "input")?;
        let inner = umf_core::PublicKey::from_bytes(&bytes).or_throw()?;
        Ok(PublicKey { inner })
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
    fn new(key: &'static str, bits: u32, fingerprint: String) -> Self {
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
