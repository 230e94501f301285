// learner: slow
// why: gather is O(n^2) time, target O(n): after every arrival the loop checks slots.iter().all(..) to see if everyone is done
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Why a job produced no value.
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

fn message(p: Box<dyn std::any::Any + Send>) -> String {
    p.downcast::<String>()
        .map(|b| *b)
        .or_else(|p| p.downcast::<&'static str>().map(|b| b.to_string()))
        .unwrap_or_else(|_| "unknown panic".to_owned())
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
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let res = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(r) => r.map_err(JobError::Failed),
                Err(p) => Err(JobError::Panicked(message(p))),
            };
            tx.send((i, res)).ok();
        });
    }
    drop(tx);

    loop {
        if slots.iter().all(|s| s.is_some()) {
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        if let Ok((i, res)) = rx.recv_timeout(deadline - now) {
            slots[i] = Some(res);
        } else {
            break;
        }
    }

    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
