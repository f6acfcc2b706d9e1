//! `umf`: the command merchants reach for when a signature fails.
//!
//! Every subcommand reads keys in every format the SDK accepts (PKCS#1, PKCS#8, encrypted
//! PKCS#8, SPKI, X.509; PEM, DER or base64) and prints JSON or a single value on stdout.
//! Errors go to stderr as `error[code]: message` with the SDK's stable error code.
//!
//! Exit status: 0 success (valid), 1 a signature that does not verify, 2 unusable input,
//! 3 (`response parse`) UMF answered with an error.

mod commands;
mod input;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Debugging tool for UMF (UMFinTech / Soopay) integrations.
#[derive(Parser)]
#[command(name = "umf", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Inspect key files.
    #[command(subcommand)]
    Keys(commands::keys::KeysCommand),
    /// Print the base64 `Signature` header for the exact body bytes.
    Sign(commands::sign::SignArgs),
    /// Check a base64 signature over the exact body bytes (exit 0 valid, 1 invalid, 2 unusable).
    Verify(commands::verify::VerifyArgs),
    /// Encrypt a sensitive value with the UMF public key (base64 RSAES-PKCS1-v1_5).
    Encrypt(commands::encrypt::EncryptArgs),
    /// Notifications UMF posts to your notify_url.
    #[command(subcommand)]
    Notification(commands::notification::NotificationCommand),
    /// Responses UMF returns.
    #[command(subcommand)]
    Response(commands::response::ResponseCommand),
    /// List every operation: id, method, path, signed, encrypted paths.
    Operations(commands::operations::OperationsArgs),
    /// Print the SDK's schema: operations, models, enums, error codes, return codes (JSON).
    Schema(commands::schema::SchemaArgs),
    /// Build requests.
    #[command(subcommand)]
    Request(commands::request::RequestCommand),
    /// Run the local UMF sandbox (prints one JSON line when ready; Ctrl-C stops it).
    Sandbox(commands::sandbox::SandboxArgs),
    /// Run the end-to-end demo against an in-process sandbox.
    Demo,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Keys(cmd) => commands::keys::run(cmd),
        Command::Sign(args) => commands::sign::run(args),
        Command::Verify(args) => commands::verify::run(args),
        Command::Encrypt(args) => commands::encrypt::run(args),
        Command::Notification(cmd) => commands::notification::run(cmd),
        Command::Response(cmd) => commands::response::run(cmd),
        Command::Operations(args) => commands::operations::run(args),
        Command::Schema(args) => commands::schema::run(args),
        Command::Request(cmd) => commands::request::run(cmd),
        Command::Sandbox(args) => commands::sandbox::run(args),
        Command::Demo => commands::demo::run(),
    };
    match result {
        Ok(code) => code,
        Err(failure) => failure.report(),
    }
}
