//! # umf-core
//!
//! The sans-IO core of the UMF (UMFinTech / Soopay) cross-border payments SDK. It signs
//! requests, encrypts card and identity fields, builds requests and verifies what comes back;
//! the host application does its own HTTP.
//!
//! | piece | module | key |
//! |---|---|---|
//! | load keys in every format | [`keys`] | – |
//! | `Signature` header over the exact body | [`signing`], [`request`] | merchant private |
//! | encrypt sensitive fields (one table) | [`encryption`] | UMF public |
//! | verify `meta.sign` on responses | [`verification`] | UMF public |
//! | verify and acknowledge notifications | [`notification`] | UMF public |
//! | client-credentials tokens | [`token`] | client secret |
//! | return codes | [`codes`] | – |
//! | models | [`model`] | – |
//!
//! ```
//! use umf_core::{PrivateKey, PublicKey};
//!
//! # let merchant_pem = include_bytes!("../../tests/vectors/keys/merchant_1024_pkcs8.pem");
//! # let umf_crt = include_bytes!("../../tests/vectors/keys/umf_1024_cert.pem");
//! let merchant = PrivateKey::from_bytes(merchant_pem, None)?;
//! let umf = PublicKey::from_bytes(umf_crt)?;
//!
//! let body = br#"{"mer_reference_id":"ORDER-1"}"#;
//! let signature = merchant.sign(body)?;          // the Signature header
//! merchant.public_key().verify(body, signature.as_str())?;
//!
//! let card = umf.encrypt_to_base64("6222020000000000000")?; // a sensitive field
//! assert_eq!(card.len(), 172);
//! # Ok::<(), umf_core::Error>(())
//! ```
//!
//! Roles: the merchant private key and the client secret belong on the merchant's server.
//! Browser and app code should hold only the UMF public key (encrypt on the device, verify what
//! the server relays).

pub mod calls;
pub mod client;
pub mod codes;
pub mod device;
pub mod encryption;
pub mod error;
pub mod headers;
pub mod http;
pub mod json_scan;
pub mod keys;
pub mod model;
pub mod notification;
pub mod operations;
pub mod request;
pub mod schema;
pub mod signing;
pub mod statements;
pub mod token;
mod validation;
pub mod verification;

pub use client::{ApiResponse, Client, ClientConfig, RequestParams, UnsignedRequest};
pub use codes::ReturnCodeClass;
pub use device::CardEncryptor;
pub use encryption::{encrypt_fields, EncryptionMode, EncryptionReport, ENCRYPTED_FIELDS};
pub use error::{Error, ErrorFamily, Result, ValidationProblem};
pub use http::{HttpRequest, HttpResponse, Method};
pub use keys::{
    rsa_backend, Fingerprint, HostPrivateKey, HostPublicKey, KeyFormat, KeyInfo, KeyKind,
    PrivateKey, PublicKey,
};
pub use notification::{
    verify_notification, verify_notification_with_keys, AckFormat, AckOptions, Acknowledgement,
    Notification,
};
pub use operations::{operation, Operation, OperationResult, OPERATIONS};
pub use request::{AuthorizationStyle, HeaderOptions};
pub use signing::Signature;
pub use token::{
    AccessToken, ClientCredentials, Clock, TokenAction, TokenCredentialStyle, TokenManager,
};
pub use verification::{
    verify_response, verify_response_with_keys, SignatureScope, Verification, VerificationStatus,
    VerifyOptions, VerifyPolicy,
};
