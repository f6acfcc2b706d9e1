//! # umf-sdk-wasm
//!
//! The WebAssembly facade of [`umf_core`] behind the `umf-sdk` npm package. It converts between
//! JavaScript and Rust values, maps errors to `Error` objects with the core's stable `code`, and
//! gives every name its JavaScript spelling. It decides nothing: every rule (which bytes are
//! signed, which fields are encrypted, what a notification is) lives in the core.
//!
//! | JavaScript | module | core |
//! |---|---|---|
//! | `Client`, `UnsignedRequest`, `baseUrls` | [`client`] | [`umf_core::client`] |
//! | `operations` | [`operations`] | [`umf_core::operations`] |
//! | `PublicKey` | [`keys`] | [`umf_core::keys`] |
//! | `node:crypto` behind public keys (installed by the Node entry) | [`host_rsa`] | [`umf_core::HostPublicKey`] |
//! | `PrivateKey`, `inspectKey` | [`private_key`] | [`umf_core::keys`] |
//! | `encryptFields`, `encryptedFieldPaths` | [`fields`] | [`umf_core::encryption`] |
//! | `verifyResponse` | [`verify`] | [`umf_core::verification`] |
//! | `verifyNotification`, `acknowledgeNotification` | [`notification`] | [`umf_core::notification`] |
//! | `CardEncryptor` (public key only) | [`device`] | [`umf_core::CardEncryptor`] |
//! | `Caller`, `Call`, `SeenSet`, `seenReply` (the call loop) | [`calls`] | [`umf_core::calls`] |
//! | `TokenManager`, `AccessToken`, `RefreshTicket`, `isTokenRejection` | [`token`] | [`umf_core::token`] |
//! | requests out, responses in | [`http`] | [`umf_core::http`] |
//! | errors (`err.code`), `isUmfError` | [`error`] | [`umf_core::Error`] |
//!
//! Items marked merchant-only are compiled with the `merchant` feature (the default); without it
//! the module is the device build behind `umf-sdk/device` in browsers.
//!
//! JSON crosses the boundary as text (`JSON.stringify` / `JSON.parse`, see [`json`]): the
//! workspace enables serde_json's `arbitrary_precision`, whose numbers serde-wasm-bindgen cannot
//! represent, and text keeps `6.9800` as UMF sent it.

// The device build leaves out the merchant items but keeps each module's imports, which are
// written for the full build.
#![cfg_attr(not(feature = "merchant"), allow(unused_imports))]

#[cfg(feature = "merchant")]
pub mod calls;
#[cfg(feature = "merchant")]
pub mod client;
pub mod device;
pub mod error;
pub mod fields;
pub mod host_rsa;
#[cfg(feature = "merchant")]
pub mod http;
pub mod input;
pub mod json;
pub mod keys;
pub mod notification;
#[cfg(feature = "merchant")]
pub mod operations;
#[cfg(feature = "merchant")]
pub mod private_key;
pub mod shown;
#[cfg(feature = "merchant")]
pub mod token;
pub mod verify;
