// learner: optimal
// idiom: modern Rust, BinaryHeap<(prio, Reverse(id))> + delayed Reverse heap, HashMap jobs, HashSet running, ? everywhere
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

fn backoff(base: u64, attempt: u32) -> u64 {
    let shift = attempt.saturating_sub(1);
    match 1u64.checked_shl(shift).filter(|_| shift < 64) {
        Some(factor) => base.saturating_mul(factor),
        None if base == 0 => 0,
        None => u64::MAX,
    }
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
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

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((at, id))) = self.delayed.peek() {
            if at > now {
                break;
            }
            self.delayed.pop();
            self.ready.push((self.jobs[&id].priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id)?;
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
