use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::Value;
use umf_core::client::base_urls;
use umf_core::error::Severity;
use umf_core::{AccessToken, Client, ClientConfig, RequestParams};

use crate::input::{private_key, public_key, read_body, Failure};

#[derive(Subcommand)]
pub enum RequestCommand {
    /// Print the exact HTTP request the SDK would send for an operation.
    Build(BuildArgs),
}

#[derive(Args)]
pub struct BuildArgs {
    /// Operation id (see `umf operations`).
    op: String,
    /// Parameters as JSON: the body, plus path and query parameters by name. `-` for stdin
    /// (the default), `@file`, or literal JSON.
    params: Option<String>,
    /// A path parameter, `name=value` (repeatable).
    #[arg(long = "path", value_name = "K=V")]
    path: Vec<String>,
    /// A query parameter, `name=value` (repeatable).
    #[arg(long = "query", value_name = "K=V")]
    query: Vec<String>,
    /// The merchant private key (signs the body).
    #[arg(long)]
    merchant_key: String,
    /// Passphrase of an encrypted merchant key.
    #[arg(long)]
    passphrase: Option<String>,
    /// The UMF public key or certificate (encrypts sensitive fields).
    #[arg(long)]
    umf_key: String,
    /// The access token for the Authorization header.
    #[arg(long)]
    token: Option<String>,
    /// Base URL.
    #[arg(long, default_value = base_urls::SANDBOX)]
    base_url: String,
    /// Print JSON instead of the HTTP text.
    #[arg(long)]
    json: bool,
}

fn pair(text: &str) -> Result<(String, String), Failure> {
    text.split_once('=')
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .ok_or_else(|| Failure::usage(format!("`{text}` is not name=value")))
}

pub fn run(cmd: RequestCommand) -> Result<ExitCode, Failure> {
    let RequestCommand::Build(args) = cmd;
    let merchant = private_key(&args.merchant_key, args.passphrase.as_deref())?;
    let umf = public_key(&args.umf_key, None)?;
    let client = Client::new(ClientConfig::new(&args.base_url, umf, Some(merchant)));
    let raw = read_body(args.params.as_deref())?;
    let flat: Value = if raw.iter().all(u8::is_ascii_whitespace) {
        Value::Null
    } else {
        serde_json::from_slice(&raw).map_err(|e| Failure::usage(format!("parameters: {e}")))?
    };
    let mut params = RequestParams::from_flat(&args.op, flat)?;
    for text in &args.path {
        let (k, v) = pair(text)?;
        params.path.insert(k, v);
    }
    for text in &args.query {
        let (k, v) = pair(text)?;
        params.query.insert(k, Value::String(v));
    }
    for warning in client
        .validate(&args.op, &params)?
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
    {
        eprintln!(
            "warning[{}]: {}: {}",
            warning.rule, warning.path, warning.message
        );
    }
    let token = args.token.map(|t| AccessToken::from_parts(t, u64::MAX));
    let request = client.prepare(&args.op, &params, token.as_ref())?;
    if args.json {
        crate::input::print_json(&serde_json::json!({
            "method": request.method,
            "url": request.url,
            "headers": request.headers,
            "body": String::from_utf8_lossy(&request.body),
        }))?;
    } else {
        crate::input::say(&format!("{} {}", request.method, request.url));
        for (name, value) in &request.headers {
            crate::input::say(&format!("{name}: {value}"));
        }
        crate::input::say("");
        crate::input::say(&String::from_utf8_lossy(&request.body));
    }
    Ok(ExitCode::SUCCESS)
}
