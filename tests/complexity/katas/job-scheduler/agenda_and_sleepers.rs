// learner: optimal
// idiom: Lisp Machine nostalgic: jobs travel as whole values between an agenda (heap of entries with a hand-written Ord), a timer wheel (BTreeMap keyed by wake time) and a running table; backoff by repeated doubling
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}

struct Agendum(Job);

impl PartialEq for Agendum {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Agendum {}
impl PartialOrd for Agendum {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Agendum {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.priority.cmp(&other.0.priority).then_with(|| other.0.id.cmp(&self.0.id))
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    gensym: JobId,
    agenda: BinaryHeap<Agendum>,
    sleepers: BTreeMap<(u64, JobId), Job>,
    running: HashMap<JobId, Job>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            gensym: 0,
            agenda: BinaryHeap::new(),
            sleepers: BTreeMap::new(),
            running: HashMap::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.gensym;
        self.gensym += 1;
        self.agenda.push(Agendum(Job { id, name: name.into(), priority, attempts: 0 }));
        id
    }

    fn wake(&mut self, now: u64) {
        while let Some(entry) = self.sleepers.first_entry() {
            if entry.key().0 > now {
                return;
            }
            self.agenda.push(Agendum(entry.remove()));
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake(now);
        let Agendum(mut job) = self.agenda.pop()?;
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    fn backoff(&self, k: u32) -> u64 {
        // double k-1 times; once saturated, it stays saturated
        (1..k).fold(self.base_backoff, |b, _| b.saturating_mul(2))
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.max_attempts {
            self.graveyard.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(self.backoff(job.attempts));
            self.sleepers.insert((not_before, id), job);
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.agenda.len() + self.sleepers.len()
    }
}
