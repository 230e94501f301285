// learner: optimal
// idiom: Perl-veteran terse: for-loop spawn, `left` counter in a bare loop, if-let downcast chain, Vec of Option pushed then filled
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

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::channel;
use std::thread::spawn;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let (tx, rx) = channel();
    let mut out: Vec<Option<Result<T, JobError<E>>>> = Vec::new();
    for (i, j) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        spawn(move || {
            let r = match catch_unwind(AssertUnwindSafe(j)) {
                Ok(Ok(v)) => Ok(v),
                Ok(Err(e)) => Err(JobError::Failed(e)),
                Err(p) => {
                    let m = if let Some(s) = p.downcast_ref::<String>() {
                        s.clone()
                    } else if let Some(s) = p.downcast_ref::<&'static str>() {
                        s.to_string()
                    } else {
                        "unknown panic".to_string()
                    };
                    Err(JobError::Panicked(m))
                }
            };
            tx.send((i, r)).ok();
        });
        out.push(None);
    }
    drop(tx);
    let mut left = out.len();
    loop {
        if left == 0 {
            break;
        }
        let el = t0.elapsed();
        if el >= timeout {
            break;
        }
        let Ok((i, r)) = rx.recv_timeout(timeout - el) else { break };
        out[i] = Some(r);
        left -= 1;
    }
    out.into_iter().map(|o| o.unwrap_or(Err(JobError::TimedOut))).collect()
}
