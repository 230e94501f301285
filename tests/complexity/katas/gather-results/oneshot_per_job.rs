// learner: optimal
// idiom: one oneshot channel per job; walk the receivers in input order, each recv_timeout bounded by the time left to the shared deadline
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
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

fn spawn_job<T, E, F>(job: F) -> Receiver<Outcome<T, E>>
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let (tx, rx) = mpsc::sync_channel(1);
    thread::spawn(move || {
        let outcome: Outcome<T, E> = match catch_unwind(AssertUnwindSafe(job)) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(payload) => Err(JobError::Panicked(
                payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown panic".into()),
            )),
        };
        let _ = tx.send(outcome); // sync_channel(1): never blocks, fails if nobody listens
    });
    rx
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let receivers: Vec<Receiver<Outcome<T, E>>> = jobs
        .into_iter()
        .map(spawn_job)
        .collect();
    receivers
        .into_iter()
        .map(|rx| {
            let left = deadline.saturating_duration_since(Instant::now());
            // once the deadline has passed, left is zero: only already-finished jobs are picked up
            rx.recv_timeout(left).unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
