// learner: optimal
// idiom: embedded C: u32 remaining counter, parallel Vec<bool> done flags + Vec<Option<_>> values, while loop with manual remaining-time arithmetic via checked_duration_since
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
use std::sync::mpsc;
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
    let (tx, rx) = mpsc::channel::<(u32, Result<T, JobError<E>>)>();
    let mut n: u32 = 0;
    for job in jobs {
        let tx = tx.clone();
        let idx = n;
        thread::spawn(move || {
            let r = panic::catch_unwind(panic::AssertUnwindSafe(job));
            let msg = match r {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let text = if let Some(s) = p.downcast_ref::<&str>() {
                        (*s).to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(text))
                }
            };
            let _ = tx.send((idx, msg));
        });
        n += 1;
    }
    drop(tx);
    let mut done: Vec<bool> = vec![false; n as usize];
    let mut vals: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut remaining = n;
    while remaining > 0 {
        let elapsed = Instant::now().checked_duration_since(t0).unwrap_or_default();
        if elapsed >= timeout {
            break;
        }
        let wait = timeout - elapsed;
        let (i, r) = match rx.recv_timeout(wait) {
            Ok(m) => m,
            Err(_) => break,
        };
        if !done[i as usize] {
            done[i as usize] = true;
            vals[i as usize] = Some(r);
            remaining -= 1;
        }
    }
    let mut out = Vec::with_capacity(n as usize);
    let mut i: u32 = 0;
    while i < n {
        let v = vals[i as usize].take();
        out.push(v.unwrap_or(Err(JobError::TimedOut)));
        i += 1;
    }
    out
}
