// learner: optimal
// idiom: Dart/Flutter-turned-Rust: Future.wait-style fan-out: one mpsc channel of (index, outcome), a Vec<Option<..>> of slots filled as messages arrive, recv_timeout against one deadline
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

#[allow(non_snake_case)]
fn panicMessage(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
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
    let (sender, receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();

    let mut jobCount = 0;
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(error)) => Err(JobError::Failed(error)),
                Err(payload) => Err(JobError::Panicked(panicMessage(payload))),
            };
            // The receiver is gone if we were too late: nobody cares any more.
            let _ = sender.send((index, outcome));
        });
        jobCount += 1;
    }
    drop(sender);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..jobCount).map(|_| None).collect();
    let mut pending = jobCount;
    while pending > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(left) {
            Ok((index, outcome)) => {
                slots[index] = Some(outcome);
                pending -= 1;
            }
            Err(_) => break, // deadline passed (or every sender is gone)
        }
    }

    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
