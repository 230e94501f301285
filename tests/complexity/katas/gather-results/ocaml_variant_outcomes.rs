// learner: optimal
// idiom: OCaml-style: a private Outcome variant, match on every recv_timeout result, counter of missing slots
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, RecvTimeoutError};
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

fn message_of(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(other) => match other.downcast::<&'static str>() {
            Ok(s) => (*s).to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

fn classify<T, E>(caught: thread::Result<Result<T, E>>) -> Result<T, JobError<E>> {
    match caught {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(payload) => Err(JobError::Panicked(message_of(payload))),
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
    let mut started = 0usize;
    for (idx, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let outcome = classify(catch_unwind(AssertUnwindSafe(job)));
            let _ = tx.send((idx, outcome));
        });
        started += 1;
    }
    drop(tx);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..started).map(|_| None).collect();
    let mut missing = started;
    while missing > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((idx, outcome)) => {
                slots[idx] = Some(outcome);
                missing -= 1;
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }

    slots
        .into_iter()
        .map(|slot| match slot {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        })
        .collect()
}
