// learner: optimal
// idiom: Pony actor-model programmer: a single "collector" object behind Mutex + Condvar that the job actors report into; the caller sleeps on wait_timeout_while until every report is in or the deadline passes, then closes the collector so late reports are dropped.
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
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
    slots: Vec<Option<Result<T, JobError<E>>>>,
    outstanding: usize,
    closed: bool,
}

type Shared<T, E> = Arc<(Mutex<Collector<T, E>>, Condvar)>;

fn report<T, E>(shared: &Shared<T, E>, index: usize, outcome: Result<T, JobError<E>>) {
    let (lock, bell) = &**shared;
    let mut c = lock.lock().unwrap_or_else(|p| p.into_inner());
    if c.closed {
        return; // too late: the gatherer has already answered
    }
    c.slots[index] = Some(outcome);
    c.outstanding -= 1;
    if c.outstanding == 0 {
        bell.notify_one();
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
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let shared: Shared<T, E> = Arc::new((
        Mutex::new(Collector {
            slots: (0..n).map(|_| None).collect(),
            outstanding: n,
            closed: false,
        }),
        Condvar::new(),
    ));

    for (index, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(result) => result.map_err(JobError::Failed),
                Err(payload) => Err(JobError::Panicked(
                    payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_string()),
                )),
            };
            report(&shared, index, outcome);
        });
    }

    let (lock, bell) = &*shared;
    let guard = lock.lock().unwrap_or_else(|p| p.into_inner());
    let left = deadline.saturating_duration_since(Instant::now());
    let (mut c, _) = bell
        .wait_timeout_while(guard, left, |c| c.outstanding > 0)
        .unwrap_or_else(|p| p.into_inner());
    c.closed = true;
    std::mem::take(&mut c.slots)
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
