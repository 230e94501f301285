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

pub struct Scheduler {
    // Add your fields here.
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    /// After its k-th failed attempt it waits `base_backoff * 2^(k-1)`
    /// (saturating at `u64::MAX`).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        todo!("max_attempts = {max_attempts}, base_backoff = {base_backoff}")
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        todo!("submit {name:?} with priority {priority}")
    }

    /// Hands out the best job that may run at `now` (its backoff, if any, has
    /// ended): highest priority first, and among equal priorities the one
    /// submitted first. The job counts as running until `complete` or `fail`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        todo!("next at {now}")
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        todo!("complete {id}")
    }

    /// Reports that a running job failed at `now`. It is re-queued to run no
    /// earlier than `now + backoff`, or moved to the dead-letter queue if it
    /// has had `max_attempts` attempts. Returns None if `id` is not running.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        todo!("fail {id} at {now}")
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        todo!()
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        todo!()
    }
}
