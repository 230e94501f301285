// learner: optimal
// idiom: shared Mutex<(slots, filled)> + Condvar; the waiter uses wait_timeout_while with an O(1) counter predicate (filled < n), woken once per arrival; late jobs find the slots taken
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
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Board<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    filled: usize,
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let shared = Arc::new((
        Mutex::new(Board { slots: (0..n).map(|_| None).collect(), filled: 0 }),
        Condvar::new(),
    ));
    for (i, job) in jobs.into_iter().enumerate() {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&'static str>() {
                        (*s).to_owned()
                    } else {
                        "unknown panic".to_owned()
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let (lock, cv) = &*shared;
            let mut board = lock.lock().unwrap_or_else(|e| e.into_inner());
            // After the deadline the gatherer has taken the slots away: a late result is dropped.
            if let Some(slot) = board.slots.get_mut(i) {
                *slot = Some(outcome);
                board.filled += 1;
                cv.notify_one();
            }
        });
    }
    let (lock, cv) = &*shared;
    let board = lock.lock().unwrap_or_else(|e| e.into_inner());
    let (mut board, _) = cv
        .wait_timeout_while(board, timeout, |b| b.filled < n)
        .unwrap_or_else(|e| e.into_inner());
    let slots = std::mem::take(&mut board.slots);
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
