// learner: optimal
// idiom: TA textbook style: small documented helpers (run_job, panic_message), enumerate + map for spawning, iterator collect of slots, asserts on the bookkeeping
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::{Duration, Instant};

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

/// The outcome of one job, tagged with its position in the input.
type Tagged<T, E> = (usize, Result<T, JobError<E>>);

/// Extracts a readable message from a panic payload.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(s) => (*s).to_owned(),
            Err(_) => "unknown panic".to_owned(),
        },
    }
}

/// Runs one job on its own detached thread and reports the outcome on `tx`.
/// A send error means `gather` has already returned: the result is dropped.
fn run_job<T, E, F>(index: usize, job: F, tx: Sender<Tagged<T, E>>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(JobError::Failed(error)),
            Err(payload) => Err(JobError::Panicked(panic_message(payload))),
        };
        let _ = tx.send((index, outcome));
    });
}

/// Starts every job at once and waits at most `timeout` for them to finish.
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
        run_job(index, job, tx.clone());
        count += 1;
    }
    drop(tx);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..count).map(|_| None).collect();
    let mut missing = count;
    while missing > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        let Ok((index, outcome)) = rx.recv_timeout(wait) else {
            break; // deadline passed (or every sender is gone)
        };
        assert!(slots[index].is_none(), "each job reports exactly once");
        slots[index] = Some(outcome);
        missing -= 1;
    }

    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
