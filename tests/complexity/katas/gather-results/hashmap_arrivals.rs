// learner: optimal
// idiom: TS-style: arrivals in a HashMap<index, result>, helper fns with Option chains, iterator map at the end
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

use std::collections::HashMap;
use std::panic;
use std::sync::mpsc::{channel, Sender};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| String::from("unknown panic"))
}

fn run_job<T, E, F>(index: usize, job: F, sender: Sender<(usize, Outcome<T, E>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = panic::catch_unwind(panic::AssertUnwindSafe(job))
            .map_err(|payload| JobError::Panicked(panic_message(payload.as_ref())))
            .and_then(|result| result.map_err(JobError::Failed));
        // nobody listening any more? then the result is simply dropped
        sender.send((index, outcome)).ok();
    });
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let started = Instant::now();
    let deadline = started + timeout;
    let (sender, receiver) = channel();

    let total = jobs
        .into_iter()
        .enumerate()
        .map(|(index, job)| run_job(index, job, sender.clone()))
        .count();
    drop(sender);

    let mut finished: HashMap<usize, Outcome<T, E>> = HashMap::with_capacity(total);
    while finished.len() < total {
        let time_left = deadline.saturating_duration_since(Instant::now());
        let Ok((index, outcome)) = receiver.recv_timeout(time_left) else {
            break;
        };
        finished.insert(index, outcome);
    }

    (0..total)
        .map(|index| finished.remove(&index).unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
