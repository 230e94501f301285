// learner: optimal
// idiom: JavaScript bootcamp graduate: Promise.allSettled in spirit, one oneshot-style channel per job ("one promise each"), then await them in order with recv_timeout on whatever is left of a single deadline
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::panic;
use std::sync::mpsc::{channel, Receiver};
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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let started = Instant::now();
    let promises: Vec<Receiver<Result<T, JobError<E>>>> = jobs
        .into_iter()
        .map(|job| {
            let (resolve, promise) = channel();
            thread::spawn(move || {
                let settled = match panic::catch_unwind(panic::AssertUnwindSafe(job)) {
                    Ok(Ok(value)) => Ok(value),
                    Ok(Err(err)) => Err(JobError::Failed(err)),
                    Err(boom) => {
                        let msg = boom
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| boom.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "unknown panic".to_string());
                        Err(JobError::Panicked(msg))
                    }
                };
                let _ = resolve.send(settled);
            });
            promise
        })
        .collect();

    promises
        .into_iter()
        .map(|promise| {
            let timeLeft = timeout.saturating_sub(started.elapsed());
            promise.recv_timeout(timeLeft).unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
