// learner: optimal
// idiom: BTreeSet as ordered queues (pop_first), Vec<Option<Job>> slots indexed by id, match-heavy
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

use std::cmp::Reverse;
use std::collections::BTreeSet;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Where {
    Queued,
    Running,
    Done,
}

pub struct Scheduler {
    limit: u32,
    base: u64,
    slots: Vec<(Job, Where)>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    waiting: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
    queued: usize,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            slots: Vec::new(),
            ready: BTreeSet::new(),
            waiting: BTreeSet::new(),
            graveyard: Vec::new(),
            queued: 0,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.slots.len() as JobId;
        let job = Job { id, name: name.to_owned(), priority, attempts: 0 };
        self.slots.push((job, Where::Queued));
        self.ready.insert((Reverse(priority), id));
        self.queued += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.waiting.first() {
                Some(&(at, id)) if at <= now => {
                    self.waiting.pop_first();
                    let p = self.slots[id as usize].0.priority;
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        match self.ready.pop_first() {
            None => None,
            Some((_, id)) => {
                let (job, place) = &mut self.slots[id as usize];
                job.attempts += 1;
                *place = Where::Running;
                self.queued -= 1;
                Some(job.clone())
            }
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.slots.get_mut(id as usize) {
            Some((_, place @ Where::Running)) => {
                *place = Where::Done;
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let limit = self.limit;
        let base = self.base;
        let (job, place) = match self.slots.get_mut(id as usize) {
            Some((job, place)) if *place == Where::Running => (job, place),
            _ => return None,
        };
        match job.attempts {
            k if k >= limit => {
                *place = Where::Done;
                self.graveyard.push(job.clone());
                Some(FailOutcome::DeadLettered)
            }
            k => {
                let wait = match (base, 1u64.checked_shl(k - 1)) {
                    (0, _) => 0,
                    (b, Some(f)) => b.checked_mul(f).unwrap_or(u64::MAX),
                    (_, None) => u64::MAX,
                };
                let not_before = now.saturating_add(wait);
                *place = Where::Queued;
                self.waiting.insert((not_before, id));
                self.queued += 1;
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.queued
    }
}
