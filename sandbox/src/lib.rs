//! # umf-sandbox
//!
//! A local, stateful emulator of the UMF (UMFinTech / Soopay) REST API on loopback, in the
//! spirit of stripe-mock: it issues client-credentials tokens (a new one revokes the previous
//! one, as UMF does), checks every request's `Signature` with the merchant public key, decrypts
//! every sensitive field with its own UMF private key (refusing plaintext or garbage), validates
//! with the core's rules and answers with UMF's codes, runs the payment, refund and declaration
//! state machines, generates statements from what happened, signs its responses (`meta.sign`,
//! the scope the core decided), and POSTs signed notifications to `notify_url` until they are
//! acknowledged. Faults can be injected per operation or globally.
//!
//! Everything about the API comes from `umf-core`: the operation table routes requests, the
//! encrypted-field table says what to decrypt, the validation rules and return codes are the
//! core's. The sandbox depends on the core; nothing depends on the sandbox but the CLI.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = umf_sandbox::start(umf_sandbox::SandboxConfig::with_test_keys()).await?;
//! println!("UMF at {}", sandbox.base_url());
//! # Ok(()) }
//! ```

mod admin;
mod auth;
mod checks;
pub mod config;
mod dates;
pub mod faults;
mod handlers;
mod ids;
pub mod merchant;
mod notify;
pub mod readings;
mod respond;
mod server;
mod state;
mod statements;
pub mod test_keys;
pub mod transport;

pub use config::SandboxConfig;
pub use faults::{FaultKind, FaultRule};
pub use notify::notification_body;
pub use readings::{
    AckReading, BearerReading, OutcomeReading, RepeatReading, TokenCredentialReading,
};
pub use server::{start, Sandbox};

/// A merchant set up for a running sandbox with the built-in test keys and credentials.
pub fn test_merchant(sandbox: &Sandbox) -> merchant::Merchant {
    let config = umf_core::ClientConfig {
        verify: umf_core::VerifyOptions {
            // The sandbox signs every answer: anything unsigned is an error here.
            policy: umf_core::VerifyPolicy::Strict,
            ..umf_core::VerifyOptions::default()
        },
        ..umf_core::ClientConfig::new(
            sandbox.base_url(),
            test_keys::umf_private_key().public_key().clone(),
            Some(test_keys::merchant_private_key()),
        )
    };
    merchant::Merchant::new(
        umf_core::Client::new(config),
        umf_core::ClientCredentials::new(test_keys::CLIENT_ID, test_keys::CLIENT_SECRET),
        transport::HttpClient::default(),
    )
}
