// learner: optimal
// idiom: Eiffel design-by-contract developer: one shared mpsc channel carrying (index, outcome), a slot table filled until the deadline, panic payload decoded by a named query, postcondition on the result length
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use std::fmt;
use std::time::Duration;

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

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
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
    let (sender, receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut count = 0;
    for (index, job) in jobs.into_iter().enumerate() {
        let sender = sender.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => Err(JobError::Panicked(panic_message(payload.as_ref()))),
            };
            // a late result after the deadline finds the receiver gone: ignore
            let _ = sender.send((index, outcome));
        });
        count += 1;
    }
    drop(sender);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..count).map(|_| None).collect();
    let mut outstanding = count;
    while outstanding > 0 {
        let remaining = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(remaining) {
            Ok((index, outcome)) => {
                debug_assert!(slots[index].is_none(), "each job reports once");
                slots[index] = Some(outcome);
                outstanding -= 1;
            }
            Err(_) => break,
        }
    }

    let result: Vec<_> = slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect();
    // ensure one_entry_per_job
    debug_assert_eq!(result.len(), count);
    result
}
