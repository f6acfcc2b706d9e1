//! Key files are untrusted input: any bytes must load, or fail with a typed error of the key
//! family, in bounded time and memory (libFuzzer's -timeout and -rss_limit_mb hold the bounds;
//! the KDF caps of `keys::kdf_limits` are what keep a hostile encrypted key inside them).
#![no_main]

use libfuzzer_sys::fuzz_target;
use umf_core::{keys, ErrorFamily, PrivateKey, PublicKey};

const PASSPHRASE: &[u8] = b"correct horse battery staple";

fn check_error(error: &umf_core::Error) {
    assert_eq!(error.family(), ErrorFamily::Key, "{}: {error}", error.code());
    // Messages carry kinds, sizes and parameter names, never the passphrase.
    assert!(!error.to_string().contains("correct horse"), "{error}");
    if let umf_core::Error::KeyKdfLimit { value, max, .. } = error {
        assert!(value > max, "{error}");
    }
}

fuzz_target!(|data: &[u8]| {
    for passphrase in [None, Some(PASSPHRASE)] {
        match PrivateKey::from_bytes(data, passphrase) {
            // A key that loads is a usable RSA key whose export loads back as the same key.
            Ok(key) => {
                let der = key.to_pkcs8_der().unwrap();
                let again = PrivateKey::from_bytes(&der, None).unwrap();
                assert_eq!(again.fingerprint(), key.fingerprint());
            }
            Err(e) => check_error(&e),
        }
    }
    if let Err(e) = PublicKey::from_bytes(data) {
        check_error(&e);
    }
    if let Err(e) = keys::inspect(data, Some(PASSPHRASE)) {
        check_error(&e);
    }
});
