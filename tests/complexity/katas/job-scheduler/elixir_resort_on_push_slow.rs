// learner: slow
// idiom: elixir: keep the queue as a sorted list — push then Enum.sort_by on every submit/fail, next takes the first entry that is due
// why: misses submit/fail O(log n) (a full sort per call, O(n log n)) and next O(log n) (a linear walk past backing-off jobs plus Vec::remove shifting, O(n))
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

/// `base * 2^(attempts - 1)`, saturating at u64::MAX.
fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    // (job, not_before), best first
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

    fn resort(&mut self) {
        self.queue
            .sort_by(|(a, _), (b, _)| b.priority.cmp(&a.priority).then(a.id.cmp(&b.id)));
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push((Job { id, name: name.to_string(), priority, attempts: 0 }, 0));
        self.resort();
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut found = None;
        for (i, (_, not_before)) in self.queue.iter().enumerate() {
            if *not_before <= now {
                found = Some(i);
                break;
            }
        }
        let (mut job, _) = self.queue.remove(found?);
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
        self.queue.push((job, not_before));
        self.resort();
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
