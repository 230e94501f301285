// learner: optimal
// idiom: one sync_channel per job, recv_timeout on each in input order against the shared deadline
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
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

fn describe(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        return s.to_string();
    }
    if let Some(s) = payload.downcast_ref::<String>() {
        return s.clone();
    }
    "unknown panic".to_string()
}

/// One channel per job: wait on them in input order, each against the same deadline.
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let mut inboxes: Vec<Receiver<Result<T, JobError<E>>>> = Vec::new();
    for job in jobs {
        let (tx, rx) = mpsc::sync_channel(1);
        thread::spawn(move || {
            let res = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(describe(&*p))),
            };
            let _ = tx.send(res);
        });
        inboxes.push(rx);
    }

    let mut out = Vec::with_capacity(inboxes.len());
    for rx in inboxes {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let r = match rx.recv_timeout(remaining) {
            Ok(r) => r,
            Err(_) => Err(JobError::TimedOut),
        };
        out.push(r);
    }
    out
}
