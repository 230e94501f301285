// learner: optimal
// idiom: perf programmer; ordered sets instead of heaps: BTreeSet<(Reverse<u32>, u64)> for ready (first() is the best job) and BTreeSet<(u64, u64)> for back-off, pop_first loops, HashMap of jobs with a running flag
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

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


struct Entry {
    job: Job,
    running: bool,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: u64,
    table: HashMap<JobId, Entry>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backoff: BTreeSet<(u64, JobId)>,
    dlq: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            counter: 0,
            table: HashMap::new(),
            ready: BTreeSet::new(),
            backoff: BTreeSet::new(),
            dlq: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.ready.insert((Reverse(priority), id));
        self.table.insert(id, Entry { job: Job { id, name: name.to_owned(), priority, attempts: 0 }, running: false });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.backoff.first() {
                Some(&(t, id)) if t <= now => {
                    self.backoff.pop_first();
                    let prio = self.table[&id].job.priority;
                    self.ready.insert((Reverse(prio), id));
                }
                _ => break,
            }
        }
        let (_, id) = self.ready.pop_first()?;
        let e = self.table.get_mut(&id)?;
        e.running = true;
        e.job.attempts += 1;
        Some(e.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.table.get(&id) {
            Some(e) if e.running => {
                self.table.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let e = self.table.get_mut(&id)?;
        if !e.running {
            return None;
        }
        e.running = false;
        let k = e.job.attempts;
        if k >= self.max_attempts {
            let dead = self.table.remove(&id)?;
            self.dlq.push(dead.job);
            return Some(FailOutcome::DeadLettered);
        }
        let mult = if k - 1 >= 64 { u64::MAX } else { 1u64 << (k - 1) };
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
        self.backoff.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dlq
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backoff.len()
    }
}
