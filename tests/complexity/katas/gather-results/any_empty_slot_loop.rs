// learner: slow
// why: gather is O(n^2) time, target O(n): slots.iter().any(is_none) rescans all slots after every arrival
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

fn message_of(p: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.to_string()
    } else {
        String::from("unknown panic")
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
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(res) => res.map_err(JobError::Failed),
                Err(p) => Err(JobError::Panicked(message_of(p))),
            };
            let _ = tx.send((i, r));
        });
        slots.push(None);
    }
    drop(tx);

    // keep waiting while some slot is still empty
    while slots.iter().any(|s| s.is_none()) {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((i, r)) => slots[i] = Some(r),
            Err(_) => break,
        }
    }

    slots
        .into_iter()
        .map(|s| match s {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        })
        .collect()
}
