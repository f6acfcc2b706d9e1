//! The shapes of response and notification verification, declared once in the core.
//!
//! `#[uniffi::remote]` re-states a core type's definition so UniFFI can generate it; the macro
//! expands to conversions that match on every variant and field, so a change in the core that
//! is not made here too fails to compile instead of drifting.

use std::fmt;

use umf_core::notification::NotificationKind;
use umf_core::{SignatureScope, Verification, VerificationStatus, VerifyOptions, VerifyPolicy};

use crate::error::{internal, Result};

/// Whether a response must carry `meta.sign`.
#[uniffi::remote(Enum)]
pub enum VerifyPolicy {
    /// Every response must carry a valid signature; a missing one is `signature_missing`.
    Strict,
    /// Verify when `sign` is present; report `UNSIGNED` when it is not (the default: most
    /// documented UMF responses carry no `sign`).
    IfPresent,
    /// Do not check; the result says so.
    Off,
}

/// Which bytes of a response `meta.sign` covers.
#[uniffi::remote(Enum)]
pub enum SignatureScope {
    /// Every reading below is tried; the one that verifies is reported (the default).
    Auto,
    /// The raw text of the primary result member's value; `meta` and the rest uncovered.
    PrimaryResult,
    /// The envelope with `meta` cut out: every result member with its name, and `links`.
    BodyWithoutMeta,
    /// The whole body with the `sign` member cut out of `meta`.
    BodyWithoutSign,
}

/// How a response is checked. Pass none to get the default (`IF_PRESENT`, `AUTO`).
#[uniffi::remote(Record)]
pub struct VerifyOptions {
    /// Whether a signature is required.
    pub policy: VerifyPolicy,
    /// Which bytes it covers.
    pub scope: SignatureScope,
}

/// What verification found.
#[uniffi::remote(Enum)]
pub enum VerificationStatus {
    /// A signature was present and verified.
    Verified,
    /// No signature was present (policy `IF_PRESENT`); nothing in the response is authenticated.
    Unsigned,
    /// Verification was switched off (policy `OFF`).
    NotChecked,
}

/// The report of a response check.
#[uniffi::remote(Record)]
pub struct Verification {
    /// What was found.
    pub status: VerificationStatus,
    /// The scope whose signature verified, else the one configured.
    pub scope: SignatureScope,
    /// Names of the members whose bytes the signature covered (empty unless `VERIFIED`);
    /// `meta` is among them only when `ret_code` is authenticated too.
    pub covered: Vec<String>,
    /// Names of the members present that the signature did not cover (empty unless
    /// `VERIFIED`); the typed result is never read from them.
    pub uncovered: Vec<String>,
    /// SHA-256 fingerprint of the UMF key that verified (`VERIFIED` only): which of the
    /// configured keys the answer was signed with, while UMF changes its key.
    pub key_fingerprint: Option<String>,
}

/// Which object a notification reports on.
#[uniffi::remote(Enum)]
pub enum NotificationKind {
    /// A payment result.
    Payment,
    /// A refund result.
    Refund,
    /// A customs declaration result.
    CustomsDeclaration,
}

/// A notification whose `Signature` header verified over its raw body. `toString()` /
/// `description` show the kind, id, state and idempotency key, and the notification itself by
/// size only: it carries the payer's personal data (phone, names, addresses).
#[derive(Clone, PartialEq, Eq, uniffi::Record)]
#[uniffi::export(Debug)]
pub struct VerifiedNotification {
    /// Which object it reports on.
    pub kind: NotificationKind,
    /// The object id (`PAY_…`, `REFUND_…`, `CUST_…`).
    pub id: String,
    /// The object's state (`TRADE_SUCCESS`, `REFUND_SUCCESS`, ...), when present.
    pub state: Option<String>,
    /// `kind:id:state`: store it and skip notifications already seen (UMF retries until
    /// acknowledged and documents no replay protection).
    pub idempotency_key: String,
    /// The whole notification as the SDK read it (`kind`, `meta`, `object`, `links`, `id`,
    /// `state`), as JSON text; amounts keep their decimal text.
    pub notification_json: String,
    /// Hex SHA-256 fingerprint of the UMF public key whose signature verified it: which of the
    /// configured keys UMF signed with, while it changes its key.
    pub key_fingerprint: String,
}

impl fmt::Debug for VerifiedNotification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedNotification")
            .field("kind", &self.kind)
            .field("id", &self.id)
            .field("state", &self.state)
            .field("idempotency_key", &self.idempotency_key)
            .field("notification_json_len", &self.notification_json.len())
            .field("key_fingerprint", &self.key_fingerprint)
            .finish()
    }
}

impl VerifiedNotification {
    pub(crate) fn from_core(notification: &umf_core::Notification) -> Result<Self> {
        let notification_json = serde_json::to_string(notification)
            .map_err(|_| internal("the notification cannot be written as JSON"))?;
        Ok(VerifiedNotification {
            kind: notification.kind,
            id: notification.id.clone(),
            state: notification.state.clone(),
            idempotency_key: notification.idempotency_key(),
            notification_json,
            key_fingerprint: notification.key_fingerprint.clone(),
        })
    }
}
