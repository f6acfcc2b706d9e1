use std::process::ExitCode;

use clap::Args;

use crate::input::{print_json, Failure};

#[derive(Args)]
pub struct SchemaArgs {
    /// Print the schema as JSON (the only form; the flag says so in scripts).
    #[arg(long)]
    json: bool,
}

/// Prints the SDK's schema (`umf_core::schema`): operations, models, enums, errors, return
/// codes, from the core's own types.
pub fn run(args: SchemaArgs) -> Result<ExitCode, Failure> {
    let _ = args.json;
    print_json(&umf_core::schema::schema())?;
    Ok(ExitCode::SUCCESS)
}
