// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): scans the whole job table for the best ready job on every hand-out
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

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

const ST_QUEUED: u8 = 0;
const ST_RUNNING: u8 = 1;
const ST_GONE: u8 = 2;

pub struct Scheduler {
    max_att: u32,
    base: u64,
    jobs: Vec<Job>,
    state: Vec<u8>,
    when: Vec<u64>,
    queued: usize,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_att: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            jobs: Vec::new(),
            state: Vec::new(),
            when: Vec::new(),
            queued: 0,
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.state.push(ST_QUEUED);
        self.when.push(0);
        self.queued += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: usize = usize::MAX;
        for i in 0..self.jobs.len() {
            if self.state[i] != ST_QUEUED || self.when[i] > now {
                continue;
            }
            // strictly greater priority wins; ties keep the lower index (earlier submit)
            if best == usize::MAX || self.jobs[i].priority > self.jobs[best].priority {
                best = i;
            }
        }
        if best == usize::MAX {
            return None;
        }
        self.state[best] = ST_RUNNING;
        self.queued -= 1;
        self.jobs[best].attempts += 1;
        Some(self.jobs[best].clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != ST_RUNNING {
            return false;
        }
        self.state[i] = ST_GONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != ST_RUNNING {
            return None;
        }
        let k = self.jobs[i].attempts;
        if k >= self.max_att {
            self.state[i] = ST_GONE;
            self.dead.push(self.jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let mult = if k - 1 >= 64 { u64::MAX } else { 1u64 << (k - 1) };
        let t = now.saturating_add(self.base.saturating_mul(mult));
        self.when[i] = t;
        self.state[i] = ST_QUEUED;
        self.queued += 1;
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queued
    }
}
