// learner: optimal
// idiom: two BinaryHeaps + HashMap/HashSet, backoff by a doubling loop that stops once saturated (at most 64 rounds)
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
use std::collections::{BinaryHeap, HashMap, HashSet};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            running: HashSet::new(),
            dead: Vec::new(),
        }
    }

    fn enqueue(&mut self, id: JobId, priority: u32) {
        self.ready.push((priority, Reverse(id)));
    }

    fn is_due(&self, now: u64) -> bool {
        self.delayed.peek().map_or(false, |Reverse((at, _))| *at <= now)
    }

    fn promote_due(&mut self, now: u64) {
        while self.is_due(now) {
            let Reverse((_, id)) = self.delayed.pop().unwrap();
            let priority = self.jobs[&id].priority;
            self.enqueue(id, priority);
        }
    }

    fn backoff_for(&self, attempts: u32) -> u64 {
        let mut wait = self.base_backoff;
        for _ in 1..attempts {
            if wait == 0 || wait == u64::MAX {
                break;
            }
            wait = wait.saturating_mul(2);
        }
        wait
    }

    fn out_of_attempts(&self, job: &Job) -> bool {
        job.attempts >= self.max_attempts
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.enqueue(id, priority);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.promote_due(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.running.remove(&id) && self.jobs.remove(&id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let job = self.jobs.get(&id)?;
        if self.out_of_attempts(job) {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.backoff_for(job.attempts));
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.jobs.len() - self.running.len()
    }
}
