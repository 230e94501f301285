// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): every hand-out walks the whole Vec of queued jobs in a for loop to find the best ready one, then Vec::remove shifts the tail
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

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    queue: Vec<Queued>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
    counter: JobId,
    max_attempts: u32,
    base_backoff: u64,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            queue: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
            counter: 0,
            max_attempts: std::cmp::max(1, max_attempts),
            base_backoff,
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for (i, q) in self.queue.iter().enumerate() {
            if q.not_before > now {
                continue; // still backing off
            }
            let better = match best {
                None => true,
                Some(b) => {
                    let cur = &self.queue[b].job;
                    q.job.priority > cur.priority || (q.job.priority == cur.priority && q.job.id < cur.id)
                }
            };
            if better {
                best = Some(i);
            }
        }
        let Queued { mut job, .. } = self.queue.remove(best?);
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
        let mult = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
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
