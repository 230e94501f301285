// learner: slow
// idiom: Janet: after every ev/take, (count nil? slots) over the whole array to see if we're finished, like checking the table each time a fiber reports
// why: each arrival re-walks all n slots to count the missing ones: O(n) per result, O(n^2) bookkeeping per gather
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

fn how_many_missing<R>(slots: &[Option<R>]) -> usize {
    let mut n = 0;
    for s in slots {
        if s.is_none() {
            n += 1;
        }
    }
    n
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
    for (idx, job) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let _ = tx.send((idx, run_one(job)));
        });
    }
    drop(tx);

    loop {
        if how_many_missing(&slots) == 0 {
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((idx, r)) => slots[idx] = Some(r),
            Err(_) => break,
        }
    }
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
