// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): best_ready_index scans every queued job; its result is passed straight into hand_out
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

use std::collections::HashMap;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<(Job, u64)>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
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

    fn outranks(a: &Job, b: &Job) -> bool {
        a.priority > b.priority || (a.priority == b.priority && a.id < b.id)
    }

    fn best_ready_index(&self, now: u64) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (i, (job, not_before)) in self.queue.iter().enumerate() {
            if *not_before > now {
                continue;
            }
            if best.map_or(true, |b| Self::outranks(job, &self.queue[b].0)) {
                best = Some(i);
            }
        }
        best
    }

    fn hand_out(&mut self, idx: usize) -> Job {
        let (mut job, _) = self.queue.swap_remove(idx);
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        job
    }

    fn backoff_for(&self, attempts: u32) -> u64 {
        match (self.base_backoff, 1u64.checked_shl(attempts - 1)) {
            (0, _) => 0,
            (b, Some(f)) => b.saturating_mul(f),
            _ => u64::MAX,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push((Job { id, name: name.to_string(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        Some(self.hand_out(self.best_ready_index(now)?))
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
        let not_before = now.saturating_add(self.backoff_for(job.attempts));
        self.queue.push((job, not_before));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
