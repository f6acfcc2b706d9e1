//! The three RSA operations the SDK performs, in one place: RSASSA-PKCS1-v1_5 / SHA-256 signing
//! with the merchant private key, the matching verification with the UMF public key, and
//! RSAES-PKCS1-v1_5 encryption of sensitive fields to the UMF public key.
//!
//! Two implementations sit behind them:
//!
//! * RustCrypto's `rsa` crate, always compiled and the only one on WebAssembly. Keys are parsed
//!   and validated by it in every build, whatever does the arithmetic.
//! * OpenSSL through the `openssl` crate, with the `native-backend` feature on targets that are
//!   not WebAssembly (the feature is a no-op there). Each key gets its OpenSSL object once, when
//!   it is loaded: a private key from the numbers the `rsa` crate parsed, a public key from its
//!   SPKI DER; operations then run in OpenSSL's assembly, 4–10× faster (README "Performance").
//!
//! Both produce the same bytes: PKCS#1 v1.5 signatures are deterministic, and a ciphertext
//! from either decrypts with the other and with `openssl pkeyutl` (`core/tests/vectors.rs`,
//! `openssl_interop.rs` and `forgery.rs` compare the two in one run, with the feature on and
//! off). When OpenSSL refuses a key or fails an operation for any reason other than a signature
//! that does not match (a FIPS-mode system OpenSSL refuses 1024-bit keys, for one), the `rsa`
//! crate does the work instead: the native backend can make an operation faster, never change
//! its outcome.
//!
//! A third is the host's own RSA, given to a key by a binding at run time ([`HostPublicKey`],
//! [`HostPrivateKey`]): the npm package hands `node:crypto` (OpenSSL) to every key it loads in
//! Node, where the `rsa` crate runs as WebAssembly 20–50× slower. The same rule holds: a host
//! that cannot do an operation leaves it to the backends below it; a host's "does not match" is
//! final.

use std::sync::Arc;

use rsa::traits::PublicKeyParts;
use rsa::{Pkcs1v15Encrypt, Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

pub(crate) use native::{Private as NativePrivate, Public as NativePublic};

/// The library doing the RSA arithmetic in this build, e.g. `OpenSSL 3.6.3 9 Jun 2026` or
/// `RustCrypto rsa 0.9`.
pub fn rsa_backend() -> &'static str {
    native::name().unwrap_or("RustCrypto rsa 0.9")
}

pub(crate) fn sign(
    key: &RsaPrivateKey,
    host: Option<&dyn HostPrivateKey>,
    native: Option<&NativePrivate>,
    message: &[u8],
) -> Result<Vec<u8>> {
    // A host's answer counts only at the key's size; anything else falls through.
    let fits = |value: &Vec<u8>| value.len() == key.size();
    if let Some(signature) = host.and_then(|h| h.sign(message)).filter(fits) {
        return Ok(signature);
    }
    let digest = Sha256::digest(message);
    if let Some(Ok(signature)) = native.map(|n| n.sign(&digest)) {
        return Ok(signature);
    }
    // Blinded with fresh randomness: the mitigation for timing attacks on the private
    // exponent. PKCS#1 v1.5 signatures are deterministic, so blinding does not change them.
    key.sign_with_rng(
        &mut super::rng::rng()?,
        Pkcs1v15Sign::new::<Sha256>(),
        &digest,
    )
    .map_err(|_| Error::Crypto {
        reason: "RSA signing failed".into(),
    })
}

/// RSA public-key arithmetic the host offers for one UMF (or merchant) public key, attached
/// with [`PublicKey::with_host`](super::PublicKey::with_host): RSASSA-PKCS1-v1_5 / SHA-256
/// verification over the message, and RSAES-PKCS1-v1_5 encryption of one block.
///
/// The core still decides everything around the arithmetic (which bytes are covered, the
/// signature's base64 and length, the plaintext's length, the policy), so a host sees only the
/// exact bytes and answers with a verdict or a ciphertext.
pub trait HostPublicKey: Send + Sync {
    /// `Some(true)` or `Some(false)`: the signature over `message` matches or not, final.
    /// `None`: the host could not check it (the core's own RSA decides instead).
    fn verify(&self, message: &[u8], signature: &[u8]) -> Option<bool>;

    /// The ciphertext of `plaintext` (which fits one block), or `None` when the host cannot
    /// encrypt it. A ciphertext that is not the key's size is discarded, and the core
    /// encrypts instead.
    fn encrypt(&self, plaintext: &[u8]) -> Option<Vec<u8>>;

    /// A short name for reports and tests, e.g. `node:crypto`.
    fn name(&self) -> &str;
}

/// RSASSA-PKCS1-v1_5 / SHA-256 signing by the host for the merchant private key, attached with
/// [`PrivateKey::with_host`](super::PrivateKey::with_host). The core decides the bytes signed
/// (exactly the body sent) and encodes the result.
pub trait HostPrivateKey: Send + Sync {
    /// The raw signature over `message`, or `None` when the host cannot sign it. A signature
    /// that is not the key's size is discarded, and the core signs instead.
    fn sign(&self, message: &[u8]) -> Option<Vec<u8>>;

    /// A short name for reports and tests, e.g. `node:crypto`.
    fn name(&self) -> &str;
}

/// A public key's host RSA, if a binding gave it one.
pub(crate) type Host = Option<Arc<dyn HostPublicKey>>;

/// A private key's host RSA, if a binding gave it one.
pub(crate) type HostSigner = Option<Arc<dyn HostPrivateKey>>;

/// Whether `signature` (already checked to be the key's size) is valid over `message`.
pub(crate) fn verify(
    key: &RsaPublicKey,
    host: Option<&dyn HostPublicKey>,
    native: Option<&NativePublic>,
    message: &[u8],
    signature: &[u8],
) -> bool {
    if let Some(valid) = host.and_then(|h| h.verify(message, signature)) {
        return valid;
    }
    let digest = Sha256::digest(message);
    match native.map(|n| n.verify(&digest, signature)) {
        Some(Ok(valid)) => valid,
        None | Some(Err(())) => key
            .verify(Pkcs1v15Sign::new::<Sha256>(), &digest, signature)
            .is_ok(),
    }
}

/// Encrypts one block (the caller has checked the length).
pub(crate) fn encrypt(
    key: &RsaPublicKey,
    host: Option<&dyn HostPublicKey>,
    native: Option<&NativePublic>,
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    let fits = |value: &Vec<u8>| value.len() == key.size();
    if let Some(ciphertext) = host.and_then(|h| h.encrypt(plaintext)).filter(fits) {
        return Ok(ciphertext);
    }
    if let Some(Ok(ciphertext)) = native.map(|n| n.encrypt(plaintext)) {
        return Ok(ciphertext);
    }
    key.encrypt(&mut super::rng::rng()?, Pkcs1v15Encrypt, plaintext)
        .map_err(|_| Error::Crypto {
            reason: "RSA encryption failed".into(),
        })
}

#[cfg(all(feature = "native-backend", not(target_family = "wasm")))]
mod native {
    use std::fmt;

    use openssl::bn::BigNum;
    use openssl::md::Md;
    use openssl::pkey::{self, PKey};
    use openssl::pkey_ctx::PkeyCtx;
    use openssl::rsa::{Padding, Rsa};
    use rsa::traits::{PrivateKeyParts, PublicKeyParts};
    use rsa::RsaPrivateKey;
    use zeroize::Zeroizing;

    pub(crate) fn name() -> Option<&'static str> {
        Some(openssl::version::version())
    }

    /// OpenSSL's copy of a private key. OpenSSL clears the key's numbers when the last
    /// reference is freed (`RSA_free` uses `BN_clear_free`); clones share one copy.
    #[derive(Clone)]
    pub(crate) struct Private(PKey<pkey::Private>);

    /// OpenSSL's copy of a public key.
    #[derive(Clone)]
    pub(crate) struct Public(PKey<pkey::Public>);

    impl Private {
        pub(crate) fn load(key: &RsaPrivateKey) -> Option<Self> {
            // From the numbers, not from DER: OpenSSL's DER decoders free their working copies
            // of the encoding without clearing them, which left the key's PKCS#8 bytes in freed
            // heap (the Python binding's memory scan found them). The private numbers go into
            // secure BIGNUMs (`BN_FLG_SECURE`): cleared when freed, and the flag carries over
            // to the provider's export of the key, whose parameter buffers are cleared too.
            // Our big-endian copies are `Zeroizing`.
            let [p, q] = key.primes() else { return None };
            let public = |n: &rsa::BigUint| BigNum::from_slice(&n.to_bytes_be()).ok();
            let secret = |n: &rsa::BigUint| {
                let bytes = Zeroizing::new(n.to_bytes_be());
                let mut bn = BigNum::new_secure().ok()?;
                bn.copy_from_slice(&bytes).ok()?;
                Some(bn)
            };
            // An owned copy: wiped on drop like the others.
            let qinv = Zeroizing::new(key.crt_coefficient()?);
            let rsa = Rsa::from_private_components(
                public(key.n())?,
                public(key.e())?,
                secret(key.d())?,
                secret(p)?,
                secret(q)?,
                secret(key.dp()?)?,
                secret(key.dq()?)?,
                secret(&qinv)?,
            )
            .ok()?;
            PKey::from_rsa(rsa).ok().map(Private)
        }

        /// RSASSA-PKCS1-v1_5 over a SHA-256 digest. OpenSSL blinds the private operation.
        pub(crate) fn sign(&self, digest: &[u8]) -> Result<Vec<u8>, ()> {
            let mut ctx = PkeyCtx::new(&self.0).map_err(drop)?;
            ctx.sign_init().map_err(drop)?;
            ctx.set_rsa_padding(Padding::PKCS1).map_err(drop)?;
            ctx.set_signature_md(Md::sha256()).map_err(drop)?;
            let mut out = vec![0; self.0.size()];
            let len = ctx.sign(digest, Some(&mut out)).map_err(drop)?;
            out.truncate(len);
            Ok(out)
        }
    }

    impl Public {
        /// From the SubjectPublicKeyInfo DER the key's fingerprint is computed from.
        pub(crate) fn load(spki_der: &[u8]) -> Option<Self> {
            PKey::public_key_from_der(spki_der).ok().map(Public)
        }

        /// `Ok(false)` is a signature that does not match; `Err` anything else.
        pub(crate) fn verify(&self, digest: &[u8], signature: &[u8]) -> Result<bool, ()> {
            let mut ctx = PkeyCtx::new(&self.0).map_err(drop)?;
            ctx.verify_init().map_err(drop)?;
            ctx.set_rsa_padding(Padding::PKCS1).map_err(drop)?;
            ctx.set_signature_md(Md::sha256()).map_err(drop)?;
            ctx.verify(digest, signature).map_err(drop)
        }

        pub(crate) fn encrypt(&self, plaintext: &[u8]) -> Result<Vec<u8>, ()> {
            let mut ctx = PkeyCtx::new(&self.0).map_err(drop)?;
            ctx.encrypt_init().map_err(drop)?;
            ctx.set_rsa_padding(Padding::PKCS1).map_err(drop)?;
            let mut out = vec![0; self.0.size()];
            let len = ctx.encrypt(plaintext, Some(&mut out)).map_err(drop)?;
            out.truncate(len);
            Ok(out)
        }
    }

    impl fmt::Debug for Private {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("NativePrivate(..)")
        }
    }
}

/// Without the `native-backend` feature (or on WebAssembly) no key has a native copy: the
/// types have no values, so `Option<Private>` is always `None`.
#[cfg(not(all(feature = "native-backend", not(target_family = "wasm"))))]
mod native {
    use rsa::RsaPrivateKey;

    pub(crate) fn name() -> Option<&'static str> {
        None
    }

    #[derive(Clone, Debug)]
    pub(crate) enum Private {}

    #[derive(Clone, Debug)]
    pub(crate) enum Public {}

    impl Private {
        pub(crate) fn load(_: &RsaPrivateKey) -> Option<Self> {
            None
        }

        pub(crate) fn sign(&self, _: &[u8]) -> Result<Vec<u8>, ()> {
            match *self {}
        }
    }

    impl Public {
        pub(crate) fn load(_: &[u8]) -> Option<Self> {
            None
        }

        pub(crate) fn verify(&self, _: &[u8], _: &[u8]) -> Result<bool, ()> {
            match *self {}
        }

        pub(crate) fn encrypt(&self, _: &[u8]) -> Result<Vec<u8>, ()> {
            match *self {}
        }
    }
}

/// OpenSSL's own answers, without the `rsa` crate behind them: the fallback must never be what
/// makes verification fail closed, and both key sizes UMF uses must run in OpenSSL.
#[cfg(all(test, feature = "native-backend", not(target_family = "wasm")))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::keys::PrivateKey;

    fn merchant(bits: u32) -> PrivateKey {
        let path = format!(
            "{}/../tests/vectors/keys/merchant_{bits}_pkcs8.pem",
            env!("CARGO_MANIFEST_DIR")
        );
        PrivateKey::from_bytes(&std::fs::read(path).unwrap(), None).unwrap()
    }

    /// The valid signature, then flipped bits, zero, one, all ones, and a shorter value.
    fn tampered(signature: &[u8]) -> Vec<Vec<u8>> {
        let n = signature.len();
        let mut cases = Vec::new();
        for i in [0, n / 2, n - 1] {
            let mut flipped = signature.to_vec();
            flipped[i] ^= 0x01;
            cases.push(flipped);
        }
        let mut one = vec![0; n];
        one[n - 1] = 1;
        cases.extend([vec![0; n], one, vec![0xff; n], signature[1..].to_vec()]);
        cases
    }

    #[test]
    fn openssl_signs_and_verifies_1024_and_2048_bit_keys_itself() {
        for bits in [1024, 2048] {
            let key = merchant(bits);
            let private = key
                .native
                .as_ref()
                .expect("an OpenSSL copy of the private key");
            let public = key.public.native.as_ref().expect("an OpenSSL copy");
            let message = b"{\"order\":{\"mer_reference_id\":\"R-1\"}}";
            let digest = Sha256::digest(message);

            let signature = private.sign(&digest).unwrap();
            let rust = sign(&key.inner, None, None, message).unwrap();
            assert_eq!(signature, rust, "{bits}: OpenSSL and the rsa crate differ");
            assert_eq!(public.verify(&digest, &signature), Ok(true), "{bits}");

            for (i, bad) in tampered(&signature).iter().enumerate() {
                // Ok(false) or an error, never Ok(true): OpenSSL itself refuses every one.
                assert_ne!(public.verify(&digest, bad), Ok(true), "{bits}, case {i}");
                assert!(!verify(&key.public.inner, None, Some(public), message, bad));
                assert!(!verify(&key.public.inner, None, None, message, bad));
            }
            let other = Sha256::digest(b"{}");
            assert_ne!(public.verify(&other, &signature), Ok(true), "{bits}");

            let ciphertext = public.encrypt(b"6222020000000000000").unwrap();
            assert_eq!(ciphertext.len(), bits as usize / 8);
        }
    }
}

/// The host seam: a host's verdict is final, anything it cannot do (or does wrongly, by size)
/// falls to the core's own RSA.
#[cfg(test)]
mod host_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::keys::PrivateKey;

    /// A host that answers as told and counts its calls.
    struct Scripted {
        verdict: Option<bool>,
        ciphertext: Option<Vec<u8>>,
        calls: AtomicUsize,
    }

    impl Scripted {
        fn new(verdict: Option<bool>, ciphertext: Option<Vec<u8>>) -> Arc<Self> {
            Arc::new(Scripted {
                verdict,
                ciphertext,
                calls: AtomicUsize::new(0),
            })
        }
    }

    impl HostPublicKey for Scripted {
        fn verify(&self, _: &[u8], _: &[u8]) -> Option<bool> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.verdict
        }

        fn encrypt(&self, _: &[u8]) -> Option<Vec<u8>> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.ciphertext.clone()
        }

        fn name(&self) -> &str {
            "scripted"
        }
    }

    fn merchant() -> PrivateKey {
        let path = format!(
            "{}/../tests/vectors/keys/merchant_1024_pkcs8.pem",
            env!("CARGO_MANIFEST_DIR")
        );
        PrivateKey::from_bytes(&std::fs::read(path).unwrap(), None).unwrap()
    }

    const MESSAGE: &[u8] = b"{\"order\":{\"mer_reference_id\":\"R-1\"}}";

    #[test]
    fn a_host_verdict_is_final_either_way() {
        let key = merchant();
        let good = key.sign_raw(MESSAGE).unwrap();
        let mut bad = good.clone();
        bad[7] ^= 1;

        let refuses = Scripted::new(Some(false), None);
        let public = key.public_key().clone().with_host(refuses.clone());
        assert_eq!(public.host_backend(), Some("scripted"));
        assert!(
            !public.verify_raw(MESSAGE, &good),
            "the host's no must stand"
        );
        let accepts = Scripted::new(Some(true), None);
        let public = key.public_key().clone().with_host(accepts.clone());
        assert!(
            public.verify_raw(MESSAGE, &bad),
            "the host's yes is the answer"
        );
        assert_eq!(refuses.calls.load(Ordering::SeqCst), 1);
        assert_eq!(accepts.calls.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn what_a_host_cannot_check_the_core_checks() {
        let key = merchant();
        let good = key.sign_raw(MESSAGE).unwrap();
        let mut bad = good.clone();
        bad[7] ^= 1;
        let unable = Scripted::new(None, None);
        let public = key.public_key().clone().with_host(unable.clone());
        assert!(public.verify_raw(MESSAGE, &good));
        assert!(!public.verify_raw(MESSAGE, &bad));
        assert_eq!(unable.calls.load(Ordering::SeqCst), 2);
        assert!(public.rustcrypto_only().host_backend().is_none());
    }

    /// A signer that answers as told and counts its calls.
    struct ScriptedSigner {
        signature: Option<Vec<u8>>,
        calls: AtomicUsize,
    }

    impl HostPrivateKey for ScriptedSigner {
        fn sign(&self, _: &[u8]) -> Option<Vec<u8>> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.signature.clone()
        }

        fn name(&self) -> &str {
            "scripted"
        }
    }

    #[test]
    fn a_host_signature_is_used_and_a_missing_or_misfit_one_replaced() {
        let key = merchant();
        let expected = key.rustcrypto_only().sign_raw(MESSAGE).unwrap();
        for signature in [None, Some(vec![1; 16]), Some(vec![1; 129])] {
            let host = Arc::new(ScriptedSigner {
                signature,
                calls: AtomicUsize::new(0),
            });
            let hosted = key.clone().with_host(host.clone());
            assert_eq!(hosted.host_backend(), Some("scripted"));
            assert_eq!(hosted.sign_raw(MESSAGE).unwrap(), expected);
            assert_eq!(host.calls.load(Ordering::SeqCst), 1);
        }
        let host = Arc::new(ScriptedSigner {
            signature: Some(vec![1; 128]),
            calls: AtomicUsize::new(0),
        });
        let hosted = key.with_host(host);
        assert_eq!(hosted.sign_raw(MESSAGE).unwrap(), vec![1; 128]);
        assert!(hosted.rustcrypto_only().host_backend().is_none());
    }

    #[test]
    fn a_host_ciphertext_of_the_wrong_size_is_replaced_by_the_cores() {
        let key = merchant();
        let plaintext = b"6222020000000000000";
        for host in [
            Scripted::new(None, None),
            Scripted::new(None, Some(vec![7; 16])),
            Scripted::new(None, Some(vec![7; 129])),
        ] {
            let public = key.public_key().clone().with_host(host.clone());
            let ciphertext = public.encrypt_raw(plaintext).unwrap();
            assert_eq!(host.calls.load(Ordering::SeqCst), 1);
            let opened = key.inner.decrypt(Pkcs1v15Encrypt, &ciphertext).unwrap();
            assert_eq!(opened, plaintext);
        }
        // One of the right size is taken as it is: the host is the host's RSA.
        let fitting = Scripted::new(None, Some(vec![7; 128]));
        let public = key.public_key().clone().with_host(fitting);
        assert_eq!(public.encrypt_raw(plaintext).unwrap(), vec![7; 128]);
    }
}
