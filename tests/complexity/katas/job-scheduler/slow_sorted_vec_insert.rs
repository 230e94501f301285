// learner: slow
// why: Scheduler::submit is O(n) time, target O(log n): keeps the ready queue as a sorted Vec (best job last, popped in O(1)) and inserts each job at its binary-searched place, shifting the tail
//! Job scheduler with priorities, backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

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
    counter: u64,
    // ascending by (priority, Reverse(id)): the best job is at the end
    ready: Vec<((u32, Reverse<u64>), Job)>,
    delayed: BinaryHeap<Reverse<(u64, u64)>>,
    delayed_jobs: HashMap<u64, Job>,
    running: HashMap<u64, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts,
            base_backoff,
            counter: 0,
            ready: Vec::new(),
            delayed: BinaryHeap::new(),
            delayed_jobs: HashMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    fn push_ready(&mut self, job: Job) {
        let key = (job.priority, Reverse(job.id));
        let at = self.ready.partition_point(|(k, _)| *k < key);
        self.ready.insert(at, (key, job));
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.push_ready(Job { id, name: name.to_string(), priority, attempts: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(Reverse((t, id))) = self.delayed.peek().copied() {
            if t > now {
                break;
            }
            self.delayed.pop();
            if let Some(job) = self.delayed_jobs.remove(&id) {
                self.push_ready(job);
            }
        }
        let (_, mut job) = self.ready.pop()?;
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
        let shift = job.attempts - 1;
        let mult = if shift >= 64 { u64::MAX } else { 1u64 << shift };
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
        self.delayed.push(Reverse((not_before, id)));
        self.delayed_jobs.insert(id, job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed_jobs.len()
    }
}
