//! Key files are untrusted input: any bytes must load, or fail with a typed error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use umf_core::{keys, PrivateKey, PublicKey};

fuzz_target!(|data: &[u8]| {
    let _ = PrivateKey::from_bytes(data, None);
    let _ = PrivateKey::from_bytes(data, Some(b"correct horse battery staple"));
    let _ = PublicKey::from_bytes(data);
    let _ = keys::inspect(data, None);
});
