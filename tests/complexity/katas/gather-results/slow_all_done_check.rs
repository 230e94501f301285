// learner: slow
// why: gather is O(n^2) time, target O(n): after every arrival it checks slots.iter().all(Option::is_some) to see whether everyone is done
//! Gather the results of fallible concurrent jobs.

use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Instant;
use std::fmt;
use std::time::Duration;

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
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, job) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let r = match panic::catch_unwind(panic::AssertUnwindSafe(job)) {
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
            let _ = tx.send((i, r));
        });
    }
    drop(tx);
    while !slots.iter().all(Option::is_some) {
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        match rx.recv_timeout(deadline - now) {
            Ok((i, r)) => slots[i] = Some(r),
            Err(_) => break,
        }
    }
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
