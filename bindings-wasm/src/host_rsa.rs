//! The host's RSA: in Node, `node:crypto` (OpenSSL) signs request bodies, verifies UMF's
//! signatures and encrypts sensitive fields for the keys this module loads, where the `rsa`
//! crate compiled to WebAssembly is 20–50× slower.
//!
//! The Node entry points install a provider once, at load (`npm/node/host-rsa.cjs`); nothing
//! else does, so in browsers (whose WebCrypto has no RSAES-PKCS1-v1_5 and no synchronous
//! calls) every key stays on the WebAssembly path. Each key loaded afterwards gets the host's
//! copy through [`umf_core::PublicKey::with_host`] or [`umf_core::PrivateKey::with_host`]: the
//! core still decides the bytes signed, which bytes a signature covers, its encoding and length
//! and the plaintext's length, and the host only does the arithmetic on exact bytes. A host
//! that throws, or answers with something that is not a verdict, a ciphertext or a signature of
//! the key's size, leaves the operation to the core.
//!
//! The JavaScript objects live in a per-thread table here, and a key holds only its index
//! into it: the core's keys must be `Send + Sync`, which a `JsValue` is not, and this module's
//! only thread is the one that made it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use js_sys::{Function, Reflect, Uint8Array};
use serde::Deserialize;
#[cfg(feature = "merchant")]
use umf_core::HostPrivateKey;
use umf_core::HostPublicKey;
use wasm_bindgen::prelude::*;

use crate::error::{type_error, JsResult};

/// Where a key's RSA operations run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum RsaBackend {
    /// The host's RSA when the entry point installed one (Node), otherwise WebAssembly.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    /// `node:crypto`; an error where there is none.
    #[serde(rename = "node:crypto")]
    NodeCrypto,
    /// The core's own RSA, compiled to WebAssembly.
    #[serde(rename = "wasm")]
    Wasm,
}

/// The provider's functions, as the Node entry point hands them over.
struct Provider {
    name: String,
    public_key: Function,
    verify: Function,
    encrypt: Function,
    // The device build (browsers only) has no private keys.
    #[cfg_attr(not(feature = "merchant"), allow(dead_code))]
    private_key: Function,
    #[cfg_attr(not(feature = "merchant"), allow(dead_code))]
    sign: Function,
}

#[derive(Default)]
struct Table {
    provider: Option<Provider>,
    /// Counts installations: a key loaded by one provider is never handed to another's
    /// functions (it falls back to WebAssembly instead).
    generation: u64,
    /// The host's key objects (public and private), by index; indexes are never reused.
    keys: HashMap<u64, JsValue>,
    next: u64,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::default();
}

/// Installs the host's RSA. Called by the package's Node entry points, once; not part of the
/// package's API (left out of its exports and types).
///
/// `provider` is `{ name, publicKey(spkiDer) → key, verify(key, message, signature) →
/// boolean, encrypt(key, plaintext) → Uint8Array, privateKey(pkcs8Der) → key, sign(key,
/// message) → Uint8Array }`.
#[wasm_bindgen(js_name = __umfInstallHostRsa, skip_typescript)]
pub fn install_host_rsa(provider: JsValue) -> JsResult<()> {
    let function = |name: &str| -> JsResult<Function> {
        Reflect::get(&provider, &JsValue::from_str(name))?
            .dyn_into::<Function>()
            .map_err(|_| {
                type_error(
                    "a host RSA provider needs publicKey, verify, encrypt, privateKey and sign",
                )
            })
    };
    let provider = Provider {
        name: Reflect::get(&provider, &JsValue::from_str("name"))?
            .as_string()
            .unwrap_or_else(|| "host".to_owned()),
        public_key: function("publicKey")?,
        verify: function("verify")?,
        encrypt: function("encrypt")?,
        private_key: function("privateKey")?,
        sign: function("sign")?,
    };
    TABLE.with(|t| {
        let mut t = t
            .try_borrow_mut()
            .map_err(|_| type_error("the host RSA provider cannot be replaced from inside it"))?;
        t.provider = Some(provider);
        t.generation += 1;
        Ok(())
    })
}

/// `key` with the host's RSA attached as `backend` asks: unchanged for `wasm`, or for `auto`
/// where no host is installed or the host refuses the key.
pub(crate) fn attach(
    key: umf_core::PublicKey,
    backend: RsaBackend,
) -> JsResult<umf_core::PublicKey> {
    if backend == RsaBackend::Wasm {
        return Ok(key);
    }
    let loaded = key
        .to_spki_der()
        .ok()
        .and_then(|der| load(|p| &p.public_key, &Uint8Array::from(der.as_slice())));
    match loaded {
        Some(slot) => Ok(key.with_host(Arc::new(slot))),
        None => refused(key, backend),
    }
}

/// Like [`attach`], for the merchant private key. The PKCS#8 copy handed to the host is wiped
/// once the host has made its key object (`node:crypto` copies it into OpenSSL).
#[cfg(feature = "merchant")]
pub(crate) fn attach_private(
    key: umf_core::PrivateKey,
    backend: RsaBackend,
) -> JsResult<umf_core::PrivateKey> {
    if backend == RsaBackend::Wasm {
        return Ok(key);
    }
    let loaded = key.to_pkcs8_der().ok().and_then(|der| {
        let bytes = Uint8Array::from(der.as_slice());
        let slot = load(|p| &p.private_key, &bytes);
        bytes.fill(0, 0, bytes.length());
        slot
    });
    match loaded {
        Some(slot) => Ok(key.with_host(Arc::new(slot))),
        None => refused(key, backend),
    }
}

/// A key the host would not load: kept on WebAssembly for `auto`, an error when the host was
/// asked for by name.
fn refused<K>(key: K, backend: RsaBackend) -> JsResult<K> {
    match backend {
        RsaBackend::NodeCrypto => Err(type_error(
            "the \"node:crypto\" backend is available only in Node",
        )),
        _ => Ok(key),
    }
}

/// Makes the host's key object from `der` with the provider function `pick` chooses, and
/// files it in the table.
fn load(pick: fn(&Provider) -> &Function, der: &Uint8Array) -> Option<Slot> {
    let (name, function, generation) = TABLE.with(|t| {
        let t = t.try_borrow().ok()?;
        let provider = t.provider.as_ref()?;
        Some((provider.name.clone(), pick(provider).clone(), t.generation))
    })?;
    let handle = function
        .call1(&JsValue::NULL, der)
        .ok()
        .filter(|h| !h.is_undefined() && !h.is_null())?;
    TABLE.with(|t| {
        let mut t = t.try_borrow_mut().ok()?;
        let id = t.next;
        t.next += 1;
        t.keys.insert(id, handle);
        Some(Slot {
            id,
            generation,
            name,
        })
    })
}

/// One key's copy in the host: an index into the table.
struct Slot {
    id: u64,
    /// The installation that made the key object.
    generation: u64,
    name: String,
}

impl Slot {
    /// The provider function `pick` chooses and the key object, cloned out of the table so
    /// that no borrow is held while JavaScript runs.
    fn parts(&self, pick: fn(&Provider) -> &Function) -> Option<(Function, JsValue)> {
        TABLE.with(|t| {
            let t = t.try_borrow().ok()?;
            if t.generation != self.generation {
                return None;
            }
            let function = pick(t.provider.as_ref()?).clone();
            Some((function, t.keys.get(&self.id)?.clone()))
        })
    }
}

impl HostPublicKey for Slot {
    fn verify(&self, message: &[u8], signature: &[u8]) -> Option<bool> {
        let (verify, key) = self.parts(|p| &p.verify)?;
        let message = Uint8Array::from(message);
        let signature = Uint8Array::from(signature);
        // Only a boolean is a verdict; a throw or anything else leaves it to the core.
        verify
            .call3(&JsValue::NULL, &key, &message, &signature)
            .ok()?
            .as_bool()
    }

    fn encrypt(&self, plaintext: &[u8]) -> Option<Vec<u8>> {
        let (encrypt, key) = self.parts(|p| &p.encrypt)?;
        let input = Uint8Array::from(plaintext);
        let output = encrypt.call2(&JsValue::NULL, &key, &input);
        // The plaintext (a card number) leaves no copy of ours in JavaScript memory.
        input.fill(0, 0, input.length());
        let output = output.ok()?.dyn_into::<Uint8Array>().ok()?;
        Some(output.to_vec())
    }

    fn name(&self) -> &str {
        &self.name
    }
}

#[cfg(feature = "merchant")]
impl HostPrivateKey for Slot {
    fn sign(&self, message: &[u8]) -> Option<Vec<u8>> {
        let (sign, key) = self.parts(|p| &p.sign)?;
        let output = sign.call2(&JsValue::NULL, &key, &Uint8Array::from(message));
        Some(output.ok()?.dyn_into::<Uint8Array>().ok()?.to_vec())
    }

    fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        // `try_with`: during thread teardown the table may be gone already.
        let _ = TABLE.try_with(|t| {
            if let Ok(mut t) = t.try_borrow_mut() {
                t.keys.remove(&self.id);
            }
        });
    }
}
