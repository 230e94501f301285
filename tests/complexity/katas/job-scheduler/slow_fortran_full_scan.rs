// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): a do-loop over every job ever submitted to find the best due one
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

pub struct Scheduler {
    maxatt: u32,
    base: u64,
    nm: Vec<String>,
    pr: Vec<u32>,
    at: Vec<u32>,
    nb: Vec<u64>,
    st: Vec<u8>, // 0 queued, 1 running, 2 finished/dead
    nq: usize,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            maxatt: if max_attempts < 1 { 1 } else { max_attempts },
            base: base_backoff,
            nm: Vec::new(),
            pr: Vec::new(),
            at: Vec::new(),
            nb: Vec::new(),
            st: Vec::new(),
            nq: 0,
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.nm.len();
        self.nm.push(name.to_string());
        self.pr.push(priority);
        self.at.push(0);
        self.nb.push(0);
        self.st.push(0);
        self.nq += 1;
        id as JobId
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let n = self.st.len();
        let mut best = n;
        for i in 0..n {
            if self.st[i] != 0 || self.nb[i] > now {
                continue;
            }
            if best == n || self.pr[i] > self.pr[best] {
                best = i;
            }
        }
        if best == n {
            return None;
        }
        self.st[best] = 1;
        self.at[best] += 1;
        self.nq -= 1;
        Some(Job { id: best as JobId, name: self.nm[best].clone(), priority: self.pr[best], attempts: self.at[best] })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.st.len() && self.st[i] == 1 {
            self.st[i] = 2;
            return true;
        }
        false
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.st.len() || self.st[i] != 1 {
            return None;
        }
        let k = self.at[i];
        if k >= self.maxatt {
            self.st[i] = 2;
            self.dead.push(Job { id, name: self.nm[i].clone(), priority: self.pr[i], attempts: k });
            return Some(FailOutcome::DeadLettered);
        }
        let mut w: u64 = self.base;
        for _ in 1..k {
            w = w.saturating_mul(2);
        }
        self.nb[i] = now.saturating_add(w);
        self.st[i] = 0;
        self.nq += 1;
        Some(FailOutcome::Retry { not_before: self.nb[i] })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.nq
    }
}
