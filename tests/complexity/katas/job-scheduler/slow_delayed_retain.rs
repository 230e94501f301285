// learner: slow
// why: Scheduler::next is O(n) time, target O(log n) amortised: backing-off jobs sit in a Vec that every next() walks (retain) to find the due ones
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
    base_backoff: u64,
    ids: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: Vec<(u64, JobId)>,
    running: HashMap<JobId, ()>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            ids: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            waiting: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.ids;
        self.ids += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every job whose backoff is over into the ready heap
        let jobs = &self.jobs;
        let ready = &mut self.ready;
        self.waiting.retain(|&(when, id)| {
            if when <= now {
                ready.push((jobs[&id].priority, Reverse(id)));
                false
            } else {
                true
            }
        });
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id).unwrap();
        job.attempts += 1;
        self.running.insert(id, ());
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id).is_some() {
            self.jobs.remove(&id);
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        self.running.remove(&id)?;
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).unwrap();
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let mult = 2u64.checked_pow(attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
        self.waiting.push((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
