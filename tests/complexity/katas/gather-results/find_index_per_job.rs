// learner: slow
// idiom: MATLAB signal-processing engineer: collect (k, y) pairs in arrival order into one growing array, then rebuild the output with a find(idx == k) style search for every k
// why: gather is O(n^2): for each of the n jobs it linearly searches the arrival list for its index, vs target O(n) bookkeeping
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
use std::sync::mpsc::channel;
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t_end = Instant::now() + timeout;
    let (tx, rx) = channel::<(usize, Result<T, JobError<E>>)>();
    let mut n = 0;
    for f in jobs {
        let k = n;
        let tx = tx.clone();
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
            let _ = tx.send((k, y));
        });
        n += 1;
    }
    drop(tx);

    // arrival-ordered buffer
    let mut got: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while got.len() < n {
        let dt = t_end.saturating_duration_since(Instant::now());
        match rx.recv_timeout(dt) {
            Ok(pair) => got.push(pair),
            Err(_) => break,
        }
    }

    // out(k) = got(find(idx == k))
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        match got.iter().position(|(j, _)| *j == k) {
            Some(i) => out.push(got.swap_remove(i).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
