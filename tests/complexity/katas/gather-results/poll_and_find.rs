// learner: slow
// idiom: JavaScript bootcamp graduate: setInterval-style polling loop (try_recv + sleep 1 ms), finished results pushed into an array of [index, result] pairs, then for each job index a .find()-like linear search through that array
// why: gather is O(n^2) bookkeeping (position() scan of the finished list for each of the n jobs) vs the O(n) target, and it polls with thread::sleep instead of blocking on recv_timeout
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic;
use std::sync::mpsc;
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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let (tx, rx) = mpsc::channel();
    let mut total = 0;
    for job in jobs {
        let tx = tx.clone();
        let id = total;
        total += 1;
        thread::spawn(move || {
            let res = panic::catch_unwind(panic::AssertUnwindSafe(job));
            let out = match res {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    if let Some(s) = p.downcast_ref::<&str>() {
                        Err(JobError::Panicked(s.to_string()))
                    } else if let Some(s) = p.downcast_ref::<String>() {
                        Err(JobError::Panicked(s.clone()))
                    } else {
                        Err(JobError::Panicked("unknown panic".to_string()))
                    }
                }
            };
            let _ = tx.send((id, out));
        });
    }
    drop(tx);

    let mut done: Vec<(usize, Result<T, JobError<E>>)> = vec![];
    while done.len() < total {
        match rx.try_recv() {
            Ok(pair) => done.push(pair),
            Err(mpsc::TryRecvError::Empty) => {
                if start.elapsed() >= timeout {
                    break;
                }
                thread::sleep(Duration::from_millis(1));
            }
            Err(mpsc::TryRecvError::Disconnected) => break,
        }
    }

    let mut results = vec![];
    for i in 0..total {
        match done.iter().position(|(id, _)| *id == i) {
            Some(pos) => results.push(done.swap_remove(pos).1),
            None => results.push(Err(JobError::TimedOut)),
        }
    }
    results
}
