// learner: optimal
// idiom: C-style: Vec<Job> arena indexed by id with a Vec<u8> state table (constants), two BinaryHeaps of plain keys, while-loop promotion, explicit early returns
//! Job scheduler with priorities, backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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

const QUEUED: u8 = 0;
const RUNNING: u8 = 1;
const FINISHED: u8 = 2;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Job>,
    state: Vec<u8>,
    ready: BinaryHeap<(u32, Reverse<u64>)>,
    waiting: BinaryHeap<Reverse<(u64, u64)>>,
    dead: Vec<Job>,
    queued: usize,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts,
            base_backoff,
            jobs: Vec::new(),
            state: Vec::new(),
            ready: BinaryHeap::new(),
            waiting: BinaryHeap::new(),
            dead: Vec::new(),
            queued: 0,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as u64;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.state.push(QUEUED);
        self.ready.push((priority, Reverse(id)));
        self.queued += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((t, id))) = self.waiting.peek() {
            if t > now {
                break;
            }
            self.waiting.pop();
            let p = self.jobs[id as usize].priority;
            self.ready.push((p, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let i = id as usize;
        self.state[i] = RUNNING;
        self.jobs[i].attempts += 1;
        self.queued -= 1;
        Some(self.jobs[i].clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != RUNNING {
            return false;
        }
        self.state[i] = FINISHED;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != RUNNING {
            return None;
        }
        let k = self.jobs[i].attempts;
        if k >= self.max_attempts {
            self.state[i] = FINISHED;
            self.dead.push(self.jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let factor = if k - 1 >= 64 { u64::MAX } else { 1u64 << (k - 1) };
        let wait = self.base_backoff.saturating_mul(factor);
        let at = now.saturating_add(wait);
        self.state[i] = QUEUED;
        self.queued += 1;
        self.waiting.push(Reverse((at, id)));
        Some(FailOutcome::Retry { not_before: at })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.queued
    }
}
