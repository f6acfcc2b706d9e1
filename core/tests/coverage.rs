//! "Verified means covered", as a property over every JSON operation: answers are signed under a
//! random concrete scope (by the sandbox's signer), then grown with members the signature does
//! not cover (another result member, `pagination`, `links`, anything), then read with the
//! default `auto` scope. Whenever the answer is reported verified, every value of the typed
//! result must lie in the bytes the reported scope covers (`support/coverage_oracle.rs`), and
//! no value of an added member may reach it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

#[path = "support/coverage_oracle.rs"]
mod coverage_oracle;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use proptest::prelude::*;
use serde_json::{Map, Value};
use umf_core::client::parse_response;
use umf_core::operations::{ResponseKind, OPERATIONS};
use umf_core::verification::{sign_response, SignatureScope, VerifyOptions};
use umf_core::{HttpResponse, PrivateKey, PublicKey};

fn keys() -> &'static (PrivateKey, PublicKey) {
    static KEYS: OnceLock<(PrivateKey, PublicKey)> = OnceLock::new();
    KEYS.get_or_init(|| {
        let dir =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
        let private = PrivateKey::from_bytes(
            &std::fs::read(dir.join("umf_1024_pkcs8.pem")).unwrap(),
            None,
        )
        .unwrap();
        let public = private.public_key().clone();
        (private, public)
    })
}

/// Names the models read: values under them reach typed fields, not only the kept extras.
const FIELDS: &[&str] = &[
    "id",
    "state",
    "order",
    "amount",
    "total",
    "currency",
    "payer",
    "payer_info",
    "refund_infos",
    "refund_id",
    "refund_info",
    "pagination",
    "total_count",
    "page_number",
    "page_size",
    "mer_reference_id",
    "banks",
    "bank",
    "settle_date",
    "payment_summaries",
    "transactions",
    "exchange_rate",
    "rate",
    "data",
    "file_path",
    "balance",
    "customs_id",
    "sub_order",
];
const PREFIXES: &[&str] = &["PAY_", "REFUND_", "CUST_", "EQ_", ""];

/// A JSON value whose leaves are unique tokens (`t` + digits, or amounts), so a leaf in the
/// result can be traced to where it came from.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        (0u32..1_000_000).prop_map(|n| Value::String(format!("t{n}"))),
        (0u32..100_000, 0u32..100).prop_map(|(a, b)| Value::String(format!("{a}.{b:02}"))),
        (0u32..1000).prop_map(|n| Value::Number(n.into())),
        (0u32..1_000_000, 0..PREFIXES.len())
            .prop_map(|(n, p)| Value::String(format!("{}T{n}", PREFIXES[p]))),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::vec((0..FIELDS.len(), inner), 0..5).prop_map(|members| {
                let mut map = Map::new();
                for (k, v) in members {
                    map.insert(FIELDS[k].to_owned(), v);
                }
                Value::Object(map)
            }),
        ]
    })
}

/// Member names an answer may carry: each operation's result keys, and the envelope's others.
fn member_name(op: usize) -> impl Strategy<Value = String> {
    let keys = json_ops()[op].result_keys;
    let mut names: Vec<String> = keys.iter().map(|k| (*k).to_owned()).collect();
    names.extend(["pagination", "links", "refund", "payment", "extra"].map(str::to_owned));
    prop::sample::select(names)
}

fn json_ops() -> Vec<&'static umf_core::Operation> {
    OPERATIONS
        .iter()
        .filter(|op| matches!(op.response, ResponseKind::Json(_)))
        .collect()
}

/// An answer to build: operation, signing scope, the members signed, the members added after.
type Answer = (usize, usize, Vec<(String, Value)>, Vec<(String, Value)>);

fn answer() -> impl Strategy<Value = Answer> {
    (0..json_ops().len(), 0..SignatureScope::CONCRETE.len()).prop_flat_map(|(op, scope)| {
        (
            Just(op),
            Just(scope),
            prop::collection::vec((member_name(op), value()), 0..3),
            prop::collection::vec((member_name(op), value()), 0..3),
        )
    })
}

fn object(members: &[(String, Value)], skip: &[String]) -> Map<String, Value> {
    let mut map = Map::new();
    for (k, v) in members {
        if !skip.contains(k) {
            map.insert(k.clone(), v.clone());
        }
    }
    map
}

static VERIFIED: AtomicUsize = AtomicUsize::new(0);
static WITH_EXTRAS: AtomicUsize = AtomicUsize::new(0);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(800))]

    fn verified_means_covered((op, scope, signed, added) in answer()) {
        let op = json_ops()[op];
        let scope = SignatureScope::CONCRETE[scope];
        let (private, public) = keys();
        let mut envelope = Map::new();
        envelope.insert("meta".into(), serde_json::json!({"ret_code": "0000", "ret_msg": "ok"}));
        envelope.extend(object(&signed, &[]));
        let body = serde_json::to_vec(&Value::Object(envelope.clone())).unwrap();
        let signed_body = sign_response(&body, private, scope, op.result_keys).unwrap();
        // Members added after signing, as an attacker on the path would.
        let extras = object(&added, &envelope.keys().cloned().collect::<Vec<_>>());
        let mut raw = signed_body;
        if !extras.is_empty() {
            let text = serde_json::to_string(&Value::Object(extras.clone())).unwrap();
            raw.pop(); // the envelope's `}`
            raw.push(b',');
            raw.extend_from_slice(&text.as_bytes()[1..]);
        }
        let options = VerifyOptions { scope: SignatureScope::Auto, ..VerifyOptions::default() };
        let Ok(answer) = parse_response(op.id, &HttpResponse::new(200, raw.clone()), Some((public, options))) else {
            return Ok(());
        };
        if let Err(why) = coverage_oracle::check(&raw, &answer) {
            prop_assert!(false, "{}: {} (scope {:?})", op.id, why, scope);
        }
        if answer.verification.is_verified() {
            VERIFIED.fetch_add(1, Ordering::Relaxed);
            if !extras.is_empty() {
                WITH_EXTRAS.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// The property above is only as good as how often it bites: most answers must verify, and
/// many of those must carry uncovered members.
#[test]
fn the_property_sees_verified_answers_with_uncovered_members() {
    verified_means_covered();
    let (verified, extras) = (
        VERIFIED.load(Ordering::Relaxed),
        WITH_EXTRAS.load(Ordering::Relaxed),
    );
    println!(
        "verified-means-covered: {verified} verified answers, {extras} with uncovered members"
    );
    assert!(verified >= 100, "only {verified} answers verified");
    assert!(
        extras >= 25,
        "only {extras} verified answers carried uncovered members"
    );
}
