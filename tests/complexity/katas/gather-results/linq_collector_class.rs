// learner: optimal
// idiom: C#-style class: a private Collector struct with methods (Spawn / Await / Into results), HashMap-free, Box<dyn Any> payload downcast by value
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
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

struct Collector<T, E> {
    sender: Option<Sender<(usize, Outcome<T, E>)>>,
    receiver: Receiver<(usize, Outcome<T, E>)>,
    slots: Vec<Option<Outcome<T, E>>>,
    pending: usize,
}

impl<T: Send + 'static, E: Send + 'static> Collector<T, E> {
    fn new() -> Self {
        let (sender, receiver) = mpsc::channel();
        Collector { sender: Some(sender), receiver, slots: Vec::new(), pending: 0 }
    }

    fn spawn<F>(&mut self, job: F)
    where
        F: FnOnce() -> Result<T, E> + Send + 'static,
    {
        let index = self.slots.len();
        let sender = self.sender.as_ref().expect("still spawning").clone();
        self.slots.push(None);
        self.pending += 1;
        thread::spawn(move || {
            let outcome = Self::run(job);
            let _ignored_if_late = sender.send((index, outcome));
        });
    }

    fn run<F>(job: F) -> Outcome<T, E>
    where
        F: FnOnce() -> Result<T, E>,
    {
        match catch_unwind(AssertUnwindSafe(job)) {
            Ok(result) => result.map_err(JobError::Failed),
            Err(payload) => Err(JobError::Panicked(Self::describe(payload))),
        }
    }

    fn describe(payload: Box<dyn Any + Send>) -> String {
        match payload.downcast::<String>() {
            Ok(text) => *text,
            Err(other) => match other.downcast::<&'static str>() {
                Ok(text) => text.to_string(),
                Err(_) => String::from("unknown panic"),
            },
        }
    }

    fn await_until(&mut self, deadline: Instant) {
        self.sender = None;
        while self.pending > 0 {
            let now = Instant::now();
            if now >= deadline {
                return;
            }
            match self.receiver.recv_timeout(deadline - now) {
                Ok((index, outcome)) => {
                    self.slots[index] = Some(outcome);
                    self.pending -= 1;
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    }

    fn into_results(self) -> Vec<Outcome<T, E>> {
        self.slots
            .into_iter()
            .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
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
    let deadline = Instant::now() + timeout;
    let mut collector = Collector::new();
    for job in jobs {
        collector.spawn(job);
    }
    collector.await_until(deadline);
    collector.into_results()
}
