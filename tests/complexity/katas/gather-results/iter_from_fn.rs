// learner: optimal
// idiom: iterator adapters: enumerate+map to spawn, from_fn(recv_timeout).take(n) to receive, fold into slots
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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn message(payload: Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast::<String>()
        .map(|s| *s)
        .or_else(|p| p.downcast::<&'static str>().map(|s| s.to_string()))
        .unwrap_or_else(|_| "unknown panic".into())
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
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let outcome = catch_unwind(AssertUnwindSafe(job))
                    .map_err(|p| JobError::Panicked(message(p)))
                    .and_then(|r| r.map_err(JobError::Failed));
                tx.send((i, outcome)).ok();
            });
        })
        .count();
    drop(tx);

    let slots = std::iter::from_fn(|| rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).ok())
        .take(count)
        .fold((0..count).map(|_| None).collect::<Vec<_>>(), |mut slots, (i, outcome)| {
            slots[i] = Some(outcome);
            slots
        });

    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
