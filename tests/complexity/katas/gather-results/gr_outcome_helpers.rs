// learner: optimal
// idiom: Dart-ish: Outcome helpers (from_panic, into_entry), iterator chains to spawn and to finish, Option slots
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
use std::sync::mpsc::{channel, Sender};
use std::thread;
use std::time::Instant;

type Entry<T, E> = Result<T, JobError<E>>;

fn describe_panic(payload: Box<dyn Any + Send>) -> String {
    payload
        .downcast::<String>()
        .map(|s| *s)
        .or_else(|p| p.downcast::<&'static str>().map(|s| s.to_string()))
        .unwrap_or_else(|_| "unknown panic".to_owned())
}

fn run_job<T, E>(job: impl FnOnce() -> Result<T, E>) -> Entry<T, E> {
    panic::catch_unwind(AssertUnwindSafe(job))
        .map_err(|p| JobError::Panicked(describe_panic(p)))
        .and_then(|r| r.map_err(JobError::Failed))
}

fn launch<T, E, F>(index: usize, job: F, tx: Sender<(usize, Entry<T, E>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let _ = tx.send((index, run_job(job)));
    });
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = channel();
    let count = jobs
        .into_iter()
        .enumerate()
        .map(|(i, job)| launch(i, job, tx.clone()))
        .count();
    drop(tx);

    let mut slots: Vec<Option<Entry<T, E>>> = std::iter::repeat_with(|| None).take(count).collect();
    let mut missing = count;
    while missing > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        let Ok((i, entry)) = rx.recv_timeout(wait) else { break };
        slots[i] = Some(entry);
        missing -= 1;
    }
    slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
