// learner: optimal
// idiom: OCaml-style: tail-recursive `collect` with a remaining-count accumulator, option slots, Gatherer impl with private helpers
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver};
use std::thread;
use std::time::{Duration, Instant};

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

type Res<T, E> = Result<T, JobError<E>>;

struct Gatherer<T, E> {
    inbox: Receiver<(usize, Res<T, E>)>,
    deadline: Instant,
}

impl<T, E> Gatherer<T, E> {
    /// let rec collect slots remaining = if remaining = 0 then () else match recv with ...
    fn collect(&self, slots: &mut [Option<Res<T, E>>], remaining: usize) {
        if remaining == 0 {
            return;
        }
        let wait = self.deadline.saturating_duration_since(Instant::now());
        match self.inbox.recv_timeout(wait) {
            Err(_) => (),
            Ok((k, r)) => {
                slots[k] = Some(r);
                self.collect(slots, remaining - 1)
            }
        }
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&'static str>() {
        String::from(*s)
    } else {
        String::from("unknown panic")
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
    let (sender, inbox) = channel();
    let mut n = 0;
    for job in jobs {
        let sender = sender.clone();
        let k = n;
        thread::spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(panic_text(&*p))),
            };
            let _ = sender.send((k, r));
        });
        n += 1;
    }
    drop(sender);

    let g = Gatherer { inbox, deadline: start + timeout };
    let mut slots: Vec<Option<Res<T, E>>> = Vec::with_capacity(n);
    for _ in 0..n {
        slots.push(None);
    }
    g.collect(&mut slots, n);

    let mut out = Vec::with_capacity(n);
    for s in slots {
        out.push(s.unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
