// learner: slow
// why: Scheduler::next is O(n) time, target O(log n): scans every queued job for the best one
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

fn backoff(base: u64, attempts: u32) -> u64 {
    let shift = attempts.saturating_sub(1);
    if base == 0 {
        0
    } else if shift >= 64 || base > (u64::MAX >> shift) {
        u64::MAX
    } else {
        base << shift
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    queue: Vec<(u64, Job)>,
    running: HashMap<JobId, Job>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler { max_attempts: max_attempts.max(1), base_backoff, next_id: 0, queue: Vec::new(), running: HashMap::new(), dead: Vec::new() }
    }
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.queue.push((0, Job { id, name: name.to_string(), priority, attempts: 0 }));
        id
    }
    pub fn next(&mut self, now: u64) -> Option<Job> {
        let mut best: Option<usize> = None;
        for (i, (at, job)) in self.queue.iter().enumerate() {
            if *at > now { continue; }
            match best {
                Some(b) if (self.queue[b].1.priority, std::cmp::Reverse(self.queue[b].1.id)) >= (job.priority, std::cmp::Reverse(job.id)) => {}
                _ => best = Some(i),
            }
        }
        let (_, mut job) = self.queue.swap_remove(best?);
        job.attempts += 1;
        self.running.insert(job.id, job.clone());
        Some(job)
    }
    pub fn complete(&mut self, id: JobId) -> bool { self.running.remove(&id).is_some() }
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.running.remove(&id)?;
        if job.attempts >= self.max_attempts { self.dead.push(job); return Some(FailOutcome::DeadLettered); }
        let not_before = now.saturating_add(backoff(self.base_backoff, job.attempts));
        self.queue.push((not_before, job));
        Some(FailOutcome::Retry { not_before })
    }
    pub fn dead_letters(&self) -> &[Job] { &self.dead }
    pub fn pending(&self) -> usize { self.queue.len() }
}
