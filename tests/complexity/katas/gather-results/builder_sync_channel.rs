// learner: optimal
// idiom: thread::Builder with named threads, sync_channel sized to n, explicit loop/match over RecvTimeoutError, inline payload downcast
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
use std::sync::mpsc::{sync_channel, RecvTimeoutError};
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let count = jobs.len();
    if count == 0 {
        return Vec::new();
    }
    let deadline = Instant::now() + timeout;
    let (sender, receiver) = sync_channel::<(usize, Result<T, JobError<E>>)>(count);
    let mut idx = 0;
    for job in jobs {
        let sender = sender.clone();
        let me = idx;
        thread::Builder::new()
            .name(format!("gather-job-{me}"))
            .spawn(move || {
                let res = catch_unwind(AssertUnwindSafe(job));
                let entry = match res {
                    Ok(Ok(value)) => Ok(value),
                    Ok(Err(err)) => Err(JobError::Failed(err)),
                    Err(payload) => {
                        let msg = match payload.downcast::<String>() {
                            Ok(s) => *s,
                            Err(payload) => match payload.downcast::<&str>() {
                                Ok(s) => s.to_string(),
                                Err(_) => String::from("unknown panic"),
                            },
                        };
                        Err(JobError::Panicked(msg))
                    }
                };
                let _ = sender.send((me, entry));
            })
            .expect("spawn");
        idx += 1;
    }
    drop(sender);
    let mut table: Vec<Option<Result<T, JobError<E>>>> = (0..count).map(|_| None).collect();
    let mut got = 0;
    loop {
        if got == count {
            break;
        }
        let now = Instant::now();
        let wait = if now >= deadline { std::time::Duration::ZERO } else { deadline - now };
        match receiver.recv_timeout(wait) {
            Ok((i, r)) => {
                table[i] = Some(r);
                got += 1;
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    table.into_iter().map(|o| o.unwrap_or(Err(JobError::TimedOut))).collect()
}
