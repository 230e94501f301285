// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): walks every queued job with a hand-written best-so-far loop
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


fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    queue: Vec<(Job, u64)>, // (job, not_before)
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
    ids: JobId,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_attempts: max_attempts.max(1), base: base_backoff, queue: Vec::new(), running: HashMap::new(), dead: Vec::new(), ids: 0 }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.ids;
        self.ids += 1;
        self.queue.push((Job { id, name: name.to_string(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for i in 0..self.queue.len() {
            let (job, t) = &self.queue[i];
            if *t > now {
                continue;
            }
            if let Some(b) = best {
                let cur = &self.queue[b].0;
                if job.priority < cur.priority {
                    continue;
                }
                if job.priority == cur.priority && job.id > cur.id {
                    continue;
                }
            }
            best = Some(i);
        }
        let (mut job, _) = self.queue.swap_remove(best?);
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
        let t = now.saturating_add(backoff(self.base, job.attempts));
        self.queue.push((job, t));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
