// learner: optimal
// idiom: Java-ish: BTreeMap<(Reverse(priority), id), Job> ready and BTreeMap<(not_before, id), Job> parked with pop_first, HashMap of running jobs, private helpers (promote, backoff_for) and Option combinators
//! Job scheduler with priorities, backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

pub type JobId = u64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BTreeMap<(Reverse<u32>, JobId), Job>,
    parked: BTreeMap<(u64, JobId), Job>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts,
            base_backoff,
            next_id: 0,
            ready: BTreeMap::new(),
            parked: BTreeMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    fn enqueue(&mut self, job: Job) {
        self.ready.insert((Reverse(job.priority), job.id), job);
    }

    fn promote(&mut self, now: u64) {
        while self.parked.first_key_value().map_or(false, |(&(t, _), _)| t <= now) {
            if let Some((_, job)) = self.parked.pop_first() {
                self.enqueue(job);
            }
        }
    }

    fn backoff_for(&self, attempt: u32) -> u64 {
        let exp = attempt.saturating_sub(1);
        let factor = 1u64.checked_shl(exp).unwrap_or(u64::MAX);
        self.base_backoff.saturating_mul(factor)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.enqueue(Job { id, name: name.to_owned(), priority, attempts: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote(now);
        let (_, mut job) = self.ready.pop_first()?;
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
        let not_before = now.saturating_add(self.backoff_for(job.attempts));
        self.parked.insert((not_before, job.id), job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.parked.len()
    }
}
