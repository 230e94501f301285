// learner: optimal
// idiom: Kotlin-ish: helper "extension" fns, when-style match on recv result, loop with early break, index loop for slots
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic;
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
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

type Outcome<T, E> = Result<T, JobError<E>>;

fn describe(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        return s.to_string();
    }
    if let Some(s) = payload.downcast_ref::<String>() {
        return s.clone();
    }
    "unknown panic".to_owned()
}

fn launch<T, E, F>(index: usize, job: F, reply: Sender<(usize, Outcome<T, E>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = match panic::catch_unwind(panic::AssertUnwindSafe(job)) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(payload) => Err(JobError::Panicked(describe(payload.as_ref()))),
        };
        // receiver may be gone if we were too slow: that's fine
        reply.send((index, outcome)).ok();
    });
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let started = Instant::now();
    let deadline = started.checked_add(timeout);
    let (tx, rx) = channel();
    let mut count = 0usize;
    for job in jobs {
        launch(count, job, tx.clone());
        count += 1;
    }
    drop(tx);

    let mut results: Vec<Option<Outcome<T, E>>> = Vec::with_capacity(count);
    results.resize_with(count, || None);

    let mut received = 0;
    loop {
        if received == count {
            break;
        }
        let left = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()),
            None => Duration::from_secs(60 * 60 * 24 * 365),
        };
        match rx.recv_timeout(left) {
            Ok((i, res)) => {
                results[i] = Some(res);
                received += 1;
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }

    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let item = results[i].take();
        out.push(match item {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        });
    }
    out
}
