// learner: optimal
// idiom: defensive beginner: explicit matches, early returns, extra checks, mem::take for the dead-letter move
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let max_attempts = if max_attempts == 0 { 1 } else { max_attempts };
        Scheduler {
            max_attempts,
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.jobs.insert(id, job);
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let top = match self.waiting.peek() {
                Some(Reverse(t)) => *t,
                None => break,
            };
            if top.0 > now {
                break;
            }
            self.waiting.pop();
            let prio = match self.jobs.get(&top.1) {
                Some(job) => job.priority,
                None => continue,
            };
            self.ready.push((prio, Reverse(top.1)));
        }
        let id = match self.ready.pop() {
            Some((_, Reverse(id))) => id,
            None => return None,
        };
        let job = match self.jobs.get_mut(&id) {
            Some(job) => job,
            None => return None,
        };
        job.attempts += 1;
        let copy = job.clone();
        self.running.insert(id);
        Some(copy)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.contains(&id) {
            return false;
        }
        self.running.remove(&id);
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = match self.jobs.get(&id) {
            Some(job) => job.attempts,
            None => return None,
        };
        if attempts >= self.max_attempts {
            let job = match self.jobs.remove(&id) {
                Some(j) => j,
                None => return None,
            };
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = attempts - 1;
        let factor: u64 = if shift >= 64 { u64::MAX } else { 1u64 << shift };
        let wait = self.base_backoff.saturating_mul(factor);
        let wait = if shift >= 64 && self.base_backoff > 0 { u64::MAX } else if shift >= 64 { 0 } else { wait };
        let not_before = now.saturating_add(wait);
        self.waiting.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
