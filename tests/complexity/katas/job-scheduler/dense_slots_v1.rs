// learner: optimal
// idiom: beginner-ish: jobs in a Vec indexed by id with a state enum per slot, heaps of ids only, counters instead of sets
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
use std::collections::BinaryHeap;

#[derive(Clone, Copy, PartialEq)]
enum State {
    Queued,
    Running,
    Done,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    all_jobs: Vec<Job>,
    state: Vec<State>,
    ready: BinaryHeap<(u32, Reverse<u64>)>,
    backing_off: BinaryHeap<Reverse<(u64, u64)>>,
    dead: Vec<Job>,
    queued_count: usize,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            max_attempts: m,
            base_backoff: base_backoff,
            all_jobs: Vec::new(),
            state: Vec::new(),
            ready: BinaryHeap::new(),
            backing_off: BinaryHeap::new(),
            dead: Vec::new(),
            queued_count: 0,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.all_jobs.len() as u64;
        self.all_jobs.push(Job { id: id, name: name.to_string(), priority: priority, attempts: 0 });
        self.state.push(State::Queued);
        self.ready.push((priority, Reverse(id)));
        self.queued_count += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let top = self.backing_off.peek();
            if top.is_none() {
                break;
            }
            let Reverse((when, id)) = *top.unwrap();
            if when > now {
                break;
            }
            self.backing_off.pop();
            let prio = self.all_jobs[id as usize].priority;
            self.ready.push((prio, Reverse(id)));
        }
        if let Some((_, Reverse(id))) = self.ready.pop() {
            let i = id as usize;
            self.state[i] = State::Running;
            self.all_jobs[i].attempts += 1;
            self.queued_count -= 1;
            return Some(self.all_jobs[i].clone());
        }
        None
    }

    fn is_running(&self, id: JobId) -> bool {
        (id as usize) < self.state.len() && self.state[id as usize] == State::Running
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.state[id as usize] = State::Done;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let i = id as usize;
        let k = self.all_jobs[i].attempts;
        if k >= self.max_attempts {
            self.state[i] = State::Done;
            self.dead.push(self.all_jobs[i].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let mut wait = self.base_backoff;
        let mut step = 1;
        while step < k && wait != u64::MAX {
            wait = wait.saturating_mul(2);
            step += 1;
        }
        let not_before = now.saturating_add(wait);
        self.state[i] = State::Queued;
        self.queued_count += 1;
        self.backing_off.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before: not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead[..]
    }

    pub fn pending(&self) -> usize {
        self.queued_count
    }
}
