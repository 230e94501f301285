// learner: optimal
// idiom: student: one channel, Vec<Option> slots, countdown counter, recv_timeout against one deadline, short names
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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let d = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut n = 0;
    for (i, j) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(j)) {
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
        n += 1;
    }
    drop(tx);
    let mut s: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut left = n;
    while left > 0 {
        match rx.recv_timeout(d.saturating_duration_since(Instant::now())) {
            Ok((i, r)) => {
                s[i] = Some(r);
                left -= 1;
            }
            Err(_) => break,
        }
    }
    s.into_iter().map(|x| x.unwrap_or(Err(JobError::TimedOut))).collect()
}
