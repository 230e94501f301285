// learner: slow
// why: Scheduler::submit is O(n) time, target O(log n): binary_search + Vec::insert shifts the sorted ready list on every submit/retry
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


use std::collections::{BTreeMap, HashMap};

// ready jobs are kept sorted in a Vec, best job at the END so next() can pop()
pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: HashMap<JobId, Job>,
    running: HashMap<JobId, ()>,
    sorted_ready: Vec<(u32, std::cmp::Reverse<JobId>)>,
    delayed: BTreeMap<(u64, JobId), ()>,
    dead: Vec<Job>,
    counter: JobId,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: HashMap::new(),
            running: HashMap::new(),
            sorted_ready: Vec::new(),
            delayed: BTreeMap::new(),
            dead: Vec::new(),
            counter: 0,
        }
    }

    fn add_ready(&mut self, priority: u32, id: JobId) {
        let key = (priority, std::cmp::Reverse(id));
        // binary search keeps the Vec sorted ascending
        let pos = match self.sorted_ready.binary_search(&key) {
            Ok(p) => p,
            Err(p) => p,
        };
        self.sorted_ready.insert(pos, key);
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.add_ready(priority, id);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some((&(when, id), _)) = self.delayed.iter().next() {
            if when > now {
                break;
            }
            self.delayed.remove(&(when, id));
            let p = self.jobs[&id].priority;
            self.add_ready(p, id);
        }
        let (_, std::cmp::Reverse(id)) = self.sorted_ready.pop()?;
        let job = self.jobs.get_mut(&id).unwrap();
        job.attempts += 1;
        self.running.insert(id, ());
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if self.running.remove(&id).is_none() {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        self.running.remove(&id)?;
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).unwrap();
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let mut wait = self.base_backoff;
        for _ in 1..attempts.min(65) {
            wait = wait.saturating_mul(2);
        }
        let when = now.saturating_add(wait);
        self.delayed.insert((when, id), ());
        Some(FailOutcome::Retry { not_before: when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.sorted_ready.len() + self.delayed.len()
    }
}
