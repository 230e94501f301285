// learner: optimal
// idiom: quant-style: shared preallocated slot table behind Arc<Mutex>, done counter + Condvar wait_timeout_while, generation-free since the table is per call
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex};
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

struct Table<T, E> {
    cells: Vec<Option<Result<T, JobError<E>>>>,
    done: usize,
    closed: bool,
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
    let mut cells = Vec::with_capacity(n);
    cells.resize_with(n, || None);
    let shared = Arc::new((Mutex::new(Table { cells, done: 0, closed: false }), Condvar::new()));

    for (k, job) in jobs.into_iter().enumerate() {
        let sh = Arc::clone(&shared);
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_else(|| "unknown panic".to_string()),
                )),
            };
            let (lock, cv) = &*sh;
            let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
            if !t.closed {
                t.cells[k] = Some(r);
                t.done += 1;
                cv.notify_one();
            }
        });
    }

    let (lock, cv) = &*shared;
    let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        if t.done == n {
            break;
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        let (g, _) = cv
            .wait_timeout_while(t, deadline - now, |tb| tb.done < n)
            .unwrap_or_else(|e| e.into_inner());
        t = g;
    }
    t.closed = true;
    let cells = std::mem::take(&mut t.cells);
    drop(t);
    let mut out = Vec::with_capacity(n);
    for c in cells {
        out.push(match c {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        });
    }
    out
}
