// learner: optimal
// idiom: C++-style: flat Vec of slots, one shared channel of (index, outcome), remaining counter, index loops
use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"`.
    Panicked(String),
    /// The job had not finished when the timeout expired.
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

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn payload_text(p: Box<dyn Any + Send>) -> String {
    if let Some(s) = p.downcast_ref::<&'static str>() {
        return (*s).to_string();
    }
    if let Some(s) = p.downcast_ref::<String>() {
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
    let mut count: usize = 0;
    for job in jobs {
        let idx = count;
        count += 1;
        let tx = tx.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(payload_text(p))),
            };
            let _ = tx.send((idx, outcome));
        });
    }
    drop(tx);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(count);
    for _ in 0..count {
        slots.push(None);
    }
    let mut remaining = count;
    while remaining > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((idx, outcome)) => {
                slots[idx] = Some(outcome);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }

    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        out.push(slots[i].take().unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
