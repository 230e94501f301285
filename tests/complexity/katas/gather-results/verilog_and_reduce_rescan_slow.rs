// learner: slow
// idiom: verilog: slot array with a "valid" check re-evaluated over all slots on every loop iteration (like a wide AND-reduce each cycle)
// why: misses gather O(n): the loop condition scans all n slots for a None before each receive, O(n) per arrival, O(n^2) per gather
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"`.
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

fn run_one<T, E, F>(job: F) -> Result<T, JobError<E>>
where
    F: FnOnce() -> Result<T, E>,
{
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => {
            if let Some(s) = p.downcast_ref::<&str>() {
                Err(JobError::Panicked(s.to_string()))
            } else if let Some(s) = p.downcast_ref::<String>() {
                Err(JobError::Panicked(s.clone()))
            } else {
                Err(JobError::Panicked("unknown panic".to_string()))
            }
        }
    }
}

/// Starts every job at once and waits at most `timeout` for them to finish.
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
    for (i, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let _ = tx.send((i, run_one(job)));
        });
        slots.push(None);
    }
    drop(tx);
    while slots.iter().any(|s| s.is_none()) {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((i, r)) => slots[i] = Some(r),
            Err(_) => break,
        }
    }
    let mut out = Vec::new();
    for s in slots {
        out.push(match s {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        });
    }
    out
}
