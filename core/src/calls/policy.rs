//! When a call is sent again, and how long the host waits first.

use std::time::Duration;

/// The calling policy's numbers. Every binding's client takes these (by the same names) and
/// nothing else decides when a request goes again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallPolicy {
    /// How many times a request may be sent in all after transient failures (HTTP 5xx, 429,
    /// a connection that failed before sending). One means never again. The one replay after
    /// a rejected token is not counted: that request was not processed.
    pub max_attempts: u32,
    /// The first backoff; each further attempt doubles it.
    pub initial_backoff_ms: u64,
    /// The longest backoff (and the longest `Retry-After` honoured).
    pub max_backoff_ms: u64,
    /// The whole call, token included, ends with [`crate::Error::Timeout`] after this long.
    pub deadline_ms: u64,
    /// Each request the host sends gets at most this long (and never more than what is left
    /// of the deadline).
    pub attempt_timeout_ms: u64,
    /// Spread backoffs at random over their upper half, so that a fleet meeting the same
    /// outage does not come back in step.
    pub jitter: bool,
}

impl Default for CallPolicy {
    fn default() -> Self {
        CallPolicy {
            max_attempts: 3,
            initial_backoff_ms: 200,
            max_backoff_ms: 5_000,
            deadline_ms: 60_000,
            attempt_timeout_ms: 20_000,
            jitter: true,
        }
    }
}

impl CallPolicy {
    /// The backoff before attempt `attempt + 1` (`attempt` counts sends so far, from 1),
    /// given a draw `unit` in `[0, 1)`: exponential, capped, with jitter over the upper half.
    pub fn backoff_ms(&self, attempt: u32, unit: f64) -> u64 {
        let exponent = attempt.saturating_sub(1).min(30);
        let ceiling = self
            .initial_backoff_ms
            .saturating_mul(1u64 << exponent)
            .min(self.max_backoff_ms);
        if !self.jitter {
            return ceiling;
        }
        let half = ceiling / 2;
        // `unit` < 1, so the product stays below `ceiling - half`.
        half + ((ceiling - half) as f64 * unit.clamp(0.0, 1.0)) as u64
    }
}

/// `Retry-After` as a number of seconds (RFC 9110 §10.2.3). The HTTP-date form is not read:
/// the backoff applies instead, which only ever waits less.
pub fn retry_after_ms(value: Option<&str>) -> Option<u64> {
    let seconds: u64 = value?.trim().parse().ok()?;
    Some(
        Duration::from_secs(seconds)
            .as_millis()
            .min(u64::MAX as u128) as u64,
    )
}

/// A small, fast generator for jitter only (never for keys): SplitMix64.
#[derive(Debug, Clone)]
pub(crate) struct Jitter(u64);

impl Jitter {
    pub(crate) fn new(seed: u64) -> Self {
        Jitter(seed)
    }

    /// A draw in `[0, 1)`.
    pub(crate) fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = CallPolicy {
            jitter: false,
            ..CallPolicy::default()
        };
        let waits: Vec<u64> = (1..=7).map(|a| policy.backoff_ms(a, 0.5)).collect();
        assert_eq!(waits, [200, 400, 800, 1600, 3200, 5000, 5000]);
    }

    #[test]
    fn retry_after_reads_seconds_only() {
        assert_eq!(retry_after_ms(Some(" 3 ")), Some(3000));
        assert_eq!(retry_after_ms(Some("Wed, 21 Oct 2026 07:28:00 GMT")), None);
        assert_eq!(retry_after_ms(Some("-1")), None);
        assert_eq!(retry_after_ms(None), None);
    }

    proptest! {
        #[test]
        fn jittered_backoff_stays_in_the_upper_half(attempt in 1u32..64, seed: u64,
                initial in 0u64..10_000, cap in 0u64..100_000) {
            let policy = CallPolicy { initial_backoff_ms: initial, max_backoff_ms: cap,
                ..CallPolicy::default() };
            let unit = Jitter::new(seed).unit();
            prop_assert!((0.0..1.0).contains(&unit));
            let ceiling = CallPolicy { jitter: false, ..policy }.backoff_ms(attempt, unit);
            let wait = policy.backoff_ms(attempt, unit);
            prop_assert!(wait <= ceiling && wait >= ceiling / 2);
            prop_assert!(ceiling <= cap);
        }
    }
}
