// learner: slow
// idiom: MUMPS: arrivals journalled in the order they come (^TMP($J,"J",SEQ)=IDX^outcome, a plain Vec), and at the end, for each job IDX, a walk of the journal looking for its line
// why: the final pass searches the whole journal for every job: O(n) per job, O(n^2) bookkeeping per gather instead of O(n)

//! Run fallible jobs concurrently and gather every outcome, in input order.
//!
//! Useful pieces of `std`: `thread::spawn`, `panic::catch_unwind` with
//! `AssertUnwindSafe`, `sync::mpsc` and `Receiver::recv_timeout`, `Instant`.

use std::fmt;
use std::time::Duration;
use std::sync::mpsc;
use std::time::Instant;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"` when the
    /// payload is neither a `&str` nor a `String`.
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

/// the panic payload's text, else "unknown panic"
fn pmsg(p: Box<dyn std::any::Any + Send>) -> String {
    match p.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => s.to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

/// RUN^JOB: one job, its outcome as an entry
fn run1<T, E, F: FnOnce() -> Result<T, E>>(job: F) -> Result<T, JobError<E>> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(job)) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(JobError::Failed(e)),
        Err(p) => Err(JobError::Panicked(pmsg(p))),
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let dl = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut n = 0;
    for (ix, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let _ = tx.send((ix, run1(job)));
        });
        n += 1;
    }
    drop(tx);
    let mut jrn: Vec<(usize, Option<Result<T, JobError<E>>>)> = Vec::new();
    let mut got = 0;
    while got < n {
        match rx.recv_timeout(dl.saturating_duration_since(Instant::now())) {
            Ok((ix, r)) => {
                jrn.push((ix, Some(r)));
                got += 1;
            }
            Err(_) => break,
        }
    }
    let mut out = Vec::with_capacity(n);
    for ix in 0..n {
        let mut ent = Err(JobError::TimedOut);
        for ln in jrn.iter_mut() {
            if ln.0 == ix {
                ent = ln.1.take().unwrap();
                break;
            }
        }
        out.push(ent);
    }
    out
}
