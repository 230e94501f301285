// learner: optimal
// idiom: Dart/Flutter-turned-Rust: a shared "state object" (Mutex<Vec<Option<..>>> + finished counter) behind Arc with a Condvar, like a ChangeNotifier; the caller waits with wait_timeout_while until everyone reported or the deadline hits, then closes the board
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

type Outcome<T, E> = Result<T, JobError<E>>;

struct Board<T, E> {
    slots: Vec<Option<Outcome<T, E>>>,
    finished: usize,
    closed: bool,
}

struct Shared<T, E> {
    board: Mutex<Board<T, E>>,
    changed: Condvar,
}

impl<T, E> Shared<T, E> {
    fn report(&self, index: usize, outcome: Outcome<T, E>) {
        let mut board = self.board.lock().unwrap_or_else(|e| e.into_inner());
        if board.closed {
            return; // too late: the caller has moved on
        }
        board.slots[index] = Some(outcome);
        board.finished += 1;
        drop(board);
        self.changed.notify_one();
    }
}

fn describe(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
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
    let shared = Arc::new(Shared {
        board: Mutex::new(Board { slots: (0..total).map(|_| None).collect(), finished: 0, closed: false }),
        changed: Condvar::new(),
    });

    for (index, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(result) => result.map_err(JobError::Failed),
                Err(payload) => Err(JobError::Panicked(describe(&*payload))),
            };
            shared.report(index, outcome);
        });
    }

    let board = shared.board.lock().unwrap();
    let (mut board, _) = shared
        .changed
        .wait_timeout_while(board, timeout, |b| b.finished < total)
        .unwrap();
    board.closed = true;
    std::mem::take(&mut board.slots)
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
