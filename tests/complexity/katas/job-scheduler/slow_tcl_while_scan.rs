// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): a while-loop with a manual counter scans the whole queue list for the best ready job
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

struct Entry {
    job: Job,
    not_before: u64,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: u64,
    queue: Vec<Entry>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler { max_attempts: m, base_backoff, next_id: 0, queue: Vec::new(), running: HashMap::new(), dead: Vec::new() }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push(Entry { job: Job { id, name: name.to_string(), priority, attempts: 0 }, not_before: 0 });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        let mut i = 0;
        while i < self.queue.len() {
            let e = &self.queue[i];
            if e.not_before <= now {
                let better = match best {
                    None => true,
                    Some(b) => {
                        let cur = &self.queue[b].job;
                        e.job.priority > cur.priority
                            || (e.job.priority == cur.priority && e.job.id < cur.id)
                    }
                };
                if better {
                    best = Some(i);
                }
            }
            i += 1;
        }
        let idx = best?;
        let entry = self.queue.swap_remove(idx);
        let mut job = entry.job;
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
        let nb = now.saturating_add(self.base_backoff.saturating_mul(mult));
        self.queue.push(Entry { job, not_before: nb });
        Some(FailOutcome::Retry { not_before: nb })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queue.len()
    }
}
