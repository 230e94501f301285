// learner: slow
// why: gather is O(n^2) time, target O(n): after every arrival the student recounts the empty slots to decide whether to stop
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
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let d = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut s = Vec::new();
    for (i, j) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let r = catch_unwind(AssertUnwindSafe(j));
            let _ = tx.send((i, r));
        });
        s.push(None);
    }
    loop {
        if s.iter().filter(|x: &&Option<_>| x.is_none()).count() == 0 {
            break;
        }
        let Ok((i, r)) = rx.recv_timeout(d.saturating_duration_since(Instant::now())) else { break };
        s[i] = Some(match r {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(p) => Err(JobError::Panicked(match p.downcast::<String>() {
                Ok(m) => *m,
                Err(p) => p.downcast::<&str>().map(|m| m.to_string()).unwrap_or("unknown panic".into()),
            })),
        });
    }
    s.into_iter().map(|x| x.unwrap_or(Err(JobError::TimedOut))).collect()
}
