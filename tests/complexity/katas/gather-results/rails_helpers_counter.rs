// learner: optimal
// idiom: Rails-style: tiny helper fns, enumerate().for_each spawning, remaining counter loop, map/collect at the end
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
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast::<String>()
        .map(|s| *s)
        .or_else(|p| p.downcast::<&'static str>().map(|s| s.to_string()))
        .unwrap_or_else(|_| "unknown panic".to_string())
}

fn run_job<T, E>(job: impl FnOnce() -> Result<T, E>) -> Outcome<T, E> {
    match catch_unwind(AssertUnwindSafe(job)) {
        Ok(result) => result.map_err(JobError::Failed),
        Err(payload) => Err(JobError::Panicked(panic_message(payload))),
    }
}

fn spawn_job<T, E, F>(index: usize, job: F, tx: Sender<(usize, Outcome<T, E>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let _ = tx.send((index, run_job(job)));
    });
}

fn timed_out<T, E>(slot: Option<Outcome<T, E>>) -> Outcome<T, E> {
    slot.unwrap_or(Err(JobError::TimedOut))
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
    let mut slots: Vec<Option<Outcome<T, E>>> = Vec::new();
    jobs.into_iter().enumerate().for_each(|(i, job)| {
        slots.push(None);
        spawn_job(i, job, tx.clone());
    });
    drop(tx);

    let mut remaining = slots.len();
    while remaining > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((i, outcome)) => {
                slots[i] = Some(outcome);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }

    slots.into_iter().map(timed_out).collect()
}
