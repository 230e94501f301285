// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): ready jobs use a heap, but backing-off jobs sit in a Vec that next sweeps completely on every call
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

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    ready: BinaryHeap<(u32, Reverse<JobId>, String, u32)>,
    backing_off: Vec<(u64, Job)>,
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
            backing_off: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.ready.push((priority, Reverse(id), name.to_string(), 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every job whose backoff has ended back to the ready heap
        let mut still_waiting = Vec::new();
        for (t, job) in self.backing_off.drain(..) {
            if t <= now {
                self.ready.push((job.priority, Reverse(job.id), job.name, job.attempts));
            } else {
                still_waiting.push((t, job));
            }
        }
        self.backing_off = still_waiting;
        let (priority, Reverse(id), name, attempts) = self.ready.pop()?;
        let job = Job { id, name, priority, attempts: attempts + 1 };
        self.running.insert(id, job.clone());
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
        let t = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.backing_off.push((t, job));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.backing_off.len()
    }
}
