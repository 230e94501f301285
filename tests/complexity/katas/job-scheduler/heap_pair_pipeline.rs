// learner: optimal
// idiom: Gleam developer: two BinaryHeaps of small ordered entry records (ready / backing-off), a running map, tiny pure helpers for keys and backoff
use std::cmp::{Ordering, Reverse};
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

/// A job that may run now. Max-heap order: higher priority, then lower id.
#[derive(Debug)]
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
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .priority
            .cmp(&other.0.priority)
            .then_with(|| other.0.id.cmp(&self.0.id))
    }
}

/// A job waiting out its backoff. Min-heap on (not_before, id) via Reverse.
#[derive(Debug)]
struct Waiting {
    not_before: u64,
    job: Job,
}

impl PartialEq for Waiting {
    fn eq(&self, other: &Self) -> bool {
        self.key() == other.key()
    }
}
impl Eq for Waiting {}
impl PartialOrd for Waiting {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Waiting {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}
impl Waiting {
    fn key(&self) -> (u64, JobId) {
        (self.not_before, self.job.id)
    }
}

fn backoff(base: u64, attempt: u32) -> u64 {
    let exponent = attempt.saturating_sub(1);
    match 1u64.checked_shl(exponent) {
        Some(factor) if exponent < 64 => base.saturating_mul(factor),
        _ if base == 0 => 0,
        _ => u64::MAX,
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BinaryHeap<Ready>,
    waiting: BinaryHeap<Reverse<Waiting>>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
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
        self.wake_up(now);
        self.ready.pop().map(|Ready(job)| {
            let job = Job { attempts: job.attempts + 1, ..job };
            self.running.insert(job.id, job.clone());
            job
        })
    }

    fn wake_up(&mut self, now: u64) {
        while self.waiting.peek().is_some_and(|Reverse(w)| w.not_before <= now) {
            if let Some(Reverse(w)) = self.waiting.pop() {
                self.ready.push(Ready(w.job));
            }
        }
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
        let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.waiting.push(Reverse(Waiting { not_before, job }));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
