//! The one error type of the SDK.
//!
//! Every failure is an [`Error`] variant with a stable string [`Error::code`] that every binding
//! exposes unchanged (`e.code` in Python, `err.code` in JavaScript, `UmfException.code` in
//! Kotlin). Callers branch on the code, never on the message.
//!
//! Messages and `Debug` output never contain key material, secrets, card numbers or ID numbers:
//! variants carry field *paths*, sizes and kinds, never values. The test
//! `error_messages_hold_no_secrets` in this module keeps it that way.

use std::fmt;

use crate::codes::ReturnCodeClass;
use crate::keys::{KeyKind, KeyWanted};

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the SDK.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A key file holds a different kind of key than the one asked for (for example a public key
    /// where the merchant private key is needed).
    #[error("wrong kind of key: found {found}, wanted {wanted}")]
    KeyWrongKind {
        /// What the input holds.
        found: KeyKind,
        /// What the caller asked for.
        wanted: KeyWanted,
    },
    /// A key was given as the path of a file, and no file exists there. Raised by the loaders
    /// that read files (the CLI's `--key`, Python's key arguments); the core itself reads none.
    #[error("key file not found: {path}")]
    KeyFileNotFound {
        /// The path as the caller gave it (a path, never key material: a loader raises this only
        /// for text that cannot be a key).
        path: String,
    },
    /// The input is not a readable key in any supported format.
    #[error("not a usable key: {reason}")]
    KeyInvalid {
        /// What was wrong, without any of the input.
        reason: String,
    },
    /// The key is encrypted (passphrase-protected PKCS#8) and no passphrase was given.
    #[error("the private key is passphrase-protected; a passphrase is required")]
    KeyPassphraseRequired,
    /// The passphrase does not decrypt the key.
    #[error("the passphrase does not decrypt the private key")]
    KeyPassphraseIncorrect,
    /// A well-formed key that the SDK cannot use (not RSA, unsupported size or PBE scheme).
    #[error("unsupported key: {reason}")]
    KeyUnsupported {
        /// Why, without any of the input.
        reason: String,
    },
    /// A passphrase-protected key asks its key-derivation function for more work, memory or
    /// size than the SDK allows ([`crate::keys::kdf_limits`]); refused before deriving.
    #[error("the encrypted key's {parameter} is {value}; at most {max} is accepted")]
    KeyKdfLimit {
        /// Which parameter: `pbkdf2_iterations`, `scrypt_memory_bytes`, `scrypt_p`,
        /// `key_length` or `salt_length`.
        parameter: &'static str,
        /// Its value in the key file (saturated at `u64::MAX`).
        value: u64,
        /// The cap.
        max: u64,
    },

    /// A sensitive value is longer than one RSA block of the UMF key can hold.
    #[error("sensitive field `{path}` is {len} bytes; the UMF key encrypts at most {max} bytes")]
    ValueTooLong {
        /// JSON path of the field (e.g. `payer.payer_info.bank_card.number`).
        path: String,
        /// UTF-8 length of the value.
        len: usize,
        /// The most the key can encrypt (`modulus bytes - 11`).
        max: usize,
    },
    /// A sensitive field holds something that is neither a string nor an encrypted marker.
    #[error("sensitive field `{path}` is invalid: {reason}")]
    InvalidSensitiveValue {
        /// JSON path of the field.
        path: String,
        /// What was wrong with it.
        reason: String,
    },
    /// A plain string at a sensitive path already looks like UMF ciphertext. Wrap device-side
    /// ciphertext as an encrypted marker so it is passed through and never encrypted twice.
    #[error("sensitive field `{path}` already looks encrypted; pass it as an encrypted value")]
    SensitiveValueLooksEncrypted {
        /// JSON path of the field.
        path: String,
    },
    /// A request names a member its model does not know inside an object that holds sensitive
    /// data (`payer.payer_info.bank_card.card_number`): it might be a sensitive value under a
    /// misspelt name, which would otherwise leave unencrypted.
    #[error("`{path}` is not a member of its object, which holds sensitive data; it is refused rather than sent unencrypted")]
    UnknownSensitiveMember {
        /// JSON path of the member.
        path: String,
    },
    /// Ciphertext given for a sensitive field is not base64 of the UMF key's size.
    #[error("ciphertext for `{path}` is invalid: {reason}")]
    InvalidCiphertext {
        /// JSON path of the field.
        path: String,
        /// What was wrong with it.
        reason: String,
    },

    /// A signature does not match the bytes it is said to cover.
    #[error("signature does not verify")]
    SignatureInvalid,
    /// A signature is not base64, or has the wrong length for the key.
    #[error("signature is malformed: {reason}")]
    SignatureMalformed {
        /// What was wrong with it.
        reason: String,
    },
    /// A signature was required and is absent.
    #[error("signature is missing{}", unverified_ret_code.as_ref().map(|c| format!(" (unverified ret_code {c})")).unwrap_or_default())]
    SignatureMissing {
        /// The `ret_code` the unsigned response claimed, for logs only: it is not authenticated.
        unverified_ret_code: Option<String>,
    },

    /// A response body is not the JSON the SDK expects (syntax, duplicate keys, shape).
    #[error("response is malformed: {reason}")]
    ResponseMalformed {
        /// What was wrong, with a byte offset or JSON path where known.
        reason: String,
    },
    /// An answer lacks a member every answer of its kind carries (declared `(required)` in the
    /// model; the generated types rely on it).
    #[error("the answer has no `{path}`, which every such answer carries")]
    MissingField {
        /// JSON path of the member, from the result (`payment.state`).
        path: String,
    },
    /// A notification body is not a payment, refund or customs notification the SDK knows.
    #[error("notification is malformed: {reason}")]
    NotificationMalformed {
        /// What was wrong.
        reason: String,
    },

    /// The token endpoint's reply is not `{access_token, expires_in}`.
    #[error("token response is invalid: {reason}")]
    TokenResponseInvalid {
        /// What was wrong.
        reason: String,
    },
    /// No usable access token: none fetched yet, expired, or revoked.
    #[error("no valid access token; fetch a new one")]
    TokenUnavailable,

    /// UMF answered with a non-success `ret_code` or an HTTP error status.
    #[error("UMF returned {} (HTTP {http_status}): {ret_msg}", ret_code.as_deref().unwrap_or("no ret_code"))]
    Api {
        /// HTTP status of the response.
        http_status: u16,
        /// `meta.ret_code`, when the body had one.
        ret_code: Option<String>,
        /// `meta.ret_msg` (joined when it was an array); informational only, may be Chinese.
        ret_msg: String,
        /// What the code means for the caller.
        class: ReturnCodeClass,
        /// Whether sending the same request again is safe and may succeed. Decided from the
        /// class *and* the operation: a payment or refund POST that may have gone through is
        /// never marked retryable.
        retryable: bool,
    },

    /// A request failed validation before anything was signed; every problem is listed.
    #[error("request is invalid: {}", display_problems(problems))]
    Validation {
        /// Every problem found, each with its JSON path.
        problems: Vec<ValidationProblem>,
    },
    /// The request parameters could not be turned into a request (not an object, bad path
    /// parameter, unknown query parameter, ...).
    #[error("request cannot be built: {reason}")]
    InvalidRequest {
        /// What was wrong.
        reason: String,
    },
    /// The operation must be signed and the client holds no merchant private key (a device
    /// client): send the request through the merchant's server instead.
    #[error("operation `{0}` must be signed, and this client has no merchant private key")]
    MerchantKeyRequired(String),
    /// A header value (or name) the SDK would write is not a valid HTTP field: a control
    /// character (CR/LF would inject headers), non-ASCII, or too long ([`crate::headers`]).
    #[error("header `{name}` is invalid: {reason}")]
    InvalidHeader {
        /// The header name (`(invalid name)` when the name itself is the problem).
        name: String,
        /// What is wrong, never the value (it may be a token).
        reason: &'static str,
    },
    /// An operation id that the operation table does not have.
    #[error("unknown operation `{0}`")]
    UnknownOperation(String),

    /// The request could not be sent, or no complete answer came back. `sent` says whether
    /// the request may have reached UMF: when it may have, a state-changing operation is never
    /// sent again by the SDK (query it, or repeat it with the same `mer_reference_id`).
    #[error("{operation}: {message}")]
    Transport {
        /// The operation (or `get_access_token`, or `send` for a request built elsewhere).
        operation: String,
        /// Whether the request may have reached UMF.
        sent: bool,
        /// What failed, as the host's HTTP client said it (never the request's bytes).
        message: String,
        /// Whether sending the same request again is safe.
        retryable: bool,
    },
    /// No complete answer within the attempt's timeout or the call's deadline.
    #[error("{operation}: no answer within {waited_ms} ms")]
    Timeout {
        /// The operation.
        operation: String,
        /// How long the call waited in all.
        waited_ms: u64,
        /// Whether the request may have reached UMF.
        sent: bool,
        /// Whether sending the same request again is safe.
        retryable: bool,
    },
    /// A payment or refund was still pending (`WAIT_BUYER_PAY`, `REFUND_PROCESS`, ...) when the
    /// wait for its outcome ended ([`crate::calls::poll`]). It is not failed: its outcome
    /// comes later, by notification and by query.
    #[error("{operation}: still {state} after {waited_ms} ms; the outcome comes later, by notification or query")]
    OutcomePending {
        /// The query that read the state (`get_payment`, `get_refund`).
        operation: String,
        /// The last state read, as on the wire.
        state: String,
        /// How long the wait lasted.
        waited_ms: u64,
    },
    /// The shared token store (Redis) could not be reached and the caller asked that calls
    /// fail rather than fall back to a token of this process ([`crate::calls::StoreMode`]).
    #[error("the shared token store is unavailable: {reason}")]
    StoreUnavailable {
        /// What the host's store client said.
        reason: String,
    },

    /// The RSA primitive itself failed (random source unavailable, internal error).
    #[error("cryptographic operation failed: {reason}")]
    Crypto {
        /// What failed.
        reason: String,
    },
}

/// One validation problem: where, and what.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
pub struct ValidationProblem {
    /// JSON path from the request body root, e.g. `order.sub_orders[0].amount.total`.
    pub path: String,
    /// Stable rule name, e.g. `required`, `max_length`, `enum`, `amount_format`, `sum_mismatch`.
    pub rule: &'static str,
    /// Human-readable detail; never contains the value of a sensitive field.
    pub message: String,
    /// `Error` stops the request; `Warning` reports a documented rule that UMF evidently does
    /// not enforce (the examples break it), so the request is still built.
    pub severity: Severity,
}

/// How serious a validation problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The request is not built.
    Error,
    /// The request is built; the caller should look.
    Warning,
}

fn display_problems(problems: &[ValidationProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Error {
    /// The stable code of this error, identical in every binding.
    pub fn code(&self) -> &'static str {
        match self {
            Error::KeyWrongKind { .. } => "key_wrong_kind",
            Error::KeyFileNotFound { .. } => "key_file_not_found",
            Error::KeyInvalid { .. } => "key_invalid",
            Error::KeyPassphraseRequired => "key_passphrase_required",
            Error::KeyPassphraseIncorrect => "key_passphrase_incorrect",
            Error::KeyUnsupported { .. } => "key_unsupported",
            Error::KeyKdfLimit { .. } => "key_kdf_limit",
            Error::ValueTooLong { .. } => "value_too_long",
            Error::InvalidSensitiveValue { .. } => "invalid_sensitive_value",
            Error::SensitiveValueLooksEncrypted { .. } => "sensitive_value_looks_encrypted",
            Error::UnknownSensitiveMember { .. } => "unknown_sensitive_member",
            Error::InvalidCiphertext { .. } => "invalid_ciphertext",
            Error::SignatureInvalid => "signature_invalid",
            Error::SignatureMalformed { .. } => "signature_malformed",
            Error::SignatureMissing { .. } => "signature_missing",
            Error::ResponseMalformed { .. } => "response_malformed",
            Error::MissingField { .. } => "response_missing_field",
            Error::NotificationMalformed { .. } => "notification_malformed",
            Error::TokenResponseInvalid { .. } => "token_response_invalid",
            Error::TokenUnavailable => "token_unavailable",
            Error::Api { .. } => "api_error",
            Error::Validation { .. } => "validation_failed",
            Error::InvalidRequest { .. } => "invalid_request",
            Error::MerchantKeyRequired(_) => "merchant_key_required",
            Error::InvalidHeader { .. } => "invalid_header",
            Error::UnknownOperation(_) => "unknown_operation",
            Error::Transport { .. } => "transport_error",
            Error::Timeout { .. } => "timeout",
            Error::OutcomePending { .. } => "outcome_pending",
            Error::StoreUnavailable { .. } => "store_unavailable",
            Error::Crypto { .. } => "crypto_failure",
        }
    }

    /// The family of the code: `key`, `encryption`, `signature`, `response`, `notification`,
    /// `token`, `api`, `request` or `crypto`. Bindings map families to exception classes.
    pub fn family(&self) -> ErrorFamily {
        match self {
            Error::KeyWrongKind { .. }
            | Error::KeyFileNotFound { .. }
            | Error::KeyInvalid { .. }
            | Error::KeyPassphraseRequired
            | Error::KeyPassphraseIncorrect
            | Error::KeyUnsupported { .. }
            | Error::KeyKdfLimit { .. } => ErrorFamily::Key,
            Error::ValueTooLong { .. }
            | Error::InvalidSensitiveValue { .. }
            | Error::SensitiveValueLooksEncrypted { .. }
            | Error::UnknownSensitiveMember { .. }
            | Error::InvalidCiphertext { .. } => ErrorFamily::Encryption,
            Error::SignatureInvalid
            | Error::SignatureMalformed { .. }
            | Error::SignatureMissing { .. } => ErrorFamily::Signature,
            Error::ResponseMalformed { .. } | Error::MissingField { .. } => ErrorFamily::Response,
            Error::NotificationMalformed { .. } => ErrorFamily::Notification,
            Error::TokenResponseInvalid { .. } | Error::TokenUnavailable => ErrorFamily::Token,
            Error::Api { .. } => ErrorFamily::Api,
            Error::Validation { .. }
            | Error::InvalidRequest { .. }
            | Error::MerchantKeyRequired(_)
            | Error::InvalidHeader { .. }
            | Error::UnknownOperation(_) => ErrorFamily::Request,
            Error::Transport { .. }
            | Error::Timeout { .. }
            | Error::OutcomePending { .. }
            | Error::StoreUnavailable { .. } => ErrorFamily::Transport,
            Error::Crypto { .. } => ErrorFamily::Crypto,
        }
    }

    /// Whether retrying the *same* request may succeed. Only true where a retry cannot charge a
    /// customer twice: payment POSTs are never retryable here (see [`ReturnCodeClass`]).
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api { retryable, .. }
            | Error::Transport { retryable, .. }
            | Error::Timeout { retryable, .. } => *retryable,
            Error::StoreUnavailable { .. } => true,
            _ => false,
        }
    }

    /// Whether UMF says the request was a duplicate of one already done.
    pub fn is_duplicate(&self) -> bool {
        matches!(
            self,
            Error::Api {
                class: ReturnCodeClass::Duplicate,
                ..
            }
        )
    }

    /// Whether UMF says the request contradicts an earlier one with the same id (`00202022`).
    pub fn is_conflict(&self) -> bool {
        matches!(
            self,
            Error::Api {
                class: ReturnCodeClass::Conflict,
                ..
            }
        )
    }

    /// Whether the outcome is still unknown (query later; do not treat as failed).
    pub fn is_pending(&self) -> bool {
        matches!(
            self,
            Error::Api {
                class: ReturnCodeClass::Pending,
                ..
            } | Error::OutcomePending { .. }
        )
    }

    /// Whether the error says the access token expired or was revoked (HTTP 401, `00280703`).
    pub fn is_token_expired(&self) -> bool {
        matches!(
            self,
            Error::Api {
                class: ReturnCodeClass::TokenExpired,
                ..
            }
        )
    }

    pub(crate) fn key_invalid(reason: impl Into<String>) -> Self {
        Error::KeyInvalid {
            reason: reason.into(),
        }
    }

    pub(crate) fn key_unsupported(reason: impl Into<String>) -> Self {
        Error::KeyUnsupported {
            reason: reason.into(),
        }
    }

    pub(crate) fn malformed(reason: impl Into<String>) -> Self {
        Error::ResponseMalformed {
            reason: reason.into(),
        }
    }

    pub(crate) fn invalid_request(reason: impl Into<String>) -> Self {
        Error::InvalidRequest {
            reason: reason.into(),
        }
    }
}

/// Coarse grouping of error codes, for bindings that map errors to exception classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorFamily {
    /// Loading or recognising a key.
    Key,
    /// Encrypting sensitive fields.
    Encryption,
    /// A signature failed, was malformed or missing.
    Signature,
    /// A response could not be read.
    Response,
    /// A notification could not be read.
    Notification,
    /// The access token.
    Token,
    /// UMF answered with an error.
    Api,
    /// The request could not be built (validation, bad parameters, unknown operation).
    Request,
    /// The request did not complete: connection, timeout, the shared token store.
    Transport,
    /// The RSA primitive failed.
    Crypto,
}

impl ErrorFamily {
    /// Lower-case name of the family.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorFamily::Key => "key",
            ErrorFamily::Encryption => "encryption",
            ErrorFamily::Signature => "signature",
            ErrorFamily::Response => "response",
            ErrorFamily::Notification => "notification",
            ErrorFamily::Token => "token",
            ErrorFamily::Api => "api",
            ErrorFamily::Request => "request",
            ErrorFamily::Transport => "transport",
            ErrorFamily::Crypto => "crypto",
        }
    }
}

impl fmt::Display for ErrorFamily {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
/// One error code as the schema lists it: its family and the extra fields every binding
/// gives it (besides `code`, `family` and the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ErrorKind {
    /// The stable code.
    pub code: &'static str,
    /// Its family.
    pub family: &'static str,
    /// The names of its extra fields ([`Error::extras`]).
    pub fields: &'static [&'static str],
}

macro_rules! error_kinds {
    ($($code:literal : $family:ident [$($field:literal),*]),* $(,)?) => {
        /// Every error code, with its family and extra fields.
        pub const ERROR_KINDS: &[ErrorKind] = &[
            $(ErrorKind { code: $code, family: stringify!($family), fields: &[$($field),*] }),*
        ];
    };
}

error_kinds! {
    "key_wrong_kind": key ["found", "wanted"],
    "key_file_not_found": key ["path"],
    "key_invalid": key [],
    "key_passphrase_required": key [],
    "key_passphrase_incorrect": key [],
    "key_unsupported": key [],
    "key_kdf_limit": key ["parameter", "value", "max"],
    "value_too_long": encryption ["path", "len", "max"],
    "invalid_sensitive_value": encryption ["path"],
    "sensitive_value_looks_encrypted": encryption ["path"],
    "unknown_sensitive_member": encryption ["path"],
    "invalid_ciphertext": encryption ["path"],
    "signature_invalid": signature [],
    "signature_malformed": signature [],
    "signature_missing": signature ["unverified_ret_code"],
    "response_malformed": response [],
    "response_missing_field": response ["path"],
    "notification_malformed": notification [],
    "token_response_invalid": token [],
    "token_unavailable": token [],
    "api_error": api ["http_status", "ret_code", "ret_msg", "class", "retryable"],
    "validation_failed": request ["problems"],
    "invalid_request": request [],
    "merchant_key_required": request ["operation"],
    "invalid_header": request ["name"],
    "unknown_operation": request ["operation"],
    "transport_error": transport ["operation", "sent", "retryable"],
    "timeout": transport ["operation", "waited_ms", "sent", "retryable"],
    "outcome_pending": transport ["operation", "state", "waited_ms"],
    "store_unavailable": transport [],
    "crypto_failure": crypto [],
}

/// The type of an error's extra field, in the schema's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFieldType {
    /// Text.
    Text,
    /// A whole number.
    Integer,
    /// `true` or `false`.
    Boolean,
    /// A return code's class (`schema.return_code_classes`).
    ReturnCodeClass,
    /// A list of validation problems, each with its path and rule.
    ValidationProblems,
}

/// One extra field of errors (by the name [`ERROR_KINDS`] lists): its type and what it holds.
/// The one home of these facts: the schema exports them, and every binding's types and docs of
/// its errors are generated or checked from there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorField {
    /// The name, as [`Error::extras`] writes it.
    pub name: &'static str,
    /// Its type.
    pub ty: ErrorFieldType,
    /// Whether it may be null (the fact is not known, e.g. an answer without `ret_code`).
    pub nullable: bool,
    /// What it holds, for the bindings' docs.
    pub doc: &'static str,
}

const fn field(name: &'static str, ty: ErrorFieldType, doc: &'static str) -> ErrorField {
    ErrorField {
        name,
        ty,
        nullable: false,
        doc,
    }
}

const fn nullable(name: &'static str, ty: ErrorFieldType, doc: &'static str) -> ErrorField {
    ErrorField {
        name,
        ty,
        nullable: true,
        doc,
    }
}

/// Every extra field any error carries. Never a secret: paths, lengths, limits, codes, flags.
pub const ERROR_FIELDS: &[ErrorField] = {
    use ErrorFieldType::*;
    &[
        field("found", Text, "The kind of key found (`key_wrong_kind`)."),
        field("wanted", Text, "The kind of key the call needs."),
        field(
            "path",
            Text,
            "The JSON path concerned (never its value); `key_file_not_found`: the file path given.",
        ),
        field(
            "parameter",
            Text,
            "The key-derivation parameter over its cap (`key_kdf_limit`).",
        ),
        field("value", Integer, "That parameter's value in the key file."),
        field(
            "max",
            Integer,
            "The most allowed (`value_too_long`: bytes the key encrypts; `key_kdf_limit`: the cap).",
        ),
        field("len", Integer, "The value's UTF-8 length."),
        nullable(
            "unverified_ret_code",
            Text,
            "The `ret_code` the unsigned response claimed (not authenticated).",
        ),
        field("http_status", Integer, "The HTTP status of UMF's answer."),
        nullable(
            "ret_code",
            Text,
            "UMF's return code, when the answer carried one.",
        ),
        field(
            "ret_msg",
            Text,
            "UMF's message as sent: for people, never for branching.",
        ),
        field(
            "class",
            ReturnCodeClass,
            "The return code's class (`duplicate`, `pending`, `conflict`, ...).",
        ),
        field(
            "retryable",
            Boolean,
            "Whether sending the same request again is safe and may succeed.",
        ),
        field(
            "problems",
            ValidationProblems,
            "Every problem, with its JSON path.",
        ),
        field(
            "operation",
            Text,
            "The operation (`get_access_token` for the token request).",
        ),
        field(
            "name",
            Text,
            "The header that would have been written (never its value).",
        ),
        field(
            "sent",
            Boolean,
            "Whether the request may have reached UMF (then a state-changing operation is never sent again: query it).",
        ),
        field(
            "waited_ms",
            Integer,
            "How long the call waited in all (`outcome_pending`: how long the wait for the outcome lasted).",
        ),
        field(
            "state",
            Text,
            "The last state read (`outcome_pending`: still pending, e.g. `WAIT_BUYER_PAY`, `REFUND_PROCESS`).",
        ),
    ]
};

impl Error {
    /// The extra fields of this error, by the names [`ERROR_KINDS`] lists: the same in every
    /// binding. Never a secret: paths, lengths, limits, codes, flags.
    pub fn extras(&self) -> serde_json::Map<String, serde_json::Value> {
        use serde_json::json;
        let pairs: Vec<(&str, serde_json::Value)> = match self {
            Error::KeyWrongKind { found, wanted } => {
                vec![
                    ("found", json!(found.to_string())),
                    ("wanted", json!(wanted.to_string())),
                ]
            }
            Error::KeyFileNotFound { path } => vec![("path", json!(path))],
            Error::KeyKdfLimit {
                parameter,
                value,
                max,
            } => {
                vec![
                    ("parameter", json!(parameter)),
                    ("value", json!(value)),
                    ("max", json!(max)),
                ]
            }
            Error::ValueTooLong { path, len, max } => {
                vec![
                    ("path", json!(path)),
                    ("len", json!(len)),
                    ("max", json!(max)),
                ]
            }
            Error::InvalidSensitiveValue { path, .. }
            | Error::SensitiveValueLooksEncrypted { path }
            | Error::UnknownSensitiveMember { path }
            | Error::InvalidCiphertext { path, .. }
            | Error::MissingField { path } => vec![("path", json!(path))],
            Error::SignatureMissing {
                unverified_ret_code,
            } => {
                vec![("unverified_ret_code", json!(unverified_ret_code))]
            }
            Error::Api {
                http_status,
                ret_code,
                ret_msg,
                class,
                retryable,
            } => vec![
                ("http_status", json!(http_status)),
                ("ret_code", json!(ret_code)),
                ("ret_msg", json!(ret_msg)),
                ("class", json!(class.as_str())),
                ("retryable", json!(retryable)),
            ],
            Error::Validation { problems } => vec![("problems", json!(problems))],
            Error::MerchantKeyRequired(op) | Error::UnknownOperation(op) => {
                vec![("operation", json!(op))]
            }
            Error::InvalidHeader { name, .. } => vec![("name", json!(name))],
            Error::Transport {
                operation,
                sent,
                retryable,
                ..
            } => vec![
                ("operation", json!(operation)),
                ("sent", json!(sent)),
                ("retryable", json!(retryable)),
            ],
            Error::Timeout {
                operation,
                waited_ms,
                sent,
                retryable,
            } => vec![
                ("operation", json!(operation)),
                ("waited_ms", json!(waited_ms)),
                ("sent", json!(sent)),
                ("retryable", json!(retryable)),
            ],
            Error::OutcomePending {
                operation,
                state,
                waited_ms,
            } => vec![
                ("operation", json!(operation)),
                ("state", json!(state)),
                ("waited_ms", json!(waited_ms)),
            ],
            _ => Vec::new(),
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One error of every variant.
    fn samples() -> Vec<Error> {
        vec![
            Error::KeyWrongKind {
                found: KeyKind::RsaPublicKey,
                wanted: KeyWanted::PrivateKey,
            },
            Error::KeyFileNotFound {
                path: "k.pem".into(),
            },
            Error::KeyInvalid { reason: "r".into() },
            Error::KeyPassphraseRequired,
            Error::KeyPassphraseIncorrect,
            Error::KeyUnsupported { reason: "r".into() },
            Error::KeyKdfLimit {
                parameter: "scrypt_p",
                value: 9,
                max: 4,
            },
            Error::ValueTooLong {
                path: "p".into(),
                len: 200,
                max: 117,
            },
            Error::InvalidSensitiveValue {
                path: "p".into(),
                reason: "r".into(),
            },
            Error::SensitiveValueLooksEncrypted { path: "p".into() },
            Error::UnknownSensitiveMember { path: "p".into() },
            Error::InvalidCiphertext {
                path: "p".into(),
                reason: "r".into(),
            },
            Error::SignatureInvalid,
            Error::SignatureMalformed { reason: "r".into() },
            Error::SignatureMissing {
                unverified_ret_code: Some("0000".into()),
            },
            Error::ResponseMalformed { reason: "r".into() },
            Error::MissingField {
                path: "payment.state".into(),
            },
            Error::NotificationMalformed { reason: "r".into() },
            Error::TokenResponseInvalid { reason: "r".into() },
            Error::TokenUnavailable,
            Error::Api {
                http_status: 400,
                ret_code: None,
                ret_msg: String::new(),
                class: ReturnCodeClass::Other,
                retryable: false,
            },
            Error::Validation {
                problems: Vec::new(),
            },
            Error::InvalidRequest { reason: "r".into() },
            Error::MerchantKeyRequired("create_payment".into()),
            Error::InvalidHeader {
                name: "Authorization".into(),
                reason: "r",
            },
            Error::UnknownOperation("x".into()),
            Error::Transport {
                operation: "o".into(),
                sent: true,
                message: "m".into(),
                retryable: false,
            },
            Error::Timeout {
                operation: "o".into(),
                waited_ms: 1,
                sent: true,
                retryable: false,
            },
            Error::OutcomePending {
                operation: "get_payment".into(),
                state: "WAIT_BUYER_PAY".into(),
                waited_ms: 1,
            },
            Error::StoreUnavailable { reason: "r".into() },
            Error::Crypto { reason: "r".into() },
        ]
    }

    #[test]
    fn error_kinds_list_every_code_with_its_family_and_fields() {
        let samples = samples();
        assert_eq!(
            samples.len(),
            ERROR_KINDS.len(),
            "a variant without a sample, or the reverse"
        );
        for error in samples {
            let kind = ERROR_KINDS
                .iter()
                .find(|k| k.code == error.code())
                .unwrap_or_else(|| panic!("{} is not in ERROR_KINDS", error.code()));
            assert_eq!(kind.family, error.family().as_str(), "{}", kind.code);
            let extras: Vec<String> = error.extras().keys().cloned().collect();
            let mut fields: Vec<String> = kind.fields.iter().map(|f| f.to_string()).collect();
            fields.sort();
            let mut extras_sorted = extras.clone();
            extras_sorted.sort();
            assert_eq!(extras_sorted, fields, "{}", kind.code);
            // Each extra is described once, and its value has the described type.
            for (name, value) in error.extras() {
                let described = ERROR_FIELDS
                    .iter()
                    .find(|f| f.name == name)
                    .unwrap_or_else(|| panic!("{name} of {} is not in ERROR_FIELDS", kind.code));
                let fits = match described.ty {
                    ErrorFieldType::Text => value.is_string(),
                    ErrorFieldType::Integer => value.is_u64() || value.is_i64(),
                    ErrorFieldType::Boolean => value.is_boolean(),
                    ErrorFieldType::ReturnCodeClass => value
                        .as_str()
                        .is_some_and(|c| ReturnCodeClass::ALL.iter().any(|k| k.as_str() == c)),
                    ErrorFieldType::ValidationProblems => value.is_array(),
                };
                assert!(
                    fits || (described.nullable && value.is_null()),
                    "{name} of {} is {value}",
                    kind.code
                );
            }
        }
        // No field is described that no error carries.
        for described in ERROR_FIELDS {
            assert!(
                ERROR_KINDS
                    .iter()
                    .any(|k| k.fields.contains(&described.name)),
                "{} is described but no error has it",
                described.name
            );
        }
    }
}
