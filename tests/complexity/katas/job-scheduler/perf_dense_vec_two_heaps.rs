// learner: optimal
// idiom: perf programmer; jobs in a Vec indexed by their dense ids with a state byte, two BinaryHeaps of plain tuples (ready: (prio, Reverse(id)); delayed: Reverse((t, id))), bit-shift backoff
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

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


#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Finished,
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    jobs: Vec<Job>,
    state: Vec<State>,
    ready: BinaryHeap<(u32, Reverse<u64>)>,
    delayed: BinaryHeap<Reverse<(u64, u64)>>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base: base_backoff,
            jobs: Vec::new(),
            state: Vec::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as u64;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.state.push(State::Queued);
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((t, id))) = self.delayed.peek() {
            if t > now {
                break;
            }
            self.delayed.pop();
            self.ready.push((self.jobs[id as usize].priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let i = id as usize;
        self.state[i] = State::Running;
        self.jobs[i].attempts += 1;
        Some(self.jobs[i].clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        if i < self.state.len() && self.state[i] == State::Running {
            self.state[i] = State::Finished;
            true
        } else {
            false
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if i >= self.state.len() || self.state[i] != State::Running {
            return None;
        }
        let k = self.jobs[i].attempts;
        if k >= self.max_attempts {
            self.state[i] = State::Finished;
            self.dead.push(self.jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let factor = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
        let not_before = now.saturating_add(self.base.saturating_mul(factor));
        self.state[i] = State::Queued;
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
