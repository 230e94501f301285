// learner: slow
// why: gather is O(n^2) time, target O(n): arrivals kept in a Vec of (index, result) and each index is found again with position()
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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let deadline = Instant::now() + timeout;
    let (tx, rx) = mpsc::channel();
    let mut n = 0;
    for job in jobs {
        let tx = tx.clone();
        let id = n;
        n += 1;
        std::thread::spawn(move || {
            let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            let res = match res {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let text = match p.downcast::<String>() {
                        Ok(s) => *s,
                        Err(p) => match p.downcast::<&str>() {
                            Ok(s) => s.to_string(),
                            Err(_) => "unknown panic".to_string(),
                        },
                    };
                    Err(JobError::Panicked(text))
                }
            };
            tx.send((id, res)).ok();
        });
    }
    drop(tx);

    let mut arrived: Vec<(usize, Result<T, JobError<E>>)> = Vec::new();
    while arrived.len() < n {
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(pair) => arrived.push(pair),
            Err(_) => break,
        }
    }

    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        match arrived.iter().position(|(id, _)| *id == i) {
            Some(p) => out.push(arrived.swap_remove(p).1),
            None => out.push(Err(JobError::TimedOut)),
        }
    }
    out
}
