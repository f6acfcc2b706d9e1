use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use umf_core::{AckOptions, Notification};

use crate::input::{print_json, public_keys, read_body, Failure};

#[derive(Subcommand)]
pub enum NotificationCommand {
    /// Verify the `Signature` header over the raw body and print the parsed notification.
    Verify {
        /// The UMF public key or certificate; repeat it during a key change-over (the output's
        /// `key_fingerprint` names the one that verified).
        #[arg(long, required = true)]
        key: Vec<String>,
        /// The `Signature` header value.
        #[arg(long)]
        signature: String,
        /// The raw body: literal text, `-` for stdin (the default), or `@file`.
        body: Option<String>,
    },
}

#[derive(Serialize)]
struct Printed<'a> {
    #[serde(flatten)]
    notification: &'a Notification,
    idempotency_key: String,
    acknowledgement: String,
}

pub fn run(cmd: NotificationCommand) -> Result<ExitCode, Failure> {
    match cmd {
        NotificationCommand::Verify {
            key,
            signature,
            body,
        } => {
            let umf_keys = public_keys(&key)?;
            let umf_keys: Vec<&umf_core::PublicKey> = umf_keys.iter().collect();
            let body = read_body(body.as_deref())?;
            let notification =
                umf_core::verify_notification_with_keys(&umf_keys, &signature, &body)?;
            let ack = notification.acknowledgement(&AckOptions::default())?;
            print_json(&Printed {
                notification: &notification,
                idempotency_key: notification.idempotency_key(),
                acknowledgement: String::from_utf8_lossy(&ack.body).into_owned(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
