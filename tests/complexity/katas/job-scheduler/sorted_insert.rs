// learner: slow
// why: Scheduler::submit is O(n) time, target O(log n): keeps the ready queue as a sorted Vec and inserts at the binary-searched position, shifting the tail
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

use std::collections::{BTreeMap, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: u64,
    // sorted ascending by (priority, Reverse(id)); the best job is at the end
    ready: Vec<Job>,
    // not_before -> ids waiting, in id order
    sleeping: BTreeMap<(u64, u64), Job>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            counter: 0,
            ready: Vec::new(),
            sleeping: BTreeMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    fn enqueue(&mut self, job: Job) {
        let key = |j: &Job| (j.priority, std::cmp::Reverse(j.id));
        let pos = self.ready.partition_point(|j| key(j) < key(&job));
        self.ready.insert(pos, job);
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.enqueue(Job { id, name: name.to_string(), priority, attempts: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(entry) = self.sleeping.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let job = entry.remove();
            self.enqueue(job);
        }
        let mut job = self.ready.pop()?;
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
        let delay = match 1u64.checked_shl(job.attempts - 1) {
            Some(f) => self.base_backoff.saturating_mul(f),
            None => u64::MAX,
        };
        let not_before = now.saturating_add(delay);
        self.sleeping.insert((not_before, job.id), job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
