// learner: optimal
// idiom: verilog: one point-to-point wire (sync_channel(1)) per job, drained in index order, each wait bounded by what is left of the shared deadline
// why: n spawns and n receives, each O(1) bookkeeping; a stuck job costs at most the remaining time once, after which every later wait is zero: O(n), waiting <= timeout, O(n) receivers
//! Run fallible jobs concurrently and gather every outcome, in input order.

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

use std::panic;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread;
use std::time::Instant;

/// Starts every job at once and waits at most `timeout` for them to finish.
pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let deadline = t0 + timeout;
    // fan out: every job gets its own 1-deep wire back
    let mut wires: Vec<Receiver<Result<T, JobError<E>>>> = Vec::new();
    for job in jobs {
        let (tx, rx) = sync_channel(1);
        thread::spawn(move || {
            let r = match panic::catch_unwind(panic::AssertUnwindSafe(job)) {
                Ok(res) => res.map_err(JobError::Failed),
                Err(payload) => {
                    let msg = match payload.downcast::<String>() {
                        Ok(s) => *s,
                        Err(other) => match other.downcast::<&'static str>() {
                            Ok(s) => s.to_string(),
                            Err(_) => String::from("unknown panic"),
                        },
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send(r);
        });
        wires.push(rx);
    }
    // fan in, in input order
    let mut out = Vec::with_capacity(wires.len());
    for rx in wires {
        let now = Instant::now();
        let budget = if now >= deadline { Duration::ZERO } else { deadline - now };
        out.push(rx.recv_timeout(budget).unwrap_or(Err(JobError::TimedOut)));
    }
    out
}
