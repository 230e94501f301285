// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals kept in a Vec in finish order, and each input index searches it with position()
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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn describe(p: Box<dyn std::any::Any + Send>) -> String {
    match p.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => p
            .downcast::<&str>()
            .map(|s| s.to_string())
            .unwrap_or_else(|_| "unknown panic".to_string()),
    }
}

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
    for job in jobs {
        let id = n;
        n += 1;
        let tx = tx.clone();
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(describe(p))),
            };
            let _ = tx.send((id, r));
        });
    }
    drop(tx);

    // collect in whatever order they finish
    let mut arrived: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrived.len() < n {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(pair) => arrived.push(pair),
            Err(_) => break,
        }
    }

    // then put them back in input order
    let mut results = Vec::new();
    for id in 0..n {
        match arrived.iter().position(|(j, _)| *j == id) {
            Some(at) => results.push(arrived.swap_remove(at).1),
            None => results.push(Err(JobError::TimedOut)),
        }
    }
    results
}
