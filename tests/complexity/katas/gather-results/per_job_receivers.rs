// learner: optimal
// idiom: one channel per job, then recv_timeout on each receiver in input order against a single shared deadline
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

use std::panic;
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let receivers: Vec<Receiver<Result<T, JobError<E>>>> = jobs
        .into_iter()
        .map(|job| {
            let (tx, rx) = mpsc::channel();
            thread::spawn(move || {
                let r = panic::catch_unwind(panic::AssertUnwindSafe(job));
                let r = match r {
                    Ok(inner) => inner.map_err(JobError::Failed),
                    Err(p) => Err(JobError::Panicked(panic_message(p))),
                };
                tx.send(r).ok();
            });
            rx
        })
        .collect();
    receivers
        .into_iter()
        .map(|rx| {
            let left = timeout.saturating_sub(start.elapsed());
            rx.recv_timeout(left).unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
