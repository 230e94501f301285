// learner: optimal
// idiom: Erlang veteran: ordered sets as gb_sets (BTreeSet of {Reverse(prio), id} and {not_before, id}), jobs in a map like an ETS table, running set, small helper fns
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
use std::collections::{BTreeSet, HashMap, HashSet};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    seq: JobId,
    table: HashMap<JobId, Job>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    sleeping: BTreeSet<(u64, JobId)>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            seq: 0,
            table: HashMap::new(),
            ready: BTreeSet::new(),
            sleeping: BTreeSet::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.seq;
        self.seq += 1;
        self.table.insert(id, Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.ready.insert((Reverse(priority), id));
        id
    }

    /// Moves every sleeper whose time has come into the ready set.
    fn tick(&mut self, now: u64) {
        while let Some(&(at, id)) = self.sleeping.first() {
            if at > now {
                return;
            }
            self.sleeping.pop_first();
            let prio = self.table[&id].priority;
            self.ready.insert((Reverse(prio), id));
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.tick(now);
        let (_, id) = self.ready.pop_first()?;
        let job = self.table.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id) && self.table.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.table.get(&id)?.attempts;
        if attempts >= self.max_attempts {
            let job = self.table.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let pow = 1u64.checked_shl(attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(pow));
        self.sleeping.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
