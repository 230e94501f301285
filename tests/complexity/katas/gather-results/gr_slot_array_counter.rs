// learner: optimal
// idiom: Fortran-style: preallocated slot array, remaining counter, single deadline, plain index loop over received tuples
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
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut n = 0usize;
    for job in jobs {
        let tx = tx.clone();
        let k = n;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send((k, r));
        });
        n += 1;
    }
    drop(tx);
    let mut slot: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(n);
    for _ in 0..n {
        slot.push(None);
    }
    let mut remaining = n;
    while remaining > 0 {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((k, r)) => {
                slot[k] = Some(r);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        out.push(slot[k].take().unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
