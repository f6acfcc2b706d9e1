//! The per-operation methods of the JVM and Swift clients, generated from the core's operation
//! table and checked here: a row added to the table fails this test until the files are
//! regenerated with `UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_clients`.

use std::fmt::Write as _;
use std::path::PathBuf;

use umf_core::operations::{Body, RetryClass};
use umf_core::{Operation, OPERATIONS};

const HEADER: &str = "Generated from the core's operation table (umf_core::OPERATIONS) by \
bindings-mobile/tests/generated_clients.rs; regenerate with\n\
UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_clients. Do not edit.";

/// `create_payment` -> `createPayment` (the same names the npm package's methods have).
fn camel(id: &str) -> String {
    let mut words = id.split('_');
    let mut out = words.next().unwrap_or_default().to_owned();
    for word in words {
        let mut chars = word.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.push_str(chars.as_str());
    }
    out
}

/// The operations a client calls by name: every row but the token request, which is the
/// loop's own business (`token()`).
fn callable() -> impl Iterator<Item = &'static Operation> {
    OPERATIONS.iter().filter(|op| op.body != Body::Token)
}

fn summary(op: &Operation) -> String {
    let retry = match op.retry {
        RetryClass::Safe => "safe to retry: retried after transient failures",
        RetryClass::Unsafe => "changes state: never sent twice unless it never left",
    };
    let notes = if op.notes.is_empty() {
        String::new()
    } else {
        // One line in both languages' comments; `*/` would end a Kotlin comment.
        format!(" {}", op.notes.replace("*/", "*\\/"))
    };
    format!(
        "`{} {}` (004 {}); {retry}.{notes}",
        op.method.as_str(),
        op.path,
        op.section
    )
}

fn kotlin() -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str(
        "package com.umfsdk.jvm\n\n\
         import com.umfsdk.ApiResponse\n\n\
         /** One method per operation of the core's table, each `call(id, params)`: params are the\n \
         * operation's flat parameter object, as JSON text or a map. */\n\
         abstract class UmfOperations {\n    \
         /** Calls `operation` with its flat parameter object as JSON text. */\n    \
         abstract fun call(operation: String, params: String = \"{}\"): ApiResponse\n\n    \
         /** Calls `operation` with its flat parameter object as a map (written as JSON). */\n    \
         fun call(operation: String, params: Map<String, *>): ApiResponse =\n        \
         call(operation, JsonText.write(params))\n",
    );
    for op in callable() {
        let name = camel(op.id);
        let _ = write!(
            out,
            "\n    /** {} */\n    fun {name}(params: String = \"{{}}\"): ApiResponse = \
             call(\"{}\", params)\n\n    /** {} */\n    fun {name}(params: Map<String, *>): \
             ApiResponse = call(\"{}\", params)\n",
            summary(op),
            op.id,
            summary(op),
            op.id
        );
    }
    out.push_str("}\n");
    out
}

fn swift() -> String {
    let mut out = String::new();
    for line in HEADER.lines() {
        let _ = writeln!(out, "// {line}");
    }
    out.push_str(
        "\n/// One method per operation of the core's table, each `call(id, params)`: params are the\n\
         /// operation's flat parameter object as JSON text.\n\
         extension UmfClient {\n",
    );
    for (i, op) in callable().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = write!(
            out,
            "    /// {}\n    public func {}(_ params: String = \"{{}}\") throws -> ApiResponse {{\n        \
             try call(\"{}\", params)\n    }}\n",
            summary(op),
            camel(op.id),
            op.id
        );
    }
    out.push_str("}\n");
    out
}

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
        "{relative} is not what the operation table gives: regenerate it with \
         UPDATE_GENERATED=1 cargo test -p umf-mobile --test generated_clients"
    );
}

#[test]
fn jvm_operations_are_the_tables() {
    check("jvm/UmfOperations.kt", &kotlin());
}

#[test]
fn swift_operations_are_the_tables() {
    check("swift/UmfOperations.swift", &swift());
}

#[test]
fn every_callable_operation_has_one_method_name() {
    let mut names: Vec<String> = callable().map(|op| camel(op.id)).collect();
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count);
    assert_eq!(
        count + 1,
        OPERATIONS.len(),
        "only the token request is left out"
    );
    assert_eq!(camel("create_payment"), "createPayment");
}
