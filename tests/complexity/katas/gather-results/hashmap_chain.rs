// learner: optimal
// idiom: Python-ish: spawn with map/enumerate/count, arrivals into a HashMap, build output with (0..n).map(remove)
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
use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let start = Instant::now();
    let (sender, receiver) = channel();
    let describe = |p: Box<dyn std::any::Any + Send>| -> String {
        if let Some(s) = p.downcast_ref::<String>() {
            s.clone()
        } else if let Some(s) = p.downcast_ref::<&str>() {
            s.to_string()
        } else {
            "unknown panic".into()
        }
    };
    let n = jobs
        .into_iter()
        .enumerate()
        .map(|(idx, f)| {
            let sender = sender.clone();
            std::thread::spawn(move || {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
                let _ = sender.send((idx, r.map_err(describe)));
            });
        })
        .count();
    drop(sender);

    let mut done: HashMap<usize, Result<T, JobError<E>>> = HashMap::with_capacity(n);
    loop {
        if done.len() == n {
            break;
        }
        let left = timeout.saturating_sub(start.elapsed());
        match receiver.recv_timeout(left) {
            Ok((idx, Ok(Ok(v)))) => {
                done.insert(idx, Ok(v));
            }
            Ok((idx, Ok(Err(e)))) => {
                done.insert(idx, Err(JobError::Failed(e)));
            }
            Ok((idx, Err(msg))) => {
                done.insert(idx, Err(JobError::Panicked(msg)));
            }
            Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    (0..n)
        .map(|i| done.remove(&i).unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
