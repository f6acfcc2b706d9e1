//! Sign / verify / encrypt at 1024 and 2048 bits, measured by criterion, printed next to
//! `openssl speed` for the same key sizes as ratios (core time / OpenSSL time).
//!
//! OpenSSL's `speed` reports RSA sign (private operation) and verify (public operation) per
//! second. Encryption is a public-key operation plus padding, so it is compared with OpenSSL's
//! verify rate; the table says so. Run with `cargo bench -p umf-core --bench crypto`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::Criterion;
use umf_core::PrivateKey;

/// Total time and iterations criterion ran for each benchmark, captured through `iter_custom`
/// so the ratios use exactly the samples criterion measured.
static SAMPLES: Mutex<BTreeMap<String, (Duration, u64)>> = Mutex::new(BTreeMap::new());

fn measured<F: FnMut()>(c: &mut Criterion, name: &str, mut op: F) {
    let key = name.to_owned();
    c.bench_function(name, move |b| {
        b.iter_custom(|iters| {
            let start = Instant::now();
            for _ in 0..iters {
                op();
            }
            let elapsed = start.elapsed();
            let mut samples = SAMPLES.lock().unwrap();
            let entry = samples.entry(key.clone()).or_default();
            entry.0 += elapsed;
            entry.1 += iters;
            elapsed
        })
    });
}

fn load(file: &str) -> PrivateKey {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/keys")
        .join(file);
    PrivateKey::from_bytes(&std::fs::read(path).unwrap(), None).unwrap()
}

/// Seconds per operation from `openssl speed -mr`: (sign, verify).
fn openssl_speed(bits: u32) -> Option<(f64, f64)> {
    let out = Command::new("openssl")
        .args(["speed", "-seconds", "2", "-mr", &format!("rsa{bits}")])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("+F2:"))?;
    let fields: Vec<&str> = line.split(':').collect();
    let sign_per_s: f64 = fields.get(3)?.parse().ok()?;
    let verify_per_s: f64 = fields.get(4)?.parse().ok()?;
    Some((1.0 / sign_per_s, 1.0 / verify_per_s))
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let body = br#"{"payer":{"payment_method":"CREDIT_CARD"},"order":{"mer_reference_id":"R-20240101-0001","amount":{"total":"100.02","currency":"USD"}}}"#;
    for bits in [1024u32, 2048] {
        let merchant = load(&format!("merchant_{bits}_pkcs8.pem"));
        let umf = load(&format!("umf_{bits}_pkcs8.pem"));
        let umf_public = umf.public_key().clone();
        let signature = merchant.sign(body).unwrap();
        let merchant_public = merchant.public_key().clone();
        measured(&mut c, &format!("sign_{bits}"), || {
            black_box(merchant.sign(black_box(body)).unwrap());
        });
        measured(&mut c, &format!("verify_{bits}"), || {
            merchant_public
                .verify(black_box(body), signature.as_str())
                .unwrap();
        });
        measured(&mut c, &format!("encrypt_{bits}"), || {
            black_box(umf_public.encrypt_to_base64("6222020000000000000").unwrap());
        });
    }
    c.final_summary();

    let samples = SAMPLES.lock().unwrap();
    let per_op = |name: &str| {
        samples
            .get(name)
            .map(|(d, n)| d.as_secs_f64() / (*n).max(1) as f64)
    };
    println!();
    println!(
        "umf-core (rsa crate, blinded signing) vs OpenSSL {}",
        openssl_version()
    );
    println!(
        "{:<10} {:>6} {:>12} {:>12} {:>8}  baseline",
        "operation", "bits", "core", "openssl", "ratio"
    );
    for bits in [1024u32, 2048] {
        let Some((ossl_sign, ossl_verify)) = openssl_speed(bits) else {
            println!("openssl speed rsa{bits} did not run; no baseline for {bits} bits");
            continue;
        };
        for (op, baseline, what) in [
            ("sign", ossl_sign, "openssl speed sign"),
            ("verify", ossl_verify, "openssl speed verify"),
            ("encrypt", ossl_verify, "openssl speed verify (public op)"),
        ] {
            if let Some(core) = per_op(&format!("{op}_{bits}")) {
                println!(
                    "{:<10} {:>6} {:>10.1}µs {:>10.1}µs {:>7.2}x  {what}",
                    op,
                    bits,
                    core * 1e6,
                    baseline * 1e6,
                    core / baseline
                );
            }
        }
    }
}

fn openssl_version() -> String {
    Command::new("openssl")
        .arg("version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "(not found)".into())
}
