// learner: optimal
// idiom: elixir: two BinaryHeaps — ready ordered by {priority, Reverse(id)}, delayed by Reverse({not_before, id}) — plus a HashMap of jobs and a HashSet of running ids
// why: submit/fail are one heap push (O(log n)); next moves each due retry once (amortised O(log n)) then pops; complete is a HashSet/HashMap removal, O(1) expected
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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

/// `base * 2^(attempts - 1)`, saturating at u64::MAX.
fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((not_before, id))) = self.delayed.peek() {
            if not_before > now {
                break;
            }
            self.delayed.pop();
            let priority = self.jobs[&id].priority;
            self.ready.push((priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id) {
            self.jobs.remove(&id);
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
            self.delayed.push(Reverse((not_before, id)));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
