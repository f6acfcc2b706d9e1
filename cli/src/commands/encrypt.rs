use std::process::ExitCode;

use clap::Args;

use crate::input::{public_key, Failure};

#[derive(Args)]
pub struct EncryptArgs {
    /// The UMF public key or certificate.
    #[arg(long)]
    key: String,
    /// The plaintext value (e.g. a card number). Mind your shell history.
    value: String,
}

pub fn run(args: EncryptArgs) -> Result<ExitCode, Failure> {
    let key = public_key(&args.key, None)?;
    crate::input::say(&key.encrypt_to_base64(&args.value)?);
    Ok(ExitCode::SUCCESS)
}
