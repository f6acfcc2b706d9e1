//! RSA keys in every form a merchant is sent.
//!
//! * [`PrivateKey`]: the merchant private key (signs requests). PKCS#1 or PKCS#8, also
//!   passphrase-protected PKCS#8 (PBES2), in PEM, DER or one-line base64.
//! * [`PublicKey`]: the UMF public key (encrypts sensitive fields, verifies responses and
//!   notifications), or in the sandbox the merchant public key. SPKI or PKCS#1, or an X.509
//!   certificate, in PEM, DER or base64.
//!
//! The format is detected; a file holding the wrong thing gets [`Error::KeyWrongKind`] naming
//! what was found and what was wanted. Private material lives only inside `rsa::RsaPrivateKey`,
//! which zeroises itself on drop, in [`Zeroizing`] buffers while parsing and, with the
//! `native-backend` feature, in OpenSSL's copy of the key, which OpenSSL clears when it is freed;
//! `Debug` shows the size and fingerprint, never key material.
//!
//! Which library does the RSA arithmetic is decided at build time: see [`rsa_backend`].

mod backend;
mod detect;
mod export;
pub mod kdf_limits;
mod pem;
mod rng;

pub use backend::{rsa_backend, HostPrivateKey, HostPublicKey};

use std::fmt;

use base64::Engine as _;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePublicKey};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde::Serialize;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use detect::{Decoded, Structure};

/// Smallest RSA key accepted. UMF's own keys are 1024-bit (every example signature and
/// ciphertext is 128 bytes, API.md §1.4); nothing smaller is safe to accept.
pub const MIN_KEY_BITS: usize = 1024;
/// Largest RSA key accepted (the `rsa` crate's own bound for public keys).
pub const MAX_KEY_BITS: usize = 4096;

/// What a key file turned out to hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum KeyKind {
    /// An RSA private key (PKCS#1 or PKCS#8).
    RsaPrivateKey,
    /// A passphrase-protected PKCS#8 private key.
    EncryptedPrivateKey,
    /// An RSA public key (SPKI or PKCS#1).
    RsaPublicKey,
    /// An X.509 certificate holding an RSA public key.
    Certificate,
    /// A private key of another algorithm (EC, DSA, Ed25519, OpenSSH, ...).
    NonRsaPrivateKey,
    /// A public key of another algorithm.
    NonRsaPublicKey,
    /// A certificate whose key is not RSA.
    NonRsaCertificate,
    /// A PEM block of another kind, by its label (e.g. `CERTIFICATE REQUEST`), when the label
    /// is a standard one.
    Other(String),
    /// A PEM block whose label is no standard one. The label is not kept: it is the file's own
    /// text and may be anything, a secret included.
    UnknownPemBlock,
    /// Bytes that are no key structure at all.
    NotAKey,
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyKind::RsaPrivateKey => f.write_str("an RSA private key"),
            KeyKind::EncryptedPrivateKey => f.write_str("a passphrase-protected private key"),
            KeyKind::RsaPublicKey => f.write_str("an RSA public key"),
            KeyKind::Certificate => f.write_str("an X.509 certificate"),
            KeyKind::NonRsaPrivateKey => f.write_str("a private key that is not RSA"),
            KeyKind::NonRsaPublicKey => f.write_str("a public key that is not RSA"),
            KeyKind::NonRsaCertificate => f.write_str("a certificate whose key is not RSA"),
            KeyKind::Other(label) => write!(f, "a PEM block labelled `{label}`"),
            KeyKind::UnknownPemBlock => f.write_str("a PEM block with an unknown label"),
            KeyKind::NotAKey => f.write_str("data that is not a key"),
        }
    }
}

/// What the caller asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyWanted {
    /// An RSA private key (the merchant key).
    PrivateKey,
    /// An RSA public key or certificate (the UMF key).
    PublicKey,
}

impl fmt::Display for KeyWanted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyWanted::PrivateKey => f.write_str("an RSA private key"),
            KeyWanted::PublicKey => f.write_str("an RSA public key or certificate"),
        }
    }
}

/// The ASN.1 structure a key came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Container {
    /// `RSAPrivateKey` (PEM label `RSA PRIVATE KEY`).
    Pkcs1,
    /// `PrivateKeyInfo` (PEM label `PRIVATE KEY`).
    Pkcs8,
    /// `EncryptedPrivateKeyInfo` (PEM label `ENCRYPTED PRIVATE KEY`).
    EncryptedPkcs8,
    /// `SubjectPublicKeyInfo` (PEM label `PUBLIC KEY`).
    Spki,
    /// `RSAPublicKey` (PEM label `RSA PUBLIC KEY`).
    Pkcs1Public,
    /// An X.509 certificate.
    X509Certificate,
}

/// How the structure was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// PEM armour.
    Pem,
    /// Raw DER bytes.
    Der,
    /// Base64 of the DER bytes without armour (one line or several).
    Base64,
}

/// Container plus encoding, e.g. "PKCS#8 DER".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct KeyFormat {
    /// The ASN.1 structure.
    pub container: Container,
    /// How it was encoded.
    pub encoding: Encoding,
}

impl fmt::Display for KeyFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let container = match self.container {
            Container::Pkcs1 => "PKCS#1",
            Container::Pkcs8 => "PKCS#8",
            Container::EncryptedPkcs8 => "encrypted PKCS#8",
            Container::Spki => "SPKI",
            Container::Pkcs1Public => "PKCS#1 public",
            Container::X509Certificate => "X.509 certificate",
        };
        let encoding = match self.encoding {
            Encoding::Pem => "PEM",
            Encoding::Der => "DER",
            Encoding::Base64 => "base64",
        };
        write!(f, "{container} {encoding}")
    }
}

/// SHA-256 of the DER `SubjectPublicKeyInfo`: the same value as
/// `openssl pkey -pubout -outform DER | openssl dgst -sha256`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    fn of_spki(spki_der: &[u8]) -> Self {
        Fingerprint(Sha256::digest(spki_der).into())
    }

    /// Lower-case hex, 64 characters.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", self.to_hex())
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

/// An RSA private key: the merchant key that signs requests (or, in the sandbox, UMF's key).
#[derive(Clone)]
pub struct PrivateKey {
    inner: RsaPrivateKey,
    /// OpenSSL's copy, made once at load (`native-backend` feature; otherwise always `None`).
    native: Option<backend::NativePrivate>,
    /// The host's RSA, when a binding attached one ([`PrivateKey::with_host`]).
    host: backend::HostSigner,
    format: KeyFormat,
    public: PublicKey,
}

/// An RSA public key: the UMF key that encrypts sensitive fields and verifies what UMF signs.
#[derive(Clone)]
pub struct PublicKey {
    inner: RsaPublicKey,
    /// OpenSSL's copy, made once at load (`native-backend` feature; otherwise always `None`).
    native: Option<backend::NativePublic>,
    /// The host's RSA, when a binding attached one ([`PublicKey::with_host`]).
    host: backend::Host,
    format: Option<KeyFormat>,
    fingerprint: Fingerprint,
}

impl PrivateKey {
    /// Loads a private key from PEM, DER or base64 bytes; `passphrase` opens encrypted PKCS#8.
    ///
    /// A passphrase given for an unencrypted key is ignored.
    pub fn from_bytes(input: &[u8], passphrase: Option<&[u8]>) -> Result<Self> {
        let mut first_other = None;
        for decoded in detect::decode(input)? {
            match private_from_decoded(&decoded, passphrase) {
                Ok(key) => return Ok(key),
                Err(Found::Error(e)) => return Err(e),
                Err(Found::Other(kind)) => {
                    first_other.get_or_insert(kind);
                }
            }
        }
        Err(wrong_kind(first_other, KeyWanted::PrivateKey))
    }

    /// Size of the modulus in bits.
    pub fn bits(&self) -> usize {
        self.public.bits()
    }

    /// Size of a signature made with this key, in bytes.
    pub fn size(&self) -> usize {
        self.inner.size()
    }

    /// How the key was stored.
    pub fn format(&self) -> KeyFormat {
        self.format
    }

    /// The matching public key.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// Fingerprint of the matching public key.
    pub fn fingerprint(&self) -> Fingerprint {
        self.public.fingerprint
    }

    /// The key as unencrypted PKCS#8 DER, for handing to a host's native RSA (`node:crypto`,
    /// WebCrypto, the JDK) when it is faster than the core's. The buffer zeroises on drop;
    /// never store or log it.
    pub fn to_pkcs8_der(&self) -> Result<Zeroizing<Vec<u8>>> {
        export::pkcs8_der(&self.inner)
    }

    #[cfg(feature = "decrypt")]
    pub(crate) fn rsa(&self) -> &RsaPrivateKey {
        &self.inner
    }

    /// RSASSA-PKCS1-v1_5 / SHA-256 over `message`: the raw signature.
    pub(crate) fn sign_raw(&self, message: &[u8]) -> Result<Vec<u8>> {
        backend::sign(
            &self.inner,
            self.host.as_deref(),
            self.native.as_ref(),
            message,
        )
    }

    /// Whether the key's operations run in the native backend (see [`rsa_backend`]). For tests
    /// and benchmarks; not part of the stable API.
    #[doc(hidden)]
    pub fn uses_native_backend(&self) -> bool {
        self.native.is_some()
    }

    /// The same key without its native copy: every operation runs in the `rsa` crate. For
    /// tests and benchmarks that compare the backends in one build; not part of the stable API.
    #[doc(hidden)]
    pub fn rustcrypto_only(&self) -> Self {
        PrivateKey {
            inner: self.inner.clone(),
            native: None,
            host: None,
            format: self.format,
            public: self.public.rustcrypto_only(),
        }
    }

    /// The same key with its signatures made first by `host`, the host's own RSA for this
    /// very key (a binding builds it from [`PrivateKey::to_pkcs8_der`]). What the host cannot
    /// sign, the build's backend signs; signatures are deterministic, so both give the same.
    pub fn with_host(self, host: std::sync::Arc<dyn HostPrivateKey>) -> Self {
        PrivateKey {
            host: Some(host),
            ..self
        }
    }

    /// The name of the host RSA attached with [`PrivateKey::with_host`], if any.
    pub fn host_backend(&self) -> Option<&str> {
        self.host.as_deref().map(HostPrivateKey::name)
    }

    fn from_rsa(inner: RsaPrivateKey, format: KeyFormat) -> Result<Self> {
        check_size(inner.n().bits())?;
        inner
            .validate()
            .map_err(|_| Error::key_invalid("the RSA private key is inconsistent"))?;
        let public = PublicKey::from_rsa(inner.to_public_key(), None)?;
        Ok(PrivateKey {
            native: backend::NativePrivate::load(&inner),
            host: None,
            inner,
            format,
            public,
        })
    }
}

impl PublicKey {
    /// Loads a public key from an SPKI or PKCS#1 public key, or from an X.509 certificate, in
    /// PEM, DER or base64. A private key is refused with [`Error::KeyWrongKind`]: the UMF key
    /// is public, and a private key here is almost always the wrong file.
    pub fn from_bytes(input: &[u8]) -> Result<Self> {
        let mut first_other = None;
        for decoded in detect::decode(input)? {
            match public_from_decoded(&decoded) {
                Ok(key) => return Ok(key),
                Err(Found::Error(e)) => return Err(e),
                Err(Found::Other(kind)) => {
                    first_other.get_or_insert(kind);
                }
            }
        }
        Err(wrong_kind(first_other, KeyWanted::PublicKey))
    }

    /// Size of the modulus in bits.
    pub fn bits(&self) -> usize {
        self.inner.n().bits()
    }

    /// Size of the modulus in bytes: the length of every signature and ciphertext.
    pub fn size(&self) -> usize {
        self.inner.size()
    }

    /// How the key was stored (`None` when derived from a private key).
    pub fn format(&self) -> Option<KeyFormat> {
        self.format
    }

    /// SHA-256 of the SPKI DER.
    pub fn fingerprint(&self) -> Fingerprint {
        self.fingerprint
    }

    /// The key as SPKI DER.
    pub fn to_spki_der(&self) -> Result<Vec<u8>> {
        self.inner
            .to_public_key_der()
            .map(|doc| doc.as_bytes().to_vec())
            .map_err(|_| Error::Crypto {
                reason: "cannot encode the public key".into(),
            })
    }

    /// The key as SPKI PEM, e.g. to give the sandbox's keys to a test.
    pub fn to_spki_pem(&self) -> Result<String> {
        self.inner
            .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
            .map_err(|_| Error::Crypto {
                reason: "cannot encode the public key".into(),
            })
    }

    /// Whether `signature` (of the key's size) is a valid RSASSA-PKCS1-v1_5 / SHA-256
    /// signature over `message`.
    pub(crate) fn verify_raw(&self, message: &[u8], signature: &[u8]) -> bool {
        backend::verify(
            &self.inner,
            self.host.as_deref(),
            self.native.as_ref(),
            message,
            signature,
        )
    }

    /// RSAES-PKCS1-v1_5 encryption of one block (the caller has checked the length).
    pub(crate) fn encrypt_raw(&self, plaintext: &[u8]) -> Result<Vec<u8>> {
        backend::encrypt(
            &self.inner,
            self.host.as_deref(),
            self.native.as_ref(),
            plaintext,
        )
    }

    /// Whether the key's operations run in the native backend (see [`rsa_backend`]). For tests
    /// and benchmarks; not part of the stable API.
    #[doc(hidden)]
    pub fn uses_native_backend(&self) -> bool {
        self.native.is_some()
    }

    /// The same key without its native copy: every operation runs in the `rsa` crate. For
    /// tests and benchmarks that compare the backends in one build; not part of the stable API.
    #[doc(hidden)]
    pub fn rustcrypto_only(&self) -> Self {
        PublicKey {
            native: None,
            host: None,
            ..self.clone()
        }
    }

    /// The same key with its verifications and encryptions done first by `host`, the host's
    /// own RSA for this very key (a binding builds it from [`PublicKey::to_spki_der`]). What a
    /// host cannot do falls to this build's backend; a host's "does not match" is final.
    pub fn with_host(self, host: std::sync::Arc<dyn HostPublicKey>) -> Self {
        PublicKey {
            host: Some(host),
            ..self
        }
    }

    /// The name of the host RSA attached with [`PublicKey::with_host`], if any.
    pub fn host_backend(&self) -> Option<&str> {
        self.host.as_deref().map(HostPublicKey::name)
    }

    fn from_rsa(inner: RsaPublicKey, format: Option<KeyFormat>) -> Result<Self> {
        check_size(inner.n().bits())?;
        let spki = inner.to_public_key_der().map_err(|_| Error::Crypto {
            reason: "cannot encode the public key".into(),
        })?;
        Ok(PublicKey {
            fingerprint: Fingerprint::of_spki(spki.as_bytes()),
            native: backend::NativePublic::load(spki.as_bytes()),
            host: None,
            inner,
            format,
        })
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}

impl Eq for PublicKey {}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("bits", &self.bits())
            .field("format", &self.format.to_string())
            .field("fingerprint", &self.fingerprint().to_hex())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PublicKey")
            .field("bits", &self.bits())
            .field("fingerprint", &self.fingerprint.to_hex())
            .finish()
    }
}

/// What `umf keys inspect` reports about a key file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    /// What the file holds.
    pub kind: KeyKind,
    /// How it is stored.
    pub format: KeyFormat,
    /// Modulus size; `None` for an encrypted key opened without its passphrase.
    pub bits: Option<usize>,
    /// SHA-256 of the SPKI; `None` for an encrypted key opened without its passphrase.
    pub fingerprint: Option<Fingerprint>,
}

/// Describes the first key object of a file (for `umf keys inspect`). An encrypted private key
/// is described without size and fingerprint unless `passphrase` opens it.
pub fn inspect(input: &[u8], passphrase: Option<&[u8]>) -> Result<KeyInfo> {
    let decoded = detect::decode(input)?;
    let first = decoded
        .first()
        .ok_or_else(|| Error::key_invalid("no key object found"))?;
    if first.legacy_encrypted {
        return Err(legacy_encrypted_error());
    }
    if let Some(kind) = first.label.as_deref().and_then(detect::kind_of_label) {
        return Err(Error::KeyWrongKind {
            found: kind,
            wanted: KeyWanted::PublicKey,
        });
    }
    let structure = detect::classify(&first.der).map_err(|kind| match kind {
        KeyKind::NotAKey => Error::key_invalid("no known key structure in the input"),
        other => Error::key_unsupported(other.to_string()),
    })?;
    let format = detect::format_of(first, &structure);
    match structure {
        Structure::EncryptedPkcs8 if passphrase.is_none() => Ok(KeyInfo {
            kind: KeyKind::EncryptedPrivateKey,
            format,
            bits: None,
            fingerprint: None,
        }),
        Structure::EncryptedPkcs8 | Structure::Pkcs8Private | Structure::Pkcs1Private => {
            let key = PrivateKey::from_bytes(input, passphrase)?;
            Ok(KeyInfo {
                kind: if matches!(structure, Structure::EncryptedPkcs8) {
                    KeyKind::EncryptedPrivateKey
                } else {
                    KeyKind::RsaPrivateKey
                },
                format,
                bits: Some(key.bits()),
                fingerprint: Some(key.fingerprint()),
            })
        }
        Structure::Certificate(_) | Structure::Spki | Structure::Pkcs1Public => {
            let key = PublicKey::from_bytes(input)?;
            Ok(KeyInfo {
                kind: if matches!(structure, Structure::Certificate(_)) {
                    KeyKind::Certificate
                } else {
                    KeyKind::RsaPublicKey
                },
                format,
                bits: Some(key.bits()),
                fingerprint: Some(key.fingerprint()),
            })
        }
    }
}

/// Either a hard error, or "this object is a key of another kind; keep looking".
enum Found {
    Error(Error),
    Other(KeyKind),
}

fn private_from_decoded(
    decoded: &Decoded,
    passphrase: Option<&[u8]>,
) -> std::result::Result<PrivateKey, Found> {
    if decoded.legacy_encrypted {
        return Err(Found::Error(legacy_encrypted_error()));
    }
    if let Some(kind) = decoded.label.as_deref().and_then(detect::kind_of_label) {
        return Err(Found::Other(kind));
    }
    let structure = detect::classify(&decoded.der).map_err(Found::Other)?;
    let format = detect::format_of(decoded, &structure);
    let rsa = match structure {
        Structure::Pkcs8Private => RsaPrivateKey::from_pkcs8_der(&decoded.der)
            .map_err(|_| Found::Error(Error::key_invalid("malformed PKCS#8 RSA private key")))?,
        Structure::Pkcs1Private => RsaPrivateKey::from_pkcs1_der(&decoded.der)
            .map_err(|_| Found::Error(Error::key_invalid("malformed PKCS#1 RSA private key")))?,
        Structure::EncryptedPkcs8 => {
            let passphrase = passphrase.ok_or(Found::Error(Error::KeyPassphraseRequired))?;
            decrypt_pkcs8(&decoded.der, passphrase).map_err(Found::Error)?
        }
        Structure::Spki | Structure::Pkcs1Public => {
            return Err(Found::Other(KeyKind::RsaPublicKey))
        }
        Structure::Certificate(_) => return Err(Found::Other(KeyKind::Certificate)),
    };
    PrivateKey::from_rsa(rsa, format).map_err(Found::Error)
}

fn decrypt_pkcs8(der: &[u8], passphrase: &[u8]) -> Result<RsaPrivateKey> {
    use der::Decode;
    let info = pkcs8::EncryptedPrivateKeyInfo::from_der(der)
        .map_err(|_| Error::key_invalid("malformed encrypted PKCS#8 key"))?;
    // The file names its own KDF cost: refuse what would run for minutes or allocate gigabytes
    // before deriving anything.
    kdf_limits::check(&info.encryption_algorithm)?;
    let document = info.decrypt(passphrase).map_err(|e| match e {
        // pkcs5 0.7 reports a CBC padding failure (the usual sign of a wrong passphrase) as
        // `EncryptFailed` on the decrypt path.
        pkcs8::Error::EncryptedPrivateKey(
            pkcs8::pkcs5::Error::DecryptFailed | pkcs8::pkcs5::Error::EncryptFailed,
        ) => Error::KeyPassphraseIncorrect,
        pkcs8::Error::EncryptedPrivateKey(_) => Error::key_unsupported(
            "the key's encryption scheme is not PBES2 with AES/3DES and PBKDF2 or scrypt; \
             re-encrypt it with `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
        ),
        _ => Error::KeyPassphraseIncorrect,
    })?;
    // A wrong passphrase can still yield valid CBC padding (about 1 in 256); the plaintext is
    // then not a PrivateKeyInfo, which is the same answer for the caller.
    let info = pkcs8::PrivateKeyInfo::try_from(document.as_bytes())
        .map_err(|_| Error::KeyPassphraseIncorrect)?;
    if info.algorithm.oid != detect::RSA_ENCRYPTION {
        return Err(Error::KeyWrongKind {
            found: KeyKind::NonRsaPrivateKey,
            wanted: KeyWanted::PrivateKey,
        });
    }
    RsaPrivateKey::try_from(info).map_err(|_| Error::key_invalid("malformed RSA private key"))
}

fn public_from_decoded(decoded: &Decoded) -> std::result::Result<PublicKey, Found> {
    if decoded.legacy_encrypted {
        return Err(Found::Other(KeyKind::EncryptedPrivateKey));
    }
    if let Some(kind) = decoded.label.as_deref().and_then(detect::kind_of_label) {
        return Err(Found::Other(kind));
    }
    let structure = detect::classify(&decoded.der).map_err(Found::Other)?;
    let format = detect::format_of(decoded, &structure);
    let rsa = match &structure {
        Structure::Spki => RsaPublicKey::from_public_key_der(&decoded.der),
        Structure::Pkcs1Public => RsaPublicKey::from_pkcs1_der(&decoded.der)
            .map_err(|_| rsa::pkcs8::spki::Error::KeyMalformed),
        Structure::Certificate(spki) => RsaPublicKey::from_public_key_der(spki),
        Structure::Pkcs8Private | Structure::Pkcs1Private => {
            return Err(Found::Other(KeyKind::RsaPrivateKey))
        }
        Structure::EncryptedPkcs8 => return Err(Found::Other(KeyKind::EncryptedPrivateKey)),
    }
    .map_err(|_| {
        Found::Error(Error::key_invalid(format!(
            "malformed RSA public key ({format})"
        )))
    })?;
    PublicKey::from_rsa(rsa, Some(format)).map_err(Found::Error)
}

fn wrong_kind(found: Option<KeyKind>, wanted: KeyWanted) -> Error {
    match found {
        None | Some(KeyKind::NotAKey) => Error::key_invalid(format!(
            "no known key structure in the input; wanted {wanted}"
        )),
        Some(found) => Error::KeyWrongKind { found, wanted },
    }
}

fn legacy_encrypted_error() -> Error {
    Error::key_unsupported(
        "legacy OpenSSL-encrypted PEM (Proc-Type: 4,ENCRYPTED); convert it to encrypted PKCS#8 \
         with `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
    )
}

fn check_size(bits: usize) -> Result<()> {
    if (MIN_KEY_BITS..=MAX_KEY_BITS).contains(&bits) {
        Ok(())
    } else {
        Err(Error::key_unsupported(format!(
            "{bits}-bit RSA key; {MIN_KEY_BITS} to {MAX_KEY_BITS} bits are supported"
        )))
    }
}

/// Decodes base64 that may be split over lines, with or without `=` padding.
pub(crate) fn base64_lenient(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    // Sized up front: growing by `collect()` would reallocate and leave partial copies of the
    // key's text in freed memory, which nothing wipes.
    let mut compact = Zeroizing::new(String::with_capacity(text.len()));
    compact.extend(text.chars().filter(|c| !c.is_ascii_whitespace()));
    if compact.is_empty() {
        return None;
    }
    LENIENT_BASE64
        .decode(compact.as_bytes())
        .ok()
        .map(Zeroizing::new)
}

const LENIENT_BASE64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);
