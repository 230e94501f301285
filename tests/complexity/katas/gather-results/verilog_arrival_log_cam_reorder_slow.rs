// learner: slow
// idiom: verilog: log arrivals in a FIFO in arrival order, then reorder at the end by searching the log for index 0, 1, 2, ... (a linear CAM lookup per output)
// why: misses gather O(n): the reorder does a position() scan of the arrival log for every job index, O(n^2) bookkeeping
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
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut count = 0usize;
    for job in jobs {
        let tx = tx.clone();
        let tag = count;
        thread::spawn(move || {
            let _ = tx.send((tag, run_one(job)));
        });
        count += 1;
    }
    drop(tx);

    // arrival log, in the order results come back
    let mut log: Vec<(usize, Result<T, JobError<E>>)> = Vec::with_capacity(count);
    let mut got = 0usize;
    while got < count {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(item) => {
                log.push(item);
                got += 1;
            }
            Err(_) => break,
        }
    }

    // reorder: look every index up in the log
    let mut out = Vec::with_capacity(count);
    for want in 0..count {
        match log.iter().position(|(tag, _)| *tag == want) {
            Some(p) => out.push(log.swap_remove(p).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
