// learner: optimal
// idiom: Raku-flavoured ordered sets: BTreeSet<(Reverse<prio>, id)> with pop_first, BTreeSet of (wake, id) drained via split_off-free while-let, match on fail outcome
//! Priority job queue with retries.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

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
    tries: u32,
    base: u64,
    seq: JobId,
    queued: HashMap<JobId, Job>,
    in_flight: HashMap<JobId, Job>,
    runnable: BTreeSet<(Reverse<u32>, JobId)>,
    sleeping: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            tries: max_attempts.max(1),
            base: base_backoff,
            seq: 0,
            queued: HashMap::new(),
            in_flight: HashMap::new(),
            runnable: BTreeSet::new(),
            sleeping: BTreeSet::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.seq;
        self.seq += 1;
        self.runnable.insert((Reverse(priority), id));
        self.queued.insert(id, Job { id, name: name.into(), priority, attempts: 0 });
        id
    }

    fn wake(&mut self, now: u64) {
        while let Some(&(when, id)) = self.sleeping.first() {
            if when > now {
                return;
            }
            self.sleeping.pop_first();
            let prio = self.queued[&id].priority;
            self.runnable.insert((Reverse(prio), id));
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake(now);
        let (_, id) = self.runnable.pop_first()?;
        let mut job = self.queued.remove(&id)?;
        job.attempts += 1;
        self.in_flight.insert(id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.in_flight.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.in_flight.remove(&id)?;
        Some(match job.attempts {
            k if k >= self.tries => {
                self.graveyard.push(job);
                FailOutcome::DeadLettered
            }
            k => {
                let pow = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
                let not_before = now.saturating_add(self.base.saturating_mul(pow));
                self.sleeping.insert((not_before, id));
                self.queued.insert(id, job);
                FailOutcome::Retry { not_before }
            }
        })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.queued.len()
    }
}
