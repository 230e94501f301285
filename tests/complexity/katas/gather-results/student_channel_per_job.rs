// learner: optimal
// idiom: student: per-job channel vector, loop over receivers in order with shrinking recv_timeout (one shared deadline), no slots
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

use std::sync::mpsc::channel;
use std::time::Instant;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let d = Instant::now() + timeout;
    let mut rs = Vec::new();
    for j in jobs {
        let (t, r) = channel();
        std::thread::spawn(move || {
            let o = std::panic::catch_unwind(std::panic::AssertUnwindSafe(j));
            let _ = t.send(o);
        });
        rs.push(r);
    }
    let mut out = Vec::with_capacity(rs.len());
    for r in rs {
        let w = d.saturating_duration_since(Instant::now());
        out.push(match r.recv_timeout(w) {
            Ok(Ok(Ok(v))) => Ok(v),
            Ok(Ok(Err(e))) => Err(JobError::Failed(e)),
            Ok(Err(p)) => Err(JobError::Panicked(
                p.downcast::<String>()
                    .map(|s| *s)
                    .or_else(|p| p.downcast::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|_| "unknown panic".into()),
            )),
            Err(_) => Err(JobError::TimedOut),
        });
    }
    out
}
