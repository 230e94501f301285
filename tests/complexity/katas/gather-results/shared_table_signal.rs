// learner: optimal
// idiom: Arc<Mutex<Vec<Option<_>>>> result table written by the workers, a unit mpsc channel only as a wake-up signal, mem::take of the table at the end
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

use std::panic;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::Instant;

type Table<T, E> = Arc<Mutex<Vec<Option<Result<T, JobError<E>>>>>>;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let start = Instant::now();
    let mut empty = Vec::with_capacity(n);
    empty.resize_with(n, || None);
    let table: Table<T, E> = Arc::new(Mutex::new(empty));
    let (done_tx, done_rx) = mpsc::channel::<()>();
    for (index, job) in jobs.into_iter().enumerate() {
        let table = Arc::clone(&table);
        let done_tx = done_tx.clone();
        thread::spawn(move || {
            let outcome = match panic::catch_unwind(panic::AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let mut guard = table.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(slot) = guard.get_mut(index) {
                *slot = Some(outcome);
            }
            drop(guard);
            let _ = done_tx.send(());
        });
    }
    drop(done_tx);
    let mut finished = 0;
    while finished < n {
        let left = timeout.saturating_sub(start.elapsed());
        if done_rx.recv_timeout(left).is_err() {
            break;
        }
        finished += 1;
    }
    let taken = std::mem::take(&mut *table.lock().unwrap_or_else(|e| e.into_inner()));
    taken.into_iter().map(|slot| slot.unwrap_or(Err(JobError::TimedOut))).collect()
}
