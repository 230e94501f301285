// learner: slow
// why: gather is O(n^2) time, target O(n): after every arrival it counts the filled slots again to decide whether all jobs are in
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
    let end = Instant::now() + timeout;
    let (tx, rx) = channel();
    let mut n = 0;
    for j in jobs {
        let tx = tx.clone();
        let i = n;
        n += 1;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(j)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(
                    p.downcast_ref::<&str>().map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into()),
                )),
            };
            let _ = tx.send((i, r));
        });
    }
    drop(tx);
    let mut got: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    loop {
        let have = got.iter().filter(|g| g.is_some()).count();
        if have == n {
            break;
        }
        match rx.recv_timeout(end.saturating_duration_since(Instant::now())) {
            Ok((i, r)) => got[i] = Some(r),
            Err(_) => break,
        }
    }
    got.into_iter().map(|g| g.unwrap_or(Err(JobError::TimedOut))).collect()
}
