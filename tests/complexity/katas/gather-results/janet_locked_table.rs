// learner: optimal
// idiom: Janet: a shared table {:slots @[...] :done n :closed false} under a lock, fibers fill their slot and signal; the caller sleeps on the condition until done == n or the deadline
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


use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Instant;

fn panic_text(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

fn run_one<T, E, F>(job: F) -> Result<T, JobError<E>>
where
    F: FnOnce() -> Result<T, E>,
{
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(panic_text(p))),
    }
}

struct Board<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    done: usize,
    closed: bool, // set when gather returned: late results are dropped
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let mut slots = Vec::with_capacity(n);
    slots.resize_with(n, || None);
    let shared = Arc::new((Mutex::new(Board { slots, done: 0, closed: false }), Condvar::new()));

    for (idx, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let r = run_one(job);
            let (lock, cv) = &*shared;
            let mut b = match lock.lock() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            if !b.closed {
                b.slots[idx] = Some(r);
                b.done += 1;
                cv.notify_one();
            }
        });
    }

    let (lock, cv) = &*shared;
    let mut b = lock.lock().unwrap_or_else(|p| p.into_inner());
    while b.done < n {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let (g, _) = cv.wait_timeout(b, left).unwrap_or_else(|p| p.into_inner());
        b = g;
    }
    b.closed = true;
    let slots = std::mem::take(&mut b.slots);
    drop(b);
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
