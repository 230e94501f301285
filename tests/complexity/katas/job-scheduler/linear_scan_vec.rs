// learner: slow
// idiom: Nim systems programmer: one flat seq-like Vec of queue entries, index loop to find the best ready entry, swap-free remove
// why: Scheduler::next is O(n) per call (a full scan of the Vec for the best ready job, then Vec::remove shifts the tail), so draining n jobs is O(n^2), vs the O(log n) target; submit/fail are O(1) pushes
use std::collections::HashMap;

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

struct Entry {
    job: Job,
    readyAt: u64,
}

pub struct Scheduler {
    maxAttempts: u32,
    baseBackoff: u64,
    nextId: JobId,
    queue: Vec<Entry>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            maxAttempts: if max_attempts == 0 { 1 } else { max_attempts },
            baseBackoff: base_backoff,
            nextId: 0,
            queue: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.nextId;
        self.nextId += 1;
        self.queue.push(Entry {
            job: Job { id: id, name: name.to_string(), priority: priority, attempts: 0 },
            readyAt: 0,
        });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: usize = usize::MAX;
        let mut i = 0;
        while i < self.queue.len() {
            let e = &self.queue[i];
            if e.readyAt <= now {
                if best == usize::MAX {
                    best = i;
                } else {
                    let b = &self.queue[best].job;
                    if e.job.priority > b.priority || (e.job.priority == b.priority && e.job.id < b.id) {
                        best = i;
                    }
                }
            }
            i += 1;
        }
        if best == usize::MAX {
            return None;
        }
        let mut entry = self.queue.remove(best);
        entry.job.attempts += 1;
        self.running.insert(entry.job.id, entry.job.clone());
        Some(entry.job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.maxAttempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = job.attempts - 1;
        let delay = if self.baseBackoff == 0 {
            0
        } else if shift >= 64 || self.baseBackoff.leading_zeros() < shift {
            u64::MAX
        } else {
            self.baseBackoff << shift
        };
        let readyAt = now.saturating_add(delay);
        self.queue.push(Entry { job: job, readyAt: readyAt });
        Some(FailOutcome::Retry { not_before: readyAt })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}

