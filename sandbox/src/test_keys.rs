//! The built-in keys: the public test vectors of `tests/vectors/keys`. They are in the
//! repository for anyone to read, which is the point: tests, the demo and a merchant's first
//! try all work without generating keys. Never use them for anything real.

use umf_core::PrivateKey;

/// The merchant key the demo and tests sign with (PKCS#8 PEM, 1024-bit like UMF's).
pub const MERCHANT_PRIVATE_KEY_PEM: &[u8] =
    include_bytes!("../../tests/vectors/keys/merchant_1024_pkcs8.pem");
/// The sandbox's UMF key pair (PKCS#8 PEM).
pub const UMF_PRIVATE_KEY_PEM: &[u8] =
    include_bytes!("../../tests/vectors/keys/umf_1024_pkcs8.pem");
/// The key `POST /__admin/keys/rotate` switches to (PKCS#8 PEM, 2048-bit): a second UMF key
/// for key change-over tests.
pub const UMF_NEXT_PRIVATE_KEY_PEM: &[u8] =
    include_bytes!("../../tests/vectors/keys/umf_2048_pkcs8.pem");
/// The UMF public key as an X.509 certificate, the way UMF sends it.
pub const UMF_CERTIFICATE_PEM: &[u8] = include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem");
/// The second UMF public key as an X.509 certificate.
pub const UMF_NEXT_CERTIFICATE_PEM: &[u8] =
    include_bytes!("../../tests/vectors/keys/umf_2048_cert.pem");
/// Default client id.
pub const CLIENT_ID: &str = "sandbox-client";
/// Default client secret.
pub const CLIENT_SECRET: &str = "sandbox-secret";

/// The test merchant key.
#[allow(clippy::expect_used)] // a committed, valid key: failing here means a broken checkout
pub fn merchant_private_key() -> PrivateKey {
    PrivateKey::from_bytes(MERCHANT_PRIVATE_KEY_PEM, None).expect("built-in merchant test key")
}

/// The sandbox's UMF key.
#[allow(clippy::expect_used)] // a committed, valid key: failing here means a broken checkout
pub fn umf_private_key() -> PrivateKey {
    PrivateKey::from_bytes(UMF_PRIVATE_KEY_PEM, None).expect("built-in UMF test key")
}

/// The sandbox's second UMF key, the one a key rotation switches to.
#[allow(clippy::expect_used)] // a committed, valid key: failing here means a broken checkout
pub fn umf_next_private_key() -> PrivateKey {
    PrivateKey::from_bytes(UMF_NEXT_PRIVATE_KEY_PEM, None).expect("built-in second UMF test key")
}
