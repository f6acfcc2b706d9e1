//! Waiting for a pending outcome, once: a sans-IO poller that says when to query a payment or a
//! refund again, and when to stop.
//!
//! `execute_payment` may answer `WAIT_BUYER_PAY` and a refund `REFUND_PROCESS` (004:L2568,
//! L2771, L2794): the outcome arrives later, by notification and by query. A host that wants
//! the final state drives a [`Poller`] like this:
//!
//! ```text
//! let mut poller = Poller::new(Subject::Payment, policy, now_ms());
//! let mut state = answer.payment.state;             // what execute_payment said
//! loop {
//!     match poller.observe(&state, now_ms()) {
//!         PollStep::Done => break,                   // final: TRADE_SUCCESS, REFUND_FAIL, ...
//!         PollStep::Sleep(ms) => sleep(ms),          // then query (get_payment / get_refund)
//!         PollStep::GaveUp(error) => return Err(error), // `outcome_pending`
//!     }
//!     state = query().payment.state;
//! }
//! ```
//!
//! A notification that arrives while the host sleeps is just another observation: feeding its
//! state to [`Poller::observe`] ends the wait as a query would.
//!
//! Which states are final is the enums' [`PaymentState::is_final`] and
//! [`RefundState::is_final`]; an unknown state is not final (it is waited on, never taken for
//! an outcome).

use crate::error::Error;
use crate::model::enums::{PaymentState, RefundState};

/// The poller's numbers. Every binding takes these by the same names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PollPolicy {
    /// The first wait before querying again.
    pub interval_ms: u64,
    /// The longest wait between two queries.
    pub max_interval_ms: u64,
    /// Give up with `outcome_pending` once this long has passed since the wait began.
    pub deadline_ms: u64,
    /// Each wait is the previous one times this (at least 1: waits never shrink), so a slow
    /// outcome is not queried every second for minutes.
    pub backoff: f64,
}

impl Default for PollPolicy {
    fn default() -> Self {
        PollPolicy {
            interval_ms: 1_000,
            max_interval_ms: 10_000,
            deadline_ms: 120_000,
            backoff: 1.5,
        }
    }
}

impl PollPolicy {
    /// The wait after `wait`, by [`PollPolicy::backoff`], capped at
    /// [`PollPolicy::max_interval_ms`].
    fn after(&self, wait: u64) -> u64 {
        // NaN and factors below one keep the wait as it is.
        let factor = if self.backoff >= 1.0 {
            self.backoff
        } else {
            1.0
        };
        let grown = (wait as f64 * factor).min(u64::MAX as f64) as u64;
        grown.max(wait).min(self.max_interval_ms)
    }
}

/// What is waited on: its state's final values, and the query that reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A payment (`payment.state`, read with `get_payment`).
    Payment,
    /// A refund (`refund.state`, read with `get_refund`).
    Refund,
}

impl Subject {
    /// Its name in bindings: `payment` or `refund`.
    pub fn as_str(self) -> &'static str {
        match self {
            Subject::Payment => "payment",
            Subject::Refund => "refund",
        }
    }

    /// The subject of a binding's name.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "payment" => Some(Subject::Payment),
            "refund" => Some(Subject::Refund),
            _ => None,
        }
    }

    /// The operation that reads its state.
    pub fn query_operation(self) -> &'static str {
        match self {
            Subject::Payment => "get_payment",
            Subject::Refund => "get_refund",
        }
    }

    /// The query's parameter that names it.
    pub fn id_parameter(self) -> &'static str {
        match self {
            Subject::Payment => "payment_id",
            Subject::Refund => "refund_id",
        }
    }

    /// Whether `state` (as on the wire) can no longer change.
    pub fn is_final(self, state: &str) -> bool {
        match self {
            Subject::Payment => PaymentState::from_wire(state).is_final(),
            Subject::Refund => RefundState::from_wire(state).is_final(),
        }
    }
}

/// What the host does after an observation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollStep {
    /// The state is final: the wait is over.
    Done,
    /// Sleep this many milliseconds, then query and observe again.
    Sleep(u64),
    /// The deadline passed with the state still pending: [`Error::OutcomePending`].
    GaveUp(Error),
}

/// One wait for one payment or refund.
#[derive(Debug, Clone)]
pub struct Poller {
    subject: Subject,
    policy: PollPolicy,
    started_ms: u64,
    next_wait_ms: u64,
    observations: u32,
}

impl Poller {
    /// A wait that begins at `now_ms` (when the pending answer came).
    pub fn new(subject: Subject, policy: PollPolicy, now_ms: u64) -> Self {
        Poller {
            subject,
            policy,
            started_ms: now_ms,
            next_wait_ms: policy.interval_ms.min(policy.max_interval_ms),
            observations: 0,
        }
    }

    /// What is waited on.
    pub fn subject(&self) -> Subject {
        self.subject
    }

    /// How many states were observed so far.
    pub fn observations(&self) -> u32 {
        self.observations
    }

    /// The state just read (from the first answer, a query or a notification), at `now_ms`:
    /// done when it is final, otherwise how long to sleep before the next query, or, once the
    /// deadline has passed, the `outcome_pending` error with the last state.
    pub fn observe(&mut self, state: &str, now_ms: u64) -> PollStep {
        self.observations = self.observations.saturating_add(1);
        if self.subject.is_final(state) {
            return PollStep::Done;
        }
        let waited_ms = now_ms.saturating_sub(self.started_ms);
        let left_ms = self.policy.deadline_ms.saturating_sub(waited_ms);
        if left_ms == 0 {
            return PollStep::GaveUp(Error::OutcomePending {
                operation: self.subject.query_operation().to_owned(),
                state: state.to_owned(),
                waited_ms,
            });
        }
        // The last sleep is cut to the deadline, so the last query is made at the deadline
        // rather than skipped; a zero interval still sleeps a millisecond, so a host never
        // spins.
        let wait = self.next_wait_ms.clamp(1, left_ms);
        self.next_wait_ms = self.policy.after(self.next_wait_ms);
        PollStep::Sleep(wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Runs a wait in simulated time where every observed state is `state`; returns the sleeps
    /// and how it ended.
    fn run(subject: Subject, policy: PollPolicy, state: &str) -> (Vec<u64>, PollStep) {
        let mut now = 1_000_000;
        let mut poller = Poller::new(subject, policy, now);
        let mut sleeps = Vec::new();
        loop {
            match poller.observe(state, now) {
                PollStep::Sleep(ms) => {
                    sleeps.push(ms);
                    now += ms;
                }
                end => return (sleeps, end),
            }
        }
    }

    #[test]
    fn a_final_state_ends_the_wait_at_once() {
        for state in [
            "TRADE_SUCCESS",
            "TRADE_CLOSED",
            "TRADE_CANCEL",
            "TRADE_FAIL",
        ] {
            let (sleeps, end) = run(Subject::Payment, PollPolicy::default(), state);
            assert_eq!((sleeps.len(), end), (0, PollStep::Done), "{state}");
        }
        for state in ["REFUND_SUCCESS", "REFUND_FAIL", "REFUND_CLOSE"] {
            let (sleeps, end) = run(Subject::Refund, PollPolicy::default(), state);
            assert_eq!((sleeps.len(), end), (0, PollStep::Done), "{state}");
        }
    }

    #[test]
    fn waits_grow_to_the_cap_and_the_last_one_meets_the_deadline() {
        let policy = PollPolicy {
            interval_ms: 1_000,
            max_interval_ms: 4_000,
            deadline_ms: 15_000,
            backoff: 2.0,
        };
        let (sleeps, end) = run(Subject::Payment, policy, "WAIT_BUYER_PAY");
        assert_eq!(sleeps, [1_000, 2_000, 4_000, 4_000, 4_000]);
        assert_eq!(
            end,
            PollStep::GaveUp(Error::OutcomePending {
                operation: "get_payment".into(),
                state: "WAIT_BUYER_PAY".into(),
                waited_ms: 15_000,
            })
        );
    }

    #[test]
    fn pending_and_unknown_states_are_waited_on() {
        let policy = PollPolicy::default();
        for (subject, state) in [
            (Subject::Refund, "REFUND_PROCESS"),
            (Subject::Refund, "REFUND_RETRY"),
            (Subject::Refund, "SOMETHING_NEW"),
            (Subject::Payment, "SOMETHING_NEW"),
            // A payment state is not a refund's outcome, and the reverse.
            (Subject::Refund, "TRADE_SUCCESS"),
            (Subject::Payment, "REFUND_SUCCESS"),
        ] {
            let mut poller = Poller::new(subject, policy, 0);
            assert_eq!(poller.observe(state, 0), PollStep::Sleep(1_000), "{state}");
        }
    }

    #[test]
    fn a_state_that_turns_final_ends_the_wait() {
        let mut poller = Poller::new(Subject::Refund, PollPolicy::default(), 0);
        assert_eq!(poller.observe("REFUND_PROCESS", 0), PollStep::Sleep(1_000));
        assert_eq!(
            poller.observe("REFUND_PROCESS", 1_000),
            PollStep::Sleep(1_500)
        );
        assert_eq!(poller.observe("REFUND_SUCCESS", 2_500), PollStep::Done);
        assert_eq!(poller.observations(), 3);
    }

    #[test]
    fn a_host_that_oversleeps_still_gives_up_at_the_deadline() {
        let policy = PollPolicy {
            deadline_ms: 5_000,
            ..PollPolicy::default()
        };
        let mut poller = Poller::new(Subject::Payment, policy, 100);
        assert_eq!(
            poller.observe("WAIT_BUYER_PAY", 100),
            PollStep::Sleep(1_000)
        );
        // The query itself took long: only what is left of the deadline is slept.
        assert_eq!(
            poller.observe("WAIT_BUYER_PAY", 4_600),
            PollStep::Sleep(500)
        );
        match poller.observe("WAIT_BUYER_PAY", 9_000) {
            PollStep::GaveUp(e) => {
                assert_eq!(e.code(), "outcome_pending");
                assert_eq!(e.extras()["waited_ms"], 8_900);
                assert_eq!(e.extras()["state"], "WAIT_BUYER_PAY");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn odd_factors_and_a_zero_interval_never_spin_or_shrink() {
        for backoff in [0.0, 0.5, f64::NAN, -3.0] {
            let policy = PollPolicy {
                interval_ms: 0,
                max_interval_ms: 10,
                deadline_ms: 5,
                backoff,
            };
            let (sleeps, end) = run(Subject::Payment, policy, "WAIT_BUYER_PAY");
            assert_eq!(sleeps, [1, 1, 1, 1, 1]);
            assert!(matches!(end, PollStep::GaveUp(_)));
        }
    }

    proptest! {
        #[test]
        fn the_schedule_keeps_its_bounds(interval in 0u64..50_000, max in 0u64..50_000,
                deadline in 0u64..500_000, backoff in 0.0f64..4.0,
                pending in 0usize..200, payment: bool) {
            let policy = PollPolicy { interval_ms: interval, max_interval_ms: max,
                deadline_ms: deadline, backoff };
            let (subject, waiting, done) = if payment {
                (Subject::Payment, "WAIT_BUYER_PAY", "TRADE_SUCCESS")
            } else {
                (Subject::Refund, "REFUND_PROCESS", "REFUND_FAIL")
            };
            let start = 7u64;
            let mut now = start;
            let mut poller = Poller::new(subject, policy, now);
            let mut observed = 0usize;
            loop {
                // `pending` pending states, then a final one.
                let state = if observed < pending { waiting } else { done };
                observed += 1;
                match poller.observe(state, now) {
                    PollStep::Sleep(ms) => {
                        prop_assert!(state == waiting);
                        prop_assert!(ms >= 1);
                        prop_assert!(ms <= max.max(1), "{} > max {}", ms, max);
                        now += ms;
                        prop_assert!(now - start <= deadline.max(1) , "slept past the deadline");
                    }
                    PollStep::Done => {
                        prop_assert!(state == done);
                        break;
                    }
                    PollStep::GaveUp(Error::OutcomePending { state: last, waited_ms, .. }) => {
                        prop_assert!(state == waiting && last == waiting);
                        prop_assert!(waited_ms >= deadline);
                        break;
                    }
                    PollStep::GaveUp(other) => prop_assert!(false, "{:?}", other),
                }
                prop_assert!(observed <= pending + 1);
            }
        }
    }
}
