// learner: optimal
// idiom: Java/C#-style: a Gatherer class with small methods (spawnAll, awaitResults, getResults), Option slots
//! Run fallible jobs concurrently and gather every outcome, in input order.

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

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

struct Gatherer<T, E> {
    sender: Option<Sender<(usize, Outcome<T, E>)>>,
    receiver: Receiver<(usize, Outcome<T, E>)>,
    slots: Vec<Option<Outcome<T, E>>>,
    remaining: usize,
    deadline: Instant,
}

impl<T: Send + 'static, E: Send + 'static> Gatherer<T, E> {
    fn new(timeout: Duration) -> Self {
        let (sender, receiver) = mpsc::channel();
        Gatherer { sender: Some(sender), receiver, slots: Vec::new(), remaining: 0, deadline: Instant::now() + timeout }
    }

    fn panic_message(payload: Box<dyn Any + Send>) -> String {
        match payload.downcast::<String>() {
            Ok(s) => *s,
            Err(payload) => match payload.downcast::<&'static str>() {
                Ok(s) => s.to_string(),
                Err(_) => "unknown panic".to_string(),
            },
        }
    }

    fn spawn_job<F>(&mut self, job: F)
    where
        F: FnOnce() -> Result<T, E> + Send + 'static,
    {
        let index = self.slots.len();
        self.slots.push(None);
        self.remaining += 1;
        let sender = self.sender.as_ref().expect("sender alive while spawning").clone();
        thread::spawn(move || {
            let outcome = match panic::catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(error)) => Err(JobError::Failed(error)),
                Err(payload) => Err(JobError::Panicked(Self::panic_message(payload))),
            };
            let _ = sender.send((index, outcome));
        });
    }

    fn time_left(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    fn await_results(&mut self) {
        self.sender = None;
        while self.remaining > 0 {
            match self.receiver.recv_timeout(self.time_left()) {
                Ok((index, outcome)) => {
                    if self.slots[index].is_none() {
                        self.remaining -= 1;
                    }
                    self.slots[index] = Some(outcome);
                }
                Err(_) => break,
            }
        }
    }

    fn get_results(self) -> Vec<Outcome<T, E>> {
        self.slots.into_iter().map(|slot| slot.unwrap_or(Err(JobError::TimedOut))).collect()
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let mut gatherer = Gatherer::new(timeout);
    for job in jobs {
        gatherer.spawn_job(job);
    }
    gatherer.await_results();
    gatherer.get_results()
}
