// learner: optimal
// idiom: Janet: like ev/go fibers all writing [idx result] into one channel (ev/chan), the caller does ev/take with a deadline and counts down what is missing
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


use std::sync::mpsc;
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
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();

    for (idx, job) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let r = run_one(job);
            let _ = tx.send((idx, r)); // receiver gone == we were too late, fine
        });
    }
    drop(tx);

    let mut missing = slots.len();
    while missing > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((idx, r)) => {
                slots[idx] = Some(r);
                missing -= 1;
            }
            Err(_) => break, // deadline (or every sender gone)
        }
    }

    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
