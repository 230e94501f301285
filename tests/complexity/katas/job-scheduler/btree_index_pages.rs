// learner: optimal
// idiom: two BTreeSet "indexes" (ready key, wake-up key) with pop_first, records in a Vec<Option<Record>> page keyed by id, Phase enum, if-heavy
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::BTreeSet;

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Queued,
    Running,
}

struct Record {
    job: Job,
    phase: Phase,
}

pub struct Scheduler {
    /// Record page, one entry per id ever submitted; None once retired.
    page: Vec<Option<Record>>,
    /// Ready index: smallest key = highest priority, then lowest id.
    ready_ix: BTreeSet<(Reverse<u32>, JobId)>,
    /// Wake-up index: (not_before, id).
    wake_ix: BTreeSet<(u64, JobId)>,
    dlq: Vec<Job>,
    max_attempts: u32,
    base_backoff: u64,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let max_attempts = if max_attempts == 0 { 1 } else { max_attempts };
        Scheduler {
            page: Vec::new(),
            ready_ix: BTreeSet::new(),
            wake_ix: BTreeSet::new(),
            dlq: Vec::new(),
            max_attempts,
            base_backoff,
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.page.len() as JobId;
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.page.push(Some(Record { job, phase: Phase::Queued }));
        self.ready_ix.insert((Reverse(priority), id));
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let due = match self.wake_ix.first() {
                Some(&(t, id)) if t <= now => id,
                _ => break,
            };
            self.wake_ix.pop_first();
            let prio = match &self.page[due as usize] {
                Some(rec) => rec.job.priority,
                None => continue,
            };
            self.ready_ix.insert((Reverse(prio), due));
        }
        let (_, id) = self.ready_ix.pop_first()?;
        let rec = self.page[id as usize].as_mut()?;
        rec.phase = Phase::Running;
        rec.job.attempts += 1;
        Some(rec.job.clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        if id >= self.page.len() as u64 {
            return false;
        }
        if let Some(rec) = &self.page[id as usize] {
            rec.phase == Phase::Running
        } else {
            false
        }
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.page[id as usize] = None;
        true
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let attempts = self.page[id as usize].as_ref()?.job.attempts;
        if attempts >= self.max_attempts {
            let rec = self.page[id as usize].take()?;
            self.dlq.push(rec.job);
            return Some(FailOutcome::DeadLettered);
        }
        let mut wait = u64::MAX;
        if attempts - 1 < 64 {
            wait = self.base_backoff.saturating_mul(1u64 << (attempts - 1));
        } else if self.base_backoff == 0 {
            wait = 0;
        }
        let not_before = now.saturating_add(wait);
        if let Some(rec) = self.page[id as usize].as_mut() {
            rec.phase = Phase::Queued;
        }
        self.wake_ix.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dlq
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready_ix.len() + self.wake_ix.len()
    }
}
