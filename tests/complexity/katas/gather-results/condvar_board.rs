// learner: optimal
// idiom: Smalltalk developer: a shared Board object (Mutex + Condvar) that workers post results to; the caller waits on the condition "everything posted" with wait_timeout_while, then takes whatever is on the board
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::time::Duration;

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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Board<T, E> {
    entries: Vec<Option<Result<T, JobError<E>>>>,
    missing: usize,
    closed: bool,
}

impl<T, E> Board<T, E> {
    fn with_slots(n: usize) -> Self {
        Board { entries: (0..n).map(|_| None).collect(), missing: n, closed: false }
    }

    fn post(&mut self, slot: usize, outcome: Result<T, JobError<E>>) {
        if self.closed {
            return; // too late: this result belongs to nobody any more
        }
        self.entries[slot] = Some(outcome);
        self.missing -= 1;
    }

    fn close(&mut self) -> Vec<Result<T, JobError<E>>> {
        self.closed = true;
        std::mem::take(&mut self.entries)
            .into_iter()
            .map(|e| e.unwrap_or(Err(JobError::TimedOut)))
            .collect()
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let shared = Arc::new((Mutex::new(Board::with_slots(jobs.len())), Condvar::new()));
    for (slot, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => Err(JobError::Panicked(panic_text(&*payload))),
            };
            let (board, bell) = &*shared;
            board.lock().unwrap_or_else(|p| p.into_inner()).post(slot, outcome);
            bell.notify_one();
        });
    }
    let (board, bell) = &*shared;
    let guard = board.lock().unwrap_or_else(|p| p.into_inner());
    let (mut guard, _) = bell
        .wait_timeout_while(guard, timeout, |b| b.missing > 0)
        .unwrap_or_else(|p| p.into_inner());
    guard.close()
}
