//! Sign / verify / encrypt at 1024 and 2048 bits under both RSA backends (OpenSSL through the
//! `native-backend` feature, and RustCrypto's `rsa` crate), and the whole
//! `Client::prepare("create_payment")` with five encrypted card fields, printed next to
//! `openssl speed` and next to a hand-written OpenSSL baseline as ratios (core time / OpenSSL
//! time).
//!
//! Times are the thread's CPU time, not wall time: `openssl speed` reports CPU time too, and on
//! a machine shared with other work wall time measures the neighbours. OpenSSL's `speed`
//! reports RSA sign (private operation) and verify (public operation) per second; encryption is
//! a public-key operation plus padding, so it is compared with OpenSSL's verify rate.
//!
//! Run alone with `cargo bench -p umf-core --bench crypto`; `make bench` (scripts/bench.sh) runs
//! it with `UMF_BENCH_FIXTURES` set, which adds the statement and notification workloads of the
//! cross-language table, and collects its `BENCH|` lines. umf-core's dev-dependency on itself
//! turns `native-backend` on, so both backends are measured in one build; the `cfg`s below only
//! keep the file compiling should that change.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use criterion::Criterion;
use serde_json::{json, Value};
use umf_core::{rsa_backend, Client, ClientConfig, PrivateKey, PublicKey, RequestParams};

#[path = "support/measure.rs"]
mod measure;
use measure::{measured, per_op};

fn load(file: &str) -> PrivateKey {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/keys")
        .join(file);
    PrivateKey::from_bytes(&std::fs::read(path).unwrap(), None).unwrap()
}

/// Seconds per operation from `openssl speed -mr` (CPU time): (sign, verify).
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

/// A card payment: `create_payment` with its five encrypted bank-card fields.
fn create_payment() -> Value {
    json!({
        "payer": {"payment_method": "CREDIT_CARD", "interface_type": "SERVER_TO_SERVER",
            "business_type": "B2C", "payer_info": {"bank_card": {
                "number": "6222020000000000000", "valid_date": "2612", "cvv2": "123",
                "payer_name": "ZHANG SAN", "phone": "13800000000",
                "citizen_id_type": "IDENTITY_CARD", "citizen_id_number": "110101199001011234"}}},
        "order": {"mer_reference_id": "ORDER-0001", "mer_date": "20240101",
            "amount": {"total": "100.02", "currency": "USD"}, "expire_time": "360",
            "sub_orders": [{"mer_sub_reference_id": "S-1", "trans_code": "01122030",
                "amount": {"total": "100.02", "currency": "USD"},
                "items": [{"mer_item_id": "I-1", "type": "FOOD", "item_quantity": "2",
                    "amount": {"total": "100.02", "currency": "USD"}}]}]},
        "notify_url": "https://m.example/n",
        "risk_info": {"trans_type": "02"}
    })
}

/// The five fields `create_payment` encrypts in the body above.
const CARD_FIELDS: [&str; 5] = [
    "number",
    "valid_date",
    "cvv2",
    "payer_name",
    "citizen_id_number",
];

/// What a merchant would write with OpenSSL alone: encrypt the five card fields, serialise the
/// body, sign it. No validation, no operation table, no header building: the floor for
/// `prepare`.
#[cfg(feature = "native-backend")]
mod baseline {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine as _;
    use openssl::encrypt::Encrypter;
    use openssl::hash::MessageDigest;
    use openssl::pkey::{PKey, Private, Public};
    use openssl::rsa::Padding;
    use openssl::sign::{Signer, Verifier};
    use serde_json::Value;

    pub struct Baseline {
        merchant: PKey<Private>,
        umf: PKey<Public>,
    }

    impl Baseline {
        pub fn new(merchant: &umf_core::PrivateKey, umf: &umf_core::PublicKey) -> Self {
            Baseline {
                merchant: PKey::private_key_from_der(&merchant.to_pkcs8_der().unwrap()).unwrap(),
                umf: PKey::public_key_from_der(&umf.to_spki_der().unwrap()).unwrap(),
            }
        }

        /// One `Signature` header, as a merchant would write it with the `openssl` crate.
        pub fn sign(&self, body: &[u8]) -> String {
            let mut signer = Signer::new(MessageDigest::sha256(), &self.merchant).unwrap();
            STANDARD.encode(signer.sign_oneshot_to_vec(body).unwrap())
        }

        /// One signature check (base64 decoding included, as the SDK's is).
        pub fn verify(&self, key: &PKey<Public>, body: &[u8], signature: &str) -> bool {
            let signature = STANDARD.decode(signature).unwrap();
            let mut verifier = Verifier::new(MessageDigest::sha256(), key).unwrap();
            verifier.verify_oneshot(&signature, body).unwrap()
        }

        /// One field encrypted to base64 with the UMF key.
        pub fn encrypt(&self, plaintext: &[u8]) -> String {
            let mut encrypter = Encrypter::new(&self.umf).unwrap();
            encrypter.set_rsa_padding(Padding::PKCS1).unwrap();
            let mut ciphertext = vec![0; encrypter.encrypt_len(plaintext).unwrap()];
            let len = encrypter.encrypt(plaintext, &mut ciphertext).unwrap();
            ciphertext.truncate(len);
            STANDARD.encode(ciphertext)
        }

        pub fn merchant_public(&self) -> PKey<Public> {
            PKey::public_key_from_der(&self.merchant.public_key_to_der().unwrap()).unwrap()
        }

        /// The body bytes and the `Signature` header.
        pub fn prepare(&self, body: &Value) -> (Vec<u8>, String) {
            let mut body = body.clone();
            let card = &mut body["payer"]["payer_info"]["bank_card"];
            for field in super::CARD_FIELDS {
                let slot = &mut card[field];
                let plaintext = slot.as_str().unwrap().as_bytes();
                *slot = Value::String(self.encrypt(plaintext));
            }
            let bytes = serde_json::to_vec(&body).unwrap();
            let mut signer = Signer::new(MessageDigest::sha256(), &self.merchant).unwrap();
            let signature = signer.sign_oneshot_to_vec(&bytes).unwrap();
            (bytes, STANDARD.encode(signature))
        }
    }
}

/// The two backends' names as the table prints them.
const NATIVE: &str = "openssl";
const RUST: &str = "rsa-crate";

fn main() {
    let mut c = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let body = br#"{"payer":{"payment_method":"CREDIT_CARD"},"order":{"mer_reference_id":"R-20240101-0001","amount":{"total":"100.02","currency":"USD"}}}"#;
    let payment = RequestParams::from_flat("create_payment", create_payment()).unwrap();
    for bits in [1024u32, 2048] {
        let merchant = load(&format!("merchant_{bits}_pkcs8.pem"));
        let umf_public = load(&format!("umf_{bits}_pkcs8.pem")).public_key().clone();
        let signature = merchant.sign(body).unwrap();
        let mut backends = vec![(
            RUST,
            merchant.rustcrypto_only(),
            umf_public.rustcrypto_only(),
        )];
        if merchant.uses_native_backend() {
            backends.insert(0, (NATIVE, merchant.clone(), umf_public.clone()));
        }
        for (backend, merchant, umf_public) in backends {
            let merchant_public = merchant.public_key().clone();
            measured(&mut c, &format!("sign_{bits}_{backend}"), || {
                black_box(merchant.sign(black_box(body)).unwrap());
            });
            measured(&mut c, &format!("verify_{bits}_{backend}"), || {
                merchant_public
                    .verify(black_box(body), signature.as_str())
                    .unwrap();
            });
            measured(&mut c, &format!("encrypt_{bits}_{backend}"), || {
                black_box(umf_public.encrypt_to_base64("6222020000000000000").unwrap());
            });
            let client = client(&merchant, &umf_public);
            let request = client.prepare("create_payment", &payment, None).unwrap();
            check_prepared(
                &request.body,
                request.header("Signature").unwrap(),
                &merchant_public,
            );
            measured(&mut c, &format!("prepare_{bits}_{backend}"), || {
                black_box(client.prepare("create_payment", &payment, None).unwrap());
            });
        }
        #[cfg(feature = "native-backend")]
        {
            let baseline = baseline::Baseline::new(&merchant, &umf_public);
            let merchant_public = baseline.merchant_public();
            assert_eq!(baseline.sign(body), signature.as_str());
            measured(&mut c, &format!("sign_{bits}_baseline"), || {
                black_box(baseline.sign(black_box(body)));
            });
            measured(&mut c, &format!("verify_{bits}_baseline"), || {
                assert!(baseline.verify(&merchant_public, black_box(body), signature.as_str()));
            });
            measured(&mut c, &format!("encrypt_{bits}_baseline"), || {
                black_box(baseline.encrypt(b"6222020000000000000"));
            });
            let (bytes, signature) = baseline.prepare(&create_payment());
            check_prepared(&bytes, &signature, merchant.public_key());
            let payment = create_payment();
            measured(&mut c, &format!("prepare_{bits}_baseline"), || {
                black_box(baseline.prepare(black_box(&payment)));
            });
        }
    }
    #[cfg(feature = "native-backend")]
    if let Some(dir) = std::env::var_os("UMF_BENCH_FIXTURES") {
        fixtures::measure(&mut c, std::path::Path::new(&dir));
    }
    c.final_summary();
    report();
}

/// The two workloads of the cross-language benchmark that need its fixtures
/// (`core/examples/bench_fixtures.rs`, written by `scripts/bench.sh`, which passes their
/// directory in `UMF_BENCH_FIXTURES`): the verified parse of a signed ~20 KB reconciliation
/// statement and a notification check, each against the same work hand-written with OpenSSL
/// and serde_json.
#[cfg(feature = "native-backend")]
mod fixtures {
    use std::hint::black_box;
    use std::path::Path;

    use base64::engine::general_purpose::STANDARD;
    use base64::Engine as _;
    use criterion::Criterion;
    use openssl::hash::MessageDigest;
    use openssl::pkey::PKey;
    use openssl::sign::Verifier;
    use serde_json::Value;
    use umf_core::verification::{SignatureScope, VerifyOptions, VerifyPolicy};
    use umf_core::{verify_notification, Client, ClientConfig, HttpResponse, PublicKey};

    use super::measured;

    pub fn measure(c: &mut Criterion, dir: &Path) {
        let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
        let manifest: Value = serde_json::from_slice(&read("manifest.json")).unwrap();
        let bits = manifest["umf_bits"].as_u64().unwrap();
        let keys = Path::new(manifest["keys_dir"].as_str().unwrap());
        let spki = std::fs::read(keys.join(format!("umf_{bits}_spki.der"))).unwrap();
        let umf = PublicKey::from_bytes(&spki).unwrap();
        let umf_openssl = PKey::public_key_from_der(&spki).unwrap();
        let verify = |bytes: &[u8], signature: &[u8]| {
            let mut verifier = Verifier::new(MessageDigest::sha256(), &umf_openssl).unwrap();
            assert!(verifier.verify_oneshot(signature, bytes).unwrap());
        };

        let spec = &manifest["statement"];
        let op = spec["operation"].as_str().unwrap().to_owned();
        let raw = read(spec["file"].as_str().unwrap());
        let range = spec["signed"].as_array().unwrap();
        let (start, end) = (
            range[0].as_u64().unwrap() as usize,
            range[1].as_u64().unwrap() as usize,
        );
        let mut config = ClientConfig::new("https://uatfx.soopay.net/cberest/v1", umf, None);
        config.verify = VerifyOptions {
            policy: VerifyPolicy::Strict,
            scope: SignatureScope::PrimaryResult,
        };
        let client = Client::new(config);
        let response = HttpResponse::new(200, raw.clone());
        assert!(client
            .parse(&op, &response)
            .unwrap()
            .verification
            .is_verified());
        measured(c, "statement_umf", || {
            black_box(client.parse(&op, &response).unwrap());
        });
        measured(c, "statement_baseline", || {
            let body: Value = serde_json::from_slice(black_box(&raw)).unwrap();
            let sign = body[0]["meta"]["sign"].as_str().unwrap();
            verify(&raw[start..end], &STANDARD.decode(sign).unwrap());
            black_box(body);
        });

        let spec = &manifest["notification"];
        let raw = read(spec["file"].as_str().unwrap());
        let signature = spec["signature"].as_str().unwrap().to_owned();
        let umf = PublicKey::from_bytes(&spki).unwrap();
        measured(c, "notification_umf", || {
            black_box(verify_notification(&umf, &signature, black_box(&raw)).unwrap());
        });
        measured(c, "notification_baseline", || {
            verify(black_box(&raw), &STANDARD.decode(&signature).unwrap());
            black_box(serde_json::from_slice::<Value>(&raw).unwrap());
        });
    }
}

fn client(merchant: &PrivateKey, umf_public: &PublicKey) -> Client {
    Client::new(ClientConfig::new(
        "https://uatfx.soopay.net/cberest/v1/".to_owned(),
        umf_public.clone(),
        Some(merchant.clone()),
    ))
}

/// The measured work is the real thing: a signed body with five 1024/2048-bit ciphertexts.
fn check_prepared(body: &[u8], signature: &str, merchant_public: &PublicKey) {
    merchant_public.verify(body, signature).unwrap();
    let body: Value = serde_json::from_slice(body).unwrap();
    let card = &body["payer"]["payer_info"]["bank_card"];
    for field in CARD_FIELDS {
        let text = card[field].as_str().unwrap();
        assert!(
            merchant_public.is_ciphertext_sized(text),
            "{field} not encrypted"
        );
    }
}

fn report() {
    let cell = |t: Option<f64>| t.map_or_else(|| "-".to_owned(), |t| format!("{:.1}µs", t * 1e6));
    let ratio = |t: Option<f64>, base: f64| {
        t.map_or_else(|| "-".to_owned(), |t| format!("{:.2}x", t / base))
    };
    println!();
    println!(
        "umf-core backends (CPU time per operation); this build: {}",
        rsa_backend()
    );
    println!("openssl speed: {}", openssl_version());
    if !cfg!(feature = "native-backend") {
        println!("(built without --features native-backend: the openssl rows are missing)");
    }
    println!(
        "{:<10} {:>5} {:>11} {:>11} {:>11} {:>8} {:>9}  baseline",
        "operation", "bits", NATIVE, RUST, "baseline", NATIVE, RUST
    );
    for bits in [1024u32, 2048] {
        let speed = openssl_speed(bits);
        if speed.is_none() {
            println!("openssl speed rsa{bits} did not run; no speed baseline for {bits} bits");
        }
        let mut rows: Vec<(&str, Option<f64>, &str)> = Vec::new();
        if let Some((sign, verify)) = speed {
            rows.push(("sign", Some(sign), "openssl speed sign"));
            rows.push(("verify", Some(verify), "openssl speed verify"));
            rows.push(("encrypt", Some(verify), "openssl speed verify (public op)"));
        }
        rows.push((
            "prepare",
            per_op(&format!("prepare_{bits}_baseline")),
            "hand-written OpenSSL: 5 encryptions, serialise, sign",
        ));
        for (op, base, what) in rows {
            let native = per_op(&format!("{op}_{bits}_{NATIVE}"));
            let rust = per_op(&format!("{op}_{bits}_{RUST}"));
            let (r_native, r_rust) = match base {
                Some(b) => (ratio(native, b), ratio(rust, b)),
                None => ("-".to_owned(), "-".to_owned()),
            };
            println!(
                "{:<10} {:>5} {:>11} {:>11} {:>11} {:>8} {:>9}  {what}",
                op,
                bits,
                cell(native),
                cell(rust),
                cell(base),
                r_native,
                r_rust,
            );
        }
    }
    println!("(the ratio columns are each backend's time divided by the baseline's)");

    // The cross-language table's lines (scripts/bench.sh): each backend against the same work
    // written by hand with the `openssl` crate, measured in this run.
    let baseline = "openssl crate, hand-written (system OpenSSL)";
    let bench_line = |language: &str, workload: &str, ours: Option<f64>, theirs: Option<f64>| {
        if let (Some(ours), Some(theirs)) = (ours, theirs) {
            println!(
                "BENCH|{language}|{workload}|{:.1}|{baseline}|{:.1}",
                ours * 1e6,
                theirs * 1e6
            );
        }
    };
    for (backend, language) in [(NATIVE, "rust"), (RUST, "rust (rsa crate)")] {
        for bits in [1024u32, 2048] {
            for op in ["sign", "verify", "encrypt"] {
                bench_line(
                    language,
                    &format!("{op}-{bits}"),
                    per_op(&format!("{op}_{bits}_{backend}")),
                    per_op(&format!("{op}_{bits}_baseline")),
                );
            }
        }
        bench_line(
            language,
            "prepare-create_payment",
            per_op(&format!("prepare_1024_{backend}")),
            per_op("prepare_1024_baseline"),
        );
    }
    bench_line(
        "rust",
        "verify-statement-20k",
        per_op("statement_umf"),
        per_op("statement_baseline"),
    );
    bench_line(
        "rust",
        "verify-notification",
        per_op("notification_umf"),
        per_op("notification_baseline"),
    );
}

fn openssl_version() -> String {
    Command::new("openssl")
        .arg("version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "(not found)".into())
}
