// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): each hand-out walks the whole queue Vec with an index loop to find the best ready job
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

pub type JobId = u64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    pub priority: u32,
    pub attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    Retry { not_before: u64 },
    DeadLettered,
}

fn backoff_until(now: u64, base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    now.saturating_add(base.saturating_mul(factor))
}

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<Queued>,
    running: std::collections::HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            queue: Vec::new(),
            running: std::collections::HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        let mut i = 0;
        while i < self.queue.len() {
            let q = &self.queue[i];
            if q.not_before <= now {
                let better = match best {
                    None => true,
                    Some(b) => {
                        let cur = &self.queue[b].job;
                        q.job.priority > cur.priority || (q.job.priority == cur.priority && q.job.id < cur.id)
                    }
                };
                if better {
                    best = Some(i);
                }
            }
            i += 1;
        }
        let b = best?;
        let mut job = self.queue.swap_remove(b).job;
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
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = backoff_until(now, self.base_backoff, job.attempts);
            self.queue.push(Queued { job, not_before });
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
