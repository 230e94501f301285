// learner: optimal
// idiom: BTreeMap<(Reverse(priority), id), Job> as the ready queue with pop_first, BinaryHeap<Reverse<(time, id)>> of parked ids, HashMaps for parked and running bodies, while-let promotion with peek guard
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
use std::collections::{BTreeMap, BinaryHeap, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BTreeMap<(Reverse<u32>, JobId), Job>,
    wake_ups: BinaryHeap<Reverse<(u64, JobId)>>,
    parked: HashMap<JobId, Job>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            ready: BTreeMap::new(),
            wake_ups: BinaryHeap::new(),
            parked: HashMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.ready.insert((Reverse(priority), id), job);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((at, id))) = self.wake_ups.peek() {
            if at > now {
                break;
            }
            self.wake_ups.pop();
            if let Some(job) = self.parked.remove(&id) {
                self.ready.insert((Reverse(job.priority), id), job);
            }
        }
        let (_, mut job) = self.ready.pop_first()?;
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.wake_ups.push(Reverse((not_before, id)));
        self.parked.insert(id, job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.parked.len()
    }
}
