// learner: optimal
// idiom: beginner style, free helper run_one per thread, if-let ladder, usize counters in while loops, explicit return
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

/// Starts every job at once, each on its own thread, and waits at most
/// `timeout` (measured from the call) for them to finish.
///
/// Returns one entry per job, in the order of `jobs`:
/// `Ok(value)`, `Err(JobError::Failed(e))`, `Err(JobError::Panicked(msg))`,
/// or `Err(JobError::TimedOut)` for a job still running at the deadline.
/// A stuck job never delays the return beyond the deadline; its thread is
/// left to finish (or not) on its own and its late result is discarded.

use std::panic;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{channel, Sender};
use std::thread;
use std::time::Instant;

fn run_one<T, E, F>(index: usize, job: F, sender: Sender<(usize, Result<T, JobError<E>>)>)
where
    F: FnOnce() -> Result<T, E>,
{
    let caught = panic::catch_unwind(AssertUnwindSafe(|| job()));
    let result;
    if let Ok(inner) = caught {
        if let Ok(v) = inner {
            result = Ok(v);
        } else if let Err(e) = inner {
            result = Err(JobError::Failed(e));
        } else {
            unreachable!();
        }
    } else {
        let payload = caught.err().unwrap();
        let mut msg = String::from("unknown panic");
        if let Some(s) = payload.downcast_ref::<&str>() {
            msg = s.to_string();
        } else if let Some(s) = payload.downcast_ref::<String>() {
            msg = s.clone();
        }
        result = Err(JobError::Panicked(msg));
    }
    // the receiver may be gone already (we timed out); that's fine
    let _ = sender.send((index, result));
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let (sender, receiver) = channel();
    let mut count: usize = 0;
    for job in jobs {
        let s = sender.clone();
        let i = count;
        thread::spawn(move || run_one(i, job, s));
        count += 1;
    }
    drop(sender);

    let mut results: Vec<Result<T, JobError<E>>> = Vec::with_capacity(count);
    let mut i: usize = 0;
    while i < count {
        results.push(Err(JobError::TimedOut));
        i += 1;
    }

    let mut got: usize = 0;
    while got < count {
        let elapsed = start.elapsed();
        if elapsed >= timeout {
            break;
        }
        let wait = timeout - elapsed;
        match receiver.recv_timeout(wait) {
            Ok((index, r)) => {
                results[index] = r;
                got += 1;
            }
            Err(_) => break,
        }
    }
    return results;
}
