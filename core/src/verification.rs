//! Verifying `meta.sign` on UMF responses.
//!
//! 004:L87-94 says UMF signs every response, puts the signature in `meta` (the examples call it
//! `meta.sign`), and that it covers "the result object(s)" — without saying which bytes. Most
//! 004 responses carry no `sign` at all (API.md §1.5, Q4). The SDK therefore:
//!
//! * keeps the raw bytes and cuts the covered text out with [`crate::json_scan`], never
//!   re-serialising (Alipay's SDK checks its responses the same way);
//! * makes the covered bytes a choice, [`SignatureScope`], defaulting to the raw text of the
//!   primary result member's value (e.g. the `{…}` after `"payment":`);
//! * makes the requirement a choice, [`VerifyPolicy`]: `Strict` (a valid `sign` is required),
//!   `IfPresent` (the default: verify when present, report `Unsigned` otherwise), `Off`;
//! * reports on every result what was checked ([`Verification`]).
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

/// Members that are never the result: the envelope and the HATEOAS links.
const NOT_RESULTS: [&str; 2] = ["meta", "links"];
/// The name of the signature member inside `meta`.
pub const SIGN_MEMBER: &str = "sign";

/// Which bytes `meta.sign` covers (API.md Q4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureScope {
    /// The raw text of the primary result member's value: the operation's first result key
    /// present, or else the first member that is neither `meta` nor `links`.
    #[default]
    PrimaryResult,
    /// The raw text of every member except `meta`, in document order, concatenated.
    AllResults,
    /// The whole body with the `sign` member (and its separating comma) cut out of `meta`.
    BodyWithoutSign,
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
    /// The scope used.
    pub scope: SignatureScope,
    /// Names of the members whose bytes the signature covered (empty unless `Verified`).
    pub covered: Vec<String>,
}

impl Verification {
    /// Whether the response was authenticated.
    pub fn is_verified(&self) -> bool {
        self.status == VerificationStatus::Verified
    }
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
            TopLevel::Array(elements) => {
                let mut found = None;
                for range in elements {
                    if raw.get(range.start) == Some(&b'{') {
                        let members = json_scan::scan_object(&raw[range.clone()])
                            .map_err(|e| Error::malformed(e.to_string()))?;
                        let members = shift(members, range.start);
                        if members.iter().any(|m| m.key == "meta") {
                            found = Some((range, members));
                            break;
                        }
                    }
                }
                found.ok_or_else(|| Error::malformed("array body without a `meta` envelope"))?
            }
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

    /// The bytes `scope` covers, and the names of the members they come from.
    pub fn signed_bytes(
        &self,
        scope: SignatureScope,
        result_keys: &[&str],
    ) -> (Vec<u8>, Vec<String>) {
        let results: Vec<&Member<'a>> = self
            .members
            .iter()
            .filter(|m| !NOT_RESULTS.contains(&m.key.as_ref()))
            .collect();
        match scope {
            SignatureScope::PrimaryResult => {
                let primary = result_keys
                    .iter()
                    .find_map(|k| self.members.iter().find(|m| m.key == *k))
                    .or_else(|| results.first().copied());
                match primary {
                    Some(m) => (
                        self.raw[m.value.clone()].to_vec(),
                        vec![m.key.clone().into_owned()],
                    ),
                    None => self.meta_without_sign(),
                }
            }
            SignatureScope::AllResults => {
                let covered: Vec<&Member<'a>> =
                    self.members.iter().filter(|m| m.key != "meta").collect();
                if covered.is_empty() {
                    return self.meta_without_sign();
                }
                let mut bytes = Vec::new();
                for m in &covered {
                    bytes.extend_from_slice(&self.raw[m.value.clone()]);
                }
                (
                    bytes,
                    covered.iter().map(|m| m.key.clone().into_owned()).collect(),
                )
            }
            SignatureScope::BodyWithoutSign => {
                let cut = self.sign_cut();
                let mut bytes = Vec::with_capacity(self.raw.len());
                match cut {
                    Some(cut) => {
                        bytes.extend_from_slice(&self.raw[..cut.start]);
                        bytes.extend_from_slice(&self.raw[cut.end..]);
                    }
                    None => bytes.extend_from_slice(self.raw),
                }
                (bytes, self.member_names().map(str::to_owned).collect())
            }
        }
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

    /// The range to cut to remove `sign` from `meta`: from the end of the previous member's
    /// value to the end of `sign`, or, when `sign` is first, from its key to the next key.
    fn sign_cut(&self) -> Option<Range<usize>> {
        let meta = self.meta.as_ref()?;
        let i = meta.sign_index?;
        let sign = &meta.members[i];
        if i > 0 {
            Some(meta.members[i - 1].value.end..sign.value.end)
        } else if let Some(next) = meta.members.get(1) {
            Some(sign.span.start..next.span.start)
        } else {
            Some(sign.span.clone())
        }
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

/// [`verify_response`] on a body already scanned.
pub fn verify_scanned(
    scanned: &ScannedResponse<'_>,
    key: &PublicKey,
    options: VerifyOptions,
    result_keys: &[&str],
) -> Result<Verification> {
    if options.policy == VerifyPolicy::Off {
        return Ok(Verification {
            status: VerificationStatus::NotChecked,
            scope: options.scope,
            covered: Vec::new(),
        });
    }
    let Some(sign) = scanned.sign()? else {
        return match options.policy {
            VerifyPolicy::Strict => Err(Error::SignatureMissing {
                unverified_ret_code: scanned.meta_string("ret_code").ok().flatten(),
            }),
            _ => Ok(Verification {
                status: VerificationStatus::Unsigned,
                scope: options.scope,
                covered: Vec::new(),
            }),
        };
    };
    let (bytes, covered) = scanned.signed_bytes(options.scope, result_keys);
    key.verify(&bytes, &sign)?;
    Ok(Verification {
        status: VerificationStatus::Verified,
        scope: options.scope,
        covered,
    })
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
    let (bytes, _) = scanned.signed_bytes(scope, result_keys);
    let signature = key.sign(&bytes)?;
    // Insert before meta's closing brace; the removal rule of `sign_cut` gives back `body`.
    let close = meta.value.end - 1;
    let member = if meta.members.is_empty() {
        format!("\"{SIGN_MEMBER}\":\"{signature}\"")
    } else {
        format!(",\"{SIGN_MEMBER}\":\"{signature}\"")
    };
    let insert_at = meta
        .members
        .last()
        .map_or(meta.value.start + 1, |m| m.value.end);
    debug_assert!(insert_at <= close);
    let mut out = Vec::with_capacity(body.len() + member.len());
    out.extend_from_slice(&body[..insert_at]);
    out.extend_from_slice(member.as_bytes());
    out.extend_from_slice(&body[insert_at..]);
    Ok(out)
}
