// learner: optimal
// idiom: Bash scripter: two std heaps of plain tuples (ready by (priority, oldest id), waiting by wake-up time), a HashMap as the job "database", while loops to move woken jobs over
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

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    jobs: HashMap<JobId, Job>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    waiting: BinaryHeap<Reverse<(u64, JobId)>>,
    running: HashSet<JobId>,
    dead: Vec<Job>,
}

fn backoff(base: u64, k: u32) -> u64 {
    // base * 2^(k-1), saturating
    let shift = k - 1;
    if shift >= 64 {
        if base == 0 {
            return 0;
        }
        return u64::MAX;
    }
    base.saturating_mul(1u64 << shift)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            jobs: HashMap::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            running: HashSet::new(),
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
        while let Some(&Reverse((at, id))) = self.waiting.peek() {
            if at > now {
                break;
            }
            self.waiting.pop();
            let prio = self.jobs[&id].priority;
            self.ready.push((prio, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let job = self.jobs.get_mut(&id).unwrap();
        job.attempts += 1;
        self.running.insert(id);
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running.remove(&id) {
            return false;
        }
        self.jobs.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running.remove(&id) {
            return None;
        }
        let attempts = self.jobs[&id].attempts;
        if attempts >= self.max_attempts {
            let job = self.jobs.remove(&id).unwrap();
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        self.waiting.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
