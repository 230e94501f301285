// learner: optimal
// idiom: Arc<(Mutex<State>, Condvar)> shared result table, wait_timeout_while until all done or deadline, generation-free since the table is per call
//! Run fallible jobs concurrently and gather every outcome, in input order.
//!
//! Useful pieces of `std`: `thread::spawn`, `panic::catch_unwind` with
//! `AssertUnwindSafe`, `sync::mpsc` and `Receiver::recv_timeout`, `Instant`.

use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"` when the
    /// payload is neither a `&str` nor a `String`.
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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Table<T, E> {
    results: Vec<Option<Result<T, JobError<E>>>>,
    done: usize,
    closed: bool,
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let mut results = Vec::with_capacity(n);
    results.resize_with(n, || None);
    let shared = Arc::new((Mutex::new(Table { results, done: 0, closed: false }), Condvar::new()));
    for (index, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(panic_message(p))),
            };
            let (lock, cvar) = &*shared;
            let mut table = lock.lock().unwrap_or_else(|e| e.into_inner());
            if !table.closed {
                table.results[index] = Some(outcome);
                table.done += 1;
                cvar.notify_one();
            }
        });
    }
    let (lock, cvar) = &*shared;
    let guard = lock.lock().unwrap_or_else(|e| e.into_inner());
    let (mut table, _) = cvar
        .wait_timeout_while(guard, timeout, |t| t.done < n)
        .unwrap_or_else(|e| e.into_inner());
    table.closed = true;
    let slots = std::mem::take(&mut table.results);
    drop(table);
    let mut out = Vec::with_capacity(n);
    for slot in slots {
        out.push(match slot {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        });
    }
    out
}
