// learner: optimal
// idiom: competitive-programmer: everything inline in gather, short names, index-based slots
//! Run fallible jobs concurrently and gather every outcome, in input order.

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
    let dl = Instant::now() + timeout;
    let (tx, rx) = channel::<(usize, Result<T, JobError<E>>)>();
    let mut n = 0;
    for j in jobs {
        let t = tx.clone();
        let i = n;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(j)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let m = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(m))
                }
            };
            let _ = t.send((i, r));
        });
        n += 1;
    }
    drop(tx);
    let mut a: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut got = 0;
    while got < n {
        let w = dl.saturating_duration_since(Instant::now());
        match rx.recv_timeout(w) {
            Ok((i, r)) => {
                a[i] = Some(r);
                got += 1;
            }
            Err(_) => break,
        }
    }
    let mut res = Vec::with_capacity(n);
    for i in 0..n {
        res.push(a[i].take().unwrap_or(Err(JobError::TimedOut)));
    }
    res
}
