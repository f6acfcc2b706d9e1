use std::process::ExitCode;

use clap::Args;
use umf_core::verification::SignatureScope;
use umf_sandbox::{FaultRule, SandboxConfig};

use crate::input::{private_key, public_key, say, Failure};

#[derive(Args)]
pub struct SandboxArgs {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The merchant's public key (or certificate, or the private key file): verifies request
    /// signatures. Default: the built-in test key.
    #[arg(long)]
    merchant_key: Option<String>,
    /// The sandbox's UMF private key: decrypts sensitive fields, signs answers. Default: the
    /// built-in test key (its certificate is tests/vectors/keys/umf_1024_cert.pem).
    #[arg(long)]
    umf_key: Option<String>,
    /// Passphrase of an encrypted --umf-key.
    #[arg(long)]
    passphrase: Option<String>,
    /// Accepted client id.
    #[arg(long, requires = "client_secret")]
    client_id: Option<String>,
    /// Accepted client secret.
    #[arg(long, requires = "client_id")]
    client_secret: Option<String>,
    /// Seed of ids and SMS codes.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Complete QR / WeChat / web payments by themselves after this many milliseconds.
    #[arg(long)]
    auto_complete_ms: Option<u64>,
    /// Which bytes the sandbox's `meta.sign` covers (a reading of 004:L87-94; the SDK's
    /// default `auto` verifies each).
    #[arg(long, value_enum, default_value_t = SignScope::PrimaryResult)]
    signature_scope: SignScope,
    /// A fault, `OP:KIND[=VALUE][,times=N][,p=P]` (repeatable), e.g.
    /// `create_payment:status=503,times=1`, `*:latency=200`, `get_payment:drop`.
    #[arg(long = "fault", value_name = "SPEC")]
    faults: Vec<String>,
}

/// The concrete readings the sandbox can sign by (`auto` is a verifier's choice only).
#[derive(Clone, Copy, clap::ValueEnum)]
enum SignScope {
    /// The primary result member's value.
    PrimaryResult,
    /// The envelope with `meta` cut out.
    BodyWithoutMeta,
    /// The whole body with `meta.sign` cut out.
    BodyWithoutSign,
}

impl From<SignScope> for SignatureScope {
    fn from(scope: SignScope) -> Self {
        match scope {
            SignScope::PrimaryResult => SignatureScope::PrimaryResult,
            SignScope::BodyWithoutMeta => SignatureScope::BodyWithoutMeta,
            SignScope::BodyWithoutSign => SignatureScope::BodyWithoutSign,
        }
    }
}

pub fn run(args: SandboxArgs) -> Result<ExitCode, Failure> {
    let mut config = SandboxConfig::with_test_keys();
    config.bind = std::net::SocketAddr::from(([127, 0, 0, 1], args.port));
    if let Some(path) = &args.merchant_key {
        config.merchant_public_key = public_key(path, None)?;
    }
    if let Some(path) = &args.umf_key {
        config.umf_private_key = private_key(path, args.passphrase.as_deref())?;
    }
    if let (Some(id), Some(secret)) = (args.client_id, args.client_secret) {
        config.client_id = id;
        config.client_secret = secret;
    }
    config.seed = args.seed;
    config.auto_complete_ms = args.auto_complete_ms;
    config.signature_scope = args.signature_scope.into();
    for spec in &args.faults {
        config
            .faults
            .push(FaultRule::parse(spec).map_err(Failure::usage)?);
    }
    let ready = serde_json::json!({
        "umf_public_key_fingerprint": config.umf_private_key.fingerprint().to_hex(),
        "merchant_public_key_fingerprint": config.merchant_public_key.fingerprint().to_hex(),
        "client_id": config.client_id,
    });
    let runtime = tokio::runtime::Runtime::new().map_err(|e| Failure::io("starting tokio", e))?;
    runtime.block_on(async move {
        let sandbox = umf_sandbox::start(config)
            .await
            .map_err(|e| Failure::io("binding the sandbox port", e))?;
        let mut line = ready;
        line["base_url"] = serde_json::json!(sandbox.base_url());
        line["admin_url"] = serde_json::json!(sandbox.admin_url());
        say(&line.to_string());
        tokio::signal::ctrl_c()
            .await
            .map_err(|e| Failure::io("waiting for Ctrl-C", e))?;
        sandbox.shutdown();
        Ok(ExitCode::SUCCESS)
    })
}
