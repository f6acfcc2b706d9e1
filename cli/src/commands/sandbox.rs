use std::process::ExitCode;

use clap::Args;
use umf_core::verification::SignatureScope;
use umf_sandbox::{
    AckReading, BearerReading, FaultRule, OutcomeReading, RepeatReading, SandboxConfig,
    TokenCredentialReading,
};

use crate::input::{private_key, public_key, say, Failure};

#[derive(Args)]
pub struct SandboxArgs {
    /// Print the sandbox's built-in test keys and credentials as JSON, then exit: what a
    /// merchant's first integration configures, with nothing from the repository. Public test
    /// keys: never use them for anything real.
    #[arg(long, conflicts_with_all = ["merchant_key", "umf_key", "passphrase", "client_id", "client_secret"])]
    print_test_keys: bool,
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
    /// When `execute_payment` and `create_refund` report their result: `sync` at once
    /// (`TRADE_SUCCESS`, `REFUND_SUCCESS`), `async` as 004:L2568 and L2794 describe it
    /// (`WAIT_BUYER_PAY`, `REFUND_PROCESS`, the result by query and notification after
    /// --settle-delay-ms).
    #[arg(long, value_enum, default_value_t = Outcomes::Sync)]
    outcomes: Outcomes,
    /// What a repeated `mer_reference_id` of an unpaid payment gets (API.md Q28; both readings
    /// invented around the documented codes; a paid one is always `00060780`).
    #[arg(long, value_enum, default_value_t = Repeat::SamePayment)]
    repeat_reference: Repeat,
    /// Where the token endpoint is served, e.g. `/v1/oauth/authorize` (the URL the examples in
    /// 001-003 show); default `/cberest/v1/oauth/authorize` (`{base}/oauth/authorize`).
    #[arg(long, value_parser = token_path)]
    token_path: Option<String>,
    /// How the token endpoint accepts the client credentials: `json` in the body (the
    /// examples), `basic` in `Authorization: Basic` (000:L27, 004:L127), or `both`.
    #[arg(long, value_enum, default_value_t = TokenCredentials::Both)]
    token_credentials: TokenCredentials,
    /// Delay of the sandbox's asynchronous results (async outcomes and refunds, customs).
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(0..=600_000))]
    settle_delay_ms: u64,
    /// Wrong SMS codes before a payment's code locks (`00200084`); invented, 0 never locks.
    #[arg(long, default_value_t = 3)]
    sms_attempts: u32,
    /// Whether the invented test cards fail (numbers ending `0002` declined, `0051`
    /// insufficient balance); `no`: every card pays.
    #[arg(long, value_enum, default_value_t = YesNo::Yes)]
    test_cards: YesNo,
    /// First retry delay of a notification in milliseconds, doubling up to 5 s (invented).
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..=60_000))]
    notify_backoff_ms: u64,
    /// Delivery attempts per notification before giving up (invented).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=100))]
    notify_max_attempts: u32,
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

/// When results come (`umf_sandbox::OutcomeReading`).
#[derive(Clone, Copy, clap::ValueEnum)]
enum Outcomes {
    /// In the answer.
    Sync,
    /// Later, by query and notification.
    Async,
}

impl From<Outcomes> for OutcomeReading {
    fn from(outcomes: Outcomes) -> Self {
        match outcomes {
            Outcomes::Sync => OutcomeReading::Sync,
            Outcomes::Async => OutcomeReading::Async,
        }
    }
}

/// Repeated order ids (`umf_sandbox::RepeatReading`).
#[derive(Clone, Copy, clap::ValueEnum)]
enum Repeat {
    /// An identical repeat answers the first payment again; a different one `00202022`.
    SamePayment,
    /// Every repeat answers `00202022`: settle a lost answer by a query.
    Refuse,
}

impl From<Repeat> for RepeatReading {
    fn from(repeat: Repeat) -> Self {
        match repeat {
            Repeat::SamePayment => RepeatReading::SamePayment,
            Repeat::Refuse => RepeatReading::Refuse,
        }
    }
}

/// Token credential styles (`umf_sandbox::TokenCredentialReading`).
#[derive(Clone, Copy, clap::ValueEnum)]
enum TokenCredentials {
    /// `client_id` and `client_secret` in the JSON body.
    Json,
    /// `Authorization: Basic`.
    Basic,
    /// Either.
    Both,
}

impl From<TokenCredentials> for TokenCredentialReading {
    fn from(style: TokenCredentials) -> Self {
        match style {
            TokenCredentials::Json => TokenCredentialReading::Json,
            TokenCredentials::Basic => TokenCredentialReading::Basic,
            TokenCredentials::Both => TokenCredentialReading::Both,
        }
    }
}

/// A path the sandbox can route: starts with `/`, visible ASCII, no query.
fn token_path(text: &str) -> Result<String, String> {
    let fine = text.starts_with('/')
        && text.len() <= 256
        && text
            .bytes()
            .all(|b| b.is_ascii_graphic() && b != b'?' && b != b'#');
    if fine {
        Ok(text.to_owned())
    } else {
        Err("a path starting with `/`, visible ASCII, without `?` or `#`".into())
    }
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum YesNo {
    Yes,
    No,
}

pub fn run(args: SandboxArgs) -> Result<ExitCode, Failure> {
    if args.print_test_keys {
        say(&test_keys_json().to_string());
        return Ok(ExitCode::SUCCESS);
    }
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
    config.outcomes = args.outcomes.into();
    config.repeat_reference = args.repeat_reference.into();
    config.settle_delay_ms = args.settle_delay_ms;
    if let Some(path) = args.token_path {
        config.token_path = path;
    }
    config.token_credentials = args.token_credentials.into();
    config.sms_max_failures = args.sms_attempts;
    config.test_cards = args.test_cards == YesNo::Yes;
    config.notify_backoff_ms = args.notify_backoff_ms;
    config.notify_max_attempts = args.notify_max_attempts;
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
            "outcomes": config.outcomes,
            "repeat_reference": config.repeat_reference,
            "token_path": config.token_path,
            "token_credentials": config.token_credentials,
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

/// The built-in test keys and credentials (`--print-test-keys`): the merchant key a client
/// signs with, the UMF certificate it verifies and encrypts with, and the sandbox's UMF private
/// key, with which a merchant's tests sign notifications of their own. All are the public test
/// vectors the sandbox starts with; the fingerprints let a caller check it has the right ones.
fn test_keys_json() -> serde_json::Value {
    use umf_sandbox::test_keys;
    let text = |pem: &[u8]| String::from_utf8_lossy(pem).into_owned();
    serde_json::json!({
        "note": "public test keys of the umf sandbox: never use them for anything real",
        "client_id": test_keys::CLIENT_ID,
        "client_secret": test_keys::CLIENT_SECRET,
        "merchant_private_key_pem": text(test_keys::MERCHANT_PRIVATE_KEY_PEM),
        "merchant_public_key_fingerprint":
            test_keys::merchant_private_key().fingerprint().to_hex(),
        "umf_public_key_pem": text(test_keys::UMF_CERTIFICATE_PEM),
        "umf_private_key_pem": text(test_keys::UMF_PRIVATE_KEY_PEM),
        "umf_public_key_fingerprint": test_keys::umf_private_key().fingerprint().to_hex(),
        // The key `POST /__admin/keys/rotate` switches to: a client configured with both
        // verifies across the change-over.
        "umf_next_public_key_pem": text(test_keys::UMF_NEXT_CERTIFICATE_PEM),
        "umf_next_public_key_fingerprint":
            test_keys::umf_next_private_key().fingerprint().to_hex(),
    })
}
