// learner: optimal
// idiom: Bash scripter: the job itself travels through the queues inside small wrapper structs with hand-written Ord impls (ready: priority then id; sleeping: wake time), running jobs parked in a HashMap
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

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

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

struct Ready(Job);

impl PartialEq for Ready {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ready {}
impl PartialOrd for Ready {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ready {
    // max-heap: higher priority wins, then the smaller (older) id
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.priority.cmp(&other.0.priority).then(other.0.id.cmp(&self.0.id))
    }
}

struct Sleeping {
    wake: u64,
    job: Job,
}

impl PartialEq for Sleeping {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Sleeping {}
impl PartialOrd for Sleeping {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Sleeping {
    // max-heap turned into min-heap on wake time
    fn cmp(&self, other: &Self) -> Ordering {
        other.wake.cmp(&self.wake).then(other.job.id.cmp(&self.job.id))
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BinaryHeap<Ready>,
    sleeping: BinaryHeap<Sleeping>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut max = max_attempts;
        if max == 0 {
            max = 1;
        }
        Scheduler {
            max_attempts: max,
            base_backoff,
            next_id: 0,
            ready: BinaryHeap::new(),
            sleeping: BinaryHeap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.ready.push(Ready(Job { id, name: name.to_string(), priority, attempts: 0 }));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.sleeping.peek() {
                Some(s) if s.wake <= now => {
                    let s = self.sleeping.pop().unwrap();
                    self.ready.push(Ready(s.job));
                }
                _ => break,
            }
        }
        let Ready(mut job) = self.ready.pop()?;
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
        // base * 2^(attempts-1), doubling with saturation
        let mut wait = self.base_backoff;
        let mut k = 1;
        while k < job.attempts && wait != u64::MAX && wait != 0 {
            wait = wait.saturating_mul(2);
            k += 1;
        }
        let wake = now.saturating_add(wait);
        self.sleeping.push(Sleeping { wake, job });
        Some(FailOutcome::Retry { not_before: wake })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
