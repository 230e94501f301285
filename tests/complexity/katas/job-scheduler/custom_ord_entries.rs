// learner: optimal
// idiom: BinaryHeap of a custom Entry struct with a hand-written Ord, jobs stored inside the heap entries (moved, not looked up), running jobs in a HashMap
use std::cmp::Ordering;
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

fn backoff(base: u64, attempts: u32) -> u64 {
    let shift = attempts.saturating_sub(1);
    if base == 0 {
        0
    } else if shift >= 64 || base > (u64::MAX >> shift) {
        u64::MAX
    } else {
        base << shift
    }
}

#[derive(PartialEq, Eq)]
struct Ready(Job);

impl Ord for Ready {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .priority
            .cmp(&other.0.priority)
            .then_with(|| other.0.id.cmp(&self.0.id))
    }
}

impl PartialOrd for Ready {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[derive(PartialEq, Eq)]
struct Waiting {
    at: u64,
    job: Job,
}

impl Ord for Waiting {
    fn cmp(&self, other: &Self) -> Ordering {
        // min-heap on (at, id)
        other.at.cmp(&self.at).then_with(|| other.job.id.cmp(&self.job.id))
    }
}

impl PartialOrd for Waiting {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    issued: JobId,
    ready: BinaryHeap<Ready>,
    waiting: BinaryHeap<Waiting>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: std::cmp::max(1, max_attempts),
            base_backoff,
            issued: 0,
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.issued;
        self.issued += 1;
        self.ready.push(Ready(Job { id, name: name.to_string(), priority, attempts: 0 }));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let due = match self.waiting.peek() {
                Some(w) => w.at <= now,
                None => false,
            };
            if !due {
                break;
            }
            let w = self.waiting.pop().unwrap();
            self.ready.push(Ready(w.job));
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
            Some(FailOutcome::DeadLettered)
        } else {
            let at = now.saturating_add(backoff(self.base_backoff, job.attempts));
            self.waiting.push(Waiting { at, job });
            Some(FailOutcome::Retry { not_before: at })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
