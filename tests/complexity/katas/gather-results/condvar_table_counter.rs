// learner: optimal
// idiom: bioinformatics style: shared Mutex<Option<Vec>> table plus a done counter, Condvar::wait_timeout loop against one deadline
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

use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Instant;

struct Table<T, E> {
    cells: Option<Vec<Option<Result<T, JobError<E>>>>>, // None once gather has returned
    done: usize,
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t_end = Instant::now() + timeout;
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    let mut cells = Vec::with_capacity(n);
    for _ in 0..n {
        cells.push(None);
    }
    let shared = Arc::new((Mutex::new(Table { cells: Some(cells), done: 0 }), Condvar::new()));

    let mut idx = 0;
    for jb in jobs {
        let sh = Arc::clone(&shared);
        let i = idx;
        idx += 1;
        thread::spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(jb));
            let out = match r {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let (lock, cv) = &*sh;
            let mut g = match lock.lock() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            if let Some(cells) = g.cells.as_mut() {
                cells[i] = Some(out);
                g.done += 1;
                cv.notify_one();
            }
        });
    }

    let (lock, cv) = &*shared;
    let mut g = lock.lock().unwrap_or_else(|p| p.into_inner());
    while g.done < n {
        let now = Instant::now();
        if now >= t_end {
            break;
        }
        let (g2, _) = cv.wait_timeout(g, t_end - now).unwrap_or_else(|p| p.into_inner());
        g = g2;
    }
    let cells = g.cells.take().unwrap_or_default();
    drop(g);
    let mut out = Vec::with_capacity(n);
    for c in cells {
        out.push(match c {
            Some(r) => r,
            None => Err(JobError::TimedOut),
        });
    }
    out
}
