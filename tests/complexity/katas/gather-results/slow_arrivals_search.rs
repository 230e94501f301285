// learner: slow
// why: gather is O(n^2) time, target O(n): results are kept in arrival order and each job's entry is then found by a linear search of the arrivals
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
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&'static str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".to_string())
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut count = 0;
    for job in jobs {
        let id = count;
        count += 1;
        let tx = tx.clone();
        thread::spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(job))
                .map_err(|p| JobError::Panicked(message(&*p)))
                .and_then(|r| r.map_err(JobError::Failed));
            let _ = tx.send((id, r));
        });
    }
    drop(tx);
    let mut arrivals: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrivals.len() < count {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(item) => arrivals.push(item),
            Err(_) => break,
        }
    }
    let mut out = Vec::with_capacity(count);
    for id in 0..count {
        match arrivals.iter().position(|(j, _)| *j == id) {
            Some(pos) => out.push(arrivals.swap_remove(pos).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
