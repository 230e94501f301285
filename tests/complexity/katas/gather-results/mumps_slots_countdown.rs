// learner: optimal
// idiom: MUMPS: ^TMP($J,IDX) slots in a Vec<Option<_>>, every job posts (IDX, outcome) on one mpsc channel; a REMAINING counter and recv_timeout against one DEADLINE, like a \$ZTIMEOUT-bounded READ loop
// why: n spawns, each arrival lands in its slot in O(1) and decrements the counter; waiting blocks on the channel, at most until the deadline: O(n) bookkeeping, O(n) space

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
    let mut n = 0usize;
    for (ix, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        std::thread::spawn(move || {
            let r = run1(job);
            let _ = tx.send((ix, r)); // nobody listening any more: dropped
        });
        n += 1;
    }
    drop(tx);
    let mut tmp: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut rem = n;
    while rem > 0 {
        let wt = dl.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wt) {
            Ok((ix, r)) => {
                tmp[ix] = Some(r);
                rem -= 1;
            }
            Err(_) => break, // deadline (or every sender gone)
        }
    }
    tmp.into_iter()
        .map(|s| s.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
