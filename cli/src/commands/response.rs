use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use umf_core::verification::{SignatureScope, VerifyOptions, VerifyPolicy};

use crate::input::{print_json, public_key, public_keys, read_body, Failure};

#[derive(Subcommand)]
pub enum ResponseCommand {
    /// Read a response body as the operation's typed result and print it as JSON.
    ///
    /// Exit 0 parsed, 1 a signature that does not verify, 2 malformed (with the JSON path of
    /// the problem), 3 UMF answered with an error (printed as JSON).
    Parse {
        /// Operation id (see `umf operations`).
        op: String,
        /// The raw body: literal text, `-` for stdin (the default), or `@file`.
        body: Option<String>,
        /// HTTP status of the response.
        #[arg(long, default_value_t = 200)]
        status: u16,
        /// The UMF public key: verify `meta.sign` when present (without it nothing is verified).
        #[arg(long)]
        key: Option<String>,
    },
    /// Verify `meta.sign` over the raw response body and print what it covered.
    Verify {
        /// The UMF public key or certificate; repeat it during a key change-over (the output's
        /// `key_fingerprint` names the one that verified).
        #[arg(long, required = true)]
        key: Vec<String>,
        /// Which bytes the signature covers.
        #[arg(long, value_enum, default_value_t = Scope::Auto)]
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

/// The readings of which bytes `meta.sign` covers (`umf_core::verification::SignatureScope`).
#[derive(Clone, Copy, ValueEnum)]
pub enum Scope {
    /// Every reading is tried; the one that verifies is reported.
    Auto,
    /// The primary result member's value.
    PrimaryResult,
    /// The envelope with `meta` cut out.
    BodyWithoutMeta,
    /// The whole body with `meta.sign` cut out.
    BodyWithoutSign,
}

impl From<Scope> for SignatureScope {
    fn from(scope: Scope) -> Self {
        match scope {
            Scope::Auto => SignatureScope::Auto,
            Scope::PrimaryResult => SignatureScope::PrimaryResult,
            Scope::BodyWithoutMeta => SignatureScope::BodyWithoutMeta,
            Scope::BodyWithoutSign => SignatureScope::BodyWithoutSign,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Policy {
    Strict,
    IfPresent,
}

pub fn run(cmd: ResponseCommand) -> Result<ExitCode, Failure> {
    match cmd {
        ResponseCommand::Parse {
            op,
            body,
            status,
            key,
        } => {
            let body = read_body(body.as_deref())?;
            let key = key.map(|k| public_key(&k, None)).transpose()?;
            let response = umf_core::HttpResponse::new(status, body);
            let verifier = key.as_ref().map(|k| (k, VerifyOptions::default()));
            match umf_core::client::parse_response(&op, &response, verifier) {
                Ok(parsed) => {
                    print_json(&parsed)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(umf_core::Error::Api {
                    http_status,
                    ret_code,
                    ret_msg,
                    class,
                    retryable,
                }) => {
                    print_json(&serde_json::json!({
                        "error": "api_error",
                        "http_status": http_status,
                        "ret_code": ret_code,
                        "ret_msg": ret_msg,
                        "class": class,
                        "retryable": retryable,
                    }))?;
                    Ok(ExitCode::from(3))
                }
                Err(e) => Err(e.into()),
            }
        }
        ResponseCommand::Verify {
            key,
            scope,
            policy,
            result_keys,
            body,
        } => {
            let umf_keys = public_keys(&key)?;
            let umf_keys: Vec<&umf_core::PublicKey> = umf_keys.iter().collect();
            let body = read_body(body.as_deref())?;
            let options = VerifyOptions {
                scope: scope.into(),
                policy: match policy {
                    Policy::Strict => VerifyPolicy::Strict,
                    Policy::IfPresent => VerifyPolicy::IfPresent,
                },
            };
            let keys: Vec<&str> = result_keys.iter().map(String::as_str).collect();
            let verification =
                umf_core::verify_response_with_keys(&body, &umf_keys, options, &keys)?;
            print_json(&verification)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
