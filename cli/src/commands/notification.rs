use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use umf_core::{AckOptions, Notification};

use crate::input::{print_json, public_key, read_body, Failure};

#[derive(Subcommand)]
pub enum NotificationCommand {
    /// Verify the `Signature` header over the raw body and print the parsed notification.
    Verify {
        /// The UMF public key or certificate.
        #[arg(long)]
        key: String,
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
            let key = public_key(&key, None)?;
            let body = read_body(body.as_deref())?;
            let notification = umf_core::verify_notification(&key, &signature, &body)?;
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
