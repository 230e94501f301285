// learner: optimal
// idiom: jobs in a Vec arena indexed by id (Option::take to move them out), running flags Vec<bool>, two BinaryHeaps of keys only, small private helpers, Option::filter on peek
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


fn backoff(base: u64, attempt: u32) -> u64 {
    let factor = 1u64.checked_shl(attempt - 1).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

use std::cmp::Reverse;
use std::collections::BinaryHeap;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Option<Job>>,
    running: Vec<bool>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            jobs: Vec::new(),
            running: Vec::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    fn slot(&mut self, id: JobId) -> Option<&mut Job> {
        self.jobs.get_mut(id as usize).and_then(Option::as_mut)
    }

    fn is_running(&self, id: JobId) -> bool {
        self.running.get(id as usize).copied().unwrap_or(false)
    }

    fn wake(&mut self, now: u64) {
        while let Some(Reverse((_, id))) = self.delayed.peek().copied().filter(|Reverse((t, _))| *t <= now) {
            self.delayed.pop();
            let priority = self.jobs[id as usize].as_ref().map(|j| j.priority).unwrap_or(0);
            self.ready.push((priority, Reverse(id)));
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Some(Job { id, name: name.to_owned(), priority, attempts: 0 }));
        self.running.push(false);
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        self.running[id as usize] = true;
        let job = self.slot(id)?;
        job.attempts += 1;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.running[id as usize] = false;
        self.jobs[id as usize] = None;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        self.running[id as usize] = false;
        let attempts = self.slot(id)?.attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs[id as usize].take()?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
