// learner: optimal
// idiom: PowerShell-admin style: results kept in a HashMap keyed by job number, verbose names, foreach spawn, defensive checks, final foreach to build the ordered list
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

use std::collections::HashMap;
use std::panic;
use std::sync::mpsc;
use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let startTime = Instant::now();
    let deadlineTime = startTime + timeout;
    let (resultSender, resultReceiver) = mpsc::channel::<(usize, Result<T, JobError<E>>)>();

    let mut totalJobCount: usize = 0;
    for oneJob in jobs {
        let jobNumber = totalJobCount;
        totalJobCount += 1;
        let senderForThisJob = resultSender.clone();
        thread::spawn(move || {
            let jobOutcome = panic::catch_unwind(panic::AssertUnwindSafe(oneJob));
            let convertedOutcome: Result<T, JobError<E>> = match jobOutcome {
                Ok(Ok(returnedValue)) => Ok(returnedValue),
                Ok(Err(returnedError)) => Err(JobError::Failed(returnedError)),
                Err(panicPayload) => {
                    let panicText = if let Some(textRef) = panicPayload.downcast_ref::<&str>() {
                        textRef.to_string()
                    } else if let Some(textOwned) = panicPayload.downcast_ref::<String>() {
                        textOwned.clone()
                    } else {
                        String::from("unknown panic")
                    };
                    Err(JobError::Panicked(panicText))
                }
            };
            if senderForThisJob.send((jobNumber, convertedOutcome)).is_err() {
                // gather already returned; nobody is listening any more
            }
        });
    }
    drop(resultSender);

    let mut resultTable: HashMap<usize, Result<T, JobError<E>>> = HashMap::with_capacity(totalJobCount);
    let mut receivedCount: usize = 0;
    while receivedCount < totalJobCount {
        let currentTime = Instant::now();
        if currentTime >= deadlineTime {
            break;
        }
        let timeLeft = deadlineTime - currentTime;
        match resultReceiver.recv_timeout(timeLeft) {
            Ok((jobNumber, jobResult)) => {
                resultTable.insert(jobNumber, jobResult);
                receivedCount += 1;
            }
            Err(_) => break,
        }
    }

    let mut orderedResults: Vec<Result<T, JobError<E>>> = Vec::with_capacity(totalJobCount);
    for jobNumber in 0..totalJobCount {
        match resultTable.remove(&jobNumber) {
            Some(jobResult) => orderedResults.push(jobResult),
            None => orderedResults.push(Err(JobError::TimedOut)),
        }
    }
    orderedResults
}
