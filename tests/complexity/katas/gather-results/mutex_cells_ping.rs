// learner: optimal
// idiom: one Arc<Mutex<Option<outcome>>> cell per job written by its worker, a unit channel used only to count arrivals, while loop on a done counter, Option::take out of each cell at the end
//! Gather the results of fallible concurrent jobs.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Instant;
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

type Cell<T, E> = Arc<Mutex<Option<Result<T, JobError<E>>>>>;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let (ping, pong) = mpsc::channel::<()>();
    let mut cells: Vec<Cell<T, E>> = Vec::new();
    for job in jobs {
        let cell: Cell<T, E> = Arc::new(Mutex::new(None));
        cells.push(Arc::clone(&cell));
        let ping = ping.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(
                    p.downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into()),
                )),
            };
            *cell.lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
            let _ = ping.send(());
        });
    }
    drop(ping);
    let n = cells.len();
    let mut done = 0;
    while done < n {
        let left = timeout.saturating_sub(start.elapsed());
        if left.is_zero() || pong.recv_timeout(left).is_err() {
            break;
        }
        done += 1;
    }
    cells
        .iter()
        .map(|cell| {
            cell.lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or(Err(JobError::TimedOut))
        })
        .collect()
}
