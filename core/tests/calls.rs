//! The calling policy against a simulated world: a UMF that revokes a client's previous token
//! whenever it issues one (004:L61) and misbehaves as the plan says, a Redis that runs the
//! store's scripts, and several processes each with its own [`Caller`], their calls
//! interleaved at random on a virtual clock. The promises are checked on schedules, fault
//! plans and fleet sizes that nobody chose by hand:
//!
//! * one token per fleet: with the shared store, the fleet fetches one token per lifetime and
//!   no request is ever refused for its token;
//! * never sent twice: a state-changing request reaches UMF at most once unless UMF certainly
//!   did not process it, and every copy sent is the same bytes;
//! * calls end: every call finishes within its deadline, whatever the faults.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may panic

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use proptest::prelude::*;
use umf_core::calls::{
    store, Call, CallPolicy, Caller, CallerOptions, FailureKind, Outcome, SendFailure, Step,
    StoreConfig, StoreMode,
};
use umf_core::{
    Client, ClientConfig, ClientCredentials, HttpRequest, HttpResponse, Method, PrivateKey,
    PublicKey,
};

const BASE: &str = "https://umf.test/cberest/v1";

fn client() -> Client {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/keys");
    let umf =
        PublicKey::from_bytes(&std::fs::read(dir.join("umf_1024_cert.pem")).unwrap()).unwrap();
    let merchant = PrivateKey::from_bytes(
        &std::fs::read(dir.join("merchant_1024_pkcs8.pem")).unwrap(),
        None,
    )
    .unwrap();
    Client::new(ClientConfig::new(BASE, umf, Some(merchant)))
}

/// What UMF does with one request.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    None,
    /// The connection is refused: nothing arrives.
    Refused,
    /// Processed, but the answer never comes.
    LostAnswer,
    /// Processed, then the connection breaks.
    Broken,
    Status503,
    Status429,
    /// An unsigned 401 / `00280703` although the token is good (a forged or spurious
    /// rejection): not processed.
    Spurious401,
}

#[derive(Default)]
struct Umf {
    next: u64,
    current: Option<(String, u64)>,
    issued: u64,
    /// When each token was issued.
    issued_at: Vec<u64>,
    rejected: u64,
    /// Body bytes of every state-changing request UMF processed, per call.
    processed: HashMap<String, Vec<Vec<u8>>>,
    /// Body bytes of every copy that arrived, per call.
    arrived: HashMap<String, Vec<Vec<u8>>>,
}

impl Umf {
    /// `Ok(response)` or the failure the host reports.
    fn handle(
        &mut self,
        request: &HttpRequest,
        fault: Fault,
        now: u64,
        lifetime_s: u64,
    ) -> Result<HttpResponse, SendFailure> {
        if fault == Fault::Refused {
            return Err(SendFailure::new(FailureKind::NotSent, "connection refused"));
        }
        if request.url.ends_with("/oauth/authorize") {
            if fault == Fault::Status503 {
                return Ok(HttpResponse::new(503, ""));
            }
            self.next += 1;
            let token = format!("tok{:04}", self.next);
            self.current = Some((token.clone(), now + lifetime_s * 1000));
            self.issued += 1;
            self.issued_at.push(now);
            return Ok(HttpResponse::new(
                200,
                format!(r#"{{"access_token":"{token}","expires_in":{lifetime_s}}}"#),
            ));
        }
        let id = request.header("X-Call").unwrap().to_owned();
        self.arrived
            .entry(id.clone())
            .or_default()
            .push(request.body.clone());
        let bearer = request
            .header("Authorization")
            .and_then(|h| h.strip_prefix("Bearer "));
        let valid =
            matches!((&self.current, bearer), (Some((t, exp)), Some(b)) if t == b && now < *exp);
        if !valid {
            self.rejected += 1;
            return Ok(HttpResponse::new(
                401,
                r#"{"meta":{"ret_code":"00280703","ret_msg":"expired"}}"#,
            ));
        }
        match fault {
            Fault::Status429 => return Ok(HttpResponse::new(429, "")),
            Fault::Spurious401 => {
                return Ok(HttpResponse::new(
                    401,
                    r#"{"meta":{"ret_code":"00280703"}}"#,
                ))
            }
            _ => {}
        }
        if request.method == Method::Post {
            self.processed
                .entry(id)
                .or_default()
                .push(request.body.clone());
        }
        match fault {
            Fault::LostAnswer => Err(SendFailure::new(FailureKind::Timeout, "no answer")),
            Fault::Broken => Err(SendFailure::new(
                FailureKind::Interrupted,
                "connection reset",
            )),
            Fault::Status503 => Ok(HttpResponse::new(503, "")),
            _ => Ok(HttpResponse::new(200, r#"{"meta":{"ret_code":"0000"}}"#)),
        }
    }
}

/// The store's scripts, run the way Redis runs them: atomically, with key expiry.
#[derive(Default)]
struct Redis {
    keys: BTreeMap<String, (String, Option<u64>)>,
    down: bool,
    /// Down from the first instant to the second (and empty after, as a restarted Redis
    /// without persistence is).
    outage: Option<(u64, u64)>,
    /// For this long after the outage, half the commands still fail: clients whose
    /// connection died reconnect over a few tries.
    flaky_ms: u64,
}

impl Redis {
    fn get(&mut self, key: &str, now: u64) -> Option<String> {
        match self.keys.get(key) {
            // Redis keeps a key through its expiry's millisecond (expired once `now > when`),
            // so PTTL answers 0 in that millisecond.
            Some((_, Some(exp))) if *exp < now => {
                self.keys.remove(key);
                None
            }
            Some((v, _)) => Some(v.clone()),
            None => None,
        }
    }

    fn pttl(&mut self, key: &str, now: u64) -> i64 {
        match self.get(key, now).and(self.keys.get(key)) {
            Some((_, Some(exp))) => (*exp - now) as i64,
            Some((_, None)) => -1,
            None => -2,
        }
    }

    fn set_px(&mut self, key: &str, value: &str, ms: &str, now: u64) {
        let ms: u64 = ms.parse().unwrap();
        self.keys
            .insert(key.to_owned(), (value.to_owned(), Some(now + ms)));
    }

    fn eval(
        &mut self,
        script: &str,
        keys: &[String],
        args: &[String],
        now: u64,
    ) -> Result<Vec<String>, String> {
        if let Some((from, to)) = self.outage {
            if (from..to).contains(&now) {
                self.keys.clear();
                return Err("Connection refused".into());
            }
        }
        if self.down {
            return Err("Connection refused".into());
        }
        let s = |v: &str| v.to_owned();
        Ok(if script == store::ACQUIRE {
            if let Some(t) = self.get(&keys[0], now) {
                vec![s("token"), t, self.pttl(&keys[0], now).to_string()]
            } else if self.get(&keys[1], now).is_none() {
                self.set_px(&keys[1], &args[0], &args[1], now);
                vec![s("locked")]
            } else {
                vec![s("wait"), self.pttl(&keys[1], now).to_string()]
            }
        } else if script == store::PUT {
            if self.get(&keys[1], now).as_deref() != Some(args[2].as_str()) {
                vec![s("lost")]
            } else {
                self.set_px(&keys[0], &args[0], &args[1], now);
                self.keys.remove(&keys[1]);
                vec![s("stored")]
            }
        } else if script == store::REJECT {
            let stored = self.get(&keys[0], now);
            let token = stored
                .as_deref()
                .map(|v| v.split_once(' ').map_or(v, |(_, t)| t));
            if token == Some(args[0].as_str()) {
                self.keys.remove(&keys[0]);
                vec![s("deleted")]
            } else {
                vec![s("kept")]
            }
        } else if script == store::RELEASE {
            if self.get(&keys[0], now).as_deref() == Some(args[0].as_str()) {
                self.keys.remove(&keys[0]);
                vec![s("released")]
            } else {
                vec![s("not_held")]
            }
        } else if script == store::SEEN {
            if self.get(&keys[0], now).is_some() {
                vec![s("seen")]
            } else {
                self.set_px(&keys[0], "1", &args[0], now);
                vec![s("first")]
            }
        } else {
            return Err("NOSCRIPT".into());
        })
    }
}

/// What the host is waiting for, per call.
enum Pending {
    Step,
    /// On its way to UMF, which reads it when the task wakes.
    InFlight(Box<umf_core::calls::Outgoing>, Fault),
    Answer(Result<HttpResponse, SendFailure>),
    Reply(Result<Vec<String>, String>),
}

struct Task {
    id: String,
    call: Call,
    wake: u64,
    pending: Pending,
    started: u64,
}

struct World {
    umf: Umf,
    redis: Redis,
    now: u64,
    rng: u64,
    lifetime_s: u64,
    faults: Vec<Fault>,
    latency_max: u64,
    /// A process may stall this long (GC, a busy core) between Redis or UMF answering and it
    /// reading the answer.
    pause_max: u64,
    /// A request may take this long from the host's send to UMF reading it (a process stalled
    /// before writing it, a slow network, a busy server).
    transit_max: u64,
}

impl World {
    fn rand(&mut self, below: u64) -> u64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        self.rng % below.max(1)
    }

    fn fault(&mut self) -> Fault {
        if self.faults.is_empty() {
            return Fault::None;
        }
        let i = self.rand(self.faults.len() as u64 * 3) as usize;
        self.faults.get(i).copied().unwrap_or(Fault::None)
    }

    /// UMF reads a request that has arrived; its answer reaches the host after the network's
    /// latency and is read after the host's own stall.
    fn arrive(&mut self, task: &mut Task, out: &umf_core::calls::Outgoing, fault: Fault, now: u64) {
        let answer = self.umf.handle(&out.request, fault, now, self.lifetime_s);
        let latency = 1 + self.rand(self.latency_max) + self.rand(self.pause_max + 1);
        let latency = match &answer {
            Err(f) if f.kind == FailureKind::Timeout => out.timeout_ms,
            _ => latency.min(out.timeout_ms),
        };
        task.wake = now + latency;
        task.pending = Pending::Answer(answer);
    }

    /// Runs every task to its end, interleaving their steps at random; returns the outcomes.
    fn run(
        &mut self,
        mut tasks: Vec<Task>,
        deadline_ms: u64,
    ) -> Vec<(String, Result<Outcome, umf_core::Error>, u64)> {
        let mut done = Vec::new();
        let mut guard = 0u64;
        while !tasks.is_empty() {
            guard += 1;
            assert!(guard < 2_000_000, "the calls never end");
            let ready: Vec<usize> = (0..tasks.len())
                .filter(|i| tasks[*i].wake <= self.now)
                .collect();
            if ready.is_empty() {
                self.now = tasks.iter().map(|t| t.wake).min().unwrap();
                continue;
            }
            let i = ready[self.rand(ready.len() as u64) as usize];
            let now = self.now;
            let task = &mut tasks[i];
            if let Pending::InFlight(..) = task.pending {
                let Pending::InFlight(out, fault) =
                    std::mem::replace(&mut task.pending, Pending::Step)
                else {
                    unreachable!()
                };
                self.arrive(&mut tasks[i], &out, fault, now);
                continue;
            }
            match std::mem::replace(&mut task.pending, Pending::Step) {
                Pending::Answer(Ok(r)) => task.call.received(r, now),
                Pending::Answer(Err(f)) => task.call.failed(f, now),
                Pending::Reply(Ok(r)) => task.call.store_replied(r, now),
                Pending::Reply(Err(e)) => task.call.store_failed(&e, now),
                Pending::Step | Pending::InFlight(..) => {}
            }
            match task.call.next(now) {
                Step::Send(mut out) => {
                    let _ = out.request.set_header("X-Call", task.id.clone());
                    // A token request meets only the faults a token endpoint has.
                    let fault = self.fault();
                    let fault = if out.is_token_request
                        && !matches!(fault, Fault::Refused | Fault::Status503)
                    {
                        Fault::None
                    } else {
                        fault
                    };
                    let transit = self.rand(self.transit_max + 1);
                    let task = &mut tasks[i];
                    task.wake = now + transit;
                    task.pending = Pending::InFlight(Box::new(out), fault);
                }
                Step::Store(cmd) => {
                    let flaky_ms = self.redis.flaky_ms;
                    let reconnecting = self
                        .redis
                        .outage
                        .is_some_and(|(_, to)| (to..to + flaky_ms).contains(&now));
                    let reply = if reconnecting && self.rand(2) == 0 {
                        Err("Connection reset by peer".to_owned())
                    } else {
                        self.redis.eval(cmd.script, &cmd.keys, &cmd.args, now)
                    };
                    let latency = self.rand(2) + self.rand(self.pause_max + 1);
                    let task = &mut tasks[i];
                    task.wake = now + latency;
                    task.pending = Pending::Reply(reply);
                }
                Step::Sleep(ms) => {
                    assert!(ms > 0);
                    tasks[i].wake = now + ms;
                }
                Step::Done => {
                    let mut task = tasks.swap_remove(i);
                    assert!(
                        now - task.started <= deadline_ms,
                        "a call ended after its deadline: {} ms",
                        now - task.started
                    );
                    let outcome = task.call.take_outcome().expect("an outcome after Done");
                    done.push((task.id, outcome, now - task.started));
                }
            }
        }
        done
    }
}

fn caller(client: &Client, store: Option<StoreConfig>, policy: CallPolicy, seed: u64) -> Caller {
    Caller::new(
        client.clone(),
        ClientCredentials::new("client-1", "secret-1"),
        CallerOptions {
            policy,
            store,
            host: "test".into(),
            refresh_margin_ms: None,
            jitter_seed: Some(seed),
        },
    )
}

fn request(method: Method) -> HttpRequest {
    HttpRequest {
        method,
        url: format!("{BASE}/payments"),
        headers: vec![("Content-Type".into(), "application/json".into())],
        body: br#"{"order":{"mer_reference_id":"R-1"}}"#.to_vec(),
    }
}

/// `processes` callers each start `per_process` calls at `start` spread over `spread_ms`.
fn tasks(
    callers: &[Caller],
    per_process: usize,
    method: Method,
    world: &mut World,
    spread_ms: u64,
    round: usize,
) -> Vec<Task> {
    let mut out = Vec::new();
    for (p, caller) in callers.iter().enumerate() {
        for c in 0..per_process {
            let start = world.now + world.rand(spread_ms.max(1));
            out.push(Task {
                id: format!("r{round}-p{p}-c{c}"),
                call: caller.send(request(method), true),
                wake: start,
                pending: Pending::Step,
                started: start,
            });
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// One token per fleet: with the store, however many processes and concurrent calls, and
    /// across several token lifetimes, UMF issues one token per lifetime and refuses none,
    /// even when a process stalls for longer than the fetcher's drain before it reads the
    /// store's or UMF's answer (up to 3 s with 20 s tokens, 1.5 s with the fleet test's 4 s
    /// tokens, whose refresh margin is 1 s), and while requests take up to 450 ms to reach UMF
    /// (less than the 500 ms drain, which is what bounds them).
    #[test]
    fn a_fleet_with_the_store_fetches_one_token_per_lifetime(
        processes in 1usize..7, per_process in 1usize..5, rounds in 1usize..6,
        seed in 1u64..u64::MAX, latency in 1u64..40, pause in 0u64..3_000,
        transit in 0u64..450, short in any::<bool>(), crowd in any::<bool>(),
    ) {
        let client = client();
        let config = StoreConfig { poll_ms: 5, ..StoreConfig::default() };
        let callers: Vec<Caller> = (0..processes)
            .map(|p| caller(&client, Some(config.clone()), CallPolicy::default(), seed ^ p as u64))
            .collect();
        let lifetime_s = if short { 4 } else { 20 };
        let mut world = World { umf: Umf::default(), redis: Redis::default(), now: 1_000_000,
            rng: seed | 1, lifetime_s, faults: vec![], latency_max: latency,
            pause_max: if short { pause / 2 } else { pause }, transit_max: transit };
        for round in 0..rounds {
            // A crowd: every call of the round starts within a few milliseconds of the stored
            // token's expiry, as a busy fleet's do (the last millisecond is where Redis still
            // has the key, with PTTL 0).
            let stored = world.redis.keys.get("umf:{client-1}:token").and_then(|(_, e)| *e);
            let spread = match stored {
                Some(expiry) if crowd && expiry > world.now + 3 => {
                    world.now = expiry - 3;
                    6
                }
                _ => 2_000,
            };
            let t = tasks(&callers, per_process, Method::Get, &mut world, spread, round);
            for (id, outcome, _) in world.run(t, 60_000) {
                prop_assert!(outcome.is_ok(), "{id}: {:?}", outcome.err());
            }
            // Rounds a quarter of a lifetime apart: refreshes fall between and inside rounds.
            world.now += lifetime_s * 250;
        }
        let elapsed_s = (world.now - 1_000_000) / 1000 + 1;
        // A token is replaced three quarters into its life at the latest (the margin is at
        // most a quarter), so the fleet needs at most this many.
        let most = elapsed_s / (lifetime_s * 3 / 4) + 1;
        prop_assert!(world.umf.issued <= most, "{} tokens for {} s", world.umf.issued, elapsed_s);
        prop_assert_eq!(world.umf.rejected, 0, "a request was refused for its token");
        let fetched: u64 = callers.iter().map(|c| c.stats().token_requests).sum();
        prop_assert_eq!(fetched, world.umf.issued);
    }

    /// Never sent twice: a state-changing request reaches UMF again only when UMF certainly
    /// did not process it, and every copy is the same bytes; a safe one is retried within the
    /// policy; every call ends by its deadline.
    #[test]
    fn a_state_changing_request_is_processed_at_most_once(
        calls in 1usize..6, seed in 1u64..u64::MAX, store in any::<bool>(),
        faults in proptest::collection::vec(prop_oneof![
            Just(Fault::Refused), Just(Fault::LostAnswer), Just(Fault::Broken),
            Just(Fault::Status503), Just(Fault::Status429), Just(Fault::Spurious401)], 0..6),
        method in prop_oneof![Just(Method::Post), Just(Method::Get)],
    ) {
        let client = client();
        let policy = CallPolicy { deadline_ms: 8_000, attempt_timeout_ms: 1_000, ..CallPolicy::default() };
        let config = store.then(|| StoreConfig { poll_ms: 5, ..StoreConfig::default() });
        let callers = vec![caller(&client, config, policy, seed)];
        let mut world = World { umf: Umf::default(), redis: Redis::default(), now: 5_000,
            rng: seed | 1, lifetime_s: 3600, faults, latency_max: 30, pause_max: 0, transit_max: 0 };
        let t = tasks(&callers, calls, method, &mut world, 100, 0);
        let outcomes = world.run(t, policy.deadline_ms);
        prop_assert_eq!(outcomes.len(), calls);
        for (id, outcome, _) in &outcomes {
            let processed = world.umf.processed.get(id).map_or(0, Vec::len);
            let arrived = world.umf.arrived.get(id).cloned().unwrap_or_default();
            prop_assert!(arrived.windows(2).all(|w| w[0] == w[1]), "{id}: different bytes");
            if method == Method::Post {
                prop_assert!(processed <= 1, "{id} processed {processed} times");
            }
            // A failure after processing says it may have been sent and is not retryable.
            if let Err(e) = outcome {
                if processed == 1 && method == Method::Post {
                    prop_assert!(!e.is_retryable(), "{id}: {e:?} after processing");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Redis down across a refresh, for less than the refresh margin: nobody fetches a token
    /// alone (each process goes on with the token being replaced), no call fails, and the
    /// fleet is back on one token when Redis is, even while the processes' clients still
    /// fail now and then as they reconnect.
    #[test]
    fn a_short_store_outage_across_a_refresh_costs_no_token(
        processes in 2usize..6, per_process in 1usize..4, seed in 1u64..u64::MAX,
        outage_ms in 500u64..4_500, flaky_ms in 0u64..2_000,
    ) {
        let client = client();
        let config = StoreConfig { poll_ms: 5, ..StoreConfig::default() };
        let callers: Vec<Caller> = (0..processes)
            .map(|p| caller(&client, Some(config.clone()), CallPolicy::default(), seed ^ p as u64))
            .collect();
        // Tokens of 20 s are refreshed 5 s early: at 15 s. Redis is down from 14.5 s.
        let start = 1_000_000;
        let outage = (start + 14_500, start + 14_500 + outage_ms);
        let mut world = World { umf: Umf::default(),
            redis: Redis { outage: Some(outage), flaky_ms, ..Redis::default() }, now: start,
            rng: seed | 1, lifetime_s: 20, faults: vec![], latency_max: 20, pause_max: 0, transit_max: 0 };
        for round in 0..30 {
            let t = tasks(&callers, per_process, Method::Get, &mut world, 300, round);
            for (id, outcome, _) in world.run(t, 60_000) {
                prop_assert!(outcome.is_ok(), "{id}: {:?}", outcome.err());
            }
            world.now += 700;
        }
        let alone: Vec<u64> = world.umf.issued_at.iter()
            .filter(|at| (outage.0..outage.1).contains(*at)).map(|at| at - start).collect();
        prop_assert!(alone.is_empty(), "tokens fetched during the outage at {alone:?}");
        // One before, one when Redis is back (its keys gone), at most one more at 15 s later.
        prop_assert!(world.umf.issued <= 3, "{} tokens: {:?}", world.umf.issued, world.umf.issued_at);
    }
}

#[test]
fn a_fleet_without_the_store_revokes_its_own_tokens() {
    // The contrast the store exists for: four processes, each with its own token.
    let client = client();
    let callers: Vec<Caller> = (0..4)
        .map(|p| caller(&client, None, CallPolicy::default(), p))
        .collect();
    let mut world = World {
        umf: Umf::default(),
        redis: Redis::default(),
        now: 0,
        rng: 7,
        lifetime_s: 3600,
        faults: vec![],
        latency_max: 20,
        pause_max: 0,
        transit_max: 0,
    };
    let mut failed = 0;
    for round in 0..5 {
        let t = tasks(&callers, 3, Method::Get, &mut world, 500, round);
        failed += world
            .run(t, 60_000)
            .iter()
            .filter(|(_, o, _)| o.is_err())
            .count();
    }
    println!(
        "without a store: {} tokens, {} refused requests, {failed} failed calls of 60",
        world.umf.issued, world.umf.rejected
    );
    assert!(world.umf.issued > 4 && world.umf.rejected > 0);
}

#[test]
fn with_the_store_down_calls_fall_back_or_fail_as_configured() {
    let client = client();
    for mode in [StoreMode::Fallback, StoreMode::Required] {
        let config = StoreConfig {
            mode,
            ..StoreConfig::default()
        };
        let callers = vec![caller(&client, Some(config), CallPolicy::default(), 3)];
        let mut world = World {
            umf: Umf::default(),
            redis: Redis {
                down: true,
                ..Redis::default()
            },
            now: 0,
            rng: 9,
            lifetime_s: 3600,
            faults: vec![],
            latency_max: 5,
            pause_max: 0,
            transit_max: 0,
        };
        let t = tasks(&callers, 3, Method::Get, &mut world, 10, 0);
        let outcomes = world.run(t, 60_000);
        match mode {
            StoreMode::Fallback => {
                assert!(outcomes.iter().all(|(_, o, _)| o.is_ok()));
                assert_eq!(world.umf.issued, 1);
                assert!(callers[0].stats().store_failures >= 1);
            }
            StoreMode::Required => {
                let codes: Vec<&str> = outcomes
                    .iter()
                    .map(|(_, o, _)| o.as_ref().err().map_or("ok", |e| e.code()))
                    .collect();
                assert!(codes.contains(&"store_unavailable"), "{codes:?}");
                assert_eq!(world.umf.issued, 0);
            }
        }
    }
}

#[test]
fn events_name_no_secret() {
    let client = client();
    let c = caller(&client, None, CallPolicy::default(), 1);
    let mut world = World {
        umf: Umf::default(),
        redis: Redis::default(),
        now: 0,
        rng: 3,
        lifetime_s: 3600,
        faults: vec![Fault::Spurious401, Fault::Status503],
        latency_max: 5,
        pause_max: 0,
        transit_max: 0,
    };
    let mut call = c.send(request(Method::Get), true);
    let mut events = Vec::new();
    loop {
        match call.next(world.now) {
            Step::Send(mut out) => {
                let _ = out.request.set_header("X-Call", "e");
                let fault = world.fault();
                match world.umf.handle(&out.request, fault, world.now, 3600) {
                    Ok(r) => call.received(r, world.now),
                    Err(f) => call.failed(f, world.now),
                }
            }
            Step::Sleep(ms) => world.now += ms,
            Step::Store(_) => unreachable!(),
            Step::Done => break,
        }
        events.extend(call.take_events());
    }
    let text = serde_json::to_string(&events).unwrap();
    assert!(text.contains("\"operation\":\"send\""), "{text}");
    for secret in ["secret-1", "tok0", "Bearer", "R-1"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

/// Token requests are named by the endpoint they go to: `/oauth/authorize` under the base, or
/// the path of a `token_url` elsewhere, never its host or query.
#[test]
fn token_events_name_the_configured_token_endpoint() {
    let cases = [
        (None, "/oauth/authorize"),
        (Some(format!("{BASE}/oauth/authorize")), "/oauth/authorize"),
        (
            Some("https://umf.test/v1/oauth/authorize?tenant=1".to_owned()),
            "/v1/oauth/authorize",
        ),
    ];
    for (token_url, expected) in cases {
        let mut config = client().config().clone();
        config.token_url = token_url.clone();
        let client = Client::new(config);
        let c = caller(&client, None, CallPolicy::default(), 1);
        let mut call = c.send(request(Method::Get), true);
        let Step::Send(out) = call.next(0) else {
            panic!("a call without a token asks for one first");
        };
        let sent_to = out.request.url.clone();
        assert_eq!(sent_to, client.token_url());
        call.failed(SendFailure::new(FailureKind::NotSent, "refused"), 0);
        let events = call.take_events();
        let token_event = events
            .iter()
            .find(|e| e.operation == "get_access_token")
            .unwrap_or_else(|| panic!("no token event in {events:?}"));
        assert_eq!(token_event.path, expected, "{token_url:?}");
        assert!(!serde_json::to_string(&events).unwrap().contains("umf.test"));
    }
}
