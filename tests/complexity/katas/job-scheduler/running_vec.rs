// learner: slow
// why: Scheduler::complete is O(r) time (r running jobs), target O(1): running ids kept in a Vec, checked with contains and removed with retain
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
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    later: BinaryHeap<Reverse<(u64, JobId)>>,
    running: Vec<JobId>,
    next_id: JobId,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            later: BinaryHeap::new(),
            running: Vec::new(),
            next_id: 0,
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        self.jobs.insert(id, Job { id, name: name.to_string(), priority, attempts: 0 });
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while self.later.peek().map_or(false, |Reverse((t, _))| *t <= now) {
            let Reverse((_, id)) = self.later.pop().unwrap();
            self.ready.push((self.jobs[&id].priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id)?;
        job.attempts += 1;
        self.running.push(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.contains(&id) {
            return false;
        }
        self.running.retain(|&r| r != id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.contains(&id) {
            return None;
        }
        self.running.retain(|&r| r != id);
        let job = &self.jobs[&id];
        if job.attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).unwrap();
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let wait = match 1u64.checked_shl(job.attempts - 1) {
            Some(m) => self.base_backoff.saturating_mul(m),
            None => u64::MAX,
        };
        let not_before = now.saturating_add(wait);
        self.later.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.later.len()
    }
}
