// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): it walks the whole queue Vec to find the best job that may run and then removes it from the middle
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

struct Waiting {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_number: u64,
    queue: Vec<Waiting>,
    running: std::collections::HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            max_attempts: m,
            base_backoff: base_backoff,
            next_number: 0,
            queue: Vec::new(),
            running: std::collections::HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_number;
        self.next_number = self.next_number + 1;
        let job = Job { id: id, name: name.to_string(), priority: priority, attempts: 0 };
        self.queue.push(Waiting { job: job, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best_row: Option<usize> = None;
        let mut row = 0;
        while row < self.queue.len() {
            let candidate = &self.queue[row];
            if candidate.not_before <= now {
                match best_row {
                    None => best_row = Some(row),
                    Some(b) => {
                        let current_best = &self.queue[b];
                        if candidate.job.priority > current_best.job.priority
                            || (candidate.job.priority == current_best.job.priority && candidate.job.id < current_best.job.id)
                        {
                            best_row = Some(row);
                        }
                    }
                }
            }
            row = row + 1;
        }
        if best_row.is_none() {
            return None;
        }
        let taken = self.queue.remove(best_row.unwrap());
        let mut job = taken.job;
        job.attempts = job.attempts + 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let removed = self.running.remove(&id);
        removed.is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let found = self.running.remove(&id);
        if found.is_none() {
            return None;
        }
        let job = found.unwrap();
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let power = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let wait = self.base_backoff.saturating_mul(power);
        let not_before = now.saturating_add(wait);
        self.queue.push(Waiting { job: job, not_before: not_before });
        Some(FailOutcome::Retry { not_before: not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
