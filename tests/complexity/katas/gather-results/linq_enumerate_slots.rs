// learner: optimal
// idiom: C#-style LINQ: enumerate().map() spawning, Option slots, remaining counter, recv_timeout against one deadline, downcast_ref chain
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

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (sender, receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();
    let started = jobs
        .into_iter()
        .enumerate()
        .map(|(index, job)| {
            let sender = sender.clone();
            thread::spawn(move || {
                let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
                    Ok(Ok(value)) => Ok(value),
                    Ok(Err(error)) => Err(JobError::Failed(error)),
                    Err(payload) => Err(JobError::Panicked(panic_message(payload))),
                };
                let _ = sender.send((index, outcome));
            });
        })
        .count();
    drop(sender);

    let mut slots: Vec<Option<Result<T, JobError<E>>>> = (0..started).map(|_| None).collect();
    let mut remaining = started;
    while remaining > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        match receiver.recv_timeout(wait) {
            Ok((index, outcome)) => {
                slots[index] = Some(outcome);
                remaining -= 1;
            }
            Err(_) => break,
        }
    }
    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
