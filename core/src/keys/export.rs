//! The merchant key as unencrypted PKCS#8 DER, for a host's own RSA (`node:crypto`, the JDK),
//! encoded so that no copy of the private numbers outlives the call.
//!
//! The `rsa` crate's own `to_pkcs8_der` encodes the inner PKCS#1 structure into a plain `Vec`
//! and drops it without clearing: the whole private key stayed in freed memory (the npm
//! package's memory scan found it). Here every buffer holding private numbers is `Zeroizing`,
//! and the DER is written into buffers of its exact length, so none is reallocated either.

use rsa::pkcs1::der::Encode;
use rsa::pkcs1::{RsaPrivateKey as Pkcs1, UintRef};
use rsa::traits::{PrivateKeyParts, PublicKeyParts};
use rsa::{BigUint, RsaPrivateKey};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

fn failed() -> Error {
    Error::Crypto {
        reason: "cannot encode the private key".into(),
    }
}

/// `key` as PKCS#8 `PrivateKeyInfo` DER (rsaEncryption, two primes), as OpenSSL writes it.
pub(super) fn pkcs8_der(key: &RsaPrivateKey) -> Result<Zeroizing<Vec<u8>>> {
    let [p, q] = key.primes() else {
        return Err(failed());
    };
    let be = |n: &BigUint| Zeroizing::new(n.to_bytes_be());
    // The CRT values the key already holds, so that no unwiped temporary is computed.
    let (dp, dq) = (key.dp().ok_or_else(failed)?, key.dq().ok_or_else(failed)?);
    let qinv = Zeroizing::new(key.crt_coefficient().ok_or_else(failed)?);
    let numbers = [key.n(), key.e(), key.d(), p, q, dp, dq, &qinv].map(be);
    let uint = |i: usize| UintRef::new(&numbers[i]).map_err(|_| failed());
    let pkcs1 = Pkcs1 {
        modulus: uint(0)?,
        public_exponent: uint(1)?,
        private_exponent: uint(2)?,
        prime1: uint(3)?,
        prime2: uint(4)?,
        exponent1: uint(5)?,
        exponent2: uint(6)?,
        coefficient: uint(7)?,
        other_prime_infos: None,
    };
    let inner = encode(&pkcs1)?;
    encode(&rsa::pkcs8::PrivateKeyInfo::new(
        rsa::pkcs1::ALGORITHM_ID,
        &inner,
    ))
}

/// DER of `value` in a zeroizing buffer of exactly its length.
fn encode(value: &impl Encode) -> Result<Zeroizing<Vec<u8>>> {
    let len = value.encoded_len().map_err(|_| failed())?;
    let len = usize::try_from(len).map_err(|_| failed())?;
    let mut out = Zeroizing::new(vec![0; len]);
    let written = value.encode_to_slice(&mut out).map_err(|_| failed())?.len();
    if written != len {
        return Err(failed());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use crate::keys::PrivateKey;

    /// Byte for byte what OpenSSL wrote for the vector keys (`openssl genpkey`, PKCS#8 DER),
    /// whichever form the key was loaded from.
    #[test]
    fn the_export_is_openssls_pkcs8_der() {
        let dir = format!("{}/../tests/vectors/keys", env!("CARGO_MANIFEST_DIR"));
        for bits in [1024, 2048] {
            let expected = std::fs::read(format!("{dir}/merchant_{bits}_pkcs8.der")).unwrap();
            for form in ["pkcs8.pem", "pkcs1.pem", "pkcs8.der"] {
                let input = std::fs::read(format!("{dir}/merchant_{bits}_{form}")).unwrap();
                let key = PrivateKey::from_bytes(&input, None).unwrap();
                assert_eq!(*key.to_pkcs8_der().unwrap(), expected, "{bits} {form}");
            }
        }
    }
}
