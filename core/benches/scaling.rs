//! How the cost of `prepare` and `parse` grows with the payload: a card `create_payment` (five
//! encrypted fields, signed) and a signed `get_payment` answer, each with 1, 10 and 100
//! sub-orders of two items. The crypto is a constant; everything else must grow linearly, so the
//! table prints the cost per sub-order between each size and the next: flat means linear.
//!
//! Run with `cargo bench -p umf-core --bench scaling`.

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::Criterion;
use umf_core::verification::{VerifyOptions, VerifyPolicy};
use umf_core::{Client, ClientConfig};

#[path = "support/measure.rs"]
mod measure;
#[path = "support/scaling_payloads.rs"]
mod payloads;
use measure::{measured, per_op};
use payloads::{create_payment, key, payment_answer};

const SIZES: [usize; 3] = [1, 10, 100];

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let merchant = key("merchant_1024_pkcs8.pem");
    let umf = key("umf_1024_pkcs8.pem");
    let client = Client::new(ClientConfig::new(
        "https://api.example/cberest/v1",
        umf.public_key().clone(),
        Some(merchant.clone()),
    ));
    let mut unchecked = ClientConfig::new(
        "https://api.example/cberest/v1",
        umf.public_key().clone(),
        None,
    );
    unchecked.verify = VerifyOptions {
        policy: VerifyPolicy::Off,
        ..VerifyOptions::default()
    };
    let unchecked = Client::new(unchecked);

    let mut bytes = BTreeMap::new();
    for n in SIZES {
        let params = create_payment(n);
        let request = client.prepare("create_payment", &params, None).unwrap();
        let answer = payment_answer(n, &umf);
        bytes.insert(n, (request.body.len(), answer.body.len()));
        measured(&mut c, &format!("prepare/{n}"), || {
            black_box(client.prepare("create_payment", &params, None).unwrap());
        });
        measured(&mut c, &format!("validate/{n}"), || {
            black_box(client.validate("create_payment", &params).unwrap());
        });
        measured(&mut c, &format!("parse_verified/{n}"), || {
            black_box(client.parse("get_payment", &answer).unwrap());
        });
        measured(&mut c, &format!("parse_unchecked/{n}"), || {
            black_box(unchecked.parse("get_payment", &answer).unwrap());
        });
    }
    c.final_summary();

    let mean = |name: &str| per_op(name).unwrap_or(f64::NAN);
    println!("\nprepare/parse cost by payload size (RSA-1024; sub-orders of two items each)");
    println!(
        "{:<16} {:>6} {:>9} {:>11} {:>15}",
        "work", "subs", "bytes", "time", "µs/sub-order"
    );
    for (work, which) in [
        ("prepare", 0),
        ("validate", 0),
        ("parse_verified", 1),
        ("parse_unchecked", 1),
    ] {
        let mut previous: Option<(usize, f64)> = None;
        for n in SIZES {
            let t = mean(&format!("{work}/{n}"));
            let size = if which == 0 { bytes[&n].0 } else { bytes[&n].1 };
            // The slope from the previous size: flat across rows means linear growth.
            let slope = previous
                .map(|(m, u)| format!("{:.2}", (t - u) * 1e6 / (n - m) as f64))
                .unwrap_or_else(|| "-".into());
            println!("{work:<16} {n:>6} {size:>9} {:>9.1}µs {slope:>15}", t * 1e6);
            previous = Some((n, t));
        }
    }
}
