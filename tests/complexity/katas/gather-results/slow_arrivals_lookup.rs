// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals are kept in finish order and each input index is looked up by a linear search
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job returned `Err(e)`.
    Failed(E),
    /// The job panicked.
    Panicked(String),
    /// The job missed the deadline.
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

/// Starts every job on its own thread; collects outcomes as they arrive,
/// then puts them back into input order.
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut n = 0;
    for (i, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => {
                    let msg = match payload.downcast::<String>() {
                        Ok(s) => *s,
                        Err(p) => match p.downcast::<&'static str>() {
                            Ok(s) => s.to_string(),
                            Err(_) => "unknown panic".to_string(),
                        },
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send((i, outcome));
        });
        n += 1;
    }
    drop(tx);

    // Arrivals in the order the jobs finished.
    let mut arrived: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrived.len() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(pair) => arrived.push(pair),
            Err(_) => break,
        }
    }

    // Put them back in input order.
    let mut results = Vec::with_capacity(n);
    for i in 0..n {
        match arrived.iter().position(|(j, _)| *j == i) {
            Some(pos) => results.push(arrived.swap_remove(pos).1),
            None => results.push(Err(JobError::TimedOut)),
        }
    }
    assert_eq!(results.len(), n);
    results
}
