// learner: optimal
// idiom: MUMPS: one "device" per job (a private mpsc channel each, like one TCP socket per partner), READ them in input order with a timeout that is whatever is left of the one DEADLINE
// why: n spawns and n receives, each O(1); the waits all end by the same deadline so the total wait is at most the timeout: O(n) bookkeeping, O(n) space

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
    let mut dev: Vec<mpsc::Receiver<Result<T, JobError<E>>>> = Vec::new();
    for job in jobs {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(run1(job));
        });
        dev.push(rx);
    }
    let mut out = Vec::with_capacity(dev.len());
    for rx in dev {
        let left = dl.saturating_duration_since(Instant::now());
        // past the deadline left is zero: recv_timeout still hands back a result already sent
        let r = match rx.recv_timeout(left) {
            Ok(r) => r,
            Err(_) => Err(JobError::TimedOut),
        };
        out.push(r);
    }
    out
}
