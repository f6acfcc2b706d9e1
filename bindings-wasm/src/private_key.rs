//! `PrivateKey` and `inspectKey`: the merchant's key in every format the core reads, and keys
//! given inside options objects. Merchant-server only: the device build has none of it.
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
use crate::host_rsa::{self, RsaBackend};
use crate::input::{bytes_of, secret_bytes_of};
use crate::keys::{serde_name, KeyFormat, KeyOptions, KeySummary, PublicKey};

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
    /// `options.backend` says where it signs, as for `PublicKey`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] input: JsValue,
        passphrase: Option<String>,
        options: Option<Ts<KeyOptions>>,
    ) -> JsResult<PrivateKey> {
        let bytes = secret_bytes_of(&input, "input")?;
        let passphrase = passphrase.map(Zeroizing::new);
        let backend = KeyOptions::backend_of(options)?;
        let inner =
            umf_core::PrivateKey::from_bytes(&bytes, passphrase.as_deref().map(String::as_bytes))
                .or_throw()?;
        Ok(PrivateKey {
            inner: host_rsa::attach_private(inner, backend)?,
        })
    }

    /// Where this key signs: `node:crypto` or `wasm`.
    #[wasm_bindgen(getter, unchecked_return_type = "\"node:crypto\" | \"wasm\"")]
    pub fn backend(&self) -> String {
        self.inner.host_backend().unwrap_or("wasm").to_owned()
    }

    /// The `Signature` header for exactly these bytes: base64 RSASSA-PKCS1-v1_5 / SHA-256,
    /// computed by the key's backend (`node:crypto` in Node).
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

    /// The matching public key (its operations on `node:crypto` in Node).
    #[wasm_bindgen(js_name = publicKey)]
    pub fn public_key(&self) -> JsResult<PublicKey> {
        let key = self.inner.public_key().clone();
        Ok(PublicKey::from_core(host_rsa::attach(
            key,
            RsaBackend::Auto,
        )?))
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

/// A key given in an options object: a `PrivateKey` (of any entry point of the package) or
/// unencrypted key material as text or bytes; it signs where `backend` says.
///
/// A key object is read through its `toPkcs8Der()` (wasm-bindgen offers no way to borrow an
/// exported class out of a plain object); the DER copy is wiped on both sides.
pub(crate) fn private_key_from_js(
    value: &JsValue,
    what: &str,
    backend: RsaBackend,
) -> JsResult<umf_core::PrivateKey> {
    let der = match exported_bytes(value, "toPkcs8Der")? {
        Some(der) => der,
        None => secret_bytes_of(value, what)?,
    };
    let key = umf_core::PrivateKey::from_bytes(&der, None).or_throw()?;
    host_rsa::attach_private(key, backend)
}

/// Like [`private_key_from_js`], for a `PublicKey` (read through `toSpkiDer()`) or public key
/// material; its operations run where `backend` says.
pub(crate) fn public_key_from_js(
    value: &JsValue,
    what: &str,
    backend: RsaBackend,
) -> JsResult<umf_core::PublicKey> {
    let der = match exported_bytes(value, "toSpkiDer")? {
        Some(der) => der,
        None => Zeroizing::new(bytes_of(value, what)?),
    };
    host_rsa::attach(umf_core::PublicKey::from_bytes(&der).or_throw()?, backend)
}

/// Calls `value[method]()` when `value` is an object with that method, and takes the bytes it
/// returns (wiping the JavaScript copy).
fn exported_bytes(value: &JsValue, method: &str) -> JsResult<Option<Zeroizing<Vec<u8>>>> {
    if !value.is_object() || value.is_instance_of::<js_sys::Uint8Array>() {
        return Ok(None);
    }
    let function = js_sys::Reflect::get(value, &JsValue::from_str(method))?;
    let Some(function) = function.dyn_ref::<js_sys::Function>() else {
        return Ok(None);
    };
    let bytes = function.call0(value)?;
    let array = js_sys::Uint8Array::new(&bytes);
    let copy = Zeroizing::new(array.to_vec());
    array.fill(0, 0, array.length());
    Ok(Some(copy))
}
