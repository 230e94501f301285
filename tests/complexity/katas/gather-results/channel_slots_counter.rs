// learner: optimal
// idiom: Haskell-convert: channel of (index, outcome), Vec<Option> slots, a remaining counter and one deadline, helper for panic payloads
use std::fmt;
use std::time::Duration;

/// Why a job produced no value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobError<E> {
    /// The job ran to completion and returned `Err(e)`.
    Failed(E),
    /// The job panicked; the panic message, or `"unknown panic"`.
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

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

fn describe_panic_payload(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(owned_message) => *owned_message,
        Err(other_payload) => match other_payload.downcast::<&'static str>() {
            Ok(static_message) => (*static_message).to_string(),
            Err(_) => "unknown panic".to_string(),
        },
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
    let (outcome_sender, outcome_receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();

    let mut job_count = 0usize;
    for (job_index, job) in jobs.into_iter().enumerate() {
        let sender_for_job = outcome_sender.clone();
        thread::spawn(move || {
            let outcome = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(error)) => Err(JobError::Failed(error)),
                Err(payload) => Err(JobError::Panicked(describe_panic_payload(payload))),
            };
            let _ = sender_for_job.send((job_index, outcome));
        });
        job_count += 1;
    }
    drop(outcome_sender);

    let mut result_slots: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(job_count);
    result_slots.resize_with(job_count, || None);
    let mut results_still_missing = job_count;

    while results_still_missing > 0 {
        let time_left = deadline.saturating_duration_since(Instant::now());
        match outcome_receiver.recv_timeout(time_left) {
            Ok((job_index, outcome)) => {
                result_slots[job_index] = Some(outcome);
                results_still_missing -= 1;
            }
            Err(_) => break,
        }
    }

    result_slots
        .into_iter()
        .map(|slot| slot.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
