use std::process::ExitCode;

use clap::Subcommand;

use crate::input::{print_json, read_key_file, Failure};

#[derive(Subcommand)]
pub enum KeysCommand {
    /// Print what a key file holds: kind, format, size and SHA-256 fingerprint of the SPKI.
    Inspect {
        /// Key, certificate or public key file (PEM, DER or base64).
        file: String,
        /// Passphrase of an encrypted PKCS#8 key.
        #[arg(long)]
        passphrase: Option<String>,
    },
}

pub fn run(cmd: KeysCommand) -> Result<ExitCode, Failure> {
    match cmd {
        KeysCommand::Inspect { file, passphrase } => {
            let info = umf_core::keys::inspect(
                &read_key_file(&file)?,
                passphrase.as_deref().map(str::as_bytes),
            )?;
            print_json(&info)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
