// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals are kept in arrival order and each slot searches them with position() then swap_remove
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::time::Duration;

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

use std::mem;
use std::panic::{catch_unwind, AssertUnwindSafe};
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
    let started = Instant::now();
    let deadline = started + timeout;
    let jobs: Vec<F> = jobs.into_iter().collect();
    let total = jobs.len();
    if total == 0 {
        return Vec::new();
    }
    let (sender, receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(error)) => Err(JobError::Failed(error)),
                Err(payload) => {
                    let text = match payload.downcast_ref::<String>() {
                        Some(s) => s.clone(),
                        None => match payload.downcast_ref::<&'static str>() {
                            Some(s) => s.to_string(),
                            None => String::from("unknown panic"),
                        },
                    };
                    Err(JobError::Panicked(text))
                }
            };
            match sender.send((index, outcome)) {
                Ok(()) => {}
                Err(_) => {} // gather already returned
            }
        });
    }
    drop(sender);

    let mut arrivals: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrivals.len() < total {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match receiver.recv_timeout(deadline - now) {
            Ok(item) => arrivals.push(item),
            Err(_) => break,
        }
    }

    let mut remaining = mem::take(&mut arrivals);
    let mut results = Vec::with_capacity(total);
    for slot in 0..total {
        match remaining.iter().position(|(index, _)| *index == slot) {
            Some(pos) => {
                let (_, outcome) = remaining.swap_remove(pos);
                results.push(outcome);
            }
            None => results.push(Err(JobError::TimedOut)),
        }
    }
    results
}
