// learner: optimal
// idiom: Janet: one little channel per fiber, then walk the array of channels in order taking from each with whatever is left of the one shared deadline
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


use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

fn run_one<T, E, F>(job: F) -> Result<T, JobError<E>>
where
    F: FnOnce() -> Result<T, E>,
{
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(panic_text(p))),
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
    // start everything first: one receiver per job, in input order
    let mut chans: Vec<Receiver<Result<T, JobError<E>>>> = Vec::new();
    for job in jobs {
        let (tx, rx) = mpsc::sync_channel(1);
        thread::spawn(move || {
            let _ = tx.send(run_one(job));
        });
        chans.push(rx);
    }

    // then take from each in turn; waiting on job i only uses up time that
    // every later job was running too, so the total wait is the one timeout
    let mut out = Vec::with_capacity(chans.len());
    for rx in chans {
        let left = deadline.saturating_duration_since(Instant::now());
        let r = match rx.try_recv() {
            Ok(r) => r,
            Err(_) => rx.recv_timeout(left).unwrap_or(Err(JobError::TimedOut)),
        };
        out.push(r);
    }
    out
}
