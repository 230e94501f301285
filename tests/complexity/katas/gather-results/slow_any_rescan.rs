// learner: slow
// why: gather is O(n^2) time, target O(n): after every arrival the loop condition rescans all slots with iter().any
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

use std::sync::mpsc;
use std::time::Instant;

// Julia habit: any(isnothing, slots) as loop guard
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
    for (i, f) in jobs.into_iter().enumerate() {
        slots.push(None);
        let tx = tx.clone();
        std::thread::spawn(move || {
            let o = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
                Ok(r) => r.map_err(JobError::Failed),
                Err(p) => Err(JobError::Panicked(
                    if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&str>() {
                        s.to_string()
                    } else {
                        "unknown panic".to_string()
                    },
                )),
            };
            let _ = tx.send((i, o));
        });
    }
    drop(tx);
    while slots.iter().any(|s| s.is_none()) {
        let now = Instant::now();
        if now >= t_end {
            break;
        }
        match rx.recv_timeout(t_end - now) {
            Ok((i, o)) => slots[i] = Some(o),
            Err(_) => break,
        }
    }
    slots.into_iter().map(|s| s.unwrap_or(Err(JobError::TimedOut))).collect()
}
