// learner: optimal
// idiom: one mpsc channel per job, receivers drained in input order against one shared deadline
use std::fmt;
use std::time::Duration;

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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let receivers: Vec<Receiver<Result<T, JobError<E>>>> = jobs
        .into_iter()
        .map(|job| {
            let (tx, rx) = mpsc::sync_channel(1);
            thread::spawn(move || {
                let r = match catch_unwind(AssertUnwindSafe(job)) {
                    Ok(inner) => inner.map_err(JobError::Failed),
                    Err(payload) => {
                        let msg = match payload.downcast::<String>() {
                            Ok(s) => *s,
                            Err(other) => match other.downcast::<&'static str>() {
                                Ok(s) => s.to_string(),
                                Err(_) => "unknown panic".to_string(),
                            },
                        };
                        Err(JobError::Panicked(msg))
                    }
                };
                let _ = tx.send(r);
            });
            rx
        })
        .collect();

    // All jobs are already running; waiting for them in input order costs
    // nothing extra because every wait is bounded by the same deadline.
    receivers
        .into_iter()
        .map(|rx| {
            let left = deadline.saturating_duration_since(Instant::now());
            rx.recv_timeout(left).unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
