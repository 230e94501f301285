// learner: optimal
// idiom: Ruby-style: BinaryHeap of (priority, Reverse(id)) plus a Reverse min-heap of backoffs, HashMap of jobs, Option chains and let-else
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
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
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((at, id))) = self.waiting.peek() {
            if at > now {
                break;
            }
            self.waiting.pop();
            let prio = self.jobs.get(&id).map(|j| j.priority)?;
            self.ready.push((prio, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        self.running.insert(id);
        self.jobs.get_mut(&id).map(|job| {
            job.attempts += 1;
            job.clone()
        })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running
            .remove(&id)
            .then(|| self.jobs.remove(&id))
            .is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs.get(&id)?.attempts;
        if attempts >= self.max_attempts {
            self.dead.extend(self.jobs.remove(&id));
            return Some(FailOutcome::DeadLettered);
        }
        let factor = 1u64.checked_shl(attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(factor));
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
