//! What both benchmarks measure with: criterion runs each benchmark, and every sample it takes
//! is also added up here so the closing tables use exactly the samples criterion measured.
//! Times are the thread's CPU time, not wall time: on a machine shared with other work, wall
//! time measures the neighbours (and `openssl speed`, a baseline, reports CPU time too).

#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use cpu_time::ThreadTime;
use criterion::Criterion;

/// Total CPU time and iterations of each benchmark, by name.
static SAMPLES: Mutex<BTreeMap<String, (Duration, u64)>> = Mutex::new(BTreeMap::new());

/// Runs `op` as the criterion benchmark `name`, recording its samples.
pub fn measured<F: FnMut()>(c: &mut Criterion, name: &str, mut op: F) {
    let key = name.to_owned();
    c.bench_function(name, move |b| {
        b.iter_custom(|iters| {
            let start = ThreadTime::now();
            for _ in 0..iters {
                op();
            }
            let elapsed = start.elapsed();
            let mut samples = SAMPLES.lock().unwrap();
            let entry = samples.entry(key.clone()).or_default();
            entry.0 += elapsed;
            entry.1 += iters;
            elapsed
        })
    });
}

/// Mean seconds per iteration of the benchmark `name`, if it ran.
pub fn per_op(name: &str) -> Option<f64> {
    SAMPLES
        .lock()
        .unwrap()
        .get(name)
        .map(|(d, n)| d.as_secs_f64() / (*n).max(1) as f64)
}
