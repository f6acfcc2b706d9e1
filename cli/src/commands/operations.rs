use std::process::ExitCode;

use clap::Args;
use serde::Serialize;
use umf_core::{Operation, OPERATIONS};

use crate::input::{print_json, say, Failure};

#[derive(Args)]
pub struct OperationsArgs {
    /// Print the whole table as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    op: &'a Operation,
    encrypted_paths: Vec<&'static str>,
}

pub fn run(args: OperationsArgs) -> Result<ExitCode, Failure> {
    if args.json {
        let rows: Vec<Row<'_>> = OPERATIONS
            .iter()
            .map(|op| Row {
                op,
                encrypted_paths: op.encrypted_fields().map(|f| f.path.as_str()).collect(),
            })
            .collect();
        print_json(&rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    say(&format!(
        "{:<46} {:<5} {:<56} {:<6} encrypted",
        "operation", "", "path", "signed"
    ));
    for op in OPERATIONS {
        let encrypted: Vec<&str> = op.encrypted_fields().map(|f| f.path.as_str()).collect();
        say(&format!(
            "{:<46} {:<5} {:<56} {:<6} {}",
            op.id,
            op.method.as_str(),
            op.path,
            if op.signed { "yes" } else { "no" },
            if encrypted.is_empty() {
                "-".to_owned()
            } else {
                encrypted.join(", ")
            }
        ));
    }
    Ok(ExitCode::SUCCESS)
}
