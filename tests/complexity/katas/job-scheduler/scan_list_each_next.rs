// learner: slow
// idiom: PowerShell sysadmin: one flat list of queued jobs, each call does the equivalent of $queue | Where-Object { $_.NotBefore -le $now } | Sort-Object Priority -Descending, Id | Select-Object -First 1
// why: Scheduler::next scans every queued job (O(n)) then Vec::remove shifts the rest (O(n)): O(n) per next vs the O(log n) target, O(n^2) to drain; complete/fail also search the running list linearly
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

struct QueuedJob {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<QueuedJob>,
    running: Vec<Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            queue: Vec::new(),
            running: Vec::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(QueuedJob {
            job: Job { id, name: name.to_string(), priority, attempts: 0 },
            not_before: 0,
        });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for (i, item) in self.queue.iter().enumerate() {
            if item.not_before > now {
                continue;
            }
            best = match best {
                None => Some(i),
                Some(b) => {
                    let current = &self.queue[b].job;
                    let better = item.job.priority > current.priority
                        || (item.job.priority == current.priority && item.job.id < current.id);
                    if better { Some(i) } else { Some(b) }
                }
            };
        }
        let index = best?;
        let mut job = self.queue.remove(index).job;
        job.attempts += 1;
        self.running.push(job.clone());
        Some(job)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running.iter().position(|j| j.id == id) {
            Some(i) => {
                self.running.remove(i);
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = self.running.iter().position(|j| j.id == id)?;
        let job = self.running.remove(i);
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let multiplier = 2u64.checked_pow(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(multiplier));
        self.queue.push(QueuedJob { job, not_before });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
