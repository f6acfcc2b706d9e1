//! Validation of a request before anything is signed: every problem at once, each with its JSON
//! path and a stable rule name.
//!
//! Field rules (required, lengths, enums, formats) are lists in [`rules`], named by the
//! operation table's rows (`crate::operations`), read by one engine here; rules that relate fields (sums, conditional
//! requirements, pay elements) are functions in [`cross`]. Messages never contain the value.
//!
//! Where an example contradicts a documented limit, the rule follows the example, since UMF
//! evidently accepted it, and says so (e.g. `sub_mer_id` is documented as 1-8 characters but
//! the example sends 12, API.md K53).

mod checks;
pub(crate) mod cross;
pub(crate) mod rules;

use serde_json::{Map, Value};

use crate::error::{Severity, ValidationProblem};
use crate::operations::Operation;

pub(crate) use checks::Check;

/// A field rule: a path (`order.sub_orders[].amount.total`) and the checks on its value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    pub path: &'static str,
    pub checks: &'static [Check],
}

/// The pieces of a request that validation looks at.
pub(crate) struct Subject<'a> {
    pub op: &'static Operation,
    pub body: &'a Value,
    pub query: &'a Map<String, Value>,
    pub path: &'a [(String, String)],
    pub confirmed: bool,
}

/// The problem of an operation that must be confirmed (`$confirm`) and was not.
pub(crate) fn confirmation_required(why: &str) -> ValidationProblem {
    ValidationProblem {
        path: crate::client::CONFIRM_KEY.into(),
        rule: "confirmation_required",
        message: format!("{why}; confirm the request explicitly"),
        severity: Severity::Error,
    }
}

/// Every problem of a request, in a stable order (field rules, then cross-field rules).
pub(crate) fn validate(subject: &Subject<'_>) -> Vec<ValidationProblem> {
    let mut problems = Vec::new();
    for (name, value) in subject.path {
        checks::path_parameter(name, value, &mut problems);
    }
    for param in subject.op.query {
        match subject.query.get(param.name) {
            None | Some(Value::Null) if param.required => problems.push(ValidationProblem {
                path: format!("query.{}", param.name),
                rule: "required",
                message: "is required".into(),
                severity: Severity::Error,
            }),
            _ => {}
        }
    }
    let query = Value::Object(subject.query.clone());
    for rule in subject.op.rules.iter().flat_map(|list| list.iter()) {
        apply(rule, subject.body, &query, &mut problems);
    }
    for check in subject.op.cross {
        check(subject, &mut problems);
    }
    if let Some(why) = subject.op.confirm {
        if !subject.confirmed {
            problems.push(confirmation_required(why));
        }
    }
    problems
}

fn apply(rule: &Rule, body: &Value, query: &Value, problems: &mut Vec<ValidationProblem>) {
    let (root, path, mut at) = match rule.path.strip_prefix("query.") {
        Some(rest) => (query, rest, String::from("query")),
        None => (body, rule.path, String::new()),
    };
    visit(root, path, &mut at, &mut |concrete, value| {
        for check in rule.checks {
            if let Some(problem) = check.run(concrete, value) {
                problems.push(problem);
                break;
            }
        }
    });
}

/// Calls `found` with every place `path` names under `value`: the concrete path and the value
/// (`None` if absent). A missing *parent* yields nothing (its own rule reports it); a missing
/// last segment yields `None`, so `Required` can report it.
///
/// The concrete path is built in one buffer, `at`, extended and cut back as the walk goes: a
/// request with many sub-orders is checked without an allocation per element.
pub(crate) fn visit<'v>(
    value: &'v Value,
    path: &str,
    at: &mut String,
    found: &mut dyn FnMut(&str, Option<&'v Value>),
) {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let (key, each) = match head.strip_suffix("[]") {
        Some(k) => (k, true),
        None => (head, false),
    };
    let child = match value {
        Value::Object(map) => map.get(key).filter(|v| !v.is_null()),
        _ => return,
    };
    let outer = at.len();
    if !at.is_empty() {
        at.push('.');
    }
    at.push_str(key);
    match (child, each, rest) {
        (None, _, None) if !each => found(at, None),
        (None, _, _) => {}
        (Some(Value::Array(items)), true, rest) => {
            let here = at.len();
            for (i, item) in items.iter().enumerate() {
                use std::fmt::Write as _;
                let _ = write!(at, "[{i}]");
                match rest {
                    Some(r) => visit(item, r, at, found),
                    None => found(at, Some(item)),
                }
                at.truncate(here);
            }
        }
        (Some(v), false, Some(r)) => visit(v, r, at, found),
        (Some(v), false, None) => found(at, Some(v)),
        // `x[]` over something that is not an array: the rule on `x` itself reports the type.
        (Some(_), true, _) => {}
    }
    at.truncate(outer);
}
