// learner: optimal
// idiom: Java-ish Collector struct (slots, pending count, deadline) with private methods; workers send the raw thread::Result and the main thread converts panics; loop + break on recv_timeout
//! Gather the results of fallible concurrent jobs.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver};
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

type Raw<T, E> = thread::Result<Result<T, E>>;

struct Collector<T, E> {
    slots: Vec<Option<Result<T, JobError<E>>>>,
    pending: usize,
    deadline: Instant,
}

impl<T, E> Collector<T, E> {
    fn new(count: usize, timeout: Duration) -> Self {
        let mut slots = Vec::with_capacity(count);
        slots.resize_with(count, || None);
        Collector { slots, pending: count, deadline: Instant::now() + timeout }
    }

    fn panic_text(payload: Box<dyn Any + Send>) -> String {
        if let Some(s) = payload.downcast_ref::<&str>() {
            return s.to_string();
        }
        if let Some(s) = payload.downcast_ref::<String>() {
            return s.clone();
        }
        "unknown panic".to_string()
    }

    fn convert(raw: Raw<T, E>) -> Result<T, JobError<E>> {
        match raw {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(JobError::Failed(e)),
            Err(payload) => Err(JobError::Panicked(Self::panic_text(payload))),
        }
    }

    fn store(&mut self, index: usize, raw: Raw<T, E>) {
        if self.slots[index].is_none() {
            self.slots[index] = Some(Self::convert(raw));
            self.pending -= 1;
        }
    }

    fn time_left(&self) -> Option<Duration> {
        let now = Instant::now();
        if now >= self.deadline {
            None
        } else {
            Some(self.deadline - now)
        }
    }

    fn wait_all(&mut self, rx: &Receiver<(usize, Raw<T, E>)>) {
        loop {
            if self.pending == 0 {
                break;
            }
            let left = match self.time_left() {
                Some(d) => d,
                None => break,
            };
            match rx.recv_timeout(left) {
                Ok((i, raw)) => self.store(i, raw),
                Err(_) => break,
            }
        }
    }

    fn finish(self) -> Vec<Result<T, JobError<E>>> {
        self.slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let (tx, rx) = mpsc::channel::<(usize, Raw<T, E>)>();
    let mut count = 0;
    for (i, job) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        thread::spawn(move || {
            let raw = panic::catch_unwind(AssertUnwindSafe(job));
            let _ = tx.send((i, raw));
        });
        count += 1;
    }
    drop(tx);
    let mut collector = Collector::new(count, timeout);
    collector.wait_all(&rx);
    collector.finish()
}
