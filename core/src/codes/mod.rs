//! UMF return codes (`meta.ret_code`) and HTTP statuses, classified once for every caller.
//!
//! The table in `table.rs` holds every code of the 004 appendix and section tables (API.md §5.2),
//! with its documented message and seed line. UMF never says whether a business failure comes
//! back as HTTP 200 or 4xx (API.md §5.1, Q16), so [`classify`] reads `ret_code` first and falls
//! back to the HTTP status.

pub mod names;
mod table;

use std::fmt;

use serde::Serialize;

pub(crate) use table::RETURN_CODES;

/// What a return code means for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReturnCodeClass {
    /// `0000`.
    Success,
    /// The outcome is unknown or still in progress: query later, never treat as failed.
    Pending,
    /// Already done or a duplicate (`mer_reference_id` reused, refund already applied, ...).
    Duplicate,
    /// A repeat that contradicts the original: the same order id with other contents
    /// (`00202022`, "information in sub-order and original order not match"). Unlike a
    /// duplicate, nothing the caller asked for exists: resend the original, or use a new id.
    Conflict,
    /// The access token expired or was revoked (`00280703`, HTTP 401): refresh once, retry once.
    TokenExpired,
    /// UMF could not verify the merchant's request signature (`00060710`).
    Signature,
    /// UMF rejected the request data itself; fix the request.
    Validation,
    /// A system or communication error (or HTTP 429/5xx) that may pass. Whether the *request*
    /// may be retried also depends on the operation: see [`crate::Error::is_retryable`].
    Retryable,
    /// Any other business failure (declined, not found, not permitted, ...).
    Other,
}

impl ReturnCodeClass {
    /// Every class, in declaration order (the schema lists them).
    pub const ALL: &'static [ReturnCodeClass] = &[
        ReturnCodeClass::Success,
        ReturnCodeClass::Pending,
        ReturnCodeClass::Duplicate,
        ReturnCodeClass::Conflict,
        ReturnCodeClass::TokenExpired,
        ReturnCodeClass::Signature,
        ReturnCodeClass::Validation,
        ReturnCodeClass::Retryable,
        ReturnCodeClass::Other,
    ];

    /// Stable lower-case name (`success`, `pending`, ...), as the bindings expose it.
    pub fn as_str(self) -> &'static str {
        match self {
            ReturnCodeClass::Success => "success",
            ReturnCodeClass::Pending => "pending",
            ReturnCodeClass::Duplicate => "duplicate",
            ReturnCodeClass::Conflict => "conflict",
            ReturnCodeClass::TokenExpired => "token_expired",
            ReturnCodeClass::Signature => "signature",
            ReturnCodeClass::Validation => "validation",
            ReturnCodeClass::Retryable => "retryable",
            ReturnCodeClass::Other => "other",
        }
    }

    /// Whether the class on its own suggests trying again later.
    pub fn is_retryable(self) -> bool {
        matches!(self, ReturnCodeClass::Retryable)
    }
}

impl fmt::Display for ReturnCodeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which table of the documents a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CodeTable {
    /// General return codes (004:L5291-5295).
    General,
    /// Transaction error codes (004:L5296-5529).
    Transaction,
    /// SMS verification errors of §3.6 (004:L2470-2481).
    SmsVerification,
    /// Customs status codes of §3.17 (004:L3173-3179).
    CustomsStatus,
    /// Remittance errors of §9.6 (004:L5846-5864).
    Remittance,
    /// Transfer and tuition errors of §10.4 (004:L6185-6192).
    TransferTuition,
}

/// One row of the documents' return-code tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReturnCodeRow {
    /// The table the row comes from.
    pub table: CodeTable,
    /// The code as sent in `meta.ret_code`.
    pub code: &'static str,
    /// The documented meaning (English, or Chinese where the document has only that).
    pub message: &'static str,
    /// The SDK's classification.
    pub class: ReturnCodeClass,
    /// Seed line of the row, e.g. `004:L5313`.
    pub source: &'static str,
}

/// The code that means success, the token-expired code (004:L5525) and the merchant
/// signature failure (004:L5313), the three the SDK itself acts on.
pub use names::{SIGNATURE_FAILURE, SUCCESS, TOKEN_EXPIRED};

/// Every documented row (a code documented in several tables has several rows).
pub fn all_codes() -> &'static [ReturnCodeRow] {
    RETURN_CODES
}

/// The first documented row for `code`, if the documents know it.
pub fn lookup(code: &str) -> Option<&'static ReturnCodeRow> {
    RETURN_CODES.iter().find(|row| row.code == code)
}

/// Classifies a response by its `ret_code` (when it has one) and HTTP status.
///
/// `ret_code` wins when present and documented; an undocumented non-`0000` code is `Other`
/// unless the HTTP status says more (401, 409, 429, 5xx).
pub fn classify(ret_code: Option<&str>, http_status: u16) -> ReturnCodeClass {
    if let Some(row) = ret_code.and_then(lookup) {
        return row.class;
    }
    match http_status {
        401 => ReturnCodeClass::TokenExpired,
        409 => ReturnCodeClass::Duplicate,
        429 | 500..=599 => ReturnCodeClass::Retryable,
        400 | 422 => ReturnCodeClass::Validation,
        _ if ret_code == Some(SUCCESS) => ReturnCodeClass::Success,
        200..=299 if ret_code.is_none() => ReturnCodeClass::Success,
        _ => ReturnCodeClass::Other,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_documented_code_has_one_name() {
        use std::collections::{BTreeMap, BTreeSet};
        let named: BTreeMap<&str, &str> = super::names::ALL.iter().map(|(n, c)| (*c, *n)).collect();
        assert_eq!(named.len(), super::names::ALL.len(), "a code has two names");
        let names: BTreeSet<&str> = super::names::ALL.iter().map(|(n, _)| *n).collect();
        assert_eq!(names.len(), super::names::ALL.len(), "a name is used twice");
        let documented: BTreeSet<&str> = super::all_codes().iter().map(|r| r.code).collect();
        assert_eq!(documented, named.keys().copied().collect::<BTreeSet<_>>());
    }

    use super::*;

    #[test]
    fn table_has_every_documented_row() {
        // API.md §5.2: 2 general + 231 transaction + 9 SMS + 4 customs + 16 remittance + 5 tuition.
        assert_eq!(RETURN_CODES.len(), 267);
        let count = |t| RETURN_CODES.iter().filter(|r| r.table == t).count();
        assert_eq!(count(CodeTable::General), 2);
        assert_eq!(count(CodeTable::Transaction), 231);
        assert_eq!(count(CodeTable::SmsVerification), 9);
        assert_eq!(count(CodeTable::CustomsStatus), 4);
        assert_eq!(count(CodeTable::Remittance), 16);
        assert_eq!(count(CodeTable::TransferTuition), 5);
    }

    #[test]
    fn flags_of_api_md_are_kept() {
        assert_eq!(classify(Some("0000"), 200), ReturnCodeClass::Success);
        assert_eq!(
            classify(Some(TOKEN_EXPIRED), 200),
            ReturnCodeClass::TokenExpired
        );
        assert_eq!(
            classify(Some(SIGNATURE_FAILURE), 400),
            ReturnCodeClass::Signature
        );
        assert_eq!(classify(Some("00060780"), 200), ReturnCodeClass::Duplicate);
        assert_eq!(classify(Some("00060761"), 200), ReturnCodeClass::Pending);
        assert_eq!(classify(Some("00090504"), 200), ReturnCodeClass::Retryable);
        assert_eq!(classify(Some("00060700"), 200), ReturnCodeClass::Validation);
        assert_eq!(classify(Some("00060550"), 200), ReturnCodeClass::Other);
    }

    #[test]
    fn http_status_decides_without_a_known_code() {
        assert_eq!(classify(None, 401), ReturnCodeClass::TokenExpired);
        assert_eq!(classify(None, 409), ReturnCodeClass::Duplicate);
        // Same order id, other contents: not the original done again.
        assert_eq!(classify(Some("00202022"), 409), ReturnCodeClass::Conflict);
        assert_eq!(ReturnCodeClass::Conflict.as_str(), "conflict");
        assert_eq!(classify(None, 429), ReturnCodeClass::Retryable);
        assert_eq!(classify(None, 503), ReturnCodeClass::Retryable);
        assert_eq!(classify(Some("99999999"), 404), ReturnCodeClass::Other);
        assert_eq!(classify(None, 200), ReturnCodeClass::Success);
    }

    #[test]
    fn every_row_is_eight_digits_or_success() {
        for row in RETURN_CODES {
            assert!(
                row.code == SUCCESS
                    || (row.code.len() == 8 && row.code.bytes().all(|b| b.is_ascii_digit())),
                "{}",
                row.code
            );
        }
    }
}

#[cfg(test)]
mod class_tests {
    use super::ReturnCodeClass;

    #[test]
    fn all_lists_each_class_once() {
        let names: std::collections::BTreeSet<&str> =
            ReturnCodeClass::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), ReturnCodeClass::ALL.len());
        // Every class a documented code has is listed.
        for row in super::all_codes() {
            assert!(ReturnCodeClass::ALL.contains(&row.class), "{:?}", row.class);
        }
        assert!(names.contains("conflict"));
    }
}
