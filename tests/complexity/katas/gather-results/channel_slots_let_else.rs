// learner: optimal
// idiom: modern Rust, enumerate().map().count() spawning, let-else on recv_timeout, Option slots mapped with unwrap_or
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

/// Starts every job at once, each on its own thread, and waits at most
/// `timeout` (measured from the call) for them to finish.
///
/// Returns one entry per job, in the order of `jobs`:
/// `Ok(value)`, `Err(JobError::Failed(e))`, `Err(JobError::Panicked(msg))`,
/// or `Err(JobError::TimedOut)` for a job still running at the deadline.
/// A stuck job never delays the return beyond the deadline; its thread is
/// left to finish (or not) on its own and its late result is discarded.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
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

    let n = jobs
        .into_iter()
        .enumerate()
        .map(|(idx, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
                    Ok(Ok(v)) => Ok(v),
                    Ok(Err(e)) => Err(JobError::Failed(e)),
                    Err(payload) => Err(JobError::Panicked(panic_message(payload))),
                };
                let _ = tx.send((idx, outcome));
            });
        })
        .count();
    drop(tx);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut missing = n;
    while missing > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        let Ok((idx, outcome)) = rx.recv_timeout(left) else { break };
        slots[idx] = Some(outcome);
        missing -= 1;
    }

    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
