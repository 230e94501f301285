// learner: slow
// idiom: SAS statistician: a polling loop like a wait-and-retry macro; keep the thread handles in an array, every millisecond check each one with is_finished and join the finished ones
// why: gather is O(n * timeout/1ms) bookkeeping: each poll rescans all n handles and sleeps, instead of O(n) with a blocking recv_timeout; it burns CPU while waiting and uses thread::sleep and join()
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::time::Duration;

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

use std::thread;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let mut handles: Vec<Option<thread::JoinHandle<Result<T, E>>>> = Vec::new();
    for f in jobs {
        handles.push(Some(thread::spawn(f)));
    }
    let n = handles.len();
    let mut results: Vec<Option<Result<T, JobError<E>>>> = (0..n).map(|_| None).collect();
    let mut done = 0;
    loop {
        for i in 0..n {
            let finished = match &handles[i] {
                Some(h) => h.is_finished(),
                None => false,
            };
            if finished {
                let h = handles[i].take().unwrap();
                let r = match h.join() {
                    Ok(Ok(v)) => Ok(v),
                    Ok(Err(e)) => Err(JobError::Failed(e)),
                    Err(p) => {
                        let msg = if let Some(s) = p.downcast_ref::<&str>() {
                            s.to_string()
                        } else if let Some(s) = p.downcast_ref::<String>() {
                            s.clone()
                        } else {
                            "unknown panic".to_string()
                        };
                        Err(JobError::Panicked(msg))
                    }
                };
                results[i] = Some(r);
                done += 1;
            }
        }
        if done == n || t0.elapsed() >= timeout {
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }
    results.into_iter().map(|r| r.unwrap_or(Err(JobError::TimedOut))).collect()
}
