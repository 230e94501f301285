// learner: optimal
// idiom: Haskell-convert: iterator chains throughout, iter::from_fn draining the channel until the deadline, take(n) bounds the wait
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
use std::panic;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

fn spawn_tracked_job<T, E, F>(position: usize, job: F, reporter: Sender<(usize, Outcome<T, E>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = panic::catch_unwind(panic::AssertUnwindSafe(job))
            .map_err(|payload| {
                payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|text| text.to_string()))
                    .unwrap_or_else(|| String::from("unknown panic"))
            })
            .map_err(JobError::Panicked)
            .and_then(|job_result| job_result.map_err(JobError::Failed));
        reporter.send((position, outcome)).ok();
    });
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (reporter, collector) = mpsc::channel();
    let launched_count = jobs
        .into_iter()
        .enumerate()
        .map(|(position, job)| spawn_tracked_job(position, job, reporter.clone()))
        .count();
    drop(reporter);

    let mut ordered_outcomes: Vec<Option<Outcome<T, E>>> =
        std::iter::repeat_with(|| None).take(launched_count).collect();

    std::iter::from_fn(|| {
        collector
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .ok()
    })
    .take(launched_count)
    .for_each(|(position, outcome)| ordered_outcomes[position] = Some(outcome));

    ordered_outcomes
        .into_iter()
        .map(|maybe_outcome| maybe_outcome.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
