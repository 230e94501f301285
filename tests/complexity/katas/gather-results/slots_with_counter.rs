// learner: optimal
// idiom: Solidity-style: slot array + `remaining` counter, require-style early return, explicit deadline
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
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

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        return s.to_string();
    }
    if let Some(s) = payload.downcast_ref::<String>() {
        return s.clone();
    }
    "unknown panic".to_string()
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

    let mut job_count: usize = 0;
    for job in jobs {
        let sender = tx.clone();
        let slot_id = job_count;
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => Err(JobError::Panicked(panic_message(payload))),
            };
            // receiver may be gone (timed out): ignore like a failed low-level call
            let _ = sender.send((slot_id, outcome));
        });
        job_count += 1;
    }
    drop(tx);

    // require(job_count > 0)
    if job_count == 0 {
        return Vec::new();
    }

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(job_count);
    for _ in 0..job_count {
        slots.push(None);
    }

    let mut remaining = job_count;
    while remaining > 0 {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((idx, res)) => {
                slots[idx] = Some(res);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }

    let mut out = Vec::with_capacity(job_count);
    for slot in slots {
        out.push(slot.unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
