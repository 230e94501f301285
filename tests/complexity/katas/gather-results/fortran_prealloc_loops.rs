// learner: optimal
// idiom: Fortran-style: preallocated result buffer, index do-loops, got-counter loop, inline panic decoding
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
    let work: Vec<F> = jobs.into_iter().collect();
    let n = work.len();

    let mut res: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(n);
    for _ in 0..n {
        res.push(None);
    }

    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut i = 0usize;
    for f in work {
        let txi = tx.clone();
        let k = i;
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let v = match r {
                Ok(Ok(x)) => Ok(x),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = txi.send((k, v));
        });
        i += 1;
    }
    drop(tx);

    let mut got = 0usize;
    while got < n {
        let now = Instant::now();
        if now >= t_end {
            break;
        }
        match rx.recv_timeout(t_end - now) {
            Ok((k, v)) => {
                res[k] = Some(v);
                got += 1;
            }
            Err(_) => break,
        }
    }

    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        match res[k].take() {
            Some(v) => out.push(v),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
