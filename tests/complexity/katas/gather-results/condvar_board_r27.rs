// learner: optimal
// idiom: Eiffel design-by-contract developer: a shared Board object (Mutex<slots + finished count> + Condvar) with its own invariant; the caller waits with wait_timeout_while until all finished or the deadline
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

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

struct Board<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    finished: usize,
    closed: bool,
}

impl<T, E> Board<T, E> {
    fn invariant(&self) -> bool {
        self.finished == self.slots.iter().filter(|s| s.is_some()).count()
    }

    fn post(&mut self, index: usize, outcome: Result<T, JobError<E>>) {
        // require: not_already_posted
        debug_assert!(self.slots[index].is_none());
        if self.closed {
            return; // late result: discarded
        }
        self.slots[index] = Some(outcome);
        self.finished += 1;
    }
}

fn describe_panic(payload: Box<dyn std::any::Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(other) => match other.downcast::<&str>() {
            Ok(s) => s.to_string(),
            Err(_) => String::from("unknown panic"),
        },
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
    let total = jobs.len();
    let shared = Arc::new((
        Mutex::new(Board { slots: (0..total).map(|_| None).collect(), finished: 0, closed: false }),
        Condvar::new(),
    ));

    for (index, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(payload) => Err(JobError::Panicked(describe_panic(payload))),
            };
            let (lock, signal) = &*shared;
            let mut board = lock.lock().unwrap_or_else(|p| p.into_inner());
            board.post(index, outcome);
            signal.notify_one();
        });
    }

    let (lock, signal) = &*shared;
    let board = lock.lock().unwrap_or_else(|p| p.into_inner());
    let (mut board, _) = signal
        .wait_timeout_while(board, timeout, |b| b.finished < total)
        .unwrap_or_else(|p| p.into_inner());
    debug_assert!(board.invariant());
    board.closed = true;
    let slots = std::mem::take(&mut board.slots);
    drop(board);

    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
