// learner: optimal
// idiom: fold-based: rx.iter-like take-while via std::iter::from_fn over recv_timeout, fold into slot vec
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::any::Any;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc;
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

struct Envelope<T, E> {
    slot: usize,
    result: Result<T, JobError<E>>,
}

fn payload_text(p: Box<dyn Any + Send>) -> String {
    match p.downcast::<String>() {
        Ok(s) => *s,
        Err(p) => match p.downcast::<&'static str>() {
            Ok(s) => (*s).to_owned(),
            Err(_) => String::from("unknown panic"),
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
    let (sender, receiver) = mpsc::channel::<Envelope<T, E>>();

    let mut total = 0;
    jobs.into_iter().for_each(|job| {
        let sender = sender.clone();
        let slot = total;
        total += 1;
        thread::spawn(move || {
            let result = match catch_unwind(AssertUnwindSafe(job)) {
                Ok(r) => r.map_err(JobError::Failed),
                Err(p) => Err(JobError::Panicked(payload_text(p))),
            };
            let _ = sender.send(Envelope { slot, result });
        });
    });
    drop(sender);

    let arrivals = std::iter::from_fn(|| {
        receiver
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .ok()
    })
    .take(total);

    let init: Vec<Option<Result<T, JobError<E>>>> = std::iter::repeat_with(|| None).take(total).collect();
    let filled = arrivals.fold(init, |mut acc, env| {
        acc[env.slot] = Some(env.result);
        acc
    });

    filled
        .into_iter()
        .map(|o| o.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
