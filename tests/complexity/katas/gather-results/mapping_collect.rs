// learner: optimal
// idiom: Groovy-style: collect jobs into closures, HashMap index->result as a "map", from_fn receive loop, map/unwrap_or_else one-liner
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::collections::HashMap;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::{Duration, Instant};

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

fn drain_until<M>(rx: &Receiver<M>, deadline: Instant, expected: usize) -> impl Iterator<Item = M> + '_ {
    let mut seen = 0usize;
    std::iter::from_fn(move || {
        if seen == expected {
            return None;
        }
        let wait = deadline.saturating_duration_since(Instant::now());
        rx.recv_timeout(wait).ok().map(|m| {
            seen += 1;
            m
        })
    })
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = channel::<(usize, Outcome<T, E>)>();

    let total = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| {
            let tx = tx.clone();
            thread::spawn(move || {
                let res = catch_unwind(AssertUnwindSafe(job))
                    .map_err(|p| {
                        p.downcast::<String>()
                            .map(|s| *s)
                            .or_else(|p| p.downcast::<&'static str>().map(|s| s.to_string()))
                            .unwrap_or_else(|_| "unknown panic".to_string())
                    })
                    .map_or_else(|msg| Err(JobError::Panicked(msg)), |r| r.map_err(JobError::Failed));
                tx.send((i, res)).ok();
            })
        })
        .count();
    drop(tx);

    let mut by_index: HashMap<usize, Outcome<T, E>> = drain_until(&rx, deadline, total).collect();
    (0..total)
        .map(|i| by_index.remove(&i).unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
