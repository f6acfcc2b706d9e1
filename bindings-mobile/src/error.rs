//! The one error type of the binding: Kotlin `UmfException`, Swift `UmfError`.
//!
//! One variant per error *family* of the core ([`umf_core::ErrorFamily`]), so Kotlin gets a
//! subclass per family (`UmfException.Key`, `UmfException.Signature`, ...) and Swift an enum
//! case per family. Every variant carries the core's stable `code` (`signature_invalid`,
//! `value_too_long`, ...), identical in every binding; callers branch on it, never on `detail`.
//!
//! Nothing here adds information: `detail` is the core's message, which by the core's own rule
//! holds field paths, sizes and kinds, never key material, secrets, tokens, card or ID numbers.

use serde_json::Value;
use umf_core::error::{ErrorFamily, Severity};
use umf_core::Error;

/// An error from the UMF SDK. `code` is stable across releases and across the Kotlin, Swift,
/// Python and JavaScript bindings; `detail` is for logs and may change.
///
/// Each variant carries, by the same names, the extra fields the core's schema lists for the
/// codes of its family (`umf_core::error::ERROR_KINDS`, `errors[].fields` of `umf schema
/// --json`); a field a code does not have is null. They are filled from `Error::extras()`, the
/// one place that says what each code carries.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Error)]
pub enum UmfError {
    /// A key could not be loaded (`key_wrong_kind`, `key_invalid`, `key_unsupported`,
    /// `key_kdf_limit`, `key_passphrase_required`, `key_passphrase_incorrect`; `key_file_not_found`
    /// from the loaders that read files, which this binding, taking bytes, has none of).
    Key {
        /// Stable error code.
        code: String,
        /// Human-readable detail; never contains key material.
        detail: String,
        /// `key_wrong_kind`: the kind of key found.
        found: Option<String>,
        /// `key_wrong_kind`: the kind wanted.
        wanted: Option<String>,
        /// `key_file_not_found`: the file.
        path: Option<String>,
        /// `key_kdf_limit`: the key-derivation parameter over its cap.
        parameter: Option<String>,
        /// `key_kdf_limit`: its value.
        value: Option<u64>,
        /// `key_kdf_limit`: the cap.
        max: Option<u64>,
    },
    /// A sensitive field could not be encrypted (`value_too_long`, `invalid_sensitive_value`,
    /// `sensitive_value_looks_encrypted`, `unknown_sensitive_member`, `invalid_ciphertext`).
    Encryption {
        /// Stable error code.
        code: String,
        /// Human-readable detail; names the field, never its value.
        detail: String,
        /// JSON path of the field (`payer.payer_info.bank_card.number`), when one is concerned.
        path: Option<String>,
        /// `value_too_long`: the UTF-8 length of the value.
        len: Option<u64>,
        /// `value_too_long`: the most the key can encrypt.
        max: Option<u64>,
    },
    /// A signature did not verify, was malformed or was missing (`signature_invalid`,
    /// `signature_malformed`, `signature_missing`). Treat the data as forged.
    Signature {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
        /// `signature_missing`: the `ret_code` of the unsigned answer, unverified (never act
        /// on it as if UMF had said it).
        unverified_ret_code: Option<String>,
    },
    /// A response body is not what UMF sends (`response_malformed`), or lacks a member the
    /// documents show in every answer (`response_missing_field`).
    Response {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
        /// `response_missing_field`: the missing member's path (`payment.state`).
        path: Option<String>,
    },
    /// A notification body is not one UMF sends (`notification_malformed`).
    Notification {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// No usable access token (`token_unavailable`, `token_response_invalid`).
    Token {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// UMF answered with an error (`api_error`).
    Api {
        /// Stable error code (`api_error`).
        code: String,
        /// Human-readable detail.
        detail: String,
        /// HTTP status of the response.
        http_status: i32,
        /// UMF's `meta.ret_code`, when the body had one.
        ret_code: Option<String>,
        /// UMF's `meta.ret_msg`; informational only, may be Chinese.
        ret_msg: String,
        /// The SDK's reading of the code: `pending`, `duplicate`, `token_expired`, `signature`,
        /// `validation`, `retryable` or `other`.
        class: String,
        /// Whether sending the same request again is safe and may succeed.
        retryable: bool,
    },
    /// The request could not be built (`validation_failed`, `invalid_request`,
    /// `invalid_header`, `merchant_key_required`, `unknown_operation`).
    Request {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
        /// For `validation_failed`: every problem, each with its JSON path.
        problems: Vec<ValidationProblem>,
        /// `merchant_key_required`, `unknown_operation`: the operation id.
        operation: Option<String>,
        /// `invalid_header`: the header's name.
        name: Option<String>,
    },
    /// The request could not be sent or answered in time, or the shared token store failed
    /// (`transport_error`, `timeout`, `store_unavailable`). On the JVM the host exception is
    /// the cause.
    Transport {
        /// Stable error code.
        code: String,
        /// Human-readable detail (the host client's message, never request bytes).
        detail: String,
        /// The operation (`get_access_token` for the token request, `send` for a request built
        /// elsewhere; empty for `store_unavailable`).
        operation: String,
        /// Whether the request may have reached UMF. When it may have, a state-changing
        /// operation is never sent again by the SDK: query it, or repeat it with the same
        /// `mer_reference_id`.
        sent: bool,
        /// Whether sending the same request again is safe.
        retryable: bool,
        /// `timeout`: how long the call waited in all.
        waited_ms: Option<u64>,
    },
    /// The RSA primitive failed (`crypto_failure`).
    Crypto {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
    /// An error of a kind this build of the binding does not know (`internal`, or a code
    /// added to the core after this binding). Report it.
    Internal {
        /// Stable error code.
        code: String,
        /// Human-readable detail.
        detail: String,
    },
}

/// One problem found by request validation.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ValidationProblem {
    /// JSON path from the request body root, e.g. `order.sub_orders[0].amount.total`.
    pub path: String,
    /// Stable rule name: `required`, `max_length`, `enum`, `amount_format`, `sum_mismatch`, ...
    pub rule: String,
    /// Human-readable detail; never the value of a sensitive field.
    pub message: String,
    /// Whether the problem stopped the request or only warns.
    pub severity: Severity,
}

impl From<umf_core::ValidationProblem> for ValidationProblem {
    fn from(problem: umf_core::ValidationProblem) -> Self {
        ValidationProblem {
            path: problem.path,
            rule: problem.rule.to_owned(),
            message: problem.message,
            severity: problem.severity,
        }
    }
}

/// How serious a validation problem is (the core's own type).
#[uniffi::remote(Enum)]
pub enum Severity {
    /// The request is not built.
    Error,
    /// The request is built; a documented rule that UMF evidently does not enforce was broken.
    Warning,
}

#[uniffi::export]
impl UmfError {
    /// The stable error code, whatever the variant.
    pub fn code(&self) -> String {
        self.code_and_detail().0.to_owned()
    }

    /// Whether sending the same request again is safe and may succeed: never a payment that
    /// may have gone through.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            UmfError::Api {
                retryable: true,
                ..
            } | UmfError::Transport {
                retryable: true,
                ..
            }
        )
    }
}

impl UmfError {
    fn code_and_detail(&self) -> (&str, &str) {
        match self {
            UmfError::Key { code, detail, .. }
            | UmfError::Encryption { code, detail, .. }
            | UmfError::Signature { code, detail, .. }
            | UmfError::Response { code, detail, .. }
            | UmfError::Notification { code, detail }
            | UmfError::Token { code, detail }
            | UmfError::Api { code, detail, .. }
            | UmfError::Request { code, detail, .. }
            | UmfError::Transport { code, detail, .. }
            | UmfError::Crypto { code, detail }
            | UmfError::Internal { code, detail } => (code, detail),
        }
    }
}

impl std::fmt::Display for UmfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (code, detail) = self.code_and_detail();
        write!(f, "[{code}] {detail}")
    }
}

impl std::error::Error for UmfError {}

impl From<Error> for UmfError {
    fn from(error: Error) -> Self {
        let code = error.code().to_owned();
        let detail = error.to_string();
        let extras = error.extras();
        let text = |name: &str| extras.get(name).and_then(Value::as_str).map(str::to_owned);
        let number = |name: &str| extras.get(name).and_then(Value::as_u64);
        let flag = |name: &str| extras.get(name).and_then(Value::as_bool).unwrap_or(false);
        // The core leaves a path empty for a bare value: no path, then.
        let path = text("path").filter(|p| !p.is_empty());
        match error.family() {
            ErrorFamily::Key => UmfError::Key {
                code,
                detail,
                found: text("found"),
                wanted: text("wanted"),
                path,
                parameter: text("parameter"),
                value: number("value"),
                max: number("max"),
            },
            ErrorFamily::Encryption => UmfError::Encryption {
                code,
                detail,
                path,
                len: number("len"),
                max: number("max"),
            },
            ErrorFamily::Signature => UmfError::Signature {
                code,
                detail,
                unverified_ret_code: text("unverified_ret_code"),
            },
            ErrorFamily::Response => UmfError::Response { code, detail, path },
            ErrorFamily::Notification => UmfError::Notification { code, detail },
            ErrorFamily::Token => UmfError::Token { code, detail },
            ErrorFamily::Api => UmfError::Api {
                code,
                detail,
                http_status: number("http_status")
                    .and_then(|s| i32::try_from(s).ok())
                    .unwrap_or_default(),
                ret_code: text("ret_code"),
                ret_msg: text("ret_msg").unwrap_or_default(),
                class: text("class").unwrap_or_default(),
                retryable: flag("retryable"),
            },
            ErrorFamily::Request => UmfError::Request {
                code,
                detail,
                problems: match error {
                    Error::Validation { problems } => {
                        problems.into_iter().map(ValidationProblem::from).collect()
                    }
                    _ => Vec::new(),
                },
                operation: text("operation"),
                name: text("name"),
            },
            ErrorFamily::Crypto => UmfError::Crypto { code, detail },
            ErrorFamily::Transport => UmfError::Transport {
                code,
                detail,
                // Empty for the store, which fails before anything is sent.
                operation: text("operation").unwrap_or_default(),
                sent: flag("sent"),
                retryable: error.is_retryable(),
                waited_ms: number("waited_ms"),
            },
            // `ErrorFamily` is non-exhaustive: a family added to the core after this binding
            // still reaches the app with its stable code.
            _ => UmfError::Internal { code, detail },
        }
    }
}

/// The binding's own "the input cannot be read" error, with the core's `invalid_request` code.
pub(crate) fn invalid_request(reason: impl Into<String>) -> UmfError {
    Error::InvalidRequest {
        reason: reason.into(),
    }
    .into()
}

/// An error that cannot happen with the core as it is (a value it made that will not
/// serialise); reported rather than panicking across the boundary.
pub(crate) fn internal(detail: &str) -> UmfError {
    UmfError::Internal {
        code: "internal".into(),
        detail: detail.into(),
    }
}

/// Shorthand for results crossing the boundary.
pub type Result<T, E = UmfError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use umf_core::keys::{KeyKind, KeyWanted};
    use umf_core::{ReturnCodeClass, ValidationProblem as CoreProblem};

    use super::*;

    /// One of every variant of the core's error, including the ones an app cannot provoke.
    fn every_core_error() -> Vec<Error> {
        let reason = || "why".to_owned();
        vec![
            Error::KeyWrongKind {
                found: KeyKind::RsaPublicKey,
                wanted: KeyWanted::PrivateKey,
            },
            Error::KeyFileNotFound {
                path: "keys/merchant.pem".into(),
            },
            Error::KeyInvalid { reason: reason() },
            Error::KeyPassphraseRequired,
            Error::KeyPassphraseIncorrect,
            Error::KeyUnsupported { reason: reason() },
            Error::KeyKdfLimit {
                parameter: "pbkdf2_iterations",
                value: 1_000_000_000,
                max: 2_000_000,
            },
            Error::ValueTooLong {
                path: "payer.payer_info.bank_card.number".into(),
                len: 200,
                max: 117,
            },
            Error::InvalidSensitiveValue {
                path: "a.b".into(),
                reason: reason(),
            },
            Error::SensitiveValueLooksEncrypted { path: "a.b".into() },
            Error::UnknownSensitiveMember {
                path: "payer.payer_info.bank_card.number ".into(),
            },
            Error::InvalidCiphertext {
                path: String::new(),
                reason: reason(),
            },
            Error::SignatureInvalid,
            Error::SignatureMalformed { reason: reason() },
            Error::SignatureMissing {
                unverified_ret_code: Some("0000".into()),
            },
            Error::ResponseMalformed { reason: reason() },
            Error::MissingField {
                path: "payment.state".into(),
            },
            Error::NotificationMalformed { reason: reason() },
            Error::TokenResponseInvalid { reason: reason() },
            Error::TokenUnavailable,
            Error::Api {
                http_status: 503,
                ret_code: Some("00090504".into()),
                ret_msg: "busy".into(),
                class: ReturnCodeClass::Retryable,
                retryable: true,
            },
            Error::Validation {
                problems: vec![CoreProblem {
                    path: "order.amount.total".into(),
                    rule: "amount_format",
                    message: "not an amount".into(),
                    severity: Severity::Error,
                }],
            },
            Error::InvalidRequest { reason: reason() },
            Error::MerchantKeyRequired("create_payment".into()),
            Error::InvalidHeader {
                name: "Authorization".into(),
                reason: "contains CR or LF",
            },
            Error::UnknownOperation("nope".into()),
            Error::Crypto { reason: reason() },
            Error::Transport {
                operation: "get_payment".into(),
                sent: false,
                message: "connection refused".into(),
                retryable: true,
            },
            Error::Timeout {
                operation: "create_payment".into(),
                waited_ms: 20_000,
                sent: true,
                retryable: false,
            },
            Error::StoreUnavailable {
                reason: "connection refused".into(),
            },
        ]
    }

    fn family(error: &UmfError) -> &'static str {
        match error {
            UmfError::Key { .. } => "key",
            UmfError::Encryption { .. } => "encryption",
            UmfError::Signature { .. } => "signature",
            UmfError::Response { .. } => "response",
            UmfError::Notification { .. } => "notification",
            UmfError::Token { .. } => "token",
            UmfError::Api { .. } => "api",
            UmfError::Request { .. } => "request",
            UmfError::Crypto { .. } => "crypto",
            UmfError::Transport { .. } => "transport",
            UmfError::Internal { .. } => "internal",
        }
    }

    #[test]
    fn every_core_error_keeps_its_code_and_lands_in_its_family() {
        let errors = every_core_error();
        let mut codes: Vec<&str> = errors.iter().map(Error::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), errors.len(), "one of each variant");
        for error in errors {
            let mapped = UmfError::from(error.clone());
            assert_eq!(mapped.code(), error.code());
            assert_eq!(family(&mapped), error.family().as_str(), "{}", error.code());
            assert_eq!(mapped.to_string(), format!("[{}] {error}", error.code()));
            assert_eq!(mapped.is_retryable(), error.is_retryable());
        }
    }

    #[test]
    fn details_of_api_validation_and_encryption_errors_cross_over() {
        let errors = every_core_error();
        let find = |code: &str| {
            errors
                .iter()
                .find(|e| e.code() == code)
                .cloned()
                .map(UmfError::from)
        };
        assert!(matches!(
            find("api_error"),
            Some(UmfError::Api { http_status: 503, ref ret_code, ref class, retryable: true, .. })
                if ret_code.as_deref() == Some("00090504") && class == "retryable"
        ));
        match find("validation_failed") {
            Some(UmfError::Request { problems, .. }) => assert_eq!(
                problems,
                vec![ValidationProblem {
                    path: "order.amount.total".into(),
                    rule: "amount_format".into(),
                    message: "not an amount".into(),
                    severity: Severity::Error,
                }]
            ),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            find("value_too_long"),
            Some(UmfError::Encryption { path: Some(ref p), .. }) if p == "payer.payer_info.bank_card.number"
        ));
        assert!(matches!(
            find("timeout"),
            Some(UmfError::Transport { ref operation, sent: true, retryable: false, .. })
                if operation == "create_payment"
        ));
        assert!(matches!(
            find("transport_error"),
            Some(UmfError::Transport {
                sent: false,
                retryable: true,
                ..
            })
        ));
        assert!(matches!(
            find("store_unavailable"),
            Some(UmfError::Transport {
                sent: false,
                retryable: true,
                ..
            })
        ));
        assert!(matches!(
            find("invalid_ciphertext"),
            Some(UmfError::Encryption { path: None, .. })
        ));
    }

    /// Every field a variant carries, by its name (the names of the struct patterns are
    /// checked by the compiler); `problems` as its count.
    fn carried(error: &UmfError) -> serde_json::Map<String, Value> {
        use serde_json::json;
        let pairs: Vec<(&str, Value)> = match error {
            UmfError::Key {
                found,
                wanted,
                path,
                parameter,
                value,
                max,
                ..
            } => vec![
                ("found", json!(found)),
                ("wanted", json!(wanted)),
                ("path", json!(path)),
                ("parameter", json!(parameter)),
                ("value", json!(value)),
                ("max", json!(max)),
            ],
            UmfError::Encryption { path, len, max, .. } => vec![
                ("path", json!(path)),
                ("len", json!(len)),
                ("max", json!(max)),
            ],
            UmfError::Signature {
                unverified_ret_code,
                ..
            } => vec![("unverified_ret_code", json!(unverified_ret_code))],
            UmfError::Response { path, .. } => vec![("path", json!(path))],
            UmfError::Api {
                http_status,
                ret_code,
                ret_msg,
                class,
                retryable,
                ..
            } => vec![
                ("http_status", json!(http_status)),
                ("ret_code", json!(ret_code)),
                ("ret_msg", json!(ret_msg)),
                ("class", json!(class)),
                ("retryable", json!(retryable)),
            ],
            UmfError::Request {
                problems,
                operation,
                name,
                ..
            } => vec![
                ("problems", json!(problems.len())),
                ("operation", json!(operation)),
                ("name", json!(name)),
            ],
            UmfError::Transport {
                operation,
                sent,
                retryable,
                waited_ms,
                ..
            } => vec![
                ("operation", json!(operation)),
                ("sent", json!(sent)),
                ("retryable", json!(retryable)),
                ("waited_ms", json!(waited_ms)),
            ],
            _ => Vec::new(),
        };
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
    }

    /// The schema's promise: every extra field the core lists for a code
    /// (`ERROR_KINDS`) is carried by the variant under the same name, with the same value.
    #[test]
    fn every_listed_extra_field_crosses_over_by_its_name() {
        for error in every_core_error() {
            let kind = umf_core::error::ERROR_KINDS
                .iter()
                .find(|k| k.code == error.code())
                .unwrap_or_else(|| panic!("{} is not listed", error.code()));
            let extras = error.extras();
            let mapped = carried(&UmfError::from(error.clone()));
            for field in kind.fields {
                assert!(mapped.contains_key(*field), "{}: {field}", error.code());
                let expected = match (*field, &extras[*field]) {
                    ("problems", Value::Array(items)) => serde_json::json!(items.len()),
                    // An empty path (a bare value) crosses as no path.
                    ("path", Value::String(p)) if p.is_empty() => Value::Null,
                    (_, value) => value.clone(),
                };
                assert_eq!(mapped[*field], expected, "{}: {field}", error.code());
            }
        }
    }
}
