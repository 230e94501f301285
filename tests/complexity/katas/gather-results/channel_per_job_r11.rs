// learner: optimal
// idiom: one sync_channel per job; spawn all, then walk the receivers in input order with recv_timeout against one shared deadline
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


use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;

    let receivers: Vec<Receiver<Result<T, JobError<E>>>> = jobs
        .into_iter()
        .map(|job| {
            let (tx, rx) = sync_channel(1);
            thread::spawn(move || {
                let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
                    Ok(r) => r.map_err(JobError::Failed),
                    Err(payload) => {
                        let msg = match payload.downcast::<String>() {
                            Ok(s) => *s,
                            Err(payload) => match payload.downcast::<&'static str>() {
                                Ok(s) => s.to_string(),
                                Err(_) => "unknown panic".to_string(),
                            },
                        };
                        Err(JobError::Panicked(msg))
                    }
                };
                // the receiver may be gone if we timed out: that's fine
                let _ = tx.send(outcome);
            });
            rx
        })
        .collect();

    receivers
        .into_iter()
        .map(|rx| {
            let wait = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(wait) {
                Ok(outcome) => outcome,
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    Err(JobError::TimedOut)
                }
            }
        })
        .collect()
}
