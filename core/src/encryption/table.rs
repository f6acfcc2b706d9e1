//! The encrypted-field table, derived from the operation table and the body models.
//!
//! A row is a path at which some operation's body model can hold a sensitive value (or a
//! sensitive query parameter), with every operation that can send it. Nothing here is written
//! by hand except the seed lines each path rests on ([`super::evidence`]), which a test keeps
//! equal to the derived paths.

use std::sync::LazyLock;

use super::evidence::evidence;
use super::walk::sensitive_paths;
use super::{EncryptedField, QUERY_PREFIX};
use crate::operations::OPERATIONS;

/// Every field UMF wants RSA-encrypted, with the operations that can send it: each sensitive
/// value a body model can hold, for every operation whose body is that model, and each
/// sensitive query parameter. In operation-table order.
pub static ENCRYPTED_FIELDS: LazyLock<Vec<EncryptedField>> = LazyLock::new(derive);

fn derive() -> Vec<EncryptedField> {
    let mut rows: Vec<EncryptedField> = Vec::new();
    for op in OPERATIONS {
        let mut paths: Vec<String> = op
            .query
            .iter()
            .filter(|q| q.sensitive)
            .map(|q| format!("{QUERY_PREFIX}{}", q.name))
            .collect();
        if let Some(model) = op.body_model() {
            sensitive_paths(&model.shape, "", &mut paths);
        }
        for path in paths {
            match rows.iter_mut().find(|row| row.path == path) {
                Some(row) => row.operations.push(op.id),
                None => {
                    let (documented_as, source) = evidence(&path);
                    rows.push(EncryptedField {
                        path,
                        documented_as,
                        operations: vec![op.id],
                        source,
                    });
                }
            }
        }
    }
    rows
}
