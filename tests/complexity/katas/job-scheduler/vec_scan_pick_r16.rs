// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): keeps every queued job in one Vec and scans it with an index loop for the best ready job
//! Priority job queue with retries.

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
        self.queue.push(Queued {
            job: Job { id, name: name.to_string(), priority, attempts: 0 },
            not_before: 0,
        });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for i in 0..self.queue.len() {
            let q = &self.queue[i];
            if q.not_before > now {
                continue;
            }
            best = match best {
                None => Some(i),
                Some(b) => {
                    let cur = &self.queue[b].job;
                    if q.job.priority > cur.priority
                        || (q.job.priority == cur.priority && q.job.id < cur.id)
                    {
                        Some(i)
                    } else {
                        Some(b)
                    }
                }
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
            return Some(FailOutcome::DeadLettered);
        }
        let mult = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
        self.queue.push(Queued { job, not_before });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
