// learner: optimal
// idiom: std BinaryHeap storing whole jobs ordered by a custom Ord (priority, then smaller id), retries in a Reverse min-heap; `max` only on a pair of u32s
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

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BinaryHeap<Ready>,
    backing_off: BinaryHeap<Reverse<(u64, JobId)>>,
    parked: HashMap<JobId, Job>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: std::cmp::max(max_attempts, 1),
            base_backoff,
            next_id: 0,
            ready: BinaryHeap::new(),
            backing_off: BinaryHeap::new(),
            parked: HashMap::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.ready.push(Ready(Job { id, name: name.into(), priority, attempts: 0 }));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(Reverse((at, _))) = self.backing_off.peek() {
            if *at > now {
                break;
            }
            let Reverse((_, id)) = self.backing_off.pop().unwrap();
            if let Some(job) = self.parked.remove(&id) {
                self.ready.push(Ready(job));
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
        let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.backing_off.push(Reverse((not_before, id)));
        self.parked.insert(id, job);
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.parked.len()
    }
}
