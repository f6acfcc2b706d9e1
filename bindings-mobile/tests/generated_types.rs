//! The JVM's typed records, enums and operation descriptors (`jvm/UmfTypes.kt`), generated from
//! the core's schema (`umf_core::schema::schema()`, what `umf schema --json` prints) and checked
//! here: a model, member, enum value or operation changed in the core fails this test until the
//! file is regenerated with `UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_types`.
//!
//! The records are plain Kotlin decoded from the core's own JSON (`ApiResponse.resultJson`) and
//! written as the flat parameter object the core reads, so the schema stays the one home of
//! every type; the UniFFI surface keeps its JSON-text forms as the escape hatch.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::{Map, Value};

const HEADER: &str =
    "// Generated from the core's schema (umf_core::schema::schema(), `umf schema --json`) by\n\
// bindings-mobile/tests/generated_types.rs; regenerate with\n\
// UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_types. Do not edit.\n";

const HARD_KEYWORDS: &[&str] = &[
    "as",
    "break",
    "class",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "fun",
    "if",
    "in",
    "interface",
    "is",
    "null",
    "object",
    "package",
    "return",
    "super",
    "this",
    "throw",
    "true",
    "try",
    "typealias",
    "typeof",
    "val",
    "var",
    "when",
    "while",
];

/// `mer_orderId` -> `merOrderId`, `is_from_US` -> `isFromUS`; `lower` for the first word.
fn camel(name: &str, upper_first: bool) -> String {
    let mut out = String::new();
    for (i, word) in name.split('_').filter(|w| !w.is_empty()).enumerate() {
        let mut chars = word.chars();
        let first = chars.next().unwrap_or_default();
        if i == 0 && !upper_first {
            out.push(first.to_ascii_lowercase());
        } else {
            out.push(first.to_ascii_uppercase());
        }
        out.push_str(chars.as_str());
    }
    out
}

fn ident(name: &str) -> String {
    let name = camel(name, false);
    if HARD_KEYWORDS.contains(&name.as_str()) {
        format!("`{name}`")
    } else {
        name
    }
}

fn constant(value: &str) -> String {
    let mut out: String = value
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// The Kotlin type of a schema type (never nullable; the caller adds `?`). A `rate` is the
/// object UMF sends (`{"rate": 7.1234}`), kept as read.
fn kotlin_type(ty: &Value) -> String {
    match ty["kind"].as_str().unwrap_or_default() {
        "integer" => "Long".into(),
        "decimal" => "BigDecimal".into(),
        "any" | "messages" | "rate" => "Any".into(),
        "enum" => ty["name"].as_str().unwrap_or_default().into(),
        "object" => ty["model"].as_str().unwrap_or_default().into(),
        "list" => format!("List<{}>", kotlin_type(&ty["of"])),
        // text, datetime (the exact text UMF sent), sensitive
        _ => "String".into(),
    }
}

/// Whether `toString()` hides a member's value: the sensitive ones (card and ID numbers,
/// names), and every other text too (phones, addresses, e-mails and OpenIDs are text in the
/// schema), except the ids and currency an operator needs to read a log line.
fn hidden(name: &str, ty: &Value) -> bool {
    let shown = name == "id" || name == "currency" || name.ends_with("reference_id");
    match ty["kind"].as_str() {
        Some("sensitive") => true,
        Some("text" | "datetime" | "any" | "messages") => !shown,
        Some("list") => hidden(name, &ty["of"]),
        _ => false,
    }
}

/// The Kotlin expression reading `value` (an `Any?` from `JsonText.read`) at `path`.
fn reader(ty: &Value, value: &str, path: &str) -> String {
    match ty["kind"].as_str().unwrap_or_default() {
        "integer" => format!("Wire.integer({value}, {path})"),
        "decimal" => format!("Wire.decimal({value}, {path})"),
        "any" | "messages" | "rate" => value.to_owned(),
        "enum" => format!(
            "Wire.text({value}, {path})?.let {{ {}.of(it) }}",
            ty["name"].as_str().unwrap_or_default()
        ),
        "object" => format!(
            "{value}?.let {{ {}.fromJson(it, {path}) }}",
            ty["model"].as_str().unwrap_or_default()
        ),
        "list" => format!(
            "Wire.list({value}, {path})?.mapIndexed {{ i, e -> {} }}",
            Wire::need(
                &reader(&ty["of"], "e", &format!("{path} + \"[$i]\"")),
                &format!("{path} + \"[$i]\"")
            )
        ),
        _ => format!("Wire.text({value}, {path})"),
    }
}

struct Wire;
impl Wire {
    fn need(expr: &str, path: &str) -> String {
        format!("Wire.need({expr}, {path})")
    }
}

/// A KDoc comment at `indent` holding `text` (the core's doc comment, Markdown as KDoc reads
/// it). Kotlin comments nest, so `/*` is broken as well as `*/`.
fn kdoc(indent: &str, text: &str) -> String {
    // A Markdown escape, so the text still reads the same.
    let text = text.replace("*/", "*\\/").replace("/*", "/\\*");
    let lines: Vec<&str> = text.lines().collect();
    if let [line] = lines.as_slice() {
        return format!("{indent}/** {line} */\n");
    }
    let mut out = format!("{indent}/**\n");
    for line in lines {
        let _ = writeln!(out, "{}", format!("{indent} * {line}").trim_end());
    }
    let _ = writeln!(out, "{indent} */");
    out
}

/// A Swift documentation comment (`///` lines) at `indent` holding `text`.
fn swift_doc(indent: &str, text: &str) -> String {
    text.lines()
        .map(|line| format!("{indent}/// {line}").trim_end().to_owned() + "\n")
        .collect()
}

/// A schema item's doc comment (the core's `///` text).
fn doc_of(item: &Value) -> &str {
    item["doc"].as_str().unwrap_or_default()
}

/// An enum's documentation: its own doc, each documented value with its doc, and what an
/// undocumented value becomes (`unknown`: the constant's name in the language).
fn enum_doc(name: &str, e: &Value, unknown: &str) -> String {
    let mut text = format!("{}\n\n", doc_of(e));
    for v in e["values"].as_array().cloned().unwrap_or_default() {
        let _ = writeln!(
            text,
            "- `{}`: {}",
            v["value"].as_str().unwrap_or_default(),
            doc_of(&v)
        );
    }
    let _ = write!(
        text,
        "\nThe core's `{name}`; `{unknown}` for a value the documents do not list (the exact text\n\
         stays in `ApiResponse.resultJson`)."
    );
    text
}

fn model(out: &mut String, name: &str, doc: &str, members: &[Value]) {
    let mut seen = BTreeSet::new();
    for m in members {
        let field = ident(m["name"].as_str().unwrap_or_default());
        assert!(
            seen.insert(field.clone()),
            "{name}: two members are `{field}` in Kotlin"
        );
    }
    // A data class needs a member; `Empty` has none.
    let class = if members.is_empty() {
        "class"
    } else {
        "data class"
    };
    let _ = write!(
        out,
        "\n{}{class} {name}(\n",
        kdoc(
            "",
            &format!("{doc}\n\nThe core's `{name}` (schema `models.{name}`).")
        )
    );
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let ty = kotlin_type(&m["type"]);
        if m["required"] == true {
            let doc = kdoc(
                "    ",
                &format!("{} Wire name `{wire}`; required.", doc_of(m)),
            );
            let _ = writeln!(out, "{doc}    val {}: {ty},", ident(wire));
        } else {
            let doc = kdoc("    ", &format!("{} Wire name `{wire}`.", doc_of(m)));
            let _ = writeln!(out, "{doc}    val {}: {ty}? = null,", ident(wire));
        }
    }
    out.push_str(") : WireObject {\n    override fun toJson(): Map<String, Any?> = Wire.obj(\n");
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let _ = writeln!(out, "        \"{wire}\" to {},", ident(wire));
    }
    // Card and ID numbers, names and phones never reach a log through toString().
    let _ = write!(
        out,
        "    )\n\n    override fun toString(): String = \"{name}(\" +\n"
    );
    let shown: Vec<String> = members
        .iter()
        .map(|m| {
            let wire = m["name"].as_str().unwrap_or_default();
            let field = ident(wire);
            let label = field.trim_matches('`');
            if hidden(wire, &m["type"]) {
                format!("\"{label}=\" + Wire.redacted({field})")
            } else {
                format!("\"{label}=\" + {field}")
            }
        })
        .collect();
    if shown.is_empty() {
        out.push_str("        \"\" +\n");
    } else {
        let _ = writeln!(out, "        {} +", shown.join(" + \", \" +\n        "));
    }
    let _ = write!(
        out,
        "        \")\"\n\n    companion object {{\n        /** Reads the core's JSON of a `{name}`; `path` names it in errors. */\n        \
         fun fromJson(value: Any?, path: String = \"\"): {name} {{\n            \
         val m = Wire.members(value, path)\n            return {name}(\n"
    );
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let p = format!("Wire.at(path, \"{wire}\")");
        let mut expr = reader(&m["type"], &format!("m[\"{wire}\"]"), &p);
        if m["required"] == true {
            expr = Wire::need(&expr, &p);
        }
        let _ = writeln!(out, "                {} = {expr},", ident(wire));
    }
    out.push_str("            )\n        }\n    }\n}\n");
}

/// One `requires` path of an operation resolved against its result model: the accessor's name,
/// the member's schema type and the (null-safe, in Kotlin and Swift alike) expression reaching
/// it from `result`; `None` for a path through a list or under another name of a wrapper's
/// member (the core checks those; the types stay as the model has them).
fn required_member(
    op: &Value,
    result_model: &str,
    models: &Map<String, Value>,
    path: &str,
) -> Option<(String, Value, String)> {
    if path.contains("[]") {
        return None;
    }
    let mut segments: Vec<&str> = path.split('.').collect();
    let members = |model: &str| {
        models[model]["members"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let first_is_member = members(result_model)
        .iter()
        .any(|m| m["name"] == segments[0]);
    if !first_is_member {
        let keys = op["result_keys"].as_array().cloned().unwrap_or_default();
        assert!(
            keys.iter().any(|k| k == segments[0]),
            "{path}: not a result key"
        );
        if members(result_model)
            .iter()
            .any(|m| keys.iter().any(|k| *k == m["name"]))
        {
            return None; // another name of a wrapper's member
        }
        segments.remove(0);
    }
    let mut expr = "result".to_owned();
    let mut model = result_model.to_owned();
    let mut ty = Value::Null;
    let mut optional = false;
    for (i, seg) in segments.iter().enumerate() {
        let found = members(&model).into_iter().find(|m| m["name"] == *seg);
        assert!(found.is_some(), "{path}: {model} has no `{seg}`");
        let member = found.unwrap_or_default();
        // Past an optional member the chain is optional (Swift insists on it).
        let sep = if optional { "?." } else { "." };
        expr = format!("{expr}{sep}{}", camel(seg, false));
        optional = optional || member["required"] != true;
        ty = member["type"].clone();
        if i + 1 < segments.len() {
            if ty["kind"] == "list" {
                return None; // every element's member
            }
            assert_eq!(ty["kind"], "object", "{path}: `{seg}` is not an object");
            model = ty["model"].as_str().unwrap_or_default().to_owned();
        }
    }
    Some((camel(&path.replace('.', "_"), false), ty, expr))
}

fn required_accessor(
    op: &Value,
    result_model: &str,
    models: &Map<String, Value>,
    path: &str,
) -> Option<String> {
    let (name, ty, expr) = required_member(op, result_model, models, path)?;
    let first = path.split('.').next().unwrap_or_default();
    Some(format!(
        "    /** `{path}`: the documents show it in every answer; the core checks it (an answer\n     \
         * under an older name of `{first}` is read, and checked here, on access). */\n    \
         val {name}: {} get() = Wire.need({expr}, \"{path}\")\n",
        kotlin_type(&ty)
    ))
}

fn kotlin() -> String {
    let schema = umf_core::schema::schema();
    let models = schema["models"].as_object().cloned().unwrap_or_default();
    let enums = schema["enums"].as_object().cloned().unwrap_or_default();
    let ops = schema["operations"].as_array().cloned().unwrap_or_default();
    let mut out = String::from(HEADER);
    out.push_str(
        "package com.umfsdk.jvm\n\n\
         import com.umfsdk.ApiResponse\n\
         import java.math.BigDecimal\n\n\
         /** Every operation of the core's table, by its stable id (`wire`). */\n\
         enum class OpId(val wire: String) {\n",
    );
    for op in &ops {
        let id = op["id"].as_str().unwrap_or_default();
        let _ = writeln!(out, "    {}(\"{id}\"),", constant(id));
    }
    out.push_str(
        "    ;\n\n    companion object {\n        /** The id's constant, or null for an id the table does not have. */\n        \
         fun of(wire: String): OpId? = values().firstOrNull { it.wire == wire }\n    }\n}\n",
    );
    for (name, e) in &enums {
        let _ = writeln!(
            out,
            "\n{}enum class {name}(override val wire: String) : WireEnum {{",
            kdoc("", &enum_doc(name, e, "UNRECOGNIZED"))
        );
        for v in e["values"].as_array().cloned().unwrap_or_default() {
            let doc = kdoc("    ", doc_of(&v));
            let v = v["value"].as_str().unwrap_or_default();
            let _ = writeln!(out, "{doc}    {}(\"{v}\"),", constant(v));
        }
        let _ = writeln!(
            out,
            "    UNRECOGNIZED(\"\"),\n    ;\n\n    companion object {{\n        \
             fun of(wire: String): {name} = values().firstOrNull {{ it.wire == wire && it != UNRECOGNIZED }} ?: UNRECOGNIZED\n    }}\n}}"
        );
    }
    for (name, m) in &models {
        model(
            &mut out,
            name,
            doc_of(m),
            m["members"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default(),
        );
    }
    // Per operation: its parameters, its reply and its descriptor.
    let mut descriptors = String::new();
    let mut methods = String::new();
    let mut by_id = String::new();
    for op in &ops {
        let id = op["id"].as_str().unwrap_or_default();
        let kind = op["body"]["kind"].as_str().unwrap_or_default();
        if kind == "token" || kind == "multipart" {
            continue; // the token is the loop's; uploads keep their JSON description
        }
        let body_model = op["body"]["type"]["model"].as_str();
        let path_params: Vec<String> = op["path_params"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_owned))
            .collect();
        let query = op["query"].as_array().cloned().unwrap_or_default();
        let confirm = !op["confirm"].is_null();
        let type_name = camel(id, true);
        let params = if path_params.is_empty() && query.is_empty() && !confirm {
            match body_model {
                Some(m) => m.to_owned(),
                None => "NoParams".to_owned(),
            }
        } else {
            let p = format!("{type_name}Params");
            let _ = writeln!(out, "\n/** The parameters of `{id}`. */\nclass {p}(");
            for name in &path_params {
                let _ = writeln!(out, "    val {}: String,", ident(name));
            }
            for q in &query {
                let name = q["name"].as_str().unwrap_or_default();
                if q["required"] == true {
                    let _ = writeln!(out, "    val {}: String,", ident(name));
                } else {
                    let _ = writeln!(out, "    val {}: String? = null,", ident(name));
                }
            }
            if let Some(m) = body_model {
                let _ = writeln!(out, "    val body: {m},");
            }
            if confirm {
                let _ = writeln!(
                    out,
                    "    /** Must be true: {} */\n    val confirm: Boolean,",
                    op["confirm"].as_str().unwrap_or_default()
                );
            }
            out.push_str(") : WireObject {\n    override fun toJson(): Map<String, Any?> {\n        val m = LinkedHashMap<String, Any?>()\n");
            if body_model.is_some() {
                out.push_str("        m.putAll(body.toJson())\n");
            }
            let mut shown = Vec::new();
            for name in &path_params {
                let _ = writeln!(out, "        m[\"{name}\"] = {}", ident(name));
                shown.push(format!("\"{0}=\" + {0}", ident(name)));
            }
            for q in &query {
                let name = q["name"].as_str().unwrap_or_default();
                let _ = writeln!(
                    out,
                    "        if ({0} != null) m[\"{name}\"] = {0}",
                    ident(name)
                );
                if q["sensitive"] == true {
                    shown.push(format!("\"{0}=\" + Wire.redacted({0})", ident(name)));
                } else {
                    shown.push(format!("\"{0}=\" + {0}", ident(name)));
                }
            }
            if body_model.is_some() {
                shown.push("\"body=\" + body".into());
            }
            if confirm {
                out.push_str("        if (confirm) m[\"$confirm\"] = true\n");
                shown.push("\"confirm=\" + confirm".into());
            }
            let _ = writeln!(
                out,
                "        return m\n    }}\n\n    override fun toString(): String = \"{p}(\" + {} + \")\"\n}}",
                shown.join(" + \", \" + ")
            );
            p
        };
        let result_model = op["result"]["model"].as_str();
        let requires: Vec<String> = match result_model {
            Some(r) => op["requires"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| required_accessor(op, r, &models, p.as_str().unwrap_or_default()))
                .collect(),
            None => Vec::new(),
        };
        let (reply, read) = match result_model {
            Some(r) if !requires.is_empty() => {
                let reply = format!("{type_name}Reply");
                let _ = writeln!(
                    out,
                    "\n/** The answer to `{id}`: its `{r}`, and the members every answer has, non-null. */\n\
                     class {reply}(response: ApiResponse) : Reply<{r}>({r}.fromJson(JsonText.read(response.resultJson)), response) {{\n{}}}",
                    requires.join("")
                );
                (reply.clone(), format!("{{ {reply}(it) }}"))
            }
            Some(r) => (
                format!("Reply<{r}>"),
                format!("{{ Reply({r}.fromJson(JsonText.read(it.resultJson)), it) }}"),
            ),
            None => ("Reply<Unit>".to_owned(), "{ Reply(Unit, it) }".to_owned()),
        };
        let constant_name = constant(id);
        let _ = writeln!(by_id, "        OpId.{constant_name} to {constant_name},");
        let _ = writeln!(
            descriptors,
            "    val {constant_name}: Operation<{params}, {reply}> = Operation(OpId.{constant_name}) {read}"
        );
        if params != "NoParams" {
            let _ = writeln!(
                methods,
                "\n/** `{id}`, typed: see [UmfOperations.{}]. */\nfun UmfOperations.{}(params: {params}): {reply} = call(Ops.{constant_name}, params)",
                camel(id, false),
                camel(id, false)
            );
        }
    }
    let _ = write!(
        out,
        "\n/** Every operation with typed parameters and reply (the token request and the multipart\n \
         * uploads keep their JSON forms). */\nobject Ops {{\n{descriptors}\n    \
         /** The descriptors by id. */\n    val byId: Map<OpId, Operation<*, *>> = mapOf(\n{by_id}    )\n}}\n{methods}"
    );
    out
}

/// Compares `relative` with what the schema gives, or writes it under `UPDATE_GENERATED`.
fn check(relative: &str, expected: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        let written = std::fs::write(&path, expected);
        assert!(written.is_ok(), "cannot write {relative}: {written:?}");
        return;
    }
    let found = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        found == expected,
        "{relative} is not what the schema gives: regenerate it with \
         UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_types"
    );
}

#[test]
fn jvm_types_are_the_schemas() {
    check("jvm/UmfTypes.kt", &kotlin());
}

#[test]
fn names_are_camel_case_and_escaped() {
    assert_eq!(camel("is_from_US", false), "isFromUS");
    assert_eq!(camel("create_payment", true), "CreatePayment");
    assert_eq!(ident("package"), "`package`");
    assert_eq!(constant("create_payment"), "CREATE_PAYMENT");
}

const SWIFT_KEYWORDS: &[&str] = &[
    "as",
    "associatedtype",
    "break",
    "case",
    "catch",
    "class",
    "continue",
    "default",
    "defer",
    "deinit",
    "do",
    "else",
    "enum",
    "extension",
    "fallthrough",
    "false",
    "fileprivate",
    "for",
    "func",
    "guard",
    "if",
    "import",
    "in",
    "init",
    "inout",
    "internal",
    "is",
    "let",
    "nil",
    "operator",
    "private",
    "protocol",
    "public",
    "repeat",
    "rethrows",
    "return",
    "self",
    "static",
    "struct",
    "subscript",
    "super",
    "switch",
    "throw",
    "throws",
    "true",
    "try",
    "typealias",
    "var",
    "where",
    "while",
];

fn swift_ident(name: &str) -> String {
    let name = camel(name, false);
    if name == "description" {
        // `description` is CustomStringConvertible's.
        return "descriptionText".into();
    }
    if SWIFT_KEYWORDS.contains(&name.as_str()) {
        format!("`{name}`")
    } else {
        name
    }
}

/// `TRADE_SUCCESS` -> `tradeSuccess` (Swift's enum cases, as UniFFI names them).
fn swift_case(value: &str) -> String {
    let ident = swift_ident(&value.to_ascii_lowercase());
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{ident}")
    } else {
        ident
    }
}

/// The Swift type of a schema type. Decimals stay `String`: Foundation's `Decimal` drops the
/// scale (`100.00` prints `100`), and amounts must keep their exact text.
fn swift_type(ty: &Value) -> String {
    match ty["kind"].as_str().unwrap_or_default() {
        "integer" => "Int64".into(),
        "any" | "messages" | "rate" => "Any".into(),
        "enum" => ty["name"].as_str().unwrap_or_default().into(),
        "object" => ty["model"].as_str().unwrap_or_default().into(),
        "list" => format!("[{}]", swift_type(&ty["of"])),
        _ => "String".into(),
    }
}

fn swift_reader(ty: &Value, value: &str, path: &str) -> String {
    match ty["kind"].as_str().unwrap_or_default() {
        "integer" => format!("try Wire.integer({value}, {path})"),
        "any" | "messages" | "rate" => value.to_owned(),
        "enum" => format!(
            "try Wire.text({value}, {path}).map {{ {}.of($0) }}",
            ty["name"].as_str().unwrap_or_default()
        ),
        "object" => format!(
            "try Wire.object({value}, {path}) {{ try {}.fromJson($0, path: $1) }}",
            ty["model"].as_str().unwrap_or_default()
        ),
        "list" => format!(
            "try Wire.list({value}, {path}) {{ e, p in try Wire.need({}, p) }}",
            swift_reader(&ty["of"], "e", "p")
        ),
        _ => format!("try Wire.text({value}, {path})"),
    }
}

fn swift_model(out: &mut String, name: &str, doc: &str, members: &[Value]) {
    let _ = writeln!(
        out,
        "\n{}public struct {name}: WireObject, CustomStringConvertible {{",
        swift_doc(
            "",
            &format!("{doc}\n\nThe core's `{name}` (schema `models.{name}`).")
        )
    );
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let (opt, required) = if m["required"] == true {
            ("", "; required")
        } else {
            ("?", "")
        };
        let doc = swift_doc(
            "    ",
            &format!("{} Wire name `{wire}`{required}.", doc_of(m)),
        );
        let _ = writeln!(
            out,
            "{doc}    public var {}: {}{opt}",
            swift_ident(wire),
            swift_type(&m["type"])
        );
    }
    let params: Vec<String> = members
        .iter()
        .map(|m| {
            let wire = m["name"].as_str().unwrap_or_default();
            if m["required"] == true {
                format!("{}: {}", swift_ident(wire), swift_type(&m["type"]))
            } else {
                format!("{}: {}? = nil", swift_ident(wire), swift_type(&m["type"]))
            }
        })
        .collect();
    let _ = writeln!(out, "\n    public init({}) {{", params.join(", "));
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let _ = writeln!(
            out,
            "        self.{} = {}",
            swift_ident(wire),
            swift_ident(wire)
        );
    }
    out.push_str("    }\n\n    public func toJson() -> [String: Any] {\n        Wire.obj([\n");
    for m in members {
        let wire = m["name"].as_str().unwrap_or_default();
        let _ = writeln!(
            out,
            "            (\"{wire}\", {} as Any?),",
            swift_ident(wire)
        );
    }
    out.push_str("        ])\n    }\n\n    /// Ids, enums and amounts; never card or ID numbers, names, phones or other text.\n    public var description: String {\n        \"");
    let shown: Vec<String> = members
        .iter()
        .map(|m| {
            let wire = m["name"].as_str().unwrap_or_default();
            let field = swift_ident(wire);
            let label = field.trim_matches('`');
            if hidden(wire, &m["type"]) {
                format!("{label}=\\(Wire.redacted({field}))")
            } else {
                format!("{label}=\\(Wire.shown({field}))")
            }
        })
        .collect();
    let _ = write!(
        out,
        "{name}({})\"\n    }}\n\n    /// Reads the core's JSON of a `{name}`; `path` names it in errors.\n    \
         public static func fromJson(_ value: Any?, path: String = \"\") throws -> {name} {{\n        \
         let m = try Wire.members(value, path)\n        return {name}(\n",
        shown.join(", ")
    );
    let args: Vec<String> = members
        .iter()
        .map(|m| {
            let wire = m["name"].as_str().unwrap_or_default();
            let p = format!("Wire.at(path, \"{wire}\")");
            let mut expr = swift_reader(&m["type"], &format!("m[\"{wire}\"]"), &p);
            if m["required"] == true {
                expr = format!("try Wire.need({expr}, {p})");
            }
            format!("            {}: {expr}", swift_ident(wire))
        })
        .collect();
    let _ = writeln!(out, "{}\n        )\n    }}\n}}", args.join(",\n"));
}

fn swift() -> String {
    let schema = umf_core::schema::schema();
    let models = schema["models"].as_object().cloned().unwrap_or_default();
    let enums = schema["enums"].as_object().cloned().unwrap_or_default();
    let ops = schema["operations"].as_array().cloned().unwrap_or_default();
    let mut out = String::from(HEADER);
    out.push_str(
        "\nimport Foundation\n\n/// Every operation of the core's table, by its stable id (`rawValue`).\n\
         public enum OpId: String, CaseIterable {\n",
    );
    for op in &ops {
        let id = op["id"].as_str().unwrap_or_default();
        let _ = writeln!(out, "    case {} = \"{id}\"", swift_ident(id));
    }
    out.push_str("}\n");
    for (name, e) in &enums {
        let _ = writeln!(
            out,
            "\n{}public enum {name}: String, WireEnum, CaseIterable {{",
            swift_doc("", &enum_doc(name, e, "unrecognized"))
        );
        for v in e["values"].as_array().cloned().unwrap_or_default() {
            let doc = swift_doc("    ", doc_of(&v));
            let v = v["value"].as_str().unwrap_or_default();
            let _ = writeln!(out, "{doc}    case {} = \"{v}\"", swift_case(v));
        }
        let _ = writeln!(
            out,
            "    case unrecognized = \"\"\n\n    public static func of(_ wire: String) -> {name} {{\n        \
             wire.isEmpty ? .unrecognized : {name}(rawValue: wire) ?? .unrecognized\n    }}\n}}"
        );
    }
    for (name, m) in &models {
        swift_model(
            &mut out,
            name,
            doc_of(m),
            m["members"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default(),
        );
    }
    let mut descriptors = String::new();
    let mut methods = String::new();
    for op in &ops {
        let id = op["id"].as_str().unwrap_or_default();
        let kind = op["body"]["kind"].as_str().unwrap_or_default();
        if kind == "token" || kind == "multipart" {
            continue;
        }
        let body_model = op["body"]["type"]["model"].as_str();
        let path_params: Vec<String> = op["path_params"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_owned))
            .collect();
        let query = op["query"].as_array().cloned().unwrap_or_default();
        let confirm = !op["confirm"].is_null();
        let type_name = camel(id, true);
        let params = if path_params.is_empty() && query.is_empty() && !confirm {
            body_model.unwrap_or("NoParams").to_owned()
        } else {
            let p = format!("{type_name}Params");
            let mut fields = Vec::new();
            let mut inits = Vec::new();
            let mut writes = Vec::new();
            let mut shown = Vec::new();
            if body_model.is_some() {
                writes.push("var m = body.toJson()".to_owned());
            } else {
                writes.push("var m: [String: Any] = [:]".to_owned());
            }
            for name in &path_params {
                let f = swift_ident(name);
                fields.push(format!("    public var {f}: String"));
                inits.push(format!("{}: String", camel(name, false)));
                writes.push(format!("m[\"{name}\"] = {f}"));
                shown.push(format!("{f}=\\({f})"));
            }
            for q in &query {
                let name = q["name"].as_str().unwrap_or_default();
                let f = swift_ident(name);
                if q["required"] == true {
                    fields.push(format!("    public var {f}: String"));
                    inits.push(format!("{}: String", camel(name, false)));
                    writes.push(format!("m[\"{name}\"] = {f}"));
                } else {
                    fields.push(format!("    public var {f}: String?"));
                    inits.push(format!("{}: String? = nil", camel(name, false)));
                    writes.push(format!("if let v = {f} {{ m[\"{name}\"] = v }}"));
                }
                if q["sensitive"] == true {
                    shown.push(format!("{f}=\\(Wire.redacted({f}))"));
                } else {
                    shown.push(format!("{f}=\\(Wire.shown({f}))"));
                }
            }
            if let Some(m) = body_model {
                fields.push(format!("    public var body: {m}"));
                inits.push(format!("body: {m}"));
                shown.push("body=\\(body)".into());
            }
            if confirm {
                fields.push(format!(
                    "    /// Must be true: {}\n    public var confirm: Bool",
                    op["confirm"].as_str().unwrap_or_default()
                ));
                inits.push("confirm: Bool".into());
                writes.push("if confirm { m[\"$confirm\"] = true }".into());
                shown.push("confirm=\\(confirm)".into());
            }
            let assigns: Vec<String> = inits
                .iter()
                .map(|i| {
                    let name = i.split(':').next().unwrap_or_default();
                    let f = if SWIFT_KEYWORDS.contains(&name) {
                        format!("`{name}`")
                    } else {
                        name.to_owned()
                    };
                    format!("        self.{f} = {f}")
                })
                .collect();
            let _ = writeln!(
                out,
                "\n/// The parameters of `{id}`.\npublic struct {p}: WireObject, CustomStringConvertible {{\n{}\n\n    \
                 public init({}) {{\n{}\n    }}\n\n    public func toJson() -> [String: Any] {{\n        {}\n        return m\n    }}\n\n    \
                 public var description: String {{ \"{p}({})\" }}\n}}",
                fields.join("\n"),
                inits.join(", "),
                assigns.join("\n"),
                writes.join("\n        "),
                shown.join(", ")
            );
            p
        };
        let result_model = op["result"]["model"].as_str();
        let requires: Vec<(String, String, Value, String)> = match result_model {
            Some(r) => op["requires"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| {
                    let path = p.as_str().unwrap_or_default();
                    let (name, ty, expr) = required_member(op, r, &models, path)?;
                    Some((path.to_owned(), name, ty, expr))
                })
                .collect(),
            None => Vec::new(),
        };
        let (reply, read) = match result_model {
            Some(r) if !requires.is_empty() => {
                let reply = format!("{type_name}Reply");
                let fields: String = requires
                    .iter()
                    .map(|(path, name, ty, expr)| {
                        format!("    /// `{path}`: the documents show it in every answer; the core checks it\n    \
                                 /// (an answer under an older name is checked here, on access).\n    \
                                 public var {name}: {} {{ get throws {{ try Wire.need({expr}, \"{path}\") }} }}\n", swift_type(ty))
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "\n/// The answer to `{id}`: its `{r}`, and the members every answer has, non-optional.\n\
                     public final class {reply}: Reply<{r}> {{\n{fields}\n    public init(_ response: ApiResponse) throws {{\n        \
                     let result = try {r}.fromJson(Wire.read(response.resultJson))\n        super.init(result: result, response: response)\n    }}\n}}"
                );
                (reply.clone(), format!("{{ try {reply}($0) }}"))
            }
            Some(r) => (
                format!("Reply<{r}>"),
                format!(
                    "{{ Reply(result: try {r}.fromJson(Wire.read($0.resultJson)), response: $0) }}"
                ),
            ),
            None => (
                "Reply<Void>".to_owned(),
                "{ Reply(result: (), response: $0) }".to_owned(),
            ),
        };
        let name = swift_ident(id);
        let _ = writeln!(
            descriptors,
            "    public static let {name} = UmfOperation<{params}, {reply}>(id: .{name}) {read}"
        );
        if params != "NoParams" {
            let _ = writeln!(
                methods,
                "\n    /// `{id}`, typed.\n    public func {}(_ params: {params}) throws -> {reply} {{\n        try call(Ops.{name}, params)\n    }}",
                camel(id, false)
            );
        }
    }
    let _ = write!(
        out,
        "\n/// Every operation with typed parameters and reply (the token request and the multipart\n\
         /// uploads keep their JSON forms).\npublic enum Ops {{\n{descriptors}}}\n\n\
         /// One typed method per operation.\nextension UmfClient {{{methods}\n}}\n"
    );
    out
}

#[test]
fn swift_types_are_the_schemas() {
    check("swift/UmfTypes.swift", &swift());
}
