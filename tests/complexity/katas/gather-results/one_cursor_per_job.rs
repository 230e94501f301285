// learner: optimal
// idiom: Visual FoxPro database developer: one result "cursor" (its own mpsc channel) per job, opened in a first pass; a second pass reads them in record order, each read allowed only the time left until the common deadline.
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let lt_deadline = Instant::now() + timeout;

    // pass 1: start every job, keep its cursor
    let mut la_cursors: Vec<Receiver<Result<T, JobError<E>>>> = Vec::new();
    for lo_job in jobs {
        let (lo_tx, lo_rx) = mpsc::channel();
        thread::spawn(move || {
            let lv_result = match panic::catch_unwind(panic::AssertUnwindSafe(lo_job)) {
                Ok(Ok(lv_value)) => Ok(lv_value),
                Ok(Err(lv_err)) => Err(JobError::Failed(lv_err)),
                Err(lo_payload) => {
                    let lc_msg = if let Some(lc) = lo_payload.downcast_ref::<&str>() {
                        lc.to_string()
                    } else if let Some(lc) = lo_payload.downcast_ref::<String>() {
                        lc.clone()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(lc_msg))
                }
            };
            let _ = lo_tx.send(lv_result);
        });
        la_cursors.push(lo_rx);
    }

    // pass 2: read each cursor in order; waiting is bounded by the one deadline
    let mut la_results: Vec<Result<T, JobError<E>>> = Vec::with_capacity(la_cursors.len());
    for lo_rx in &la_cursors {
        let lt_left = lt_deadline.saturating_duration_since(Instant::now());
        let lv_row = match lo_rx.recv_timeout(lt_left) {
            Ok(lv_result) => lv_result,
            Err(RecvTimeoutError::Timeout) => Err(JobError::TimedOut),
            Err(RecvTimeoutError::Disconnected) => Err(JobError::Panicked("unknown panic".to_string())),
        };
        la_results.push(lv_row);
    }
    la_results
}
