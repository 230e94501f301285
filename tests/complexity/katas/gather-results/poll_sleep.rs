// learner: slow
// why: gather is O(n + timeout/1ms) time, target O(n) bookkeeping plus blocking wait: busy-polls try_recv with a 1 ms thread::sleep instead of blocking on recv_timeout (borderline: not an n-dependent class)
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
use std::sync::mpsc::{self, TryRecvError};
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let started = Instant::now();
    let (tx, rx) = mpsc::channel();
    let mut results: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        results.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(if let Some(s) = p.downcast_ref::<&str>() {
                    s.to_string()
                } else if let Some(s) = p.downcast_ref::<String>() {
                    s.clone()
                } else {
                    "unknown panic".to_string()
                })),
            };
            let _ = tx.send((i, r));
        });
    }
    let mut missing = results.len();
    while missing > 0 && started.elapsed() < timeout {
        match rx.try_recv() {
            Ok((i, r)) => {
                results[i] = Some(r);
                missing -= 1;
            }
            Err(TryRecvError::Empty) => thread::sleep(Duration::from_millis(1)),
            Err(TryRecvError::Disconnected) => break,
        }
    }
    results.into_iter().map(|r| r.unwrap_or(Err(JobError::TimedOut))).collect()
}
