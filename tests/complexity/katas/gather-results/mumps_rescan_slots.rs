// learner: slow
// idiom: MUMPS: after each READ from the channel, \$ORDER through all the slots to see whether any is still empty (while slots.iter().any(Option::is_none)) instead of keeping a count
// why: every arrival rescans all n slots: O(n) per result, O(n^2) bookkeeping per gather instead of O(n)

//! Run fallible jobs concurrently and gather every outcome, in input order.
//!
//! Useful pieces of `std`: `thread::spawn`, `panic::catch_unwind` with
//! `AssertUnwindSafe`, `sync::mpsc` and `Receiver::recv_timeout`, `Instant`.

use std::fmt;
use std::time::Duration;
use std::sync::mpsc;
use std::time::Instant;

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

/// the panic payload's text, else "unknown panic"
fn pmsg(p: Box<dyn std::any::Any + Send>) -> String {
    match p.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

/// RUN^JOB: one job, its outcome as an entry
fn run1<T, E, F: FnOnce() -> Result<T, E>>(job: F) -> Result<T, JobError<E>> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(pmsg(p))),
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let dl = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut sl: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (ix, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let _ = tx.send((ix, run1(job)));
        });
        sl.push(None);
    }
    drop(tx);
    while sl.iter().any(Option::is_none) {
        match rx.recv_timeout(dl.saturating_duration_since(Instant::now())) {
            Ok((ix, r)) => sl[ix] = Some(r),
            Err(_) => break,
        }
    }
    sl.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
