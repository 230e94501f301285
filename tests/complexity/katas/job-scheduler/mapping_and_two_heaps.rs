// learner: optimal
// idiom: Solidity smart-contract developer: storage mappings (jobs by id, running set), two BinaryHeaps of plain tuples as "queues", require-style early returns, backoff computed with saturating math like SafeMath
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.
#![allow(non_snake_case)]
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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
    maxAttempts: u32,
    baseBackoff: u64,
    nextId: JobId,
    /// mapping(uint => Job) jobs
    jobs: HashMap<JobId, Job>,
    /// mapping(uint => bool) isRunning
    running: HashSet<JobId>,
    /// max-heap on (priority, earliest id)
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    /// min-heap on (notBefore, id)
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    deadLetters: Vec<Job>,
}

impl Scheduler {
    /// @param max_attempts 0 counts as 1
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            maxAttempts: max_attempts.max(1),
            baseBackoff: base_backoff,
            nextId: 0,
            jobs: HashMap::new(),
            running: HashSet::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            deadLetters: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.nextId;
        self.nextId += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // release every job whose backoff is over
        while let Some(&Reverse((notBefore, id))) = self.waiting.peek() {
            if notBefore > now {
                break;
            }
            self.waiting.pop();
            let priority = self.jobs[&id].priority;
            self.ready.push((priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false; // revert NotRunning()
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.maxAttempts {
            let job = self.jobs.remove(&id)?;
            self.deadLetters.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let factor: u64 = 1u64.checked_shl(attempts - 1).unwrap_or(u64::MAX);
        let delay = self.baseBackoff.saturating_mul(factor);
        let notBefore = now.saturating_add(delay);
        self.waiting.push(Reverse((notBefore, id)));
        Some(FailOutcome::Retry { not_before: notBefore })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.deadLetters
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
