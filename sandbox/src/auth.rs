//! Client-credentials tokens as UMF issues them: one valid token per client; issuing a new
//! one revokes the previous one at once (004:L61); an expired or revoked token is answered
//! HTTP 401 with `00280703` (004:L5525).

use crate::dates::now_millis;
use crate::ids::Ids;
use crate::readings::BearerReading;

/// Why a request's token is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    Missing,
    Expired,
    Revoked,
}

#[derive(Debug, Default)]
pub(crate) struct Tokens {
    /// The valid token and when it expires (Unix milliseconds).
    current: Option<(String, i64)>,
    /// Revoked tokens and when each was revoked (Unix milliseconds).
    revoked: Vec<(String, i64)>,
    /// How many tokens were issued (tests count token requests with it).
    pub issued: u64,
    /// The requests refused for their token, by reason (a fleet that shares its token has
    /// none), and for each revoked token how long after its revocation the
    /// request arrived (the first 64): what tells a request that was on its way when the next
    /// token was issued (a few hundred milliseconds) from one sent with a stale token.
    pub refusals: RefusalLog,
}

/// What [`Tokens::note_refusal`] records (`/__admin/health` shows it).
#[derive(Debug, Default, serde::Serialize)]
pub(crate) struct RefusalLog {
    pub missing: u64,
    pub expired: u64,
    pub revoked: u64,
    pub revoked_after_ms: Vec<i64>,
}

impl RefusalLog {
    /// How many requests were refused for their token, whatever the reason.
    pub(crate) fn total(&self) -> u64 {
        self.missing + self.expired + self.revoked
    }
}

impl Tokens {
    /// Issues a token valid for `ttl` seconds and revokes the previous one.
    pub(crate) fn issue(&mut self, ids: &mut Ids, ttl: u64) -> String {
        let token: String = (0..4).map(|_| format!("{:016x}", ids.next_u64())).collect();
        if let Some((old, _)) = self.current.take() {
            self.revoked.push((old, now_millis()));
            if self.revoked.len() > 64 {
                self.revoked.remove(0);
            }
        }
        // In milliseconds: a whole-second clock would end a token up to a second before the
        // `expires_in` it was issued with.
        self.current = Some((token.clone(), now_millis() + ttl as i64 * 1000));
        self.issued += 1;
        token
    }

    /// Makes the current token expire now (fault injection and the admin API).
    pub(crate) fn expire(&mut self) {
        if let Some((_, expires)) = self.current.as_mut() {
            *expires = now_millis() - 1;
        }
    }

    /// Checks an `Authorization` header value spelt as `reading` allows (`Bearer <t>`, UMF's
    /// demo's `Bearer<t>`, or either); another spelling is answered like an unknown token.
    pub(crate) fn check(
        &self,
        header: Option<&str>,
        reading: BearerReading,
    ) -> Result<(), Refusal> {
        let token = header
            .and_then(|h| reading.token(h))
            .ok_or(Refusal::Missing)?;
        match &self.current {
            Some((current, expires)) if current == token => {
                if now_millis() < *expires {
                    Ok(())
                } else {
                    Err(Refusal::Expired)
                }
            }
            _ if self.revoked.iter().any(|(r, _)| r == token) => Err(Refusal::Revoked),
            _ => Err(Refusal::Missing),
        }
    }

    /// Counts a refusal of the token in `header` for `why`.
    pub(crate) fn note_refusal(
        &mut self,
        header: Option<&str>,
        reading: BearerReading,
        why: Refusal,
    ) {
        match why {
            Refusal::Missing => self.refusals.missing += 1,
            Refusal::Expired => self.refusals.expired += 1,
            Refusal::Revoked => {
                self.refusals.revoked += 1;
                let token = header.and_then(|h| reading.token(h));
                let at = self
                    .revoked
                    .iter()
                    .find(|(r, _)| Some(r.as_str()) == token)
                    .map(|(_, at)| *at);
                if let (Some(at), true) = (at, self.refusals.revoked_after_ms.len() < 64) {
                    self.refusals.revoked_after_ms.push(now_millis() - at);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_revokes_the_old_one() {
        let (mut tokens, mut ids) = (Tokens::default(), Ids::new(3));
        let first = tokens.issue(&mut ids, 3600);
        assert_eq!(first.len(), 64);
        assert!(tokens
            .check(Some(&format!("Bearer {first}")), BearerReading::Both)
            .is_ok());
        assert!(tokens
            .check(Some(&format!("Bearer{first}")), BearerReading::Both)
            .is_ok());
        let second = tokens.issue(&mut ids, 3600);
        assert_eq!(
            tokens.check(Some(&format!("Bearer {first}")), BearerReading::Both),
            Err(Refusal::Revoked)
        );
        assert!(tokens
            .check(Some(&format!("Bearer {second}")), BearerReading::Both)
            .is_ok());
        tokens.expire();
        assert_eq!(
            tokens.check(Some(&format!("Bearer {second}")), BearerReading::Both),
            Err(Refusal::Expired)
        );
        assert_eq!(
            tokens.check(None, BearerReading::Both),
            Err(Refusal::Missing)
        );
        assert_eq!(tokens.issued, 2);
    }
}
