// learner: optimal
// idiom: quant-style: preallocated slot table, countdown counter, one absolute deadline, inline panic decoding, index loops
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let deadline = t0 + timeout;
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let mut slot: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(n);
    for _ in 0..n {
        slot.push(None);
    }
    let (tx, rx) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let mut idx = 0usize;
    for job in jobs {
        let tx = tx.clone();
        let my = idx;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<&'static str>() {
                        (*s).to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send((my, r));
        });
        idx += 1;
    }
    drop(tx);
    let mut left = n;
    while left > 0 {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((i, r)) => {
                if slot[i].is_none() {
                    left -= 1;
                }
                slot[i] = Some(r);
            }
            Err(_) => break,
        }
    }
    let mut out = Vec::with_capacity(n);
    for s in slot {
        out.push(s.unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
