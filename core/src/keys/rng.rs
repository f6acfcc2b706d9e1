//! Randomness for RSA blinding and PKCS#1 v1.5 encryption padding.
//!
//! `rand_core`'s `OsRng` panics when the operating system has no randomness to give: in
//! WebAssembly that is a host without `globalThis.crypto` (Node 18's ES-module builds), where
//! the panic becomes an `unreachable` trap across the FFI boundary. So each operation first
//! draws a 32-byte seed with the fallible call, failing with a typed error, and then takes its
//! randomness from a ChaCha20 stream over that seed, which cannot fail. The seed buffer is
//! zeroised; the stream lives only for the one operation.

use rand_chacha::ChaCha20Rng;
use rand_core::{OsRng, RngCore, SeedableRng};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// A cryptographically secure generator for one operation, or an error when the host has no
/// source of randomness.
pub(crate) fn rng() -> Result<ChaCha20Rng> {
    let mut seed = Zeroizing::new([0u8; 32]);
    OsRng
        .try_fill_bytes(seed.as_mut())
        .map_err(|_| Error::Crypto {
            reason: "the host gives no randomness (in WebAssembly: no globalThis.crypto)".into(),
        })?;
    Ok(ChaCha20Rng::from_seed(*seed))
}

#[cfg(test)]
mod tests {
    use rand_core::RngCore;

    #[test]
    fn each_generator_is_seeded_afresh() {
        let (mut a, mut b) = (super::rng().unwrap(), super::rng().unwrap());
        assert_ne!(a.next_u64(), b.next_u64());
    }
}
