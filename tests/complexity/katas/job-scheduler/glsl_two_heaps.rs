// learner: optimal
// idiom: GLSL: two std BinaryHeaps (ready by (priority, Reverse(id)), delayed by Reverse((not_before, id))), jobs in a HashMap, running ids in a HashSet
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

/// base * 2^(k-1), saturating, for the k-th failure (k >= 1)
fn backoff(base: u64, k: u32) -> u64 {
    let pow = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
    base.saturating_mul(pow)
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
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
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

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((t, id))) = self.delayed.peek() {
            if t > now {
                break;
            }
            self.delayed.pop();
            let prio = self.jobs[&id].priority;
            self.ready.push((prio, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id).expect("queued job");
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).expect("running job");
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
