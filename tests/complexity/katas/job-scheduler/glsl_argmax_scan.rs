// learner: slow
// idiom: GLSL: one flat array of queued jobs, next() does a branch-free argmax reduction over every lane
// why: next scans every queued job for the best one: O(n) per hand-out, draining n jobs is O(n^2)
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

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<Queued>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            queue: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        // argmax over lanes of the packed score (priority, !id), only eligible lanes count
        let mut best_lane = usize::MAX;
        let mut best_score: u128 = 0;
        for lane in 0..self.queue.len() {
            let q = &self.queue[lane];
            let eligible = (q.not_before <= now) as u128;
            let score = eligible * ((((q.job.priority as u128) << 64) | (!q.job.id) as u128) + 1);
            if score > best_score {
                best_score = score;
                best_lane = lane;
            }
        }
        if best_lane == usize::MAX {
            return None;
        }
        let mut job = self.queue.swap_remove(best_lane).job;
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.queue.push(Queued { job, not_before });
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
