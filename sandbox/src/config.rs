//! What a sandbox is started with.

use std::net::SocketAddr;

use umf_core::verification::SignatureScope;
use umf_core::{PrivateKey, PublicKey};

use crate::faults::FaultRule;
use crate::readings::{
    AckReading, BearerReading, OutcomeReading, RepeatReading, TokenCredentialReading,
};
use crate::test_keys;

/// Sandbox settings. [`SandboxConfig::with_test_keys`] gives working defaults.
#[derive(Clone)]
pub struct SandboxConfig {
    /// Where to listen; port 0 picks a free one. Loopback by default.
    pub bind: SocketAddr,
    /// Verifies the `Signature` of every signed request.
    pub merchant_public_key: PublicKey,
    /// The sandbox's own UMF key: decrypts sensitive fields, signs responses and notifications.
    /// Merchants encrypt with its public half.
    pub umf_private_key: PrivateKey,
    /// The key a rotation (`POST /__admin/keys/rotate`, [`crate::Sandbox::rotate_umf_key`])
    /// switches to; a second rotation switches back. After a rotation the sandbox signs with
    /// the new key and still decrypts what was encrypted with either.
    pub umf_next_private_key: PrivateKey,
    /// The client id the token endpoint accepts.
    pub client_id: String,
    /// The client secret the token endpoint accepts.
    pub client_secret: String,
    /// Seed of the ids, SMS codes and QR contents (same seed, same sequence).
    pub seed: u64,
    /// Token lifetime in seconds (UMF's example says 3600).
    pub token_ttl_secs: u64,
    /// QR, WeChat and web payments complete by themselves after this many milliseconds;
    /// `None` waits for `POST /__admin/payments/{id}/complete`.
    pub auto_complete_ms: Option<u64>,
    /// Delay of the sandbox's own asynchronous steps (async refunds, customs clearance).
    pub settle_delay_ms: u64,
    /// First retry delay of a notification; doubles up to 5 s.
    pub notify_backoff_ms: u64,
    /// Attempts per notification before giving up.
    pub notify_max_attempts: u32,
    /// Which bytes `meta.sign` covers: a concrete reading (`Auto` is refused when signing).
    pub signature_scope: SignatureScope,
    /// Which `Authorization` spellings are accepted (default: both).
    pub bearer: BearerReading,
    /// Which acknowledgement replies count as received (default: any).
    pub ack: AckReading,
    /// Whether error answers carry `meta.sign` (default: yes; the seeds' error examples are
    /// unsigned, e.g. 004:L1340-1344).
    pub sign_errors: bool,
    /// The token endpoint's path on the sandbox (default `/cberest/v1/oauth/authorize`, the
    /// text's `{base}/oauth/authorize`; the examples in 001-003 show `/v1/oauth/authorize`).
    /// Token requests anywhere else are answered 404.
    pub token_path: String,
    /// How the token endpoint accepts the credentials (default: either way).
    pub token_credentials: TokenCredentialReading,
    /// Whether execute and refund results come at once or later (default: at once).
    pub outcomes: OutcomeReading,
    /// What a repeated `mer_reference_id` of an unpaid payment gets (default: an identical
    /// repeat is the same payment; both readings are invented, API.md Q28). A paid one is
    /// always `00060780`.
    pub repeat_reference: RepeatReading,
    /// Wrong SMS codes before a payment's code is locked (`00200084`); the documents name the
    /// code but no count, so 3 is invented. 0 never locks.
    pub sms_max_failures: u32,
    /// Whether card numbers ending `0002` (declined) and `0051` (insufficient balance) fail:
    /// invented test cards, off for a sandbox where every card pays.
    pub test_cards: bool,
    /// Faults active from the start.
    pub faults: Vec<FaultRule>,
}

impl SandboxConfig {
    /// Loopback on a free port, the built-in test keys (`tests/vectors/keys`: never use them
    /// for anything real), client `sandbox-client` / `sandbox-secret`.
    pub fn with_test_keys() -> Self {
        SandboxConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            merchant_public_key: test_keys::merchant_private_key().public_key().clone(),
            umf_private_key: test_keys::umf_private_key(),
            umf_next_private_key: test_keys::umf_next_private_key(),
            client_id: test_keys::CLIENT_ID.to_owned(),
            client_secret: test_keys::CLIENT_SECRET.to_owned(),
            seed: 1,
            token_ttl_secs: 3600,
            auto_complete_ms: None,
            settle_delay_ms: 50,
            notify_backoff_ms: 100,
            notify_max_attempts: 8,
            signature_scope: SignatureScope::PrimaryResult,
            bearer: BearerReading::Both,
            ack: AckReading::Any,
            sign_errors: true,
            outcomes: OutcomeReading::Sync,
            repeat_reference: RepeatReading::SamePayment,
            token_path: format!(
                "{}{}",
                crate::server::API_PREFIX,
                umf_core::token::TOKEN_PATH
            ),
            token_credentials: TokenCredentialReading::Both,
            sms_max_failures: 3,
            test_cards: true,
            faults: Vec::new(),
        }
    }
}

impl std::fmt::Debug for SandboxConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxConfig")
            .field("bind", &self.bind)
            .field("merchant_public_key", &self.merchant_public_key)
            .field("umf_private_key", &self.umf_private_key)
            .field("umf_next_private_key", &self.umf_next_private_key)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .field("seed", &self.seed)
            .field("signature_scope", &self.signature_scope)
            .field("bearer", &self.bearer)
            .field("ack", &self.ack)
            .field("sign_errors", &self.sign_errors)
            .field("outcomes", &self.outcomes)
            .field("repeat_reference", &self.repeat_reference)
            .field("token_path", &self.token_path)
            .field("token_credentials", &self.token_credentials)
            .field("sms_max_failures", &self.sms_max_failures)
            .field("test_cards", &self.test_cards)
            .field("faults", &self.faults)
            .finish_non_exhaustive()
    }
}
