// learner: optimal
// idiom: jobs live inside heap entries with a hand-written Ord; running jobs in a HashMap taken out on complete/fail
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
        self.0.id == other.0.id
    }
}
impl Eq for Ready {}
impl PartialOrd for Ready {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ready {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .priority
            .cmp(&other.0.priority)
            .then_with(|| other.0.id.cmp(&self.0.id))
    }
}

struct Waiting {
    not_before: u64,
    job: Job,
}

impl PartialEq for Waiting {
    fn eq(&self, other: &Self) -> bool {
        self.not_before == other.not_before && self.job.id == other.job.id
    }
}
impl Eq for Waiting {}
impl PartialOrd for Waiting {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Waiting {
    // reversed: the earliest not_before is the "largest"
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .not_before
            .cmp(&self.not_before)
            .then_with(|| other.job.id.cmp(&self.job.id))
    }
}

pub struct Scheduler {
    limit: u32,
    backoff: u64,
    issued: u64,
    ready: BinaryHeap<Ready>,
    waiting: BinaryHeap<Waiting>,
    running: HashMap<JobId, Job>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            limit: if max_attempts == 0 { 1 } else { max_attempts },
            backoff: base_backoff,
            issued: 0,
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            running: HashMap::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.issued;
        self.issued += 1;
        self.ready.push(Ready(Job { id, name: name.into(), priority, attempts: 0 }));
        id
    }

    fn wake_up(&mut self, now: u64) {
        loop {
            match self.waiting.peek() {
                Some(w) if w.not_before <= now => {
                    let w = self.waiting.pop().unwrap();
                    self.ready.push(Ready(w.job));
                }
                _ => return,
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_up(now);
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
        if job.attempts >= self.limit {
            self.graveyard.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let delay = match 1u64.checked_shl(job.attempts - 1) {
                Some(m) => self.backoff.saturating_mul(m),
                None => if self.backoff == 0 { 0 } else { u64::MAX },
            };
            let not_before = now.saturating_add(delay);
            self.waiting.push(Waiting { not_before, job });
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
