// learner: optimal
// idiom: MATLAB signal-processing engineer: one channel per job kept in a preallocated array, then a plain for-loop over k = 1..n reading each channel with the time left until the single deadline
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


use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let t_end = t0 + timeout;

    // start everything first (all jobs run "in parallel"), keep one rx per job
    let mut rx: Vec<Receiver<Result<T, JobError<E>>>> = Vec::new();
    for f in jobs {
        let (tx, r) = channel();
        rx.push(r);
        thread::spawn(move || {
            let y = match catch_unwind(AssertUnwindSafe(f)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send(y);
        });
    }

    let n = rx.len();
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        // remaining budget of the ONE deadline, not a fresh timeout per job
        let dt = t_end.saturating_duration_since(Instant::now());
        let y = match rx[k].recv_timeout(dt) {
            Ok(r) => r,
            Err(_) => Err(JobError::TimedOut),
        };
        out.push(y);
    }
    out
}
