use std::process::ExitCode;

use clap::Args;

use crate::input::{public_key, read_body, Failure};

#[derive(Args)]
pub struct VerifyArgs {
    /// The signer's public key or certificate (or its private key file).
    #[arg(long)]
    key: String,
    /// The base64 signature (a `Signature` header value or a `meta.sign`).
    #[arg(long)]
    signature: String,
    /// The body: literal text, `-` for stdin (the default), or `@file`.
    body: Option<String>,
}

pub fn run(args: VerifyArgs) -> Result<ExitCode, Failure> {
    let key = public_key(&args.key, None)?;
    let body = read_body(args.body.as_deref())?;
    key.verify(&body, &args.signature)?;
    crate::input::say("valid");
    Ok(ExitCode::SUCCESS)
}
