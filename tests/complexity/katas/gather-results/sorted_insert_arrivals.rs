// learner: slow
// idiom: Dart/Flutter-turned-Rust: results kept "always sorted" in a list of (index, outcome) records, each arrival placed with binary_search + insert like a SplayTreeMap stand-in
// why: gather is O(n^2) time: Vec::insert in the middle shifts up to n records for each of the n arrivals, vs target O(n) bookkeeping
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


use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

#[allow(non_snake_case)]
fn describePanic(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(other) => other
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .unwrap_or_else(|| "unknown panic".to_string()),
    }
}

#[allow(non_snake_case)]
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (sender, receiver) = mpsc::channel::<(usize, Outcome<T, E>)>();
    let mut total = 0;
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(result) => result.map_err(JobError::Failed),
                Err(payload) => Err(JobError::Panicked(describePanic(payload))),
            };
            let _ = sender.send((index, outcome));
        });
        total += 1;
    }
    drop(sender);

    let mut sortedDone: Vec<(usize, Outcome<T, E>)> = Vec::new();
    while sortedDone.len() < total {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let Ok((index, outcome)) = receiver.recv_timeout(remaining) else { break };
        let at = sortedDone.binary_search_by_key(&index, |(i, _)| *i).unwrap_or_else(|at| at);
        sortedDone.insert(at, (index, outcome));
    }

    let mut done = sortedDone.into_iter().peekable();
    (0..total)
        .map(|index| match done.peek() {
            Some((i, _)) if *i == index => done.next().unwrap().1,
            _ => Err(JobError::TimedOut),
        })
        .collect()
}
