// learner: slow
// why: Scheduler::submit and Scheduler::fail are O(n) time, target O(log n): a sorted Vec kept in order with binary search + insert shifts the tail on every insertion
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

use std::collections::BTreeMap;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Job>,        // arena, indexed by id
    running: Vec<bool>,
    ready: Vec<(u32, u64)>, // ascending (priority, Reverse-ish id): best at the END so pop() is O(1)
    later: BTreeMap<(u64, JobId), ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: Vec::new(),
            running: Vec::new(),
            ready: Vec::new(),
            later: BTreeMap::new(),
            dead: Vec::new(),
        }
    }

    fn enqueue(&mut self, id: JobId) {
        let key = (self.jobs[id as usize].priority, u64::MAX - id);
        let at = self.ready.partition_point(|k| *k < key);
        self.ready.insert(at, key);
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.running.push(false);
        self.enqueue(id);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some((&(t, id), _)) = self.later.iter().next() {
            if t > now {
                break;
            }
            self.later.remove(&(t, id));
            self.enqueue(id);
        }
        let (_, rid) = self.ready.pop()?;
        let id = u64::MAX - rid;
        self.running[id as usize] = true;
        let job = &mut self.jobs[id as usize];
        job.attempts += 1;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.running.len() && self.running[i] {
            self.running[i] = false;
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.running.len() || !self.running[i] {
            return None;
        }
        self.running[i] = false;
        let k = self.jobs[i].attempts;
        if k >= self.max_attempts {
            self.dead.push(self.jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let wait = if k - 1 >= 64 { u64::MAX } else { self.base_backoff.saturating_mul(1u64 << (k - 1)) };
        let wait = if self.base_backoff == 0 { 0 } else { wait };
        let not_before = now.saturating_add(wait);
        self.later.insert((not_before, id), ());
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.later.len()
    }
}
