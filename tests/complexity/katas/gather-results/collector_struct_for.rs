// learner: optimal
// idiom: a small "collector process" struct with state and private methods; for-loop bounded by job count, iterator chains for spawning and finishing
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic;
use std::sync::mpsc::{self, RecvTimeoutError};
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

struct Collector<T, E> {
    inbox: mpsc::Receiver<(usize, Result<T, JobError<E>>)>,
    slots: Vec<Option<Result<T, JobError<E>>>>,
    deadline: Instant,
}

impl<T, E> Collector<T, E> {
    fn run(mut self) -> Vec<Result<T, JobError<E>>> {
        for _ in 0..self.slots.len() {
            if !self.take_one() {
                break;
            }
        }
        self.finish()
    }

    fn take_one(&mut self) -> bool {
        let wait = self.deadline.saturating_duration_since(Instant::now());
        match self.inbox.recv_timeout(wait) {
            Ok((at, res)) => {
                self.slots[at] = Some(res);
                true
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => false,
        }
    }

    fn finish(self) -> Vec<Result<T, JobError<E>>> {
        self.slots
            .into_iter()
            .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
            .collect()
    }
}

fn outcome_of<T, E>(job: impl FnOnce() -> Result<T, E>) -> Result<T, JobError<E>> {
    panic::catch_unwind(panic::AssertUnwindSafe(job))
        .map_err(|payload| {
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown panic".into())
        })
        .map_or_else(|msg| Err(JobError::Panicked(msg)), |r| r.map_err(JobError::Failed))
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, inbox) = mpsc::channel();
    let n = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let _ = tx.send((i, outcome_of(job)));
            });
        })
        .count();
    drop(tx);
    let slots = std::iter::repeat_with(|| None).take(n).collect();
    Collector { inbox, slots, deadline }.run()
}
