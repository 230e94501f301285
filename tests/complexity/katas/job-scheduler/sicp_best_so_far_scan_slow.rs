// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): the ready jobs sit in an unordered Vec and a helper procedure walks all of them to find the best
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

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


/// Is entry `a` better than entry `b`? Higher priority, then earlier submission.
fn better(a: (u32, JobId), b: (u32, JobId)) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// Position of the best entry in `ready`: keep the best-so-far as an accumulator.
fn best_index(ready: &[(u32, JobId)]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (i, &entry) in ready.iter().enumerate() {
        best = match best {
            None => Some(i),
            Some(b) if better(entry, ready[b]) => Some(i),
            keep => keep,
        };
    }
    best
}

fn delay(base: u64, attempts: u32) -> u64 {
    let shift = attempts - 1;
    if shift >= 64 { u64::MAX } else { base.saturating_mul(1u64 << shift) }
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    issued: u64,
    jobs: HashMap<JobId, Job>,
    ready: Vec<(u32, JobId)>,
    waiting: Vec<(u64, JobId)>,
    running: HashMap<JobId, ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base: base_backoff,
            issued: 0,
            jobs: HashMap::new(),
            ready: Vec::new(),
            waiting: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.issued;
        self.issued += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, id));
        id
    }

    fn wake_up(&mut self, now: u64) {
        let mut i = 0;
        while i < self.waiting.len() {
            if self.waiting[i].0 <= now {
                let (_, id) = self.waiting.swap_remove(i);
                self.ready.push((self.jobs[&id].priority, id));
            } else {
                i += 1;
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_up(now);
        let i = best_index(&self.ready)?;
        let (_, id) = self.ready.swap_remove(i);
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id, ());
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id).is_some() && self.jobs.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        self.running.remove(&id)?;
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(delay(self.base, attempts));
            self.waiting.push((not_before, id));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
