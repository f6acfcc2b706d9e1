//! Property: no plaintext sensitive value leaves, in any operation. For every operation, requests
//! with generated values in every sensitive position its body model can hold (under any spelling
//! the model reads, sometimes with an unknown member added to an object that holds sensitive
//! data) are built; no value appears in the body bytes or the URL, as text or JSON-escaped, each
//! position decrypts back to its value, and an unknown member is refused by path. The same oracle
//! drives the `request` fuzz target (`oracle/sensitive.rs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

#[path = "oracle/sensitive.rs"]
mod sensitive;

use proptest::prelude::*;
use umf_core::encryption::fields_for;
use umf_core::{Client, Operation, PrivateKey, OPERATIONS};

use sensitive::{check, generate, unvalidated_client, Choices};

fn key(file: &str) -> PrivateKey {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    PrivateKey::from_bytes(&std::fs::read(dir.join(file)).unwrap(), None).unwrap()
}

fn setup() -> (Client, PrivateKey) {
    let umf = key("umf_1024_pkcs8.pem");
    (
        unvalidated_client(&umf, key("merchant_1024_pkcs8.pem")),
        umf,
    )
}

/// Operations whose request can carry a sensitive value.
fn sensitive_operations() -> Vec<&'static Operation> {
    OPERATIONS
        .iter()
        .filter(|op| fields_for(op.id).next().is_some())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn no_plaintext_sensitive_value_leaves(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let (client, umf) = setup();
        for op in sensitive_operations() {
            let case = generate(op, &mut Choices::new(&bytes));
            if let Err(violation) = check(&case, &client, &umf) {
                prop_assert!(false, "{}", violation);
            }
        }
    }
}

#[test]
fn every_operation_with_a_body_encrypts_exactly_what_its_model_can_hold() {
    // Every optional member written: the generated positions are every position the model can
    // hold, and what is encrypted is exactly those (the oracle compares the two).
    let (client, umf) = setup();
    let mut operations = 0;
    for op in OPERATIONS {
        let mut table: Vec<String> = fields_for(op.id).map(|f| f.path.clone()).collect();
        if op.body_model().is_none() && op.query.iter().all(|q| !q.sensitive) {
            // No JSON body and no sensitive query parameter: nothing can be sensitive.
            assert!(table.is_empty(), "{}", op.id);
            continue;
        }
        let bytes = [7u8; 64];
        let mut choices = Choices::new(&bytes);
        choices.full = true;
        let case = generate(op, &mut choices);
        check(&case, &client, &umf).unwrap();
        // The derived table lists the same paths, list indices aside.
        let mut generated: Vec<String> = case
            .secrets
            .iter()
            .map(|(p, _)| p.replace("[0]", "[]").replace("[1]", "[]"))
            .collect();
        generated.sort();
        generated.dedup();
        table.sort();
        assert_eq!(generated, table, "{}", op.id);
        if op.body_model().is_some() {
            operations += 1;
        }
    }
    assert!(operations >= 30, "{operations} operations with a JSON body");
}
