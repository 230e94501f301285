// learner: optimal
// idiom: Arc<(Mutex<Board>, Condvar)> shared slots, wait_timeout against one deadline, iter_mut take
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

/// Starts every job at once, each on its own thread, and waits at most
/// `timeout` (measured from the call) for them to finish.
///
/// Returns one entry per job, in the order of `jobs`:
/// `Ok(value)`, `Err(JobError::Failed(e))`, `Err(JobError::Panicked(msg))`,
/// or `Err(JobError::TimedOut)` for a job still running at the deadline.
/// A stuck job never delays the return beyond the deadline; its thread is
/// left to finish (or not) on its own and its late result is discarded.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Instant;

struct Board<R> {
    slots: Vec<Option<R>>,
    done: usize,
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
    let total = jobs.len();
    let shared = Arc::new((
        Mutex::new(Board { slots: (0..total).map(|_| None).collect(), done: 0 }),
        Condvar::new(),
    ));

    for (slot, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome: Result<T, JobError<E>> = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(r) => r.map_err(JobError::Failed),
                Err(p) => {
                    let text = if let Some(s) = p.downcast_ref::<&str>() {
                        (*s).to_owned()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        "unknown panic".to_owned()
                    };
                    Err(JobError::Panicked(text))
                }
            };
            let (lock, cv) = &*shared;
            let mut board = lock.lock().unwrap();
            board.slots[slot] = Some(outcome);
            board.done += 1;
            cv.notify_one();
        });
    }

    let (lock, cv) = &*shared;
    let mut board = lock.lock().unwrap();
    while board.done < total {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let (guard, _) = cv.wait_timeout(board, deadline - now).unwrap();
        board = guard;
    }
    // take what arrived; late jobs write into this board after we left and nobody reads it
    board
        .slots
        .iter_mut()
        .map(|slot| slot.take().unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
