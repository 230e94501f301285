// learner: optimal
// idiom: one oneshot channel per job, then wait on each receiver in input order against one shared deadline
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

use std::sync::mpsc;
use std::time::Instant;

struct Started<T, E> {
    rx: mpsc::Receiver<Result<T, JobError<E>>>,
}

impl<T, E> Started<T, E> {
    fn wait_until(self, deadline: Instant) -> Result<T, JobError<E>> {
        let now = Instant::now();
        let left = if deadline > now { deadline - now } else { Duration::ZERO };
        match self.rx.recv_timeout(left) {
            Ok(r) => r,
            Err(_) => Err(JobError::TimedOut),
        }
    }
}

fn start<T, E, F>(job: F) -> Started<T, E>
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let (tx, rx) = mpsc::sync_channel(1);
    std::thread::spawn(move || {
        let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(p) => {
                let msg = if let Some(s) = p.downcast_ref::<&'static str>() {
                    s.to_string()
                } else if let Some(s) = p.downcast_ref::<String>() {
                    s.clone()
                } else {
                    String::from("unknown panic")
                };
                Err(JobError::Panicked(msg))
            }
        };
        let _ = tx.send(r);
    });
    Started { rx }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let started: Vec<Started<T, E>> = jobs.into_iter().map(start).collect();
    started.into_iter().map(|s| s.wait_until(deadline)).collect()
}
