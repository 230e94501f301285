// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals are kept in a list and each slot searches it with firstOrNull-style position()
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(id, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let result = match catch_unwind(AssertUnwindSafe(job)) {
                    Ok(value) => value.map_err(JobError::Failed),
                    Err(payload) => {
                        let msg = payload
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "unknown panic".into());
                        Err(JobError::Panicked(msg))
                    }
                };
                tx.send((id, result)).ok();
            })
        })
        .count();
    drop(tx);

    // like a Kotlin MutableList of arrivals
    let mut arrivals: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrivals.len() < count {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(item) => arrivals.push(item),
            Err(_) => break,
        }
    }

    (0..count)
        .map(|id| {
            arrivals
                .iter()
                .position(|(who, _)| *who == id)
                .map(|at| arrivals.swap_remove(at).1)
                .unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
