// learner: optimal
// idiom: Kotlin-dev style: iterator chain spawns, Vec<Option> slots, remaining counter, match on recv_timeout
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

// like awaitAll() with supervisorScope, but threads can't be cancelled
#[allow(non_snake_case)]
fn panicMessage(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&'static str>() {
        s.to_string()
    } else {
        "unknown panic".to_string()
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
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(index, job)| {
            let sender = tx.clone();
            thread::spawn(move || {
                let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                    Ok(Ok(v)) => Ok(v),
                    Ok(Err(e)) => Err(JobError::Failed(e)),
                    Err(p) => Err(JobError::Panicked(panicMessage(p))),
                };
                let _ = sender.send((index, outcome));
            });
        })
        .count();
    drop(tx);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..count).map(|_| None).collect();
    let mut remaining = count;
    while remaining > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((index, outcome)) => {
                slots[index] = Some(outcome);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }
    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
