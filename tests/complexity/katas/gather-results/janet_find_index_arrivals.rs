// learner: slow
// idiom: Janet: push [idx result] tuples onto an array as they arrive, then build the answer with (find-index |(= i (first $)) arrivals) for each i
// why: putting results back in input order searches the arrival array per job: O(n) per job, O(n^2) for a gather
//! Run fallible jobs concurrently and gather every outcome, in input order.
//!
//! Useful pieces of `std`: `thread::spawn`, `panic::catch_unwind` with
//! `AssertUnwindSafe`, `sync::mpsc` and `Receiver::recv_timeout`, `Instant`.

use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"` when the
    /// payload is neither a `&str` nor a `String`.
    Panicked(String),
    /// The job had not finished when the timeout expired.
    TimedOut,
}

impl<E: fmt::Display> fmt::Display for JobError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JobError::Failed(e) => write!(f, "job failed: {e}"),
            JobError::Panicked(msg) => write!(f, "job panicked: {msg}"),
            JobError::TimedOut => write!(f, "job timed out"),
        }
    }
}


use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

fn run_one<T, E, F>(job: F) -> Result<T, JobError<E>>
where
    F: FnOnce() -> Result<T, E>,
{
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(panic_text(p))),
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut n = 0usize;
    for job in jobs {
        let idx = n;
        n += 1;
        let tx = tx.clone();
        thread::spawn(move || {
            let _ = tx.send((idx, run_one(job)));
        });
    }
    drop(tx);

    // arrivals, in finishing order
    let mut arrivals: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrivals.len() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(pair) => arrivals.push(pair),
            Err(_) => break,
        }
    }

    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        match arrivals.iter().position(|(j, _)| *j == i) {
            Some(at) => out.push(arrivals.swap_remove(at).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
