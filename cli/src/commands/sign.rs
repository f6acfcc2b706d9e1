use std::process::ExitCode;

use clap::Args;

use crate::input::{private_key, read_body, Failure};

#[derive(Args)]
pub struct SignArgs {
    /// The merchant private key.
    #[arg(long)]
    key: String,
    /// Passphrase of an encrypted PKCS#8 key.
    #[arg(long)]
    passphrase: Option<String>,
    /// The body: literal text, `-` for stdin (the default), or `@file`.
    body: Option<String>,
}

pub fn run(args: SignArgs) -> Result<ExitCode, Failure> {
    let key = private_key(&args.key, args.passphrase.as_deref())?;
    let body = read_body(args.body.as_deref())?;
    crate::input::say(key.sign(&body)?.as_str());
    Ok(ExitCode::SUCCESS)
}
