// learner: slow
// why: gather is O(n log n) time, target O(n): arrivals are sorted by job index to restore input order instead of being written into slots
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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let started = Instant::now();
    let (tx, rx) = mpsc::channel();
    let mut n = 0usize;
    for job in jobs {
        let tx = tx.clone();
        let id = n;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    if let Some(s) = p.downcast_ref::<&str>() {
                        Err(JobError::Panicked(s.to_string()))
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        Err(JobError::Panicked(s.clone()))
                    } else {
                        Err(JobError::Panicked("unknown panic".to_string()))
                    }
                }
            };
            let _ = tx.send((id, r));
        });
        n += 1;
    }
    drop(tx);

    // collect whatever finishes in time, in finish order
    let mut arrived: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrived.len() < n {
        let spent = started.elapsed();
        if spent >= timeout {
            break;
        }
        match rx.recv_timeout(timeout - spent) {
            Ok(pair) => arrived.push(pair),
            Err(_) => break,
        }
    }

    // then put them back in input order
    arrived.sort_by_key(|(id, _)| *id);
    let mut results = Vec::with_capacity(n);
    let mut arrivals = arrived.into_iter().peekable();
    for i in 0..n {
        match arrivals.peek() {
            Some((id, _)) if *id == i => {
                let (_, r) = arrivals.next().unwrap();
                results.push(r);
            }
            _ => results.push(Err(JobError::TimedOut)),
        }
    }
    results
}
