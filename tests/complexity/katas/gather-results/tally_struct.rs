// learner: optimal
// idiom: Solidity-ish struct with counters + pushed "events" log, loop/match on RecvTimeoutError variants, impl block helpers
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, RecvTimeoutError};
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

/// An "event" emitted by a worker when it finishes.
struct JobDone<T, E> {
    index: usize,
    result: Result<T, JobError<E>>,
}

struct Ledger<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    settled: usize,
}

impl<T, E> Ledger<T, E> {
    fn with_size(n: usize) -> Self {
        let mut slots = Vec::with_capacity(n);
        slots.resize_with(n, || None);
        Ledger { slots, settled: 0 }
    }

    fn record(&mut self, ev: JobDone<T, E>) {
        if self.slots[ev.index].is_none() {
            self.settled += 1;
        }
        self.slots[ev.index] = Some(ev.result);
    }

    fn is_settled(&self) -> bool {
        self.settled == self.slots.len()
    }

    fn close(self) -> Vec<Result<T, JobError<E>>> {
        self.slots
            .into_iter()
            .map(|s| match s {
                Some(r) => r,
                None => Err(JobError::TimedOut),
            })
            .collect()
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
    let deadline = start + timeout;
    let (emitter, events) = mpsc::channel::<JobDone<T, E>>();

    let mut n = 0;
    for job in jobs {
        let emitter = emitter.clone();
        let index = n;
        thread::spawn(move || {
            let result = match panic::catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(err)) => Err(JobError::Failed(err)),
                Err(payload) => {
                    let msg = if let Some(s) = payload.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = payload.downcast_ref::<&str>() {
                        (*s).to_owned()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = emitter.send(JobDone { index, result });
        });
        n += 1;
    }
    drop(emitter);

    let mut ledger = Ledger::with_size(n);
    loop {
        if ledger.is_settled() {
            break;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match events.recv_timeout(left) {
            Ok(ev) => ledger.record(ev),
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    ledger.close()
}
