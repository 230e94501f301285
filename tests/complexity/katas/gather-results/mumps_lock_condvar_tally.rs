// learner: optimal
// idiom: MUMPS: a shared ^TMP block under one LOCK (Mutex) holding the slots and a DONE tally; jobs SET their slot and bump the tally, the caller waits on a Condvar with wait_timeout until DONE=N or the deadline
// why: each job does O(1) work under the lock and one notify; the caller wakes per arrival and checks the O(1) tally, bounded by the deadline: O(n) bookkeeping, O(n) space

//! Run fallible jobs concurrently and gather every outcome, in input order.
//!
//! Useful pieces of `std`: `thread::spawn`, `panic::catch_unwind` with
//! `AssertUnwindSafe`, `sync::mpsc` and `Receiver::recv_timeout`, `Instant`.

use std::fmt;
use std::time::Duration;
use std::sync::{Arc, Condvar, Mutex};
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
    let jobs: Vec<F> = jobs.into_iter().collect();
    let n = jobs.len();
    struct Blk<R> {
        sl: Vec<Option<R>>,
        dn: usize,
        open: bool, // cleared when the caller leaves: late SETs are dropped
    }
    let shr = Arc::new((
        Mutex::new(Blk { sl: (0..n).map(|_| None).collect(), dn: 0, open: true }),
        Condvar::new(),
    ));
    for (ix, job) in jobs.into_iter().enumerate() {
        let shr = Arc::clone(&shr);
        std::thread::spawn(move || {
            let r = run1(job);
            let (lk, cv) = &*shr;
            let mut b = match lk.lock() {
                Ok(g) => g,
                Err(p) => p.into_inner(),
            };
            if b.open {
                b.sl[ix] = Some(r);
                b.dn += 1;
                cv.notify_one();
            }
        });
    }
    let (lk, cv) = &*shr;
    let mut b = lk.lock().unwrap_or_else(|p| p.into_inner());
    while b.dn < n {
        let left = dl.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        b = match cv.wait_timeout(b, left) {
            Ok((g, _)) => g,
            Err(p) => p.into_inner().0,
        };
    }
    b.open = false;
    let sl = std::mem::take(&mut b.sl);
    drop(b);
    sl.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
