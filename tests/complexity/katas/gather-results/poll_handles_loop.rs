// learner: slow
// idiom: Visual FoxPro database developer: a DO WHILE polling loop like a timer event: every tick it SCANs the whole table of JoinHandles, joins the finished ones, then sleeps a millisecond until all are in or the deadline passes.
// why: gather is O(n * ticks) bookkeeping (every 1 ms tick rescans all n handles, and the loop burns CPU while waiting) vs the O(n) target with a blocking recv_timeout.
//! Run fallible jobs concurrently and gather every outcome, in input order.

use std::fmt;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

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

pub fn gather<T, E, F, I>(jobs: I, timeout: Duration) -> Vec<Result<T, JobError<E>>>
where
    I: IntoIterator<Item = F>,
    F: FnOnce() -> Result<T, E> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let lt_deadline = Instant::now() + timeout;
    let mut la_handles: Vec<Option<JoinHandle<Result<T, E>>>> =
        jobs.into_iter().map(|lo_job| Some(thread::spawn(lo_job))).collect();
    let mut la_results: Vec<Option<Result<T, JobError<E>>>> =
        (0..la_handles.len()).map(|_| None).collect();
    let mut ln_pending = la_handles.len();

    while ln_pending > 0 {
        // SCAN ALL
        for ln_recno in 0..la_handles.len() {
            let ll_done = match &la_handles[ln_recno] {
                Some(lo_handle) => lo_handle.is_finished(),
                None => false,
            };
            if ll_done {
                let lo_handle = la_handles[ln_recno].take().unwrap();
                let lv_row = match lo_handle.join() {
                    Ok(Ok(lv_value)) => Ok(lv_value),
                    Ok(Err(lv_err)) => Err(JobError::Failed(lv_err)),
                    Err(lo_payload) => {
                        let lc_msg = if let Some(lc) = lo_payload.downcast_ref::<&str>() {
                            lc.to_string()
                        } else if let Some(lc) = lo_payload.downcast_ref::<String>() {
                            lc.clone()
                        } else {
                            "unknown panic".to_string()
                        };
                        Err(JobError::Panicked(lc_msg))
                    }
                };
                la_results[ln_recno] = Some(lv_row);
                ln_pending -= 1;
            }
        }
        if ln_pending == 0 || Instant::now() >= lt_deadline {
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }

    la_results
        .into_iter()
        .map(|lv_row| lv_row.unwrap_or(Err(JobError::TimedOut)))
        .collect()
}
