// learner: optimal
// idiom: Julia-HPC style: index loops, preallocated result vector via resize_with, explicit got/n counters, loop with break
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

use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::Instant;

type Outcome<T, E> = Result<T, JobError<E>>;

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let t0 = Instant::now();
    let t_end = t0 + timeout;
    let work: Vec<F> = jobs.into_iter().collect();
    let n = work.len();
    let (tx, rx) = channel::<(usize, Outcome<T, E>)>();
    let mut i = 0usize;
    for f in work {
        let tx_i = tx.clone();
        let idx = i;
        std::thread::spawn(move || {
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let o: Outcome<T, E> = match r {
                Ok(inner) => inner.map_err(JobError::Failed),
                Err(payload) => {
                    let msg = match payload.downcast::<String>() {
                        Ok(s) => *s,
                        Err(p2) => match p2.downcast::<&'static str>() {
                            Ok(s) => s.to_string(),
                            Err(_) => String::from("unknown panic"),
                        },
                    };
                    Err(JobError::Panicked(msg))
                }
            };
            let _ = tx_i.send((idx, o));
        });
        i += 1;
    }
    drop(tx);

    let mut out: Vec<Option<Outcome<T, E>>> = Vec::with_capacity(n);
    out.resize_with(n, || None);
    let mut got = 0usize;
    loop {
        if got == n {
            break;
        }
        let now = Instant::now();
        if now >= t_end {
            break;
        }
        match rx.recv_timeout(t_end - now) {
            Ok((k, o)) => {
                out[k] = Some(o);
                got += 1;
            }
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let mut res = Vec::with_capacity(n);
    for k in 0..n {
        res.push(out[k].take().unwrap_or(Err(JobError::TimedOut)));
    }
    res
}
