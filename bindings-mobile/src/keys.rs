//! RSA keys: the UMF public key an app may hold, and the merchant private key it must not.

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::error::Result;

/// The library doing the RSA arithmetic in this build: `OpenSSL …` in the desktop library
/// (feature `openssl`, which scripts/generate-mobile.sh turns on), `RustCrypto rsa 0.9` in the
/// Android and iOS builds. Either gives the same signatures and verdicts.
#[uniffi::export]
pub fn rsa_backend() -> String {
    umf_core::rsa_backend().to_owned()
}

/// An RSA public key: the UMF key that encrypts sensitive fields and verifies what UMF signs.
///
/// Reads SPKI or PKCS#1 public keys and X.509 certificates, each as PEM, DER or one-line base64.
/// A private key here is refused with `key_wrong_kind`: the UMF key is public, and a private key
/// in its place is almost always the wrong file. `toString()` / `description` show the size and
/// fingerprint only.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct PublicKey {
    pub(crate) inner: umf_core::PublicKey,
}

#[uniffi::export]
impl PublicKey {
    /// Loads a public key or certificate from the bytes of its file.
    #[uniffi::constructor]
    pub fn new(key_bytes: Vec<u8>) -> Result<Arc<Self>> {
        Ok(Arc::new(PublicKey {
            inner: umf_core::PublicKey::from_bytes(&key_bytes)?,
        }))
    }

    /// Size of the modulus in bits (1024 for UMF's own keys).
    pub fn bits(&self) -> i32 {
        size_to_i32(self.inner.bits())
    }

    /// SHA-256 of the SPKI DER, lower-case hex: the same as
    /// `openssl pkey -pubin -outform DER | openssl dgst -sha256`. Pin it in the app.
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// The most UTF-8 bytes one encrypted value can hold (117 for a 1024-bit key).
    pub fn max_plaintext_bytes(&self) -> i32 {
        size_to_i32(self.inner.max_plaintext_len())
    }

    /// The key as SPKI DER, e.g. for the platform's own crypto APIs.
    pub fn to_spki_der(&self) -> Result<Vec<u8>> {
        Ok(self.inner.to_spki_der()?)
    }

    /// Checks a base64 RSASSA-PKCS1-v1_5 / SHA-256 signature over exactly `message`.
    /// Throws `UmfException.Signature` (`signature_invalid`, `signature_malformed`,
    /// `signature_missing`) when it does not verify.
    pub fn verify(&self, message: Vec<u8>, signature: String) -> Result<()> {
        Ok(self.inner.verify(&message, &signature)?)
    }

    /// Encrypts one value (RSAES-PKCS1-v1_5, base64), as UMF wants a sensitive field.
    pub fn encrypt_to_base64(&self, value: String) -> Result<String> {
        let value = Zeroizing::new(value);
        Ok(self.inner.encrypt_to_base64(&value)?)
    }
}

/// An RSA private key: the merchant key that signs requests.
///
/// # ⚠️ The merchant private key does not belong in an app
///
/// Anything shipped in an app can be extracted from it. Whoever holds this key can sign
/// payment requests as the merchant. Keep it on the merchant's server; an app needs only the
/// UMF public key ([`CardEncryptor`](crate::CardEncryptor)). This type is here for tools,
/// tests and server-side Kotlin or Swift.
///
/// Reads PKCS#1 and PKCS#8 (also passphrase-protected PKCS#8) as PEM, DER or base64.
/// `toString()` / `description` show the size and fingerprint, never key material.
#[derive(Debug, uniffi::Object)]
#[uniffi::export(Debug)]
pub struct PrivateKey {
    pub(crate) inner: umf_core::PrivateKey,
}

#[uniffi::export]
impl PrivateKey {
    /// Loads the merchant private key; `passphrase` opens an encrypted PKCS#8 key.
    /// See the type's warning: this key does not belong in an app.
    #[uniffi::constructor(default(passphrase = None))]
    pub fn new(key_bytes: Vec<u8>, passphrase: Option<String>) -> Result<Arc<Self>> {
        let key_bytes = Zeroizing::new(key_bytes);
        let passphrase = passphrase.map(Zeroizing::new);
        Ok(Arc::new(PrivateKey {
            inner: umf_core::PrivateKey::from_bytes(
                &key_bytes,
                passphrase.as_ref().map(|p| p.as_bytes()),
            )?,
        }))
    }

    /// Size of the modulus in bits.
    pub fn bits(&self) -> i32 {
        size_to_i32(self.inner.bits())
    }

    /// Fingerprint of the matching public key (SHA-256 of its SPKI DER, hex).
    pub fn fingerprint(&self) -> String {
        self.inner.fingerprint().to_hex()
    }

    /// The matching public key.
    pub fn public_key(&self) -> Arc<PublicKey> {
        Arc::new(PublicKey {
            inner: self.inner.public_key().clone(),
        })
    }

    /// The `Signature` header for exactly these body bytes: base64 of RSASSA-PKCS1-v1_5 over
    /// SHA-256. Send the same bytes that were signed; never re-serialise the body.
    pub fn sign(&self, message: Vec<u8>) -> Result<String> {
        Ok(self.inner.sign(&message)?.into())
    }
}

/// Sizes here are key sizes (at most 4096 bits), so they always fit.
fn size_to_i32(size: usize) -> i32 {
    i32::try_from(size).unwrap_or(i32::MAX)
}
