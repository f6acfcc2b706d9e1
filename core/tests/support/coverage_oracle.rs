//! The oracle of "verified means covered", shared by `core/tests/coverage.rs` (proptest) and the
//! `response` fuzz target: when an answer is reported verified, every value of its typed result
//! lies in the bytes the reported scope covers, and every member of the envelope is listed as
//! covered or uncovered.

use std::collections::HashSet;

use serde_json::Value;
use umf_core::operations::operation;
use umf_core::verification::ScannedResponse;
use umf_core::ApiResponse;

/// Every leaf of a JSON value as text (strings as they are, numbers and booleans as written).
fn leaves(value: &Value, out: &mut HashSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Number(n) => {
            out.insert(n.to_string());
        }
        Value::Bool(b) => {
            out.insert(b.to_string());
        }
        Value::Array(items) => items.iter().for_each(|v| leaves(v, out)),
        Value::Object(map) => map.values().for_each(|v| leaves(v, out)),
        Value::Null => {}
    }
}

/// Checks a parsed answer against the raw body it came from.
pub fn check(raw: &[u8], answer: &ApiResponse) -> Result<(), String> {
    if !answer.verification.is_verified() {
        return Ok(());
    }
    let op = operation(answer.operation).map_err(|e| e.to_string())?;
    let scanned =
        ScannedResponse::scan(raw).map_err(|e| format!("verified but unscannable: {e}"))?;
    let coverage = scanned
        .coverage(answer.verification.scope, op.result_keys)
        .map_err(|e| e.to_string())?;
    if coverage.covered != answer.verification.covered
        || coverage.uncovered != answer.verification.uncovered
    {
        return Err("the report differs from the scope's coverage".into());
    }
    for name in scanned.member_names() {
        let listed = answer.verification.covered.iter().any(|m| m == name)
            || answer.verification.uncovered.iter().any(|m| m == name);
        if !listed {
            return Err(format!("member `{name}` is neither covered nor uncovered"));
        }
    }
    let covered: Value = serde_json::from_slice(&coverage.bytes)
        .map_err(|e| format!("covered bytes are not one JSON value: {e}"))?;
    let mut allowed = HashSet::new();
    leaves(&covered, &mut allowed);
    let result = serde_json::to_value(&answer.result).map_err(|e| e.to_string())?;
    let mut seen = HashSet::new();
    leaves(&result, &mut seen);
    for leaf in seen {
        if !allowed.contains(&leaf) {
            return Err(format!(
                "`{leaf}` is in the verified result but not in the covered bytes"
            ));
        }
    }
    Ok(())
}
