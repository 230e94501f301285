// learner: slow
// why: gather is O(n^2) time, target O(n): the wait loop re-checks every slot with iter().any() after each arrival
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
    let t_end = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut slots: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, jb) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        thread::spawn(move || {
            let res = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(jb)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let msg = match p.downcast_ref::<String>() {
                        Some(s) => s.clone(),
                        None => match p.downcast_ref::<&str>() {
                            Some(s) => s.to_string(),
                            None => "unknown panic".to_string(),
                        },
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx.send((i, res));
        });
    }
    drop(tx);
    while slots.iter().any(|s| s.is_none()) {
        let left = t_end.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok((i, r)) => slots[i] = Some(r),
            Err(_) => break,
        }
    }
    slots
        .into_iter()
        .map(|s| s.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
