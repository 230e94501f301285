// learner: optimal
// idiom: teacher style, explicit while loops, a remaining counter and a boolean to stop, comments on each step
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
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

// Step helper: turn a panic payload into a message.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    // First try a String payload (panic!("{}", x) makes these).
    let payload = match payload.downcast::<String>() {
        Ok(text) => return *text,
        Err(other) => other,
    };
    // Then try a &'static str payload (panic!("boom") makes these).
    match payload.downcast::<&'static str>() {
        Ok(text) => text.to_string(),
        Err(_) => "unknown panic".to_string(),
    }
}

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    // Step 1: remember when we started, and compute the one deadline.
    let start_time = Instant::now();
    let deadline = start_time + timeout;

    // Step 2: make the channel every job reports to.
    let (sender, receiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();

    // Step 3: start every job on its own thread, counting them as we go.
    let mut job_count: usize = 0;
    for job in jobs {
        let my_number = job_count;
        let my_sender = sender.clone();
        thread::spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(job));
            let entry = match outcome {
                Ok(Ok(value)) => Ok(value),
                Ok(Err(error)) => Err(JobError::Failed(error)),
                Err(payload) => Err(JobError::Panicked(panic_message(payload))),
            };
            // If gather already gave up, nobody listens: ignore the error.
            let _ignored = my_sender.send((my_number, entry));
        });
        job_count = job_count + 1;
    }
    // We keep no sender ourselves.
    drop(sender);

    // Step 4: one empty box per job.
    let mut boxes: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(job_count);
    let mut k = 0;
    while k < job_count {
        boxes.push(None);
        k = k + 1;
    }

    // Step 5: wait for results until everyone answered or time is up.
    let mut remaining = job_count;
    let mut time_is_up = false;
    while remaining > 0 && !time_is_up {
        let now = Instant::now();
        let time_left = deadline.saturating_duration_since(now);
        match receiver.recv_timeout(time_left) {
            Ok((number, entry)) => {
                boxes[number] = Some(entry);
                remaining = remaining - 1;
            }
            Err(_) => {
                time_is_up = true;
            }
        }
    }

    // Step 6: empty boxes mean the job timed out.
    let mut answers = Vec::with_capacity(job_count);
    for slot in boxes {
        match slot {
            Some(entry) => answers.push(entry),
            None => answers.push(Err(JobError::TimedOut)),
        }
    }
    answers
}
