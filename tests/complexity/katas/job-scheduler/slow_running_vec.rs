// learner: slow
// why: Scheduler::complete is O(r) time, target O(1) (and fail O(r), target O(log n)): running jobs sit in a Vec that complete retain()s and fail walks by index
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
use std::collections::{BinaryHeap, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    count: u64,
    store: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    later: BinaryHeap<Reverse<(u64, JobId)>>,
    running: Vec<Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base: base_backoff,
            count: 0,
            store: HashMap::new(),
            ready: BinaryHeap::new(),
            later: BinaryHeap::new(),
            running: Vec::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.count;
        self.count += 1;
        self.store.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.later.peek() {
                Some(&Reverse((t, id))) if t <= now => {
                    self.later.pop();
                    let p = self.store[&id].priority;
                    self.ready.push((p, Reverse(id)));
                }
                _ => break,
            }
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let mut job = self.store.remove(&id)?;
        job.attempts += 1;
        self.running.push(job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let before = self.running.len();
        self.running.retain(|j| j.id != id);
        self.running.len() != before
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let mut found = None;
        for i in 0..self.running.len() {
            if self.running[i].id == id {
                found = Some(i);
                break;
            }
        }
        let job = self.running.swap_remove(found?);
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base, job.attempts));
        self.later.push(Reverse((not_before, id)));
        self.store.insert(id, job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.store.len()
    }
}
