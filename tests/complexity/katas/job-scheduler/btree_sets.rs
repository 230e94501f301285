// learner: optimal
// idiom: BTreeSet<(Reverse(priority), id)> as ordered ready set with pop_first, BTreeMap<(time, id), ()> for backoff, Vec<bool> running flags indexed by id
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
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Job>,
    running: Vec<bool>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    waiting: BTreeMap<(u64, JobId), ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: Vec::new(),
            running: Vec::new(),
            ready: BTreeSet::new(),
            waiting: BTreeMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.running.push(false);
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some((&(when, id), _)) = self.waiting.first_key_value() {
            if when > now {
                break;
            }
            self.waiting.pop_first();
            self.ready.insert((Reverse(self.jobs[id as usize].priority), id));
        }
        let (_, id) = self.ready.pop_first()?;
        let job = &mut self.jobs[id as usize];
        job.attempts += 1;
        self.running[id as usize] = true;
        Some(job.clone())
    }

    fn take_running(&mut self, id: JobId) -> bool {
        match self.running.get_mut(id as usize) {
            Some(r) if *r => {
                *r = false;
                true
            }
            _ => false,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.take_running(id)
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.take_running(id) {
            return None;
        }
        let k = self.jobs[id as usize].attempts;
        if k >= self.max_attempts {
            self.dead.push(self.jobs[id as usize].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let backoff = match 1u64.checked_shl(k - 1) {
            Some(mult) => self.base_backoff.saturating_mul(mult),
            None if self.base_backoff == 0 => 0,
            None => u64::MAX,
        };
        let not_before = now.saturating_add(backoff);
        self.waiting.insert((not_before, id), ());
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
