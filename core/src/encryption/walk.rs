//! Finding every sensitive value of a body by its model's shape.
//!
//! The walk follows the [`Shape`] of the operation's body model over a body as given, finding each
//! member under its wire name or any older spelling the model reads (`bankCard`). It visits every
//! [`Shape::Sensitive`] member present, in every element of every list, and refuses a member the model does not know inside an object that holds sensitive data
//! ([`Shape::holds_sensitive`]): such a member may be a card number under a misspelt name, and
//! would otherwise leave as given.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::shape::Shape;

/// What the walk does with each sensitive slot: `(path, value)`.
pub(crate) type Visit<'a> = dyn FnMut(&str, &mut Value) -> Result<()> + 'a;

/// Visits every sensitive value of a request body (of shape `shape`). Top-level members named
/// in `not_body` are not the body's (a device's flat parameters carry the path and query
/// parameters beside it) and are left alone.
pub(crate) fn walk_body(
    shape: &Shape,
    body: &mut Value,
    not_body: &[&str],
    visit: &mut Visit<'_>,
) -> Result<()> {
    walk_skipping(shape, body, "", not_body, visit)
}

/// Visits every sensitive value of `value` (of shape `shape`, found at `path`).
pub(crate) fn walk(
    shape: &Shape,
    value: &mut Value,
    path: &str,
    visit: &mut Visit<'_>,
) -> Result<()> {
    walk_skipping(shape, value, path, &[], visit)
}

fn walk_skipping(
    shape: &Shape,
    value: &mut Value,
    path: &str,
    skip: &[&str],
    visit: &mut Visit<'_>,
) -> Result<()> {
    match shape {
        Shape::Plain(_) | Shape::Any => Ok(()),
        Shape::Sensitive => visit(path, value),
        Shape::List(inner) if inner.holds_sensitive() => match value {
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    walk(inner, item, &format!("{path}[{i}]"), visit)?;
                }
                Ok(())
            }
            // A model writes a list as an array; anything else is read as a list of one.
            single => walk(inner, single, path, visit),
        },
        Shape::List(_) => Ok(()),
        Shape::Object(object) if object.holds_sensitive() => {
            let map = match value {
                Value::Object(map) => map,
                // Not what the model reads, but a sensitive value inside must not leave as given.
                Value::Array(items) => {
                    for (i, item) in items.iter_mut().enumerate() {
                        walk(shape, item, &format!("{path}[{i}]"), visit)?;
                    }
                    return Ok(());
                }
                Value::Null => return Ok(()),
                Value::String(s) if s.is_empty() => return Ok(()),
                // A card number written where `bank_card` belongs is still a card number; the
                // model would not read it either.
                other => {
                    return Err(Error::InvalidSensitiveValue {
                        path: path.to_owned(),
                        reason: format!(
                            "expected an object that holds sensitive fields, found {}",
                            super::json_kind(other)
                        ),
                    })
                }
            };
            for (name, member) in map.iter_mut() {
                if skip.contains(&name.as_str()) {
                    continue;
                }
                let Some(known) = object.member(name) else {
                    return Err(Error::UnknownSensitiveMember {
                        path: join(path, name),
                    });
                };
                // Paths use the wire name whichever spelling was written.
                walk(&known.shape, member, &join(path, known.name), visit)?;
            }
            Ok(())
        }
        Shape::Object(_) => Ok(()),
    }
}

/// Every path at which a value of `shape` can hold a sensitive value, `[]` marking each element
/// of a list: `payer.payer_info.bank_card.number`, `payer_agreements[].cvv2`.
pub(crate) fn sensitive_paths(shape: &Shape, path: &str, out: &mut Vec<String>) {
    match shape {
        Shape::Plain(_) | Shape::Any => {}
        Shape::Sensitive => out.push(path.to_owned()),
        Shape::List(inner) => sensitive_paths(inner, &format!("{path}[]"), out),
        Shape::Object(object) => {
            for member in object.members {
                sensitive_paths(&member.shape, &join(path, member.name), out);
            }
        }
    }
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}.{name}")
    }
}
