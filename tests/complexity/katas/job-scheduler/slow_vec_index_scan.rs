// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): keeps queued jobs in a Vec and scans it with an index loop for the best ready one
use std::collections::HashMap;

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

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: u64,
    queue: Vec<Queued>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            counter: 0,
            queue: Vec::new(),
            running: HashMap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for i in 0..self.queue.len() {
            let q = &self.queue[i];
            if q.not_before > now {
                continue;
            }
            match best {
                None => best = Some(i),
                Some(b) => {
                    let cur = &self.queue[b].job;
                    if q.job.priority > cur.priority || (q.job.priority == cur.priority && q.job.id < cur.id) {
                        best = Some(i);
                    }
                }
            }
        }
        let idx = best?;
        let mut job = self.queue.swap_remove(idx).job;
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }

    fn take(&mut self, id: JobId) -> Option<Job> {
        self.running.remove(&id)
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.take(id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.take(id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let pow = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(pow));
        self.queue.push(Queued { job, not_before });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
