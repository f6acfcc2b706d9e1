//! Fault injection, per operation or for every operation, from flags or the admin API.
//!
//! A rule names an operation (or `*`), a kind, and optionally how many times it fires and with
//! what probability. Faults on the request path act before the handler runs, except
//! `BadSignature`, which corrupts the signed answer, and the notification faults, which act on
//! the next notification the operation causes.

use serde::{Deserialize, Serialize};

/// What goes wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum FaultKind {
    /// Wait before answering.
    Latency {
        /// Milliseconds.
        ms: u64,
    },
    /// Answer with this HTTP status (5xx or 429) and an error envelope, without processing.
    Status {
        /// The status.
        status: u16,
    },
    /// Close the connection without answering (after reading the request, before processing).
    Drop,
    /// Expire the current token first, so the request is answered 401 / `00280703`.
    ExpireToken,
    /// Answer normally but with a `meta.sign` that does not verify.
    BadSignature,
    /// Deliver the resulting notification twice (again after it was acknowledged).
    DuplicateNotification,
    /// Hold the resulting notification so the next one overtakes it.
    ReorderNotifications,
}

/// One fault rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaultRule {
    /// Operation id, or `*` for every operation.
    #[serde(default = "any_op")]
    pub op: String,
    /// What goes wrong.
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many times it fires (`None`: always).
    #[serde(default)]
    pub times: Option<u32>,
    /// Probability of firing on each matching request (default 1).
    #[serde(default = "always")]
    pub probability: f64,
}

fn any_op() -> String {
    "*".into()
}

fn always() -> f64 {
    1.0
}

impl FaultRule {
    /// A rule for `op` (or `*`) that always fires.
    pub fn new(op: impl Into<String>, kind: FaultKind) -> Self {
        FaultRule {
            op: op.into(),
            kind,
            times: None,
            probability: 1.0,
        }
    }

    /// Fires at most `n` times.
    pub fn times(mut self, n: u32) -> Self {
        self.times = Some(n);
        self
    }

    /// Parses the `--fault` flag: `OP:KIND[=VALUE][,times=N][,p=P]`, e.g.
    /// `create_payment:status=503,times=1`, `*:latency=200`, `get_payment:drop`.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let (op, rest) = spec
            .split_once(':')
            .ok_or_else(|| format!("`{spec}`: expected OP:KIND"))?;
        let mut parts = rest.split(',');
        let head = parts.next().unwrap_or_default();
        let (kind, value) = match head.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (head, None),
        };
        let number = |what: &str| -> Result<u64, String> {
            value
                .ok_or_else(|| format!("`{spec}`: {kind} needs ={what}"))?
                .parse()
                .map_err(|_| format!("`{spec}`: {what} must be a number"))
        };
        let kind = match kind {
            "latency" => FaultKind::Latency { ms: number("ms")? },
            "status" => FaultKind::Status {
                status: u16::try_from(number("status")?).map_err(|_| "status too large")?,
            },
            "drop" => FaultKind::Drop,
            "expire_token" => FaultKind::ExpireToken,
            "bad_signature" => FaultKind::BadSignature,
            "duplicate_notification" => FaultKind::DuplicateNotification,
            "reorder_notifications" => FaultKind::ReorderNotifications,
            other => return Err(format!("`{spec}`: unknown fault `{other}`")),
        };
        let mut rule = FaultRule::new(op, kind);
        for option in parts {
            match option.split_once('=') {
                Some(("times", n)) => {
                    rule.times = Some(n.parse().map_err(|_| format!("`{spec}`: bad times"))?)
                }
                Some(("p", p)) => {
                    rule.probability = p.parse().map_err(|_| format!("`{spec}`: bad p"))?
                }
                _ => return Err(format!("`{spec}`: unknown option `{option}`")),
            }
        }
        Ok(rule)
    }

    pub(crate) fn matches(&self, op_id: &str) -> bool {
        self.op == "*" || self.op == op_id
    }
}

/// The active rules.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    rules: Vec<FaultRule>,
}

impl Faults {
    pub(crate) fn new(rules: Vec<FaultRule>) -> Self {
        Faults { rules }
    }

    pub(crate) fn add(&mut self, rule: FaultRule) {
        self.rules.push(rule);
    }

    pub(crate) fn clear(&mut self) {
        self.rules.clear();
    }

    pub(crate) fn list(&self) -> Vec<FaultRule> {
        self.rules.clone()
    }

    /// The faults that fire for `op_id` now, each counted once. `roll` is a uniform draw in
    /// [0, 1) per matching rule.
    pub(crate) fn fire(&mut self, op_id: &str, mut roll: impl FnMut() -> f64) -> Vec<FaultKind> {
        let mut fired = Vec::new();
        for rule in self.rules.iter_mut().filter(|r| r.matches(op_id)) {
            if rule.times == Some(0) || roll() >= rule.probability {
                continue;
            }
            if let Some(n) = rule.times.as_mut() {
                *n -= 1;
            }
            fired.push(rule.kind);
        }
        self.rules.retain(|r| r.times != Some(0));
        fired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags() {
        assert_eq!(
            FaultRule::parse("create_payment:status=503,times=1").unwrap(),
            FaultRule::new("create_payment", FaultKind::Status { status: 503 }).times(1)
        );
        assert_eq!(
            FaultRule::parse("*:latency=200,p=0.5").unwrap().probability,
            0.5
        );
        assert!(FaultRule::parse("x:teleport").is_err());
        assert!(FaultRule::parse("nocolon").is_err());
    }

    #[test]
    fn fires_the_given_number_of_times() {
        let mut faults = Faults::new(vec![FaultRule::new("get_payment", FaultKind::Drop).times(2)]);
        assert_eq!(faults.fire("get_payment", || 0.0), vec![FaultKind::Drop]);
        assert!(faults.fire("create_payment", || 0.0).is_empty());
        assert_eq!(faults.fire("get_payment", || 0.0), vec![FaultKind::Drop]);
        assert!(faults.fire("get_payment", || 0.0).is_empty());
        assert!(faults.list().is_empty());
    }

    #[test]
    fn json_form_of_the_admin_api() {
        let rule: FaultRule =
            serde_json::from_str(r#"{"op":"*","kind":"status","status":429,"times":3}"#).unwrap();
        assert_eq!(rule.kind, FaultKind::Status { status: 429 });
        assert_eq!(rule.times, Some(3));
    }
}
