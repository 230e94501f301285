// learner: optimal
// idiom: competitive: the job data travels inside the heap tuples (no job table for queued jobs), running jobs in a HashMap, checked_shl for the backoff, terse names
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    /// Larger runs first.
    pub priority: u32,
    /// How many times the job has been handed out, this time included.
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    /// Re-queued; it will not be handed out before this time.
    Retry { not_before: u64 },
    /// Out of attempts: moved to the dead-letter queue.
    DeadLettered,
}

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

type R = (u32, Reverse<JobId>, u32, String);

pub struct Scheduler {
    m: u32,
    b: u64,
    id: JobId,
    rd: BinaryHeap<R>,
    wt: BinaryHeap<Reverse<(u64, JobId, u32, u32, String)>>,
    run: HashMap<JobId, Job>,
    dl: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { m: max_attempts.max(1), b: base_backoff, id: 0, rd: BinaryHeap::new(), wt: BinaryHeap::new(), run: HashMap::new(), dl: vec![] }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        self.id += 1;
        self.rd.push((priority, Reverse(self.id - 1), 0, name.to_string()));
        self.id - 1
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while self.wt.peek().map_or(false, |Reverse(w)| w.0 <= now) {
            let Reverse((_, i, p, a, s)) = self.wt.pop().unwrap();
            self.rd.push((p, Reverse(i), a, s));
        }
        let (p, Reverse(i), a, s) = self.rd.pop()?;
        let j = Job { id: i, name: s, priority: p, attempts: a + 1 };
        self.run.insert(i, j.clone());
        Some(j)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.run.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let j = self.run.remove(&id)?;
        if j.attempts >= self.m {
            self.dl.push(j);
            return Some(FailOutcome::DeadLettered);
        }
        let f = 1u64.checked_shl(j.attempts - 1).unwrap_or(u64::MAX);
        let t = now.saturating_add(if self.b == 0 { 0 } else { self.b.saturating_mul(f) });
        self.wt.push(Reverse((t, j.id, j.priority, j.attempts, j.name)));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dl
    }

    pub fn pending(&self) -> usize {
        self.rd.len() + self.wt.len()
    }
}
