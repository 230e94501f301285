// learner: optimal
// idiom: std BinaryHeap with (priority, Reverse(id)) keys, Reverse((not_before, id)) delay heap, HashMap of jobs + HashSet of running ids, Option chaining
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

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

pub struct Scheduler {
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
    next_id: JobId,
    max_attempts: u32,
    base_backoff: u64,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            running: HashSet::new(),
            dead: vec![],
            next_id: 0,
            max_attempts: max_attempts.max(1),
            base_backoff,
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.into(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        // wake up everything whose backoff is over
        while self.waiting.peek().map_or(false, |Reverse((t, _))| *t <= now) {
            let Reverse((_, id)) = self.waiting.pop().unwrap();
            let prio = self.jobs[&id].priority;
            self.ready.push((prio, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        self.running.insert(id);
        self.jobs.get_mut(&id).map(|job| {
            job.attempts += 1;
            job.clone()
        })
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        let was_running = self.running.remove(&id);
        if was_running {
            self.jobs.remove(&id);
        }
        was_running
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs.get(&id)?.attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let wait = 1u64
            .checked_shl(attempts - 1)
            .unwrap_or(u64::MAX)
            .saturating_mul(self.base_backoff);
        let not_before = now.saturating_add(wait);
        self.waiting.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
