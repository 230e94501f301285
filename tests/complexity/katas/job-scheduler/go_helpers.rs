// learner: optimal
// idiom: Go-style: jobs in HashMap by id with a running HashMap, two BinaryHeaps of keys, free helpers backoff(base, k) and promote(delayed, ready, now) with early returns
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

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

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    next_id: JobId,
    queued: HashMap<JobId, Job>,
    running: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

fn backoff(base: u64, k: u32) -> u64 {
    let shift = k - 1;
    if shift >= 64 {
        if base == 0 {
            return 0;
        }
        return u64::MAX;
    }
    base.saturating_mul(1u64 << shift)
}

fn promote(
    delayed: &mut BinaryHeap<Reverse<(u64, JobId)>>,
    ready: &mut BinaryHeap<(u32, Reverse<JobId>)>,
    queued: &HashMap<JobId, Job>,
    now: u64,
) {
    while let Some(&Reverse((at, id))) = delayed.peek() {
        if at > now {
            return;
        }
        delayed.pop();
        let prio = queued[&id].priority;
        ready.push((prio, Reverse(id)));
    }
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut max = max_attempts;
        if max == 0 {
            max = 1;
        }
        Scheduler {
            max_attempts: max,
            base: base_backoff,
            next_id: 0,
            queued: HashMap::new(),
            running: HashMap::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queued.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        promote(&mut self.delayed, &mut self.ready, &self.queued, now);
        let (_, Reverse(id)) = self.ready.pop()?;
        let mut job = self.queued.remove(&id)?;
        job.attempts += 1;
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
        let not_before = now.saturating_add(backoff(self.base, job.attempts));
        self.queued.insert(id, job);
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queued.len()
    }
}
