// learner: optimal
// idiom: SAS statistician: one channel per job kept in an array, read in job order, each read waiting only for what is left of the one overall deadline
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::time::Duration;

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

use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let mut rx_arr = Vec::new();
    for f in jobs {
        let (tx, rx) = mpsc::sync_channel(1);
        thread::spawn(move || {
            let res = match panic::catch_unwind(panic::AssertUnwindSafe(f)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = match p.downcast::<String>() {
                        Ok(s) => *s,
                        Err(p) => match p.downcast::<&str>() {
                            Ok(s) => s.to_string(),
                            Err(_) => "unknown panic".to_string(),
                        },
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send(res);
        });
        rx_arr.push(rx);
    }
    let mut out = Vec::with_capacity(rx_arr.len());
    for rx in rx_arr {
        let remaining = timeout.saturating_sub(t0.elapsed());
        let res = match rx.recv_timeout(remaining) {
            Ok(r) => r,
            Err(_) => Err(JobError::TimedOut),
        };
        out.push(res);
    }
    out
}
