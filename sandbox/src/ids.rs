//! Seeded ids, SMS codes and QR contents: the same seed gives the same sequence.

/// SplitMix64: small, fast, deterministic. Not for secrets; nothing here is secret.
#[derive(Debug, Clone)]
pub(crate) struct Ids {
    state: u64,
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

impl Ids {
    pub(crate) fn new(seed: u64) -> Self {
        Ids { state: seed }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// `PREFIX_` and 32 base32 characters, like UMF's `PAY_GM3TAOJR…`.
    pub(crate) fn id(&mut self, prefix: &str) -> String {
        let mut out = String::with_capacity(prefix.len() + 33);
        out.push_str(prefix);
        out.push('_');
        for _ in 0..4 {
            let mut n = self.next_u64();
            for _ in 0..8 {
                out.push(BASE32[(n & 31) as usize] as char);
                n >>= 5;
            }
        }
        out
    }

    /// A six-digit SMS code.
    pub(crate) fn sms_code(&mut self) -> String {
        format!("{:06}", self.next_u64() % 1_000_000)
    }

    /// Digits for traces and trade numbers.
    pub(crate) fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next_u64() % 10) as u8))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let (mut a, mut b) = (Ids::new(7), Ids::new(7));
        assert_eq!(a.id("PAY"), b.id("PAY"));
        assert_eq!(a.sms_code(), b.sms_code());
        let id = Ids::new(1).id("PAY");
        assert_eq!(id.len(), 36);
        assert!(id.starts_with("PAY_"));
    }
}
