// learner: optimal
// idiom: GLSL: ordered sets as the queues: BTreeSet<(Reverse(priority), id)> for ready, BTreeSet<(not_before, id)> for backoff; a dense Vec<u8> state per id
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::BTreeSet;

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

/// base * 2^(k-1), saturating, for the k-th failure (k >= 1)
fn backoff(base: u64, k: u32) -> u64 {
    let pow = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
    base.saturating_mul(pow)
}

const QUEUED: u8 = 0;
const RUNNING: u8 = 1;
const DONE: u8 = 2;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Job>,
    flags: Vec<u8>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    backoff_q: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            jobs: Vec::new(),
            flags: Vec::new(),
            ready: BTreeSet::new(),
            backoff_q: BTreeSet::new(),
            dead: Vec::new(),
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.flags.push(QUEUED);
        self.ready.insert((Reverse(priority), id));
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&(t, id)) = self.backoff_q.first() {
            if t > now {
                break;
            }
            self.backoff_q.pop_first();
            self.ready.insert((Reverse(self.jobs[id as usize].priority), id));
        }
        let (_, id) = self.ready.pop_first()?;
        let job = &mut self.jobs[id as usize];
        job.attempts += 1;
        self.flags[id as usize] = RUNNING;
        Some(job.clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        self.flags.get(id as usize) == Some(&RUNNING)
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        let ok = self.is_running(id);
        if ok {
            self.flags[id as usize] = DONE;
        }
        ok
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let idx = id as usize;
        let k = self.jobs[idx].attempts;
        if k >= self.max_attempts {
            self.flags[idx] = DONE;
            self.dead.push(self.jobs[idx].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, k));
        self.flags[idx] = QUEUED;
        self.backoff_q.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.len() + self.backoff_q.len()
    }
}
