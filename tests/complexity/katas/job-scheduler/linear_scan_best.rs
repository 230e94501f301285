// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): scans the whole Vec of queued jobs with a while/index loop to pick the best
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
    max_attempts: u32,
    base_backoff: u64,
    next_id: u64,
    // queued jobs with the time they may run again
    queue: Vec<(Job, u64)>,
    running: Vec<Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
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
        self.queue.push((Job { id, name: name.to_string(), priority, attempts: 0 }, 0));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // find the best ready job
        let mut best: Option<usize> = None;
        let mut i = 0;
        while i < self.queue.len() {
            let (job, ready_at) = &self.queue[i];
            if *ready_at <= now {
                match best {
                    None => best = Some(i),
                    Some(b) => {
                        let cur = &self.queue[b].0;
                        if job.priority > cur.priority || (job.priority == cur.priority && job.id < cur.id) {
                            best = Some(i);
                        }
                    }
                }
            }
            i += 1;
        }
        let b = best?;
        let (mut job, _) = self.queue.swap_remove(b);
        job.attempts += 1;
        self.running.push(job.clone());
        Some(job)
    }

    fn take_running(&mut self, id: JobId) -> Option<Job> {
        for k in 0..self.running.len() {
            if self.running[k].id == id {
                return Some(self.running.swap_remove(k));
            }
        }
        None
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.take_running(id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.take_running(id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = job.attempts - 1;
        let delay = if self.base_backoff == 0 {
            0
        } else if shift >= 64 {
            u64::MAX
        } else {
            self.base_backoff.checked_mul(1 << shift).unwrap_or(u64::MAX)
        };
        let when = now.saturating_add(delay);
        self.queue.push((job, when));
        Some(FailOutcome::Retry { not_before: when })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
