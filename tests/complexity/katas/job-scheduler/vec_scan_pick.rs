// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): keeps all queued jobs in a Vec and scans it for the best ready one each time
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

use std::collections::HashMap;

struct Queued {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: u64,
    queue: Vec<Queued>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_attempts: max_attempts.max(1), base_backoff, next_id: 0, queue: vec![], running: HashMap::new(), dead: vec![] }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Queued { job: Job { id, name: name.to_owned(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let best = self
            .queue
            .iter()
            .enumerate()
            .filter(|(_, q)| q.not_before <= now)
            .max_by_key(|(_, q)| (q.job.priority, std::cmp::Reverse(q.job.id)))
            .map(|(i, _)| i)?;
        let mut job = self.queue.swap_remove(best).job;
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
        let mult = 1u64.checked_shl(job.attempts - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base_backoff.saturating_mul(mult));
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
