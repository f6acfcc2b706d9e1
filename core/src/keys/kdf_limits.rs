//! Caps on the key-derivation parameters of passphrase-protected PKCS#8 keys, checked before
//! the KDF runs.
//!
//! An encrypted key file names its own KDF cost, so a hostile or corrupted file can ask for
//! anything: PBKDF2 with 10^9 iterations runs for minutes; scrypt with N = 2^22 allocates
//! 4 GiB and N = 2^40 aborts the process on the failed allocation. The caps below are far above
//! what real keys use, and keep the worst accepted key to a few seconds of work and 32 MiB
//! (measured: OpenSSL's default scrypt key loads in 0.12 s, a PBKDF2-HMAC-SHA256 key at the
//! iteration cap in 0.8 s, on one 2020s x86-64 core):
//!
//! | parameter | cap | reference |
//! |---|---|---|
//! | PBKDF2 iterations | 2,000,000 | OpenSSL writes 2048 by default (`PKCS5_DEFAULT_ITER`); OWASP's highest recommendation is 1,300,000 (HMAC-SHA-1). OpenSSL itself sets no cap. |
//! | scrypt memory, `128·r·(N + 2) + 128·r·p` bytes | 32 MiB | OpenSSL's default `maxmem` for PKCS#8 (`SCRYPT_MAX_MEM`, crypto/evp/pbe_scrypt.c), computed as OpenSSL does; `openssl pkcs8 -scrypt` writes N = 16384, r = 8, p = 1 (16 MiB). |
//! | scrypt `p` | 4 | OpenSSL bounds `p` only through memory; each lane costs the full N·r work, so it is capped on its own. Real keys use 1. |
//! | key length (when the file states one) | 32 bytes | the largest key of the supported ciphers (AES-256). |
//! | salt length | 64 bytes | RFC 8018 asks for at least 8; OpenSSL writes 8 or 16. |
//!
//! Over a cap is [`Error::KeyKdfLimit`] (`key_kdf_limit`) naming the parameter and the cap;
//! parameters that no KDF accepts (zero iterations, an N that is not a power of two) are
//! [`Error::KeyInvalid`].

use pkcs8::pkcs5::pbes2::{Kdf, Parameters};
use pkcs8::pkcs5::EncryptionScheme;

use crate::error::{Error, Result};

/// Most PBKDF2 iterations accepted.
pub const MAX_PBKDF2_ITERATIONS: u64 = 2_000_000;
/// Most memory scrypt may need, in bytes (OpenSSL's default `maxmem`).
pub const MAX_SCRYPT_MEMORY: u64 = 32 * 1024 * 1024;
/// Most scrypt lanes (`p`) accepted.
pub const MAX_SCRYPT_P: u64 = 4;
/// Longest derived key a key file may ask for, in bytes.
pub const MAX_KEY_LENGTH: u64 = 32;
/// Longest salt accepted, in bytes.
pub const MAX_SALT_LENGTH: u64 = 64;

/// Refuses a PBES2 scheme whose KDF would cost more than the caps. PBES1 schemes are left to
/// the decryption, which refuses them as unsupported without deriving anything.
pub fn check(scheme: &EncryptionScheme<'_>) -> Result<()> {
    match scheme.pbes2() {
        Some(params) => check_pbes2(params),
        None => Ok(()),
    }
}

fn check_pbes2(params: &Parameters<'_>) -> Result<()> {
    if let Some(length) = params.kdf.key_length() {
        at_most("key_length", u64::from(length), MAX_KEY_LENGTH)?;
    }
    match &params.kdf {
        Kdf::Pbkdf2(p) => {
            at_most("salt_length", p.salt.len() as u64, MAX_SALT_LENGTH)?;
            if p.iteration_count == 0 {
                return Err(Error::key_invalid("PBKDF2 iteration count is zero"));
            }
            at_most(
                "pbkdf2_iterations",
                u64::from(p.iteration_count),
                MAX_PBKDF2_ITERATIONS,
            )
        }
        Kdf::Scrypt(s) => {
            at_most("salt_length", s.salt.len() as u64, MAX_SALT_LENGTH)?;
            let n = s.cost_parameter;
            if n < 2 || !n.is_power_of_two() || s.block_size == 0 || s.parallelization == 0 {
                return Err(Error::key_invalid(
                    "scrypt parameters are invalid (N must be a power of two of at least 2; r and p at least 1)",
                ));
            }
            let (r, p) = (u128::from(s.block_size), u128::from(s.parallelization));
            at_most("scrypt_p", p as u64, MAX_SCRYPT_P)?;
            let memory = 128 * r * (u128::from(n) + 2) + 128 * r * p;
            at_most(
                "scrypt_memory_bytes",
                u64::try_from(memory).unwrap_or(u64::MAX),
                MAX_SCRYPT_MEMORY,
            )
        }
        // A KDF added to pkcs5 later has no caps here: refuse it rather than run it unchecked.
        _ => Err(Error::key_unsupported(
            "the key's KDF is neither PBKDF2 nor scrypt",
        )),
    }
}

fn at_most(parameter: &'static str, value: u64, max: u64) -> Result<()> {
    if value <= max {
        Ok(())
    } else {
        Err(Error::KeyKdfLimit {
            parameter,
            value,
            max,
        })
    }
}

#[cfg(test)]
mod tests {
    use pkcs8::pkcs5::pbes2::{Pbkdf2Params, Pbkdf2Prf, ScryptParams};

    use super::*;

    const SALT: &[u8] = &[7; 16];
    const IV: [u8; 16] = [1; 16];

    fn pbkdf2(iteration_count: u32, salt: &[u8], key_length: Option<u16>) -> Result<()> {
        check_pbes2(&Parameters {
            kdf: Kdf::Pbkdf2(Pbkdf2Params {
                salt,
                iteration_count,
                key_length,
                prf: Pbkdf2Prf::HmacWithSha256,
            }),
            encryption: pkcs8::pkcs5::pbes2::EncryptionScheme::Aes256Cbc { iv: &IV },
        })
    }

    fn scrypt(n: u64, r: u16, p: u16) -> Result<()> {
        check_pbes2(&Parameters {
            kdf: Kdf::Scrypt(ScryptParams {
                salt: SALT,
                cost_parameter: n,
                block_size: r,
                parallelization: p,
                key_length: None,
            }),
            encryption: pkcs8::pkcs5::pbes2::EncryptionScheme::Aes256Cbc { iv: &IV },
        })
    }

    fn parameter(result: Result<()>) -> &'static str {
        match result {
            Err(Error::KeyKdfLimit { parameter, .. }) => parameter,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pbkdf2_caps() {
        assert!(pbkdf2(2048, SALT, None).is_ok());
        assert!(pbkdf2(2_000_000, SALT, Some(32)).is_ok());
        assert_eq!(
            parameter(pbkdf2(2_000_001, SALT, None)),
            "pbkdf2_iterations"
        );
        assert_eq!(parameter(pbkdf2(u32::MAX, SALT, None)), "pbkdf2_iterations");
        assert_eq!(parameter(pbkdf2(2048, SALT, Some(33))), "key_length");
        assert_eq!(parameter(pbkdf2(2048, &[0; 65], None)), "salt_length");
        assert!(pbkdf2(2048, &[0; 64], None).is_ok());
        assert_eq!(pbkdf2(0, SALT, None).unwrap_err().code(), "key_invalid");
    }

    #[test]
    fn scrypt_caps_follow_openssl_memory_accounting() {
        // OpenSSL's own default (16 MiB) loads; N = 2^15 with r = 8 needs just over 32 MiB,
        // which OpenSSL refuses too.
        assert!(scrypt(1 << 14, 8, 1).is_ok());
        assert_eq!(parameter(scrypt(1 << 15, 8, 1)), "scrypt_memory_bytes");
        assert_eq!(parameter(scrypt(1 << 22, 8, 1)), "scrypt_memory_bytes");
        assert_eq!(parameter(scrypt(1 << 40, 8, 1)), "scrypt_memory_bytes");
        assert_eq!(
            parameter(scrypt(1 << 63, u16::MAX, 1)),
            "scrypt_memory_bytes"
        );
        assert_eq!(parameter(scrypt(1 << 14, 8, 5)), "scrypt_p");
        assert!(scrypt(1 << 14, 8, 4).is_ok());
        for invalid in [
            scrypt(0, 8, 1),
            scrypt(1, 8, 1),
            scrypt(3, 8, 1),
            scrypt(1 << 10, 0, 1),
        ] {
            assert_eq!(invalid.unwrap_err().code(), "key_invalid");
        }
    }

    #[test]
    fn the_error_names_the_parameter_and_the_cap() {
        let err = pbkdf2(1_000_000_000, SALT, None).unwrap_err();
        assert_eq!(err.code(), "key_kdf_limit");
        let shown = err.to_string();
        assert!(
            shown.contains("pbkdf2_iterations") && shown.contains("2000000"),
            "{shown}"
        );
    }
}
