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
    native: Option<&NativePrivate>,
    message: &[u8],
) -> Result<Vec<u8>> {
    let digest = Sha256::digest(message);
    if let Some(Ok(signature)) = native.map(|n| n.sign(&digest)) {
        return Ok(signature);
    }
    // Blinded with fresh randomness: the mitigation for timing attacks on the private
    // exponent. PKCS#1 v1.5 signatures are deterministic, so blinding does not change them.
    key.sign_with_rng(
        &mut rand_core::OsRng,
        Pkcs1v15Sign::new::<Sha256>(),
        &digest,
    )
    .map_err(|_| Error::Crypto {
        reason: "RSA signing failed".into(),
    })
}

/// Whether `signature` (already checked to be the key's size) is valid over `message`.
pub(crate) fn verify(
    key: &RsaPublicKey,
    native: Option<&NativePublic>,
    message: &[u8],
    signature: &[u8],
) -> bool {
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
    native: Option<&NativePublic>,
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    if let Some(Ok(ciphertext)) = native.map(|n| n.encrypt(plaintext)) {
        return Ok(ciphertext);
    }
    key.encrypt(&mut rand_core::OsRng, Pkcs1v15Encrypt, plaintext)
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
            let rust = sign(&key.inner, None, message).unwrap();
            assert_eq!(signature, rust, "{bits}: OpenSSL and the rsa crate differ");
            assert_eq!(public.verify(&digest, &signature), Ok(true), "{bits}");

            for (i, bad) in tampered(&signature).iter().enumerate() {
                // Ok(false) or an error, never Ok(true): OpenSSL itself refuses every one.
                assert_ne!(public.verify(&digest, bad), Ok(true), "{bits}, case {i}");
                assert!(!verify(&key.public.inner, Some(public), message, bad));
                assert!(!verify(&key.public.inner, None, message, bad));
            }
            let other = Sha256::digest(b"{}");
            assert_ne!(public.verify(&other, &signature), Ok(true), "{bits}");

            let ciphertext = public.encrypt(b"6222020000000000000").unwrap();
            assert_eq!(ciphertext.len(), bits as usize / 8);
        }
    }
}
