// learner: optimal
// idiom: verilog: shared register file (Mutex<slots + done counter>) with a Condvar as the "done" interrupt; wait_timeout_while on the counter, then take the slots
// why: each job writes its slot and bumps the counter in O(1); the predicate only compares the counter, so waking is O(1) per arrival: O(n) bookkeeping, O(n) slots, waiting <= timeout
//! Run fallible jobs concurrently and gather every outcome, in input order.

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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct RegFile<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    done: usize,
    closed: bool, // set by gather when it leaves: late writes are ignored
}

/// Starts every job at once and waits at most `timeout` for them to finish.
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let mut slots = Vec::with_capacity(n);
    slots.resize_with(n, || None);
    let shared = Arc::new((Mutex::new(RegFile { slots, done: 0, closed: false }), Condvar::new()));

    for (k, job) in jobs.into_iter().enumerate() {
        let sh = Arc::clone(&shared);
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let m = if let Some(s) = p.downcast_ref::<&str>() {
                        (*s).to_owned()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.to_owned()
                    } else {
                        "unknown panic".to_owned()
                    };
                    Err(JobError::Panicked(m))
                }
            };
            let (lock, cv) = &*sh;
            let mut rf = match lock.lock() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            if !rf.closed {
                rf.slots[k] = Some(r);
                rf.done += 1;
                if rf.done == rf.slots.len() {
                    cv.notify_one();
                }
            }
        });
    }

    let (lock, cv) = &*shared;
    let guard = lock.lock().unwrap_or_else(|p| p.into_inner());
    let (mut rf, _timed_out) = cv
        .wait_timeout_while(guard, timeout, |rf| rf.done < n)
        .unwrap_or_else(|p| p.into_inner());
    rf.closed = true;
    let taken = std::mem::take(&mut rf.slots);
    drop(rf);
    taken.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
