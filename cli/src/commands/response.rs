use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use umf_core::verification::{SignatureScope, VerifyOptions, VerifyPolicy};

use crate::input::{print_json, public_key, read_body, Failure};

#[derive(Subcommand)]
pub enum ResponseCommand {
    /// Verify `meta.sign` over the raw response body and print what it covered.
    Verify {
        /// The UMF public key or certificate.
        #[arg(long)]
        key: String,
        /// Which bytes the signature covers.
        #[arg(long, value_enum, default_value_t = Scope::PrimaryResult)]
        scope: Scope,
        /// Require a signature (`strict`) or accept an unsigned body (`if-present`).
        #[arg(long, value_enum, default_value_t = Policy::Strict)]
        policy: Policy,
        /// The operation's result member (e.g. `payment`), when it is not the first member.
        #[arg(long = "result-key")]
        result_keys: Vec<String>,
        /// The raw body: literal text, `-` for stdin (the default), or `@file`.
        body: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Scope {
    PrimaryResult,
    AllResults,
    BodyWithoutSign,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Policy {
    Strict,
    IfPresent,
}

pub fn run(cmd: ResponseCommand) -> Result<ExitCode, Failure> {
    match cmd {
        ResponseCommand::Verify {
            key,
            scope,
            policy,
            result_keys,
            body,
        } => {
            let key = public_key(&key, None)?;
            let body = read_body(body.as_deref())?;
            let options = VerifyOptions {
                scope: match scope {
                    Scope::PrimaryResult => SignatureScope::PrimaryResult,
                    Scope::AllResults => SignatureScope::AllResults,
                    Scope::BodyWithoutSign => SignatureScope::BodyWithoutSign,
                },
                policy: match policy {
                    Policy::Strict => VerifyPolicy::Strict,
                    Policy::IfPresent => VerifyPolicy::IfPresent,
                },
            };
            let keys: Vec<&str> = result_keys.iter().map(String::as_str).collect();
            let verification = umf_core::verify_response(&body, &key, options, &keys)?;
            print_json(&verification)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
