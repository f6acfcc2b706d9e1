//! `verifyResponse`: `meta.sign` checked over the raw response bytes.

use serde::{Deserialize, Serialize};
use tsify::{Ts, Tsify};
use umf_core::verification::{self, SignatureScope, VerifyOptions, VerifyPolicy};
use wasm_bindgen::prelude::*;

use crate::error::{JsResult, OrThrow};
use crate::input::bytes_of;
use crate::keys::{serde_name, PublicKey};

/// How a response is checked.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", default)]
pub struct VerifyResponseOptions {
    /// `if_present` (default): verify when `meta.sign` is there, report `unsigned` otherwise;
    /// `strict`: a signature is required; `off`: not checked (and reported so).
    #[tsify(optional, type = "\"strict\" | \"if_present\" | \"off\"")]
    pub policy: Option<VerifyPolicy>,
    /// Which bytes the signature covers: `auto` (default: every reading is tried and the one
    /// that verifies reported), `primary_result`, `body_without_meta`, `body_without_sign`.
    #[tsify(
        optional,
        type = "\"auto\" | \"primary_result\" | \"body_without_meta\" | \"body_without_sign\""
    )]
    pub scope: Option<SignatureScope>,
    /// The operation's result member names (e.g. `["payment"]`), for `primary_result`.
    #[tsify(optional)]
    pub result_keys: Option<Vec<String>>,
}

impl VerifyResponseOptions {
    pub(crate) fn from_js(options: Option<Ts<VerifyResponseOptions>>) -> JsResult<Self> {
        match options {
            Some(o) => o.to_rust().or_throw(),
            None => Ok(Self::default()),
        }
    }

    pub(crate) fn core(&self) -> VerifyOptions {
        VerifyOptions {
            policy: self.policy.unwrap_or_default(),
            scope: self.scope.unwrap_or_default(),
        }
    }

    pub(crate) fn result_keys(&self) -> Vec<&str> {
        self.result_keys
            .iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }
}

/// What verification found; a present signature that fails throws instead.
#[derive(Debug, Serialize, Tsify)]
pub struct Verification {
    /// `verified`, `unsigned` (nothing in the response is authenticated) or `not_checked`.
    #[tsify(type = "\"verified\" | \"unsigned\" | \"not_checked\"")]
    pub status: String,
    /// The scope whose signature verified, else the one configured.
    #[tsify(
        type = "\"auto\" | \"primary_result\" | \"body_without_meta\" | \"body_without_sign\""
    )]
    pub scope: String,
    /// The members whose bytes the signature covered (empty unless `verified`); `meta` is
    /// among them only when `ret_code` is authenticated too.
    pub covered: Vec<String>,
    /// The members present that the signature did not cover (empty unless `verified`); the
    /// typed result is never read from them.
    pub uncovered: Vec<String>,
    /// Hex SHA-256 fingerprint of the UMF public key whose signature verified (`null` unless
    /// `verified`): during a key change-over, which of the configured keys UMF signed with.
    #[serde(rename = "keyFingerprint")]
    #[tsify(type = "string | null")]
    pub key_fingerprint: Option<String>,
}

impl Verification {
    pub(crate) fn from_core(v: verification::Verification) -> Self {
        Verification {
            status: serde_name(&v.status),
            scope: serde_name(&v.scope),
            covered: v.covered,
            uncovered: v.uncovered,
            key_fingerprint: v.key_fingerprint,
        }
    }

    pub(crate) fn to_js(v: verification::Verification) -> JsResult<Ts<Verification>> {
        Self::from_core(v).into_ts().or_throw()
    }
}

/// Verifies a response body's `meta.sign` with the UMF public key, over the raw bytes as
/// received (pass `new Uint8Array(await res.arrayBuffer())`, not a re-serialised parse).
#[cfg(feature = "merchant")]
#[wasm_bindgen(js_name = verifyResponse)]
pub fn verify_response(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array | ArrayBuffer")] body: JsValue,
    #[wasm_bindgen(js_name = umfPublicKey)] umf_public_key: &PublicKey,
    options: Option<Ts<VerifyResponseOptions>>,
) -> JsResult<Ts<Verification>> {
    let raw = bytes_of(&body, "body")?;
    let options = VerifyResponseOptions::from_js(options)?;
    let verification = verification::verify_response(
        &raw,
        umf_public_key.core(),
        options.core(),
        &options.result_keys(),
    )
    .or_throw()?;
    Verification::to_js(verification)
}
