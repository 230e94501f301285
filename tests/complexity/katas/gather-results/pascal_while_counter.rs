// learner: optimal
// idiom: Pascal-style procedural: record for the message, explicit while loop with a Remaining counter and a break, local helper procedures
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Why a job produced no value.
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

struct TReport<T, E> {
    Index: usize,
    Outcome: Result<T, JobError<E>>,
}

#[allow(non_snake_case)]
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    fn DescribePanic(Payload: &(dyn std::any::Any + Send)) -> String {
        if let Some(S) = Payload.downcast_ref::<&str>() {
            return S.to_string();
        }
        if let Some(S) = Payload.downcast_ref::<String>() {
            return S.clone();
        }
        String::from("unknown panic")
    }

    let StartTime = Instant::now();
    let Deadline = StartTime + timeout;
    let (Sender, Receiver) = mpsc::channel::<TReport<T, E>>();

    let mut Count: usize = 0;
    let mut Iter = jobs.into_iter();
    while let Some(Job) = Iter.next() {
        let MySender = Sender.clone();
        let MyIndex = Count;
        std::thread::spawn(move || {
            let Outcome;
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(Job)) {
                Ok(Ok(V)) => Outcome = Ok(V),
                Ok(Err(E)) => Outcome = Err(JobError::Failed(E)),
                Err(P) => Outcome = Err(JobError::Panicked(DescribePanic(&*P))),
            }
            let _ = MySender.send(TReport { Index: MyIndex, Outcome });
        });
        Count += 1;
    }
    drop(Sender);

    let mut Results: Vec<Option<Result<T, JobError<E>>>> = Vec::with_capacity(Count);
    let mut I: usize = 0;
    while I < Count {
        Results.push(None);
        I += 1;
    }

    let mut Remaining = Count;
    while Remaining > 0 {
        let Now = Instant::now();
        if Now >= Deadline {
            break;
        }
        match Receiver.recv_timeout(Deadline - Now) {
            Ok(Report) => {
                Results[Report.Index] = Some(Report.Outcome);
                Remaining -= 1;
            }
            Err(_) => break,
        }
    }

    let mut Output = Vec::with_capacity(Count);
    for Slot in Results {
        match Slot {
            Some(R) => Output.push(R),
            None => Output.push(Err(JobError::TimedOut)),
        }
    }
    Output
}
