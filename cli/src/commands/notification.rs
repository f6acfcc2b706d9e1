use std::process::ExitCode;

use clap::Subcommand;
use serde::Serialize;
use umf_core::{AckOptions, Notification};

use crate::input::{print_json, private_key, public_keys, read_body, Failure};

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
    /// Print a test notification about OBJECT, signed as the sandbox sends it, for a
    /// handler's own tests: `{"signature", "body", "idempotency_key"}` (the body as exact text:
    /// post those bytes with the `Signature` header). Signed with the sandbox's built-in test
    /// UMF key unless --key names another; never use it for anything real.
    Sample {
        /// What it reports on.
        #[arg(long, value_enum)]
        kind: SampleKind,
        /// The object, JSON with at least its `id` and `state`: literal text, `-` for stdin,
        /// or `@file`.
        object: String,
        /// The UMF private key that signs (default: the sandbox's test key).
        #[arg(long)]
        key: Option<String>,
        /// Passphrase of an encrypted --key.
        #[arg(long, requires = "key")]
        passphrase: Option<String>,
        /// The base URL of the notification's `self` link (the sandbox's default shape).
        #[arg(long, default_value = "http://127.0.0.1/cberest/v1")]
        base_url: String,
    },
}

/// The objects a notification reports on.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum SampleKind {
    Payment,
    Refund,
    CustomsDeclaration,
}

impl SampleKind {
    fn member(self) -> &'static str {
        match self {
            SampleKind::Payment => "payment",
            SampleKind::Refund => "refund",
            SampleKind::CustomsDeclaration => "customs_declaration",
        }
    }
}

#[derive(Serialize)]
struct Sample {
    signature: String,
    body: String,
    idempotency_key: String,
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
        NotificationCommand::Sample {
            kind,
            object,
            key,
            passphrase,
            base_url,
        } => {
            let text = read_body(Some(&object))?;
            let object: serde_json::Value = serde_json::from_slice(&text)
                .map_err(|e| Failure::usage(format!("OBJECT is not JSON: {e}")))?;
            for member in ["id", "state"] {
                if object[member].as_str().is_none_or(str::is_empty) {
                    return Err(Failure::usage(format!(
                        "OBJECT needs its `{member}` as text: the notification's idempotency \
                         key is made of them"
                    )));
                }
            }
            let signer = match &key {
                Some(path) => private_key(path, passphrase.as_deref())?,
                None => umf_sandbox::test_keys::umf_private_key(),
            };
            let body = umf_sandbox::notification_body(kind.member(), object, &base_url);
            let signature = signer.sign(&body)?.as_str().to_owned();
            // What a handler will make of it: read back through the verifier, so a sample that
            // would not verify is never printed.
            let read =
                umf_core::verify_notification_with_keys(&[signer.public_key()], &signature, &body)?;
            print_json(&Sample {
                signature,
                idempotency_key: read.idempotency_key(),
                // Built by serde_json from parsed JSON: always UTF-8.
                body: String::from_utf8_lossy(&body).into_owned(),
            })?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
