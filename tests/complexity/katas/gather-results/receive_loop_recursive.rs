// learner: optimal
// idiom: Erlang-style mailbox: each job is a "process" that sends {Index, Outcome}; a tail-recursive receive loop with an accumulator of pending count
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver};
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

type Outcome<T, E> = Result<T, JobError<E>>;

fn panic_text(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(s) => *s,
        Err(other) => match other.downcast::<&'static str>() {
            Ok(s) => (*s).to_string(),
            Err(_) => "unknown panic".to_string(),
        },
    }
}

// receive(Mailbox, Slots, Pending, Deadline) -> Slots.
fn receive<T, E>(
    mailbox: &Receiver<(usize, Outcome<T, E>)>,
    mut slots: Vec<Option<Outcome<T, E>>>,
    pending: usize,
    deadline: Instant,
) -> Vec<Option<Outcome<T, E>>> {
    if pending == 0 {
        return slots;
    }
    let left = deadline.saturating_duration_since(Instant::now());
    match mailbox.recv_timeout(left) {
        Ok((idx, outcome)) => {
            slots[idx] = Some(outcome);
            receive(mailbox, slots, pending - 1, deadline)
        }
        Err(_) => slots,
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = channel::<(usize, Outcome<T, E>)>();
    let mut spawned = 0usize;
    for (idx, job) in jobs.into_iter().enumerate() {
        let me = tx.clone();
        thread::spawn(move || {
            let msg = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => Err(JobError::Panicked(panic_text(p))),
            };
            let _ = me.send((idx, msg));
        });
        spawned += 1;
    }
    drop(tx);
    let empty: Vec<Option<Outcome<T, E>>> = (0..spawned).map(|_| None).collect();
    let slots = receive(&rx, empty, spawned, deadline);
    slots
        .into_iter()
        .map(|s| s.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
