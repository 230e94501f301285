// learner: optimal
// idiom: Pony actor-model programmer: every job is an actor that sends exactly one (index, outcome) message to the gatherer's mailbox; the gatherer blocks on recv_timeout against one deadline and fills numbered slots.
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
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

fn _panic_text(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        return s.to_string();
    }
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(_) => "unknown panic".to_string(),
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
    let (mailbox, inbox) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();

    let mut spawned = 0;
    for (index, job) in jobs.into_iter().enumerate() {
        let reply_to = mailbox.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => Err(JobError::Panicked(_panic_text(payload))),
            };
            // If the gatherer has gone, nobody listens: the late message is dropped.
            let _ = reply_to.send((index, outcome));
        });
        spawned += 1;
    }
    drop(mailbox);

    let mut slots: Vec<Result<T, JobError<E>>> =
        (0..spawned).map(|_| Err(JobError::TimedOut)).collect();
    let mut delivered = 0;
    while delivered < spawned {
        let left = deadline.saturating_duration_since(Instant::now());
        match inbox.recv_timeout(left) {
            Ok((index, outcome)) => {
                slots[index] = outcome;
                delivered += 1;
            }
            Err(_) => break,
        }
    }
    slots
}
