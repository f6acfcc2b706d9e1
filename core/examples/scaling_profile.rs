//! Runs one workload of the scaling benchmark a given number of times, for a profiler:
//! `scripts/profile.sh` counts its instructions with callgrind (exact, unlike timings on a busy
//! machine) and prints instructions per call for 1, 10 and 100 sub-orders.
//!
//!     cargo run --release -p umf-core --example scaling_profile -- prepare 100 5

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use umf_core::verification::{VerifyOptions, VerifyPolicy};
use umf_core::{Client, ClientConfig};

#[path = "../benches/support/scaling_payloads.rs"]
mod payloads;
use payloads::{create_payment, key, payment_answer};

fn main() {
    let mut args = std::env::args().skip(1);
    let usage =
        "usage: scaling_profile prepare|validate|parse|parse_verified SUB_ORDERS ITERATIONS";
    let work = args.next().expect(usage);
    let n: usize = args.next().and_then(|a| a.parse().ok()).expect(usage);
    let iterations: usize = args.next().and_then(|a| a.parse().ok()).expect(usage);

    let merchant = key("merchant_1024_pkcs8.pem");
    let umf = key("umf_1024_pkcs8.pem");
    let base = "https://api.example/cberest/v1";
    let client = Client::new(ClientConfig::new(
        base,
        umf.public_key().clone(),
        Some(merchant),
    ));
    let mut unchecked = ClientConfig::new(base, umf.public_key().clone(), None);
    unchecked.verify = VerifyOptions {
        policy: VerifyPolicy::Off,
        ..VerifyOptions::default()
    };
    let unchecked = Client::new(unchecked);
    let params = create_payment(n);
    let answer = payment_answer(n, &umf);

    for _ in 0..iterations {
        match work.as_str() {
            "prepare" => drop(black_box(
                client.prepare("create_payment", &params, None).unwrap(),
            )),
            "validate" => drop(black_box(
                client.validate("create_payment", &params).unwrap(),
            )),
            "parse" => drop(black_box(unchecked.parse("get_payment", &answer).unwrap())),
            "parse_verified" => drop(black_box(client.parse("get_payment", &answer).unwrap())),
            other => panic!("unknown workload {other:?}; {usage}"),
        }
    }
}
