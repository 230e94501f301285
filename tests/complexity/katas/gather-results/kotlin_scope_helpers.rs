// learner: optimal
// idiom: Kotlin-coroutines style: `also`/`let_` extension trait, nullable slots with take()/unwrap_or, awaitAll-like collect
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{channel, Sender};
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

/// Kotlin's scope functions, more or less.
trait Scope: Sized {
    fn also(mut self, f: impl FnOnce(&mut Self)) -> Self {
        f(&mut self);
        self
    }
    fn let_<R>(self, f: impl FnOnce(Self) -> R) -> R {
        f(self)
    }
}
impl<T> Scope for T {}

type Slot<T, E> = Option<Result<T, JobError<E>>>;

fn launch<T, E, F>(index: usize, job: F, results: Sender<(usize, Result<T, JobError<E>>)>)
where
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    thread::spawn(move || {
        let outcome = panic::catch_unwind(AssertUnwindSafe(job))
            .map_err(|payload| {
                payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown panic".to_string())
            })
            .let_(|caught| match caught {
                Ok(inner) => inner.map_err(JobError::Failed),
                Err(msg) => Err(JobError::Panicked(msg)),
            });
        // The receiver may be gone already (we timed out): drop the late result.
        results.send((index, outcome)).ok();
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
    let launched = jobs
        .into_iter()
        .enumerate()
        .fold(0usize, |count, (i, job)| {
            launch(i, job, tx.clone());
            count + 1
        });
    drop(tx);

    let mut slots: Vec<Slot<T, E>> = Vec::with_capacity(launched).also(|v| v.resize_with(launched, || None));
    let mut pending = launched;
    while pending > 0 {
        let Some((i, outcome)) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())).ok() else {
            break;
        };
        slots[i] = Some(outcome);
        pending -= 1;
    }

    slots
        .iter_mut()
        .map(|slot| slot.take().unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
