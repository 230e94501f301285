// learner: optimal
// idiom: C++-style shared board: Arc<(Mutex<state>, Condvar)>, wait_timeout_while on a done counter
use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"`.
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
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Instant;

struct Board<R> {
    slots: Vec<Option<R>>,
    done: usize,
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
    let mut slots = Vec::with_capacity(n);
    slots.resize_with(n, || None);
    let shared = Arc::new((Mutex::new(Board { slots, done: 0 }), Condvar::new()));

    let mut i = 0usize;
    for job in jobs {
        let shared = Arc::clone(&shared);
        let my = i;
        thread::spawn(move || {
            let res = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let m = if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(m))
                }
            };
            let (lock, cv) = &*shared;
            let mut b = match lock.lock() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            b.slots[my] = Some(res);
            b.done += 1;
            cv.notify_one();
        });
        i += 1;
    }

    let (lock, cv) = &*shared;
    let mut board = lock.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if board.done == n {
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let (g, _) = cv
            .wait_timeout(board, deadline - now)
            .unwrap_or_else(|p| p.into_inner());
        board = g;
    }
    // Take what arrived; a late job writes into slots nobody reads again.
    let mut out = Vec::with_capacity(n);
    for k in 0..n {
        out.push(board.slots[k].take().unwrap_or(Err(JobError::TimedOut)));
    }
    // Mark as finished so late writers still have somewhere harmless to write.
    board.done = usize::MAX / 2;
    out
}
