// learner: optimal
// idiom: pipeline style, enumerate/map spawn chain, take_while over recv_timeout results, fold into slots
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
use std::sync::mpsc::channel;
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
    let (tx, rx) = channel();
    let n = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let res = catch_unwind(AssertUnwindSafe(job))
                    .map_err(|p| {
                        p.downcast::<String>()
                            .map(|s| *s)
                            .or_else(|p| p.downcast::<&'static str>().map(|s| s.to_string()))
                            .unwrap_or_else(|_| "unknown panic".into())
                    })
                    .map_err(JobError::Panicked)
                    .and_then(|r| r.map_err(JobError::Failed));
                let _ = tx.send((i, res));
            })
        })
        .count();
    drop(tx);

    let slots = std::iter::repeat_with(|| None).take(n).collect::<Vec<_>>();
    std::iter::from_fn(|| rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).ok())
        .take(n)
        .fold(slots, |mut acc, (i, r)| {
            acc[i] = Some(r);
            acc
        })
        .into_iter()
        .map(|s| s.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
