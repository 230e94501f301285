// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): queued jobs sit in a plain Vec and next() scans all of them for the best one
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
    max_attempts: u32,
    base_backoff: u64,
    counter: JobId,
    queue: Vec<(Job, u64)>, // job and the time it may run again
    running: std::collections::HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            counter: 0,
            queue: Vec::new(),
            running: Default::default(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.queue.push((Job { id, name: name.into(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let best = self
            .queue
            .iter()
            .enumerate()
            .filter(|(_, (_, ready_at))| *ready_at <= now)
            .max_by(|(_, (a, _)), (_, (b, _))| a.priority.cmp(&b.priority).then(b.id.cmp(&a.id)))
            .map(|(i, _)| i)?;
        let (mut job, _) = self.queue.swap_remove(best);
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
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
        let factor = 2u64.checked_pow(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(factor));
        self.queue.push((job, not_before));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
