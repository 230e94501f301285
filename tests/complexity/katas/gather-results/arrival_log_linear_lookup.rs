// learner: slow
// idiom: Pony actor-model programmer: job actors send (index, outcome) messages to one mailbox; the gatherer keeps them in an arrival-order log and, at the end, looks each index up by scanning the log.
// why: gather is O(n^2) bookkeeping (for each of the n input positions, a linear `position` search through the arrival log) vs the O(n) target; a Vec of slots indexed by job number was meant.
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Why a job produced no value.
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
    let mut count = 0;
    for (index, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let text = match (p.downcast_ref::<&str>(), p.downcast_ref::<String>()) {
                        (Some(s), _) => s.to_string(),
                        (None, Some(s)) => s.clone(),
                        (None, None) => "unknown panic".to_string(),
                    };
                    Err(JobError::Panicked(text))
                }
            };
            let _ = tx.send((index, outcome));
        });
        count += 1;
    }
    drop(tx);

    let mut arrivals: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrivals.len() < count {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(msg) => arrivals.push(msg),
            Err(_) => break,
        }
    }

    let mut results = Vec::with_capacity(count);
    for index in 0..count {
        match arrivals.iter().position(|(i, _)| *i == index) {
            Some(at) => results.push(arrivals.swap_remove(at).1),
            None => results.push(Err(JobError::TimedOut)),
        }
    }
    results
}
