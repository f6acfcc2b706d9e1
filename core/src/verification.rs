//! Verifying `meta.sign` on UMF responses.
//!
//! 004:L87-94 says UMF signs every response, puts the signature in `meta` (the examples call it
//! `meta.sign`), and that it covers "the result object(s)" — without saying which bytes. Most
//! 004 responses carry no `sign` at all (API.md §1.5, Q4). The SDK therefore:
//!
//! * keeps the raw bytes and cuts the covered text out with [`crate::json_scan`], never
//!   re-serialising (Alipay's SDK checks its responses the same way);
//! * makes the covered bytes a choice, [`SignatureScope`]: by default ([`SignatureScope::Auto`])
//!   every documented reading is tried and the one whose signature verifies is reported;
//! * makes the requirement a choice, [`VerifyPolicy`]: `Strict` (a valid `sign` is required),
//!   `IfPresent` (the default: verify when present, report `Unsigned` otherwise), `Off`;
//! * reports on every result what was checked ([`Verification`]): which members the signature
//!   covered and which it did not.
//!
//! **Verified means covered.** Whatever the scope, only covered bytes may be reported as
//! verified: [`crate::client::parse_response`] reads the typed result from covered members
//! only and sets every other member aside as uncovered; under a scope that leaves `meta` out,
//! `meta` is listed as uncovered, so its `ret_code` is never called verified. No offered
//! reading lets two different bodies cover the same bytes: the member names and separators are
//! part of the covered text, or (under `primary_result`, which covers one value only) the value
//! must identify its own kind (an `id` with the result's documented prefix, see
//! [`crate::operations::results::id_prefix`]), so a genuinely signed refund cannot be read as a
//! payment.
//!
//! A present signature that does not verify is always an error, whatever the policy: the check
//! fails closed. Duplicate keys and trailing data are rejected before anything is read.
//!
//! Responses without a result member (`meta` only, e.g. unbind) are covered by the `meta`
//! object's own text with its `sign` member removed, so a signature over one meta-only
//! response cannot be replayed onto another with a different `ret_code`.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::json_scan::{self, Member, TopLevel};
use crate::keys::{PrivateKey, PublicKey};

/// The name of the signature member inside `meta`.
pub const SIGN_MEMBER: &str = "sign";

/// Which bytes `meta.sign` covers (API.md Q4).
///
/// Each concrete reading binds what it covers: the member names and separators are inside the
/// covered text, or (for `PrimaryResult`, one value) the value must identify its own kind. A
/// reading under which two different bodies cover the same bytes (every result value
/// concatenated without names or separators, as API.md Q4 (a) once proposed) is not offered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureScope {
    /// Every concrete reading below is tried (in the order of [`SignatureScope::CONCRETE`]);
    /// the one whose signature verifies is reported in [`Verification::scope`], and what it
    /// does not cover is reported as uncovered. The default, because UMF's reading is unknown
    /// (API.md Q4): detecting it beats failing a genuine answer, and no reading can widen what
    /// is called verified beyond the bytes it covers.
    #[default]
    Auto,
    /// The raw text of the primary result member's value: the operation's first result key
    /// present (with no result keys given, the first member that is neither `meta` nor
    /// `links`). `meta`, `links` and every other member are uncovered. An answer without any
    /// of the operation's result keys is covered by `meta` without its `sign`.
    PrimaryResult,
    /// The raw text of the envelope object with the `meta` member (and its separating comma)
    /// cut out: every result member, its name and `links`, but not `meta`.
    BodyWithoutMeta,
    /// The whole body with the `sign` member (and its separating comma) cut out of `meta`:
    /// everything, `meta.ret_code` included.
    BodyWithoutSign,
}

impl SignatureScope {
    /// The concrete readings, in the order [`SignatureScope::Auto`] tries them: the sandbox's
    /// default first (it is the commonest answer in tests), then the wider ones.
    pub const CONCRETE: [SignatureScope; 3] = [
        SignatureScope::PrimaryResult,
        SignatureScope::BodyWithoutSign,
        SignatureScope::BodyWithoutMeta,
    ];

    /// The snake_case name, as configured and reported.
    pub fn name(self) -> &'static str {
        match self {
            SignatureScope::Auto => "auto",
            SignatureScope::PrimaryResult => "primary_result",
            SignatureScope::BodyWithoutMeta => "body_without_meta",
            SignatureScope::BodyWithoutSign => "body_without_sign",
        }
    }
}

/// Whether a `meta.sign` is required.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerifyPolicy {
    /// Every response must carry a valid signature; a missing one is
    /// [`Error::SignatureMissing`].
    Strict,
    /// Verify when `sign` is present; report [`VerificationStatus::Unsigned`] when it is not.
    /// The default, because most documented 004 responses carry no `sign` (API.md §1.5).
    #[default]
    IfPresent,
    /// Do not check. The result still says so.
    Off,
}

/// How responses are checked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct VerifyOptions {
    /// Whether a signature is required.
    pub policy: VerifyPolicy,
    /// Which bytes it covers.
    pub scope: SignatureScope,
}

/// What verification found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    /// A signature was present and verified.
    Verified,
    /// No signature was present (policy `IfPresent`); nothing in the response is authenticated.
    Unsigned,
    /// Verification was switched off (policy `Off`).
    NotChecked,
}

/// The report attached to every parsed response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// What was found.
    pub status: VerificationStatus,
    /// The scope whose signature verified (when `Verified`), else the one configured.
    pub scope: SignatureScope,
    /// Names of the members whose bytes the signature covered (empty unless `Verified`).
    /// `meta` is listed when its `ret_code` and `ret_msg` are covered.
    pub covered: Vec<String>,
    /// Names of the members present in the answer that the signature did not cover (empty
    /// unless `Verified`). The typed result is never read from them: result members land in
    /// the response's `uncovered` map; `meta` and `links` are still read, and listed here.
    pub uncovered: Vec<String>,
    /// Hex SHA-256 fingerprint of the UMF public key whose signature verified (when
    /// `Verified`): with several keys configured during a key change-over, the one that held.
    pub key_fingerprint: Option<String>,
}

impl Verification {
    /// Whether the response was authenticated.
    pub fn is_verified(&self) -> bool {
        self.status == VerificationStatus::Verified
    }

    /// Whether the signature covered `meta` (so `ret_code` is authenticated too).
    pub fn covers_meta(&self) -> bool {
        self.is_verified() && self.covered.iter().any(|m| m == "meta")
    }

    /// Whether the signature covered the member `name`.
    pub fn covers(&self, name: &str) -> bool {
        self.is_verified() && self.covered.iter().any(|m| m == name)
    }

    /// The report for an answer that carried no signature.
    pub fn unsigned(scope: SignatureScope) -> Self {
        Self::unchecked(VerificationStatus::Unsigned, scope)
    }

    /// The report for an answer read without checking.
    pub fn not_checked(scope: SignatureScope) -> Self {
        Self::unchecked(VerificationStatus::NotChecked, scope)
    }

    fn unchecked(status: VerificationStatus, scope: SignatureScope) -> Self {
        Verification {
            status,
            scope,
            covered: Vec::new(),
            uncovered: Vec::new(),
            key_fingerprint: None,
        }
    }
}

/// The bytes a concrete scope covers in one answer, and what they stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The exact bytes the signature must verify over.
    pub bytes: Vec<u8>,
    /// The members whose text is inside `bytes` (`meta` when it is).
    pub covered: Vec<String>,
    /// The members present but outside `bytes`.
    pub uncovered: Vec<String>,
    /// Under `PrimaryResult`: the member whose value alone is covered; its name is not, so its
    /// value must identify its own kind.
    pub unnamed: Option<String>,
}

/// A response body scanned once: its top-level members and where `meta` and its `sign` are.
pub struct ScannedResponse<'a> {
    raw: &'a [u8],
    /// The object holding `meta` (the body, or the first array element that has one).
    object: Range<usize>,
    members: Vec<Member<'a>>,
    meta: Option<MetaInfo<'a>>,
}

struct MetaInfo<'a> {
    /// The meta value's range in the raw body.
    value: Range<usize>,
    members: Vec<Member<'a>>,
    sign_index: Option<usize>,
}

impl<'a> ScannedResponse<'a> {
    /// Scans a body: one well-formed JSON document, no duplicate keys, an object at the top
    /// (or an array whose first object element is the envelope, as the reconciliation
    /// statement is, 004:L3268).
    pub fn scan(raw: &'a [u8]) -> Result<Self> {
        let top = json_scan::scan(raw).map_err(|e| Error::malformed(e.to_string()))?;
        let (object, members) = match top {
            TopLevel::Object(members) => (0..raw.len(), members),
            // The first object element with a `meta` member, scanned in the same pass.
            TopLevel::Array(elements) => elements
                .into_iter()
                .find_map(|e| match e.members {
                    Some(members) if members.iter().any(|m| m.key == "meta") => {
                        Some((e.range, members))
                    }
                    _ => None,
                })
                .ok_or_else(|| Error::malformed("array body without a `meta` envelope"))?,
            TopLevel::Scalar(_) => return Err(Error::malformed("body is not a JSON object")),
        };
        let meta = match members.iter().find(|m| m.key == "meta") {
            Some(m) if raw.get(m.value.start) == Some(&b'{') => {
                let inner = json_scan::scan_object(&raw[m.value.clone()])
                    .map_err(|e| Error::malformed(e.to_string()))?;
                let inner = shift(inner, m.value.start);
                let sign_index = inner.iter().position(|m| m.key == SIGN_MEMBER);
                Some(MetaInfo {
                    value: m.value.clone(),
                    members: inner,
                    sign_index,
                })
            }
            Some(_) => return Err(Error::malformed("`meta` is not an object")),
            None => None,
        };
        Ok(ScannedResponse {
            raw,
            object,
            members,
            meta,
        })
    }

    /// The raw bytes.
    pub fn raw(&self) -> &'a [u8] {
        self.raw
    }

    /// The top-level member names, in document order.
    pub fn member_names(&self) -> impl Iterator<Item = &str> {
        self.members.iter().map(|m| m.key.as_ref())
    }

    /// The raw text of a top-level member's value.
    pub fn member_raw(&self, name: &str) -> Option<&'a [u8]> {
        let raw = self.raw;
        self.members
            .iter()
            .find(|m| m.key == name)
            .map(|m| &raw[m.value.clone()])
    }

    /// The raw text of the envelope object (the body, or the array element holding `meta`).
    pub fn envelope_raw(&self) -> &'a [u8] {
        &self.raw[self.object.clone()]
    }

    /// The decoded `meta.sign`, when present and non-empty.
    pub fn sign(&self) -> Result<Option<String>> {
        self.meta_string(SIGN_MEMBER)
    }

    /// A decoded string member of `meta` (`ret_code`, `sign`, ...).
    pub fn meta_string(&self, name: &str) -> Result<Option<String>> {
        let Some(meta) = &self.meta else {
            return Ok(None);
        };
        let Some(member) = meta.members.iter().find(|m| m.key == name) else {
            return Ok(None);
        };
        let raw = &self.raw[member.value.clone()];
        match raw.first() {
            Some(b'"') => Ok(json_scan::decode_string(raw)
                .map(|s| s.into_owned())
                .filter(|s| !s.is_empty())),
            Some(b'n') => Ok(None),
            _ => Err(Error::malformed(format!("`meta.{name}` is not a string"))),
        }
    }

    /// The bytes a concrete `scope` covers, and which members they stand for.
    /// [`SignatureScope::Auto`] is not a set of bytes: it is an error here.
    pub fn coverage(&self, scope: SignatureScope, result_keys: &[&str]) -> Result<Coverage> {
        let names: Vec<String> = self.member_names().map(str::to_owned).collect();
        let split = |covered: Vec<String>, bytes: Vec<u8>, unnamed: Option<String>| {
            let uncovered = names
                .iter()
                .filter(|n| !covered.contains(n))
                .cloned()
                .collect();
            Coverage {
                bytes,
                covered,
                uncovered,
                unnamed,
            }
        };
        Ok(match scope {
            SignatureScope::Auto => {
                return Err(Error::invalid_request(
                    "`auto` tries every scope when verifying; sign with a concrete scope",
                ))
            }
            SignatureScope::PrimaryResult => {
                // Only the operation's own result keys: falling back to "any other member"
                // would let a signed value be read under a name the operation never answers.
                // A caller that names none (a bare `umf response verify`) gets the first
                // member that is neither `meta` nor `links`.
                let primary = if result_keys.is_empty() {
                    self.members
                        .iter()
                        .find(|m| m.key != "meta" && m.key != "links")
                } else {
                    result_keys
                        .iter()
                        .find_map(|k| self.members.iter().find(|m| m.key == *k))
                };
                match primary {
                    Some(m) => split(
                        vec![m.key.clone().into_owned()],
                        self.raw[m.value.clone()].to_vec(),
                        Some(m.key.clone().into_owned()),
                    ),
                    None => {
                        let (bytes, covered) = self.meta_without_sign();
                        split(covered, bytes, None)
                    }
                }
            }
            SignatureScope::BodyWithoutMeta => {
                let has_result = self.members.iter().any(|m| m.key != "meta");
                let meta_index = self.members.iter().position(|m| m.key == "meta");
                match (has_result, meta_index) {
                    (true, Some(i)) => {
                        let cut = cut_member(&self.members, i);
                        let mut bytes = Vec::with_capacity(self.object.len());
                        bytes.extend_from_slice(&self.raw[self.object.start..cut.start]);
                        bytes.extend_from_slice(&self.raw[cut.end..self.object.end]);
                        let covered = names.iter().filter(|n| *n != "meta").cloned().collect();
                        split(covered, bytes, None)
                    }
                    _ => {
                        let (bytes, covered) = self.meta_without_sign();
                        split(covered, bytes, None)
                    }
                }
            }
            SignatureScope::BodyWithoutSign => {
                let mut bytes = Vec::with_capacity(self.raw.len());
                match self.sign_cut() {
                    Some(cut) => {
                        bytes.extend_from_slice(&self.raw[..cut.start]);
                        bytes.extend_from_slice(&self.raw[cut.end..]);
                    }
                    None => bytes.extend_from_slice(self.raw),
                }
                split(names.clone(), bytes, None)
            }
        })
    }

    fn meta_without_sign(&self) -> (Vec<u8>, Vec<String>) {
        let Some(meta) = &self.meta else {
            return (Vec::new(), Vec::new());
        };
        let mut bytes = Vec::with_capacity(meta.value.len());
        match self.sign_cut() {
            Some(cut) => {
                bytes.extend_from_slice(&self.raw[meta.value.start..cut.start]);
                bytes.extend_from_slice(&self.raw[cut.end..meta.value.end]);
            }
            None => bytes.extend_from_slice(&self.raw[meta.value.clone()]),
        }
        (bytes, vec!["meta".to_owned()])
    }

    /// The range to cut to remove `sign` from `meta`.
    fn sign_cut(&self) -> Option<Range<usize>> {
        let meta = self.meta.as_ref()?;
        Some(cut_member(&meta.members, meta.sign_index?))
    }
}

/// The range that removes member `i` of an object with its separating comma: from the end of
/// the previous member's value to the end of its own, or, when it is first, from its key to
/// the next key.
fn cut_member(members: &[Member<'_>], i: usize) -> Range<usize> {
    let member = &members[i];
    if i > 0 {
        members[i - 1].value.end..member.value.end
    } else if let Some(next) = members.get(1) {
        member.span.start..next.span.start
    } else {
        member.span.clone()
    }
}

fn shift(members: Vec<Member<'_>>, by: usize) -> Vec<Member<'_>> {
    members
        .into_iter()
        .map(|m| Member {
            key: m.key,
            span: m.span.start + by..m.span.end + by,
            value: m.value.start + by..m.value.end + by,
        })
        .collect()
}

/// Verifies a response body's `meta.sign` with the UMF public key.
///
/// `result_keys` are the operation's result member names (from the operation table), used by
/// [`SignatureScope::PrimaryResult`]; pass `&[]` when unknown.
pub fn verify_response(
    raw: &[u8],
    key: &PublicKey,
    options: VerifyOptions,
    result_keys: &[&str],
) -> Result<Verification> {
    let scanned = ScannedResponse::scan(raw)?;
    verify_scanned(&scanned, key, options, result_keys)
}

/// [`verify_response`] with a set of UMF public keys (a key change-over): verified when the
/// signature is one of theirs; the report names which key in `key_fingerprint`. An empty set
/// verifies nothing.
pub fn verify_response_with_keys(
    raw: &[u8],
    keys: &[&PublicKey],
    options: VerifyOptions,
    result_keys: &[&str],
) -> Result<Verification> {
    let scanned = ScannedResponse::scan(raw)?;
    verify_scanned_with_keys(&scanned, keys, options, result_keys)
}

/// [`verify_response`] on a body already scanned.
pub fn verify_scanned(
    scanned: &ScannedResponse<'_>,
    key: &PublicKey,
    options: VerifyOptions,
    result_keys: &[&str],
) -> Result<Verification> {
    verify_scanned_with_keys(scanned, &[key], options, result_keys)
}

/// [`verify_response_with_keys`] on a body already scanned.
pub fn verify_scanned_with_keys(
    scanned: &ScannedResponse<'_>,
    keys: &[&PublicKey],
    options: VerifyOptions,
    result_keys: &[&str],
) -> Result<Verification> {
    if options.policy == VerifyPolicy::Off {
        return Ok(Verification::unchecked(
            VerificationStatus::NotChecked,
            options.scope,
        ));
    }
    let Some(sign) = scanned.sign()? else {
        return match options.policy {
            VerifyPolicy::Strict => Err(Error::SignatureMissing {
                unverified_ret_code: scanned.meta_string("ret_code").ok().flatten(),
            }),
            _ => Ok(Verification::unchecked(
                VerificationStatus::Unsigned,
                options.scope,
            )),
        };
    };
    let candidates: &[SignatureScope] = match options.scope {
        SignatureScope::Auto => &SignatureScope::CONCRETE,
        ref one => std::slice::from_ref(one),
    };
    let mut failure = None;
    for &scope in candidates {
        let coverage = scanned.coverage(scope, result_keys)?;
        for key in keys {
            match key.verify(&coverage.bytes, &sign) {
                Ok(()) => {
                    if let Some(member) = &coverage.unnamed {
                        check_identifies(scanned, member)?;
                    }
                    return Ok(Verification {
                        status: VerificationStatus::Verified,
                        scope,
                        covered: coverage.covered,
                        uncovered: coverage.uncovered,
                        key_fingerprint: Some(key.fingerprint().to_hex()),
                    });
                }
                // With several keys, a signature that is merely wrong for one key is the
                // answer, not one that does not fit another key's size.
                Err(e) if failure.is_none() || matches!(e, Error::SignatureInvalid) => {
                    failure = Some(e)
                }
                Err(_) => {}
            }
        }
    }
    Err(failure.unwrap_or(Error::SignatureInvalid))
}

/// Under a scope that covers a value without its name, the value must say what it is: when it
/// (or each element of a list) carries an `id`, the id has the prefix UMF documents for that
/// result member (`PAY_` for `payment`, `REFUND_` for `refund`, ...). Otherwise a signed refund
/// moved under `payment` would be read as a genuine payment.
fn check_identifies(scanned: &ScannedResponse<'_>, member: &str) -> Result<()> {
    let Some(prefix) = crate::operations::results::id_prefix(member) else {
        return Ok(());
    };
    let Some(raw) = scanned.member_raw(member) else {
        return Ok(());
    };
    let objects: Vec<&[u8]> = match raw.first() {
        Some(b'{') => vec![raw],
        Some(b'[') => match json_scan::scan(raw).map_err(|e| Error::malformed(e.to_string()))? {
            TopLevel::Array(elements) => elements.into_iter().map(|e| &raw[e.range]).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    for object in objects {
        if object.first() != Some(&b'{') {
            continue;
        }
        let members =
            json_scan::scan_object(object).map_err(|e| Error::malformed(e.to_string()))?;
        let Some(id) = members.iter().find(|m| m.key == "id") else {
            continue;
        };
        // The signature is genuine, but not for this member: to the caller it vouches for
        // nothing here, exactly like a signature over other bytes.
        let text = json_scan::decode_string(&object[id.value.clone()]);
        if !text.is_some_and(|t| t.starts_with(prefix)) {
            return Err(Error::SignatureInvalid);
        }
    }
    Ok(())
}

/// Signs a response body the way [`verify_response`] checks it, and returns the body with
/// `"sign":"…"` appended as the last member of `meta`. This is the sandbox's side of Q4, kept
/// here so that signer and verifier cannot drift apart.
///
/// The body must not already hold a `meta.sign`.
pub fn sign_response(
    body: &[u8],
    key: &PrivateKey,
    scope: SignatureScope,
    result_keys: &[&str],
) -> Result<Vec<u8>> {
    let scanned = ScannedResponse::scan(body)?;
    if scanned.sign()?.is_some() {
        return Err(Error::malformed("body is already signed"));
    }
    let meta = scanned
        .meta
        .as_ref()
        .ok_or_else(|| Error::malformed("body has no `meta` object to carry the signature"))?;
    let coverage = scanned.coverage(scope, result_keys)?;
    let signature = key.sign(&coverage.bytes)?;
    // Insert before meta's closing brace; the removal rule of `sign_cut` gives back `body`.
    let member = if meta.members.is_empty() {
        format!("\"{SIGN_MEMBER}\":\"{signature}\"")
    } else {
        format!(",\"{SIGN_MEMBER}\":\"{signature}\"")
    };
    let insert_at = meta
        .members
        .last()
        .map_or(meta.value.start + 1, |m| m.value.end);
    let mut out = Vec::with_capacity(body.len() + member.len());
    out.extend_from_slice(&body[..insert_at]);
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(&body[insert_at..]);
    Ok(out)
}
