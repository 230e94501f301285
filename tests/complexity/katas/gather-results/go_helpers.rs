// learner: optimal
// idiom: Go-style: helper funcs run_job(index, job, tx) and panic_text(payload), one mpsc channel of (index, outcome), counted for loop with early break on timeout
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
use std::sync::mpsc::{channel, Sender};
use std::thread;
use std::time::Instant;

fn panic_text(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        return s.to_string();
    }
    if let Some(s) = payload.downcast_ref::<String>() {
        return s.clone();
    }
    "unknown panic".to_string()
}

fn run_job<T, E, F>(index: usize, job: F, tx: Sender<(usize, Result<T, JobError<E>>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = match catch_unwind(AssertUnwindSafe(job)) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(payload) => Err(JobError::Panicked(panic_text(payload))),
        };
        let _ = tx.send((index, outcome));
    });
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let deadline = start + timeout;
    let (tx, rx) = channel();
    let mut count = 0;
    for job in jobs {
        run_job(count, job, tx.clone());
        count += 1;
    }
    drop(tx);
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(count);
    for _ in 0..count {
        slots.push(None);
    }
    for _ in 0..count {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((i, outcome)) => slots[i] = Some(outcome),
            Err(_) => break,
        }
    }
    let mut out = Vec::with_capacity(count);
    for slot in slots {
        match slot {
            Some(r) => out.push(r),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
