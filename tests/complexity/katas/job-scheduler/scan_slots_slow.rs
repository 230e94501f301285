// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): every hand-out sweeps the whole slot table for the best ready job
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

const Q: u8 = 1; // queued
const R: u8 = 2; // running
const X: u8 = 3; // finished / dead

pub struct Scheduler {
    max_att: u32,
    base: u64,
    jobs: Vec<Job>,
    st: Vec<u8>,
    due: Vec<u64>,
    nq: usize,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_att: max_attempts.max(1), base: base_backoff, jobs: Vec::new(), st: Vec::new(), due: Vec::new(), nq: 0, dead: Vec::new() }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as u64;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.st.push(Q);
        self.due.push(0);
        self.nq += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best = usize::MAX;
        let mut i = 0;
        while i < self.jobs.len() {
            if self.st[i] == Q && self.due[i] <= now {
                if best == usize::MAX || self.jobs[i].priority > self.jobs[best].priority {
                    best = i;
                }
            }
            i += 1;
        }
        if best == usize::MAX {
            return None;
        }
        self.st[best] = R;
        self.nq -= 1;
        self.jobs[best].attempts += 1;
        Some(self.jobs[best].clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.st.len() && self.st[i] == R {
            self.st[i] = X;
            return true;
        }
        false
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.st.len() || self.st[i] != R {
            return None;
        }
        let k = self.jobs[i].attempts;
        if k >= self.max_att {
            self.st[i] = X;
            self.dead.push(self.jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let mut wait = self.base;
        let mut s = 1;
        while s < k && wait != u64::MAX {
            wait = wait.saturating_mul(2);
            s += 1;
        }
        let t = now.saturating_add(wait);
        self.due[i] = t;
        self.st[i] = Q;
        self.nq += 1;
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.nq
    }
}
