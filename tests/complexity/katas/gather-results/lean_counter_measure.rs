// learner: optimal
// idiom: Lean-style: total helper fns (panic_message, classify), slots Vec<Option<_>>, a `remaining` counter as the loop measure, one deadline
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

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

/// Total: every payload maps to some message.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => (*s).to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

fn classify<T, E>(outcome: thread::Result<Result<T, E>>) -> Result<T, JobError<E>> {
    match outcome {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(panic_message(p))),
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
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            // A late send fails once the receiver is gone: the result is discarded.
            let _ = tx.send((i, classify(catch_unwind(AssertUnwindSafe(job)))));
        });
        slots.push(None);
    }
    drop(tx);
    // Invariant: remaining = #{ i | slots[i] = None }. Measure: remaining, decreasing on each Ok.
    let mut remaining = slots.len();
    while remaining > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wait) {
            Ok((i, r)) => {
                debug_assert!(slots[i].is_none());
                slots[i] = Some(r);
                remaining -= 1;
            }
            Err(_) => break, // deadline passed (or every sender is gone)
        }
    }
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
