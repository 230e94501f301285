// learner: slow
// idiom: GLSL: keep the queue as a sorted array (worst job first, best at the back): binary-search the slot, Vec::insert shifts the tail, pop() from the back
// why: submit and fail insert into the middle of a sorted Vec, shifting up to n entries: O(n) per call, O(n^2) for n submits
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::collections::HashMap;

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
    jobs: Vec<Job>,
    // (priority, !id): ascending sort puts the best job last
    ready: Vec<(u32, u64)>,
    // (not_before, id), sorted descending so the earliest is last
    waiting: Vec<(u64, u64)>,
    running: HashMap<JobId, ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: Vec::new(),
            ready: Vec::new(),
            waiting: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    fn push_ready(&mut self, priority: u32, id: JobId) {
        let key = (priority, !id);
        let slot = self.ready.partition_point(|&k| k < key);
        self.ready.insert(slot, key);
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.push_ready(priority, id);
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&(t, id)) = self.waiting.last() {
            if t > now {
                break;
            }
            self.waiting.pop();
            let p = self.jobs[id as usize].priority;
            self.push_ready(p, id);
        }
        let (_, inv) = self.ready.pop()?;
        let id = !inv;
        let job = &mut self.jobs[id as usize];
        job.attempts += 1;
        self.running.insert(id, ());
        Some(job.clone())
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        self.running.remove(&id)?;
        let k = self.jobs[id as usize].attempts;
        if k >= self.max_attempts {
            self.dead.push(self.jobs[id as usize].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, k));
        // descending order: earliest (not_before, id) sits at the back
        let key = (not_before, id);
        let slot = self.waiting.partition_point(|&k| k > key);
        self.waiting.insert(slot, key);
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
