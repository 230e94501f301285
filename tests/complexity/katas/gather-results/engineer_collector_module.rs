// learner: optimal
// idiom: over-engineered: worker module, Ticket newtype, PanicMessage trait on Box<dyn Any>, a Collector struct, Slots iterator struct implementing Iterator
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

mod worker {
    use super::JobError;
    use std::any::Any;
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::sync::mpsc::Sender;
    use std::thread;

    /// Position of a job in the caller's input.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Ticket(pub usize);

    pub type Outcome<T, E> = Result<T, JobError<E>>;
    pub type Message<T, E> = (Ticket, Outcome<T, E>);

    pub trait PanicMessage {
        fn message(&self) -> String;
    }

    impl PanicMessage for Box<dyn Any + Send> {
        fn message(&self) -> String {
            self.downcast_ref::<&'static str>()
                .map(|s| (*s).to_owned())
                .or_else(|| self.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| String::from("unknown panic"))
        }
    }

    pub fn launch<T, E, F>(ticket: Ticket, job: F, out: Sender<Message<T, E>>)
    where
        F: FnOnce() -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: Send + 'static,
    {
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(result) => result.map_err(JobError::Failed),
                Err(payload) => Err(JobError::Panicked(payload.message())),
            };
            // The receiver may be gone (deadline passed): the result is discarded.
            let _ = out.send((ticket, outcome));
        });
    }
}

mod collect {
    use super::worker::{Message, Outcome};
    use super::JobError;
    use std::sync::mpsc::Receiver;
    use std::time::Instant;

    pub struct Collector<T, E> {
        slots: Vec<Option<Outcome<T, E>>>,
        missing: usize,
    }

    impl<T, E> Collector<T, E> {
        pub fn with_jobs(n: usize) -> Self {
            let mut slots = Vec::with_capacity(n);
            slots.resize_with(n, || None);
            Collector { slots, missing: n }
        }

        pub fn drain(&mut self, rx: &Receiver<Message<T, E>>, deadline: Instant) {
            while self.missing > 0 {
                let wait = deadline.saturating_duration_since(Instant::now());
                let Ok((ticket, outcome)) = rx.recv_timeout(wait) else { return };
                if self.slots[ticket.0].replace(outcome).is_none() {
                    self.missing -= 1;
                }
            }
        }

        pub fn into_results(self) -> Slots<T, E> {
            Slots { inner: self.slots.into_iter() }
        }
    }

    pub struct Slots<T, E> {
        inner: std::vec::IntoIter<Option<Outcome<T, E>>>,
    }

    impl<T, E> Iterator for Slots<T, E> {
        type Item = Outcome<T, E>;
        fn next(&mut self) -> Option<Self::Item> {
            self.inner.next().map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        }
        fn size_hint(&self) -> (usize, Option<usize>) {
            self.inner.size_hint()
        }
    }
}

use collect::Collector;
use std::sync::mpsc;
use std::time::Instant;
use worker::{launch, Ticket};

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| launch(Ticket(i), job, tx.clone()))
        .count();
    drop(tx);
    let mut collector = Collector::with_jobs(count);
    collector.drain(&rx, deadline);
    collector.into_results().collect()
}
