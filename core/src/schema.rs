//! The SDK's schema, exported from the core's own types: every operation (with its notes),
//! every model an operation sends or returns (from each `wire_struct!`'s [`WireShape`](crate::model::shape::WireShape)), every wire enum with
//! its documented values, each model, member, enum and value with its doc comment (`doc`, the
//! text of its `///` lines, which every generated type repeats), every error code with its family and extra fields (`error_fields`:
//! each field's type, nullability and doc), every return code with its name. `umf schema --json` prints it; the bindings' generated types are made from it
//! and checked against it.
//!
//! Types are written as small JSON objects: `{"kind": "text"}` (also `integer`, `decimal`,
//! `datetime`, `messages`, `rate`, `sensitive`, `any`), `{"kind": "enum", "name": "PaymentState"}`,
//! `{"kind": "object", "model": "Payment"}`, `{"kind": "list", "of": <type>}`; error fields
//! also use `boolean`, `return_code_class` and `validation_problem`.

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::codes;
use crate::error::{ErrorFieldType, ERROR_FIELDS, ERROR_KINDS};
use crate::model::shape::{doc_text, EnumShape, Leaf, ObjectShape, Shape};
use crate::operations::{bodies, Body, ResponseKind, OPERATIONS};

/// The schema's own version: bump when its layout (not its content) changes.
/// 2: models, members and enums carry their doc comments (`doc`); an enum is an object whose
/// `values` each have a `value` and a `doc`; operations carry their `notes`.
pub const SCHEMA_VERSION: u32 = 2;

#[derive(Default)]
struct Collected {
    models: BTreeMap<&'static str, &'static ObjectShape>,
    enums: BTreeMap<&'static str, &'static EnumShape>,
}

impl Collected {
    fn type_of(&mut self, shape: &Shape) -> Value {
        match shape {
            Shape::Sensitive => json!({"kind": "sensitive"}),
            Shape::Any => json!({"kind": "any"}),
            Shape::List(inner) => json!({"kind": "list", "of": self.type_of(inner)}),
            Shape::Object(object) => {
                if !self.models.contains_key(object.model) {
                    self.models.insert(object.model, object);
                    for member in object.members {
                        self.type_of(&member.shape);
                    }
                }
                json!({"kind": "object", "model": object.model})
            }
            Shape::Plain(leaf) => match leaf {
                Leaf::Text => json!({"kind": "text"}),
                Leaf::Integer => json!({"kind": "integer"}),
                Leaf::Decimal => json!({"kind": "decimal"}),
                Leaf::DateTime => json!({"kind": "datetime"}),
                Leaf::Messages => json!({"kind": "messages"}),
                Leaf::Rate => json!({"kind": "rate"}),
                Leaf::Enum(e) => {
                    self.enums.insert(e.name, e);
                    json!({"kind": "enum", "name": e.name})
                }
            },
        }
    }

    fn model(&mut self, object: &'static ObjectShape) -> Value {
        let members: Vec<Value> = object
            .members
            .iter()
            .map(|m| {
                json!({
                    "name": m.name,
                    "doc": doc_text(m.doc),
                    "aliases": m.aliases,
                    "type": self.type_of(&m.shape),
                    "required": m.required,
                })
            })
            .collect();
        json!({ "doc": doc_text(object.doc), "members": members })
    }
}

/// The whole schema as JSON.
pub fn schema() -> Value {
    let mut collected = Collected::default();
    let operations: Vec<Value> = OPERATIONS
        .iter()
        .map(|op| {
            let body = match op.body {
                Body::Json(name) => {
                    let model = bodies::body_model(name).ok();
                    let ty = model.map(|m| collected.type_of(&m.shape));
                    json!({"kind": "json", "type": ty})
                }
                Body::None => json!({"kind": "none"}),
                Body::Multipart => json!({"kind": "multipart"}),
                Body::Token => json!({"kind": "token"}),
            };
            let result = match op.response {
                ResponseKind::Json(shape) => shape.result_type().map(|t| collected.type_of(&t)),
                ResponseKind::Csv(_) | ResponseKind::Token => None,
            };
            let response = match op.response {
                ResponseKind::Json(shape) => json!({"kind": "json", "shape": shape}),
                ResponseKind::Csv(layout) => json!({"kind": "csv", "layout": layout}),
                ResponseKind::Token => json!({"kind": "token"}),
            };
            json!({
                "id": op.id,
                "section": op.section,
                "area": op.area,
                "method": op.method,
                "path": op.path,
                "path_params": op.path_params().collect::<Vec<_>>(),
                "query": op.query,
                "body": body,
                "signed": op.signed,
                "result_keys": op.result_keys,
                "response": response,
                "result": result,
                "retry": op.retry,
                "stability": op.stability,
                "confirm": op.confirm,
                "requires": op.requires,
                "encrypted": op.encrypted_fields().map(|f| f.path.as_str()).collect::<Vec<_>>(),
                "source": op.source,
                "notes": op.notes,
            })
        })
        .collect();
    // `type_of` registered every model an operation names and every model those reach.
    let objects: Vec<&'static ObjectShape> = collected.models.values().copied().collect();
    let models: Map<String, Value> = objects
        .into_iter()
        .map(|object| (object.model.to_owned(), collected.model(object)))
        .collect();
    let enums: Map<String, Value> = collected
        .enums
        .iter()
        .map(|(name, e)| {
            let values: Vec<Value> = e
                .values
                .iter()
                .zip(e.value_docs)
                .map(|(value, doc)| json!({"value": value, "doc": doc_text(doc)}))
                .collect();
            let described = json!({"doc": doc_text(e.doc), "values": values});
            ((*name).to_owned(), described)
        })
        .collect();
    let errors: Vec<Value> = ERROR_KINDS
        .iter()
        .map(|kind| json!({"code": kind.code, "family": kind.family, "fields": kind.fields}))
        .collect();
    // The extra fields by name: types in the schema's terms (`boolean`, `return_code_class` and
    // `validation_problem` are the kinds only errors use).
    let error_fields: Map<String, Value> = ERROR_FIELDS
        .iter()
        .map(|f| {
            let ty = match f.ty {
                ErrorFieldType::Text => json!({"kind": "text"}),
                ErrorFieldType::Integer => json!({"kind": "integer"}),
                ErrorFieldType::Boolean => json!({"kind": "boolean"}),
                ErrorFieldType::ReturnCodeClass => json!({"kind": "return_code_class"}),
                ErrorFieldType::ValidationProblems => {
                    json!({"kind": "list", "of": {"kind": "validation_problem"}})
                }
            };
            let described = json!({"type": ty, "nullable": f.nullable, "doc": f.doc});
            (f.name.to_owned(), described)
        })
        .collect();
    let return_codes: Vec<Value> = codes::names::ALL
        .iter()
        .map(|(name, code)| {
            let rows: Vec<&codes::ReturnCodeRow> =
                codes::all_codes().iter().filter(|r| r.code == *code).collect();
            json!({
                "name": name,
                "code": code,
                "class": rows.first().map(|r| r.class),
                "messages": rows.iter().map(|r| json!({"table": r.table, "message": r.message, "source": r.source})).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "sdk_version": env!("CARGO_PKG_VERSION"),
        "operations": operations,
        "models": models,
        "enums": enums,
        "errors": errors,
        "error_fields": error_fields,
        "return_codes": return_codes,
        "return_code_classes": codes::ReturnCodeClass::ALL
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_model_and_enum_is_described() {
        let s = schema();
        let models = s["models"].as_object().unwrap();
        let enums = s["enums"].as_object().unwrap();
        fn walk(t: &Value, models: &Map<String, Value>, enums: &Map<String, Value>) {
            match t["kind"].as_str().unwrap() {
                "object" => assert!(models.contains_key(t["model"].as_str().unwrap()), "{t}"),
                "enum" => assert!(enums.contains_key(t["name"].as_str().unwrap()), "{t}"),
                "list" => walk(&t["of"], models, enums),
                _ => {}
            }
        }
        for model in models.values() {
            for m in model["members"].as_array().unwrap() {
                walk(&m["type"], models, enums);
            }
        }
        for op in s["operations"].as_array().unwrap() {
            if !op["result"].is_null() {
                walk(&op["result"], models, enums);
            }
            if op["body"]["kind"] == "json" {
                walk(&op["body"]["type"], models, enums);
            }
        }
        assert_eq!(s["operations"].as_array().unwrap().len(), OPERATIONS.len());
        assert!(models.contains_key("Payment") && models.contains_key("CreatePaymentRequest"));
        assert!(enums["PaymentState"]["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["value"] == "TRADE_SUCCESS"));
    }

    /// Every model, member, enum and enum value the schema exports has a doc comment: a field
    /// added without `///` fails here, so no generated type is left undocumented.
    #[test]
    fn every_model_member_and_enum_is_documented() {
        let s = schema();
        let mut missing = Vec::new();
        let mut documented = |what: String, doc: &Value| {
            if doc.as_str().is_none_or(|d| d.trim().is_empty()) {
                missing.push(what);
            }
        };
        for (name, model) in s["models"].as_object().unwrap() {
            documented(format!("model {name}"), &model["doc"]);
            for m in model["members"].as_array().unwrap() {
                let member = m["name"].as_str().unwrap_or_default();
                documented(format!("{name}.{member}"), &m["doc"]);
            }
        }
        for (name, e) in s["enums"].as_object().unwrap() {
            documented(format!("enum {name}"), &e["doc"]);
            for v in e["values"].as_array().unwrap() {
                let value = v["value"].as_str().unwrap_or_default();
                documented(format!("{name}::{value}"), &v["doc"]);
            }
        }
        assert!(missing.is_empty(), "without a doc comment: {missing:#?}");
    }

    #[test]
    fn docs_are_joined_as_rustdoc_joins_them() {
        use crate::model::shape::doc_text;
        assert_eq!(
            doc_text(&[" A payment (004:L4803)."]),
            "A payment (004:L4803)."
        );
        // One leading space goes (the one after `///`); deeper indentation stays.
        assert_eq!(
            doc_text(&[" First line,", " second:", "", "     indented", ""]),
            "First line,\nsecond:\n\n    indented"
        );
        assert_eq!(doc_text(&[]), "");
        let payment = s_model("Payment");
        assert_eq!(payment["doc"], "A payment (004:L4803).");
        let id = payment["members"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == "id")
            .unwrap();
        assert_eq!(id["doc"], "`PAY_…`, assigned by UMF.");
    }

    fn s_model(name: &str) -> Value {
        schema()["models"][name].clone()
    }
}
