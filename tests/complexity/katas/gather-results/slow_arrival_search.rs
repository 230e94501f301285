// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals collected in a Vec, then each slot searches the arrivals linearly
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    Failed(E),
    Panicked(String),
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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    for (id, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let res = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send((id, res));
        });
    }
    drop(tx);

    // collect whatever arrives in time, in finish order
    let mut arrived: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrived.len() < n {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(pair) => arrived.push(pair),
            Err(_) => break,
        }
    }

    // put them back in input order
    let mut out = Vec::with_capacity(n);
    for id in 0..n {
        match arrived.iter().position(|(j, _)| *j == id) {
            Some(pos) => out.push(arrived.swap_remove(pos).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
