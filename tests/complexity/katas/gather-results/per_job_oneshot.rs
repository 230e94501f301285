// learner: optimal
// idiom: one oneshot channel per job, receivers drained in input order against one shared deadline, impl helper struct
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

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Instant;

struct Pending<T, E> {
    inbox: Receiver<Result<T, JobError<E>>>,
}

impl<T, E> Pending<T, E> {
    fn collect_by(self, deadline: Instant) -> Result<T, JobError<E>> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.inbox.recv_timeout(left) {
            Ok(outcome) => outcome,
            Err(RecvTimeoutError::Timeout) => Err(JobError::TimedOut),
            // the thread died without sending: cannot happen with catch_unwind, treat as lost
            Err(RecvTimeoutError::Disconnected) => Err(JobError::Panicked("unknown panic".into())),
        }
    }
}

fn describe(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&'static str>() {
        (*s).to_owned()
    } else {
        String::from("unknown panic")
    }
}

fn launch<T, E, F>(job: F) -> Pending<T, E>
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let (out, inbox) = mpsc::sync_channel(1);
    thread::spawn(move || {
        let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(p) => Err(JobError::Panicked(describe(&*p))),
        };
        out.send(outcome).ok();
    });
    Pending { inbox }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let pending: Vec<Pending<T, E>> = jobs.into_iter().map(launch).collect();
    let mut results = Vec::with_capacity(pending.len());
    for p in pending {
        results.push(p.collect_by(deadline));
    }
    results
}
