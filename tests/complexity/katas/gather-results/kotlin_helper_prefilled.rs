// learner: optimal
// idiom: Kotlin-dev style: private helper fn per job run, HashMap-free; iter over rx via try loop with while-let and early return
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

use std::any::Any;
use std::panic;
use std::sync::mpsc::{self, Sender};
use std::thread;
use std::time::Instant;

fn describe(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast::<String>()
        .map(|b| *b)
        .or_else(|p| p.downcast::<&'static str>().map(|b| b.to_string()))
        .unwrap_or_else(|_| "unknown panic".into())
}

fn run_one<T, E, F>(idx: usize, job: F, out: Sender<(usize, Result<T, JobError<E>>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let res = panic::catch_unwind(panic::AssertUnwindSafe(job))
            .map_err(describe)
            .map_err(JobError::Panicked)
            .and_then(|r| r.map_err(JobError::Failed));
        out.send((idx, res)).ok();
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
    let (tx, rx) = mpsc::channel();
    let mut total = 0;
    for (idx, job) in jobs.into_iter().enumerate() {
        run_one(idx, job, tx.clone());
        total += 1;
    }
    drop(tx);
    let mut results: Vec<Result<T, JobError<E>>> =
        std::iter::repeat_with(|| Err(JobError::TimedOut)).take(total).collect();
    let mut pending = total;
    while pending != 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        if let Ok((idx, res)) = rx.recv_timeout(wait) {
            results[idx] = res;
            pending -= 1;
        } else {
            return results;
        }
    }
    results
}
