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

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    /// Every queued or running job, by id.
    jobs: HashMap<JobId, Job>,
    /// Jobs that may run now: highest priority first, then lowest id.
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    /// Jobs backing off: earliest `not_before` first.
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    /// Ids of jobs currently handed out.
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (at least once).
    /// After its k-th failed attempt it waits `base_backoff * 2^(k-1)`.
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

    /// Queues a new job, ready at once. O(log n).
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    /// Hands out the best job that may run at `now`: highest priority, and
    /// among equals the earliest submitted. O(log n) amortised: each
    /// backing-off job moves to the ready heap once per attempt.
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
        let job = self.jobs.get_mut(&id).expect("queued jobs are known");
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    /// Marks a running job as done. False if `id` is not running. O(1).
    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    /// Reports that a running job failed at `now`: it is re-queued with a
    /// backoff, or dead-lettered once it has used all its attempts. None if
    /// `id` is not running. O(log n).
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).expect("running jobs are known");
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let factor = 1u64.checked_shl(attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(factor));
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
