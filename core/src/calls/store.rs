//! The shared token store: what a fleet of processes keeps in Redis so that one `client_id`
//! has one token at a time.
//!
//! UMF revokes a client's previous token whenever it issues a new one (004:L61), so processes
//! that each fetch their own token cut each other off. With a store, the process that needs a
//! token first asks Redis; only the one that wins a lock with an expiry fetches, and it puts
//! the token where the others find it. Each step is one Lua script run atomically by Redis, so
//! no process can slip between "no token stored" and "I hold the lock":
//!
//! * [`ACQUIRE`]: the stored token with its remaining lifetime, or the lock, or "wait";
//! * [`PUT`]: store the fetched token and release the lock, only while still holding it;
//! * [`REJECT`]: after UMF refused a token, delete it only if it is still the one refused
//!   (compare-and-delete), so a late 401 never deletes a fresher token;
//! * [`RELEASE`]: give the lock up after a failed fetch;
//! * [`SEEN`]: a notification's idempotency key, recorded once for a time.
//!
//! The core never talks to Redis: it hands the host a [`StoreCommand`] (script, keys,
//! arguments) to run with `EVAL` on its own client (redis-py, node-redis, a JVM client), and
//! reads the reply. Keys carry the client id in braces (`umf:{client-1}:token`), a Redis
//! Cluster hash tag that keeps a client's keys in one slot.
//!
//! The token itself is stored in Redis in plain text, as any shared cache of a bearer token
//! must hold it: protect the Redis instance (network, `requirepass`/ACL, TLS) like the
//! client secret.

use std::collections::HashMap;
use std::fmt;

use crate::error::{Error, Result};

/// Returns the stored token and its remaining lifetime, or takes the lock, or says to wait.
/// KEYS: token, lock. ARGV: lock owner, lock expiry (ms).
pub const ACQUIRE: &str = "\
local t = redis.call('GET', KEYS[1])
if t then return {'token', t, tostring(redis.call('PTTL', KEYS[1]))} end
if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'PX', ARGV[2]) then return {'locked'} end
return {'wait', tostring(redis.call('PTTL', KEYS[2]))}";

/// Stores the token for its lifetime and releases the lock, if the lock is still ours.
/// KEYS: token, lock. ARGV: token, lifetime (ms), lock owner.
pub const PUT: &str = "\
if redis.call('GET', KEYS[2]) ~= ARGV[3] then return {'lost'} end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('DEL', KEYS[2])
return {'stored'}";

/// Deletes the stored token if it is the one UMF refused. KEYS: token. ARGV: refused token.
/// (The stored value is `<grace ms> <token>`: see `stored_value`.)
pub const REJECT: &str = "\
local v = redis.call('GET', KEYS[1])
if v then
  local space = string.find(v, ' ', 1, true)
  local token = space and string.sub(v, space + 1) or v
  if token == ARGV[1] then redis.call('DEL', KEYS[1]) return {'deleted'} end
end
return {'kept'}";

/// The value [`PUT`] stores: the token's grace (how long it stays good after the key expires,
/// the refresh margin) in milliseconds, a space, the token. A token never holds a space
/// (visible ASCII only), and the grace travels with it so that every process knows how long
/// the token lasts if the store goes away at refresh time, whatever its clock says.
pub(crate) fn stored_value(grace_ms: u64, token: &str) -> String {
    format!("{grace_ms} {token}")
}

/// Reads a stored value: the grace and the token (a bare token has no grace).
pub(crate) fn read_stored(value: &str) -> (u64, &str) {
    match value.split_once(' ') {
        Some((grace, token)) => (grace.parse().unwrap_or(0), token),
        None => (0, value),
    }
}

/// What a PTTL in [`ACQUIRE`]'s reply says about the stored token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pttl {
    /// Good for this many more milliseconds. A key without expiry (PTTL -1, set by hand) is
    /// used for a second, then asked for again.
    Left(u64),
    /// PTTL 0: the key's last millisecond. Redis keeps a key until its expiry time is past,
    /// so it answers 0 then; the token is already due for refresh.
    Ending,
}

/// Reads [`ACQUIRE`]'s PTTL; `None` for a reply no Redis gives.
pub(crate) fn pttl(text: &str) -> Option<Pttl> {
    match text.parse::<i64>().ok()? {
        -1 => Some(Pttl::Left(1_000)),
        0 => Some(Pttl::Ending),
        left if left > 0 => Some(Pttl::Left(left as u64)),
        _ => None,
    }
}

/// Releases the lock if it is still ours. KEYS: lock. ARGV: lock owner.
pub const RELEASE: &str = "\
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return {'released'} end
return {'not_held'}";

/// Records a key for a time; says whether it was new. KEYS: seen key. ARGV: expiry (ms).
pub const SEEN: &str = "\
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return {'first'} end
return {'seen'}";

/// What to do when the store cannot be reached.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum StoreMode {
    /// Go on without the store and report a `store_unavailable` warning event: a token due for
    /// refresh is used until it actually expires (the refresh margin, one minute by default,
    /// covers a short outage with no token fetched), then the process fetches one of its own.
    /// Calls keep working; in a longer outage, processes that fetch their own tokens revoke
    /// each other's (each such call is replayed once with a fresh token, and may still fail).
    #[default]
    Fallback,
    /// Fail the call with [`Error::StoreUnavailable`] instead of fetching a token alone.
    Required,
}

/// How the store is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreConfig {
    /// Prefix of every key (default `umf`).
    pub prefix: String,
    /// The lock's expiry: a process that dies while fetching holds the others up this long.
    pub lock_ttl_ms: u64,
    /// How often a process waiting for another's fetch asks again.
    pub poll_ms: u64,
    /// How long the process that took the lock waits before it sends the token request: the
    /// fleet stops using the old token at the store's expiry, and requests already on their
    /// way with it finish first (UMF revokes it the moment it issues the next one, and would
    /// answer them 401). Once per token lifetime; requests slower than this are replayed.
    pub drain_ms: u64,
    /// After the store failed, this process does not try it again for this long (except right
    /// after a rejected token). Meanwhile a token due for refresh is used until it expires,
    /// and a call with no token to go on with keeps asking the store for this long (a Redis
    /// that restarts, a client that reconnects) before it fetches a token alone, which would
    /// revoke the fleet's.
    pub retry_after_failure_ms: u64,
    /// Fall back, or fail.
    pub mode: StoreMode,
}

impl Default for StoreConfig {
    fn default() -> Self {
        StoreConfig {
            prefix: "umf".to_owned(),
            lock_ttl_ms: 10_000,
            poll_ms: 25,
            drain_ms: 500,
            retry_after_failure_ms: 1_000,
            mode: StoreMode::Fallback,
        }
    }
}

impl StoreConfig {
    pub(crate) fn token_key(&self, client_id: &str) -> String {
        format!("{}:{{{client_id}}}:token", self.prefix)
    }

    pub(crate) fn lock_key(&self, client_id: &str) -> String {
        format!("{}:{{{client_id}}}:lock", self.prefix)
    }

    /// The key under which [`seen_command`] records `idempotency_key`.
    pub fn seen_key(&self, idempotency_key: &str) -> String {
        format!("{}:seen:{idempotency_key}", self.prefix)
    }
}

/// One script for the host to run with `EVAL script len(keys) keys... args...`.
#[derive(Clone, PartialEq, Eq)]
pub struct StoreCommand {
    /// The Lua script.
    pub script: &'static str,
    /// Its keys.
    pub keys: Vec<String>,
    /// Its arguments (may hold the token: never log them).
    pub args: Vec<String>,
}

impl fmt::Debug for StoreCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoreCommand")
            .field("keys", &self.keys)
            .field("args", &format_args!("<{} redacted>", self.args.len()))
            .finish()
    }
}

/// A script's reply, read: every script answers an array of strings whose first is a tag.
pub(crate) fn tag(reply: &[String]) -> Result<&str> {
    reply
        .first()
        .map(String::as_str)
        .ok_or_else(|| Error::StoreUnavailable {
            reason: "the store answered an empty reply".to_owned(),
        })
}

pub(crate) fn unexpected(reply: &[String]) -> Error {
    Error::StoreUnavailable {
        reason: format!(
            "unexpected reply from the store ({} items, tag {:?})",
            reply.len(),
            reply
                .first()
                .map(|t| t.chars().take(16).collect::<String>())
        ),
    }
}

/// The command that records a notification's `idempotency_key` for `ttl_ms`; read its reply
/// with [`seen_reply`].
pub fn seen_command(config: &StoreConfig, idempotency_key: &str, ttl_ms: u64) -> StoreCommand {
    StoreCommand {
        script: SEEN,
        keys: vec![config.seen_key(idempotency_key)],
        args: vec![ttl_ms.max(1).to_string()],
    }
}

/// Whether the key was already recorded (`true`: handled before, skip it).
pub fn seen_reply(reply: &[String]) -> Result<bool> {
    match tag(reply)? {
        "first" => Ok(false),
        "seen" => Ok(true),
        _ => Err(unexpected(reply)),
    }
}

/// Idempotency keys recorded in this process, each for a time: the in-process default of
/// `seen` (a fleet uses [`seen_command`] on the shared store). At most `capacity` keys are
/// kept; when full, expired keys are dropped first and then the oldest.
#[derive(Debug, Clone)]
pub struct SeenSet {
    expiries: HashMap<String, u64>,
    capacity: usize,
}

impl SeenSet {
    /// A set holding at most `capacity` keys.
    pub fn new(capacity: usize) -> Self {
        SeenSet {
            expiries: HashMap::new(),
            capacity: capacity.max(1),
        }
    }

    /// Records `key` until `now_ms + ttl_ms`; returns whether it was already recorded.
    pub fn seen(&mut self, key: &str, ttl_ms: u64, now_ms: u64) -> bool {
        if let Some(&until) = self.expiries.get(key) {
            if until > now_ms {
                return true;
            }
        }
        if self.expiries.len() >= self.capacity {
            self.expiries.retain(|_, until| *until > now_ms);
            if self.expiries.len() >= self.capacity {
                if let Some(oldest) = self
                    .expiries
                    .iter()
                    .min_by_key(|(_, until)| **until)
                    .map(|(k, _)| k.clone())
                {
                    self.expiries.remove(&oldest);
                }
            }
        }
        self.expiries
            .insert(key.to_owned(), now_ms.saturating_add(ttl_ms));
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_share_a_cluster_slot_per_client() {
        let c = StoreConfig::default();
        assert_eq!(c.token_key("client-1"), "umf:{client-1}:token");
        assert_eq!(c.lock_key("client-1"), "umf:{client-1}:lock");
    }

    #[test]
    fn seen_set_remembers_for_a_time_and_stays_bounded() {
        let mut s = SeenSet::new(2);
        assert!(!s.seen("a", 100, 0));
        assert!(s.seen("a", 100, 50));
        assert!(!s.seen("a", 100, 100));
        assert!(!s.seen("b", 100, 100));
        assert!(!s.seen("c", 100, 100));
        assert_eq!(s.expiries.len(), 2);
    }

    #[test]
    fn a_pttl_of_zero_is_a_token_ending_not_one_without_expiry() {
        assert_eq!(pttl("2990"), Some(Pttl::Left(2990)));
        assert_eq!(pttl("1"), Some(Pttl::Left(1)));
        assert_eq!(pttl("0"), Some(Pttl::Ending));
        assert_eq!(pttl("-1"), Some(Pttl::Left(1_000)));
        for bad in ["-2", "", "1.5", "soon"] {
            assert_eq!(pttl(bad), None, "{bad}");
        }
    }

    #[test]
    fn commands_never_print_their_arguments() {
        let c = seen_command(&StoreConfig::default(), "payment:PAY_1", 10);
        assert!(!format!("{c:?}").contains("10"));
        assert!(seen_reply(&["seen".into()]).unwrap());
        assert_eq!(seen_reply(&[]).unwrap_err().code(), "store_unavailable");
    }
}
