// learner: optimal
// idiom: Kotlin-style data classes with derived Ord for heap entries, HashMap registry + HashSet of running ids, extension fn for backoff
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

/// Ready entry: ordered by priority, then earlier id first (field order drives derived Ord).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ReadyEntry {
    priority: u32,
    order: Reverse<JobId>,
}

/// Delayed entry: earliest `not_before` first once wrapped in Reverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct DelayedEntry {
    not_before: u64,
    id: JobId,
}

trait BackoffExt {
    fn backoff_after(self, attempt: u32) -> u64;
}

impl BackoffExt for u64 {
    /// base * 2^(attempt - 1), saturating.
    fn backoff_after(self, attempt: u32) -> u64 {
        let factor = 1u64.checked_shl(attempt.saturating_sub(1)).unwrap_or(u64::MAX);
        self.saturating_mul(factor)
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<ReadyEntry>,
    delayed: BinaryHeap<Reverse<DelayedEntry>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
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

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push(ReadyEntry { priority, order: Reverse(id) });
        id
    }

    fn promote_due(&mut self, now: u64) {
        while let Some(Reverse(top)) = self.delayed.peek() {
            if top.not_before > now {
                break;
            }
            let DelayedEntry { id, .. } = *top;
            self.delayed.pop();
            let priority = self.jobs[&id].priority;
            self.ready.push(ReadyEntry { priority, order: Reverse(id) });
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote_due(now);
        let ReadyEntry { order: Reverse(id), .. } = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs.get(&id)?.attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.base_backoff.backoff_after(attempts));
        self.delayed.push(Reverse(DelayedEntry { not_before, id }));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
