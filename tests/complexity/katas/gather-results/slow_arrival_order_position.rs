// learner: slow
// why: gather is O(n^2) time, target O(n): results are kept in arrival order and each input index is searched for with position()
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


use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

fn describe_panic(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

fn outcome_of<T, E>(job: impl FnOnce() -> Result<T, E>) -> Outcome<T, E> {
    catch_unwind(AssertUnwindSafe(job))
        .map_err(|p| JobError::Panicked(describe_panic(p)))
        .and_then(|r| r.map_err(JobError::Failed))
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
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let _ = tx.send((i, outcome_of(job)));
            });
        })
        .count();
    drop(tx);

    // collect in the order they finish...
    let mut arrivals: Vec<(usize, Outcome<T, E>)> = Vec::new();
    while arrivals.len() < count {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(pair) => arrivals.push(pair),
            Err(_) => break,
        }
    }

    // ...then put them back in input order
    (0..count)
        .map(|i| match arrivals.iter().position(|(j, _)| *j == i) {
            Some(pos) => arrivals.swap_remove(pos).1,
            None => Err(JobError::TimedOut),
        })
        .collect()
}
