// learner: optimal
// idiom: Fortran-style: bounded sync_channel sized to n, jobs first gathered into a work array, fixed-count receive loop with labelled break
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
use std::sync::mpsc::sync_channel;
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let work: Vec<F> = jobs.into_iter().collect();
    let n = work.len();
    let (tx, rx) = sync_channel::<(usize, Result<T, JobError<E>>)>(n.max(1));
    let mut idx = 0usize;
    for job in work {
        let txi = tx.clone();
        thread::spawn(move || {
            let res = catch_unwind(AssertUnwindSafe(job));
            let entry = match res {
                Ok(r) => r.map_err(JobError::Failed),
                Err(p) => Err(JobError::Panicked(match p.downcast::<String>() {
                    Ok(s) => *s,
                    Err(p) => match p.downcast::<&str>() {
                        Ok(s) => (*s).to_string(),
                        Err(_) => String::from("unknown panic"),
                    },
                })),
            };
            let _ = txi.send((idx, entry));
        });
        idx += 1;
    }
    drop(tx);
    let mut res: Vec<Result<T, JobError<E>>> = Vec::with_capacity(n);
    res.resize_with(n, || Err(JobError::TimedOut));
    'recv: for _ in 0..n {
        let left = match timeout.checked_sub(t0.elapsed()) {
            Some(d) => d,
            None => break 'recv,
        };
        match rx.recv_timeout(left) {
            Ok((k, r)) => res[k] = r,
            Err(_) => break 'recv,
        }
    }
    res
}
