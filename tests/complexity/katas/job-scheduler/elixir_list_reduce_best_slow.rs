// learner: slow
// idiom: elixir: queue as a plain list of %{job, not_before}; next is an Enum.reduce over the list keeping the best ready {priority, -id}
// why: misses next O(log n): every hand-out scans the whole queue (O(n)), so draining n jobs is O(n^2)
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
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

/// `base * 2^(attempts - 1)`, saturating at u64::MAX.
fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
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

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.queue.push(Queued { job, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // Enum.reduce over the list, keeping the index of the best ready job
        let mut best: Option<usize> = None;
        for (i, q) in self.queue.iter().enumerate() {
            if q.not_before > now {
                continue;
            }
            best = match best {
                Some(b) if (self.queue[b].job.priority, Reverse(self.queue[b].job.id))
                    >= (q.job.priority, Reverse(q.job.id)) => Some(b),
                _ => Some(i),
            };
        }
        let mut job = self.queue.swap_remove(best?).job;
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
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
            self.queue.push(Queued { job, not_before });
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
