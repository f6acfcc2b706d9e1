use std::process::ExitCode;

use clap::Args;
use umf_core::verification::SignatureScope;
use umf_sandbox::{AckReading, BearerReading, FaultRule, SandboxConfig};

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
    /// Lifetime of the access tokens the sandbox issues, in seconds (UMF's is 3600).
    #[arg(long, default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    token_ttl_secs: u64,
    /// Complete QR / WeChat / web payments by themselves after this many milliseconds.
    #[arg(long)]
    auto_complete_ms: Option<u64>,
    /// Which bytes the sandbox's `meta.sign` covers (a reading of 004:L87-94; the SDK's
    /// default `auto` verifies each).
    #[arg(long, value_enum, default_value_t = SignScope::PrimaryResult)]
    signature_scope: SignScope,
    /// Which `Authorization` spellings the sandbox accepts; a refused one is answered like a
    /// bad token (HTTP 401 / `00280703`).
    #[arg(long, value_enum, default_value_t = Bearer::Both)]
    bearer: Bearer,
    /// Which notification acknowledgement replies count as received; any other reply is a
    /// failed delivery, retried and recorded at `GET /__admin/notifications`.
    #[arg(long, value_enum, default_value_t = Ack::Any)]
    ack: Ack,
    /// Whether error answers carry `meta.sign` (the seeds' error examples are unsigned).
    #[arg(long, value_enum, default_value_t = YesNo::Yes)]
    sign_errors: YesNo,
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

/// `Authorization` spellings (`umf_sandbox::BearerReading`).
#[derive(Clone, Copy, clap::ValueEnum)]
enum Bearer {
    /// Only `Bearer <token>` (004:L34).
    StrictSpace,
    /// Only `Bearer<token>` (UMF's Java demo).
    StrictNoSpace,
    /// Either.
    Both,
}

impl From<Bearer> for BearerReading {
    fn from(bearer: Bearer) -> Self {
        match bearer {
            Bearer::StrictSpace => BearerReading::StrictSpace,
            Bearer::StrictNoSpace => BearerReading::StrictNoSpace,
            Bearer::Both => BearerReading::Both,
        }
    }
}

/// Acknowledgement replies (`umf_sandbox::AckReading`).
#[derive(Clone, Copy, clap::ValueEnum)]
enum Ack {
    /// `{"meta":{"ret_code":"0000",…}}` only (004:L2669-2673).
    Json,
    /// `meta` plus the object's id (003:L1035-1037).
    JsonWithId,
    /// `ret_code=0000&ret_msg=SUCCESS` (003:L603-610).
    Form,
    /// Any of them.
    Any,
}

impl From<Ack> for AckReading {
    fn from(ack: Ack) -> Self {
        match ack {
            Ack::Json => AckReading::Json,
            Ack::JsonWithId => AckReading::JsonWithId,
            Ack::Form => AckReading::Form,
            Ack::Any => AckReading::Any,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum YesNo {
    Yes,
    No,
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
    config.token_ttl_secs = args.token_ttl_secs;
    config.signature_scope = args.signature_scope.into();
    config.bearer = args.bearer.into();
    config.ack = args.ack.into();
    config.sign_errors = args.sign_errors == YesNo::Yes;
    for spec in &args.faults {
        config
            .faults
            .push(FaultRule::parse(spec).map_err(Failure::usage)?);
    }
    let ready = serde_json::json!({
        "umf_public_key_fingerprint": config.umf_private_key.fingerprint().to_hex(),
        "merchant_public_key_fingerprint": config.merchant_public_key.fingerprint().to_hex(),
        "client_id": config.client_id,
        "readings": {
            "signature_scope": config.signature_scope,
            "bearer": config.bearer,
            "ack": config.ack,
            "sign_errors": config.sign_errors,
        },
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
