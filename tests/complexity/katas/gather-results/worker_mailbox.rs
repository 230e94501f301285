// learner: optimal
// idiom: Smalltalk developer: each job is a worker that sends (slot, outcome) back on one shared channel; the caller fills slots while recv_timeout answers before the deadline, small helper "messages" for the panic text
//! Run fallible jobs concurrently and gather every outcome, in input order.

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

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn describe_panic(payload: Box<dyn Any + Send>) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_string()
    }
}

fn run_guarded<T, E>(job: impl FnOnce() -> Result<T, E>) -> Result<T, JobError<E>> {
    match catch_unwind(AssertUnwindSafe(job)) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(JobError::Failed(error)),
        Err(payload) => Err(JobError::Panicked(describe_panic(payload))),
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
    let (mailbox, inbox) = mpsc::channel();
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (slot, job) in jobs.into_iter().enumerate() {
        let mailbox = mailbox.clone();
        thread::spawn(move || {
            let outcome = run_guarded(job);
            let _ = mailbox.send((slot, outcome)); // the caller may have gone: fine
        });
        slots.push(None);
    }
    drop(mailbox);

    let mut waiting = slots.len();
    while waiting > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match inbox.recv_timeout(left) {
            Ok((slot, outcome)) => {
                slots[slot] = Some(outcome);
                waiting -= 1;
            }
            Err(_) => break,
        }
    }
    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
