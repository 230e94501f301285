// learner: optimal
// idiom: awk-style dense Vec of jobs indexed by id with a state enum, BTreeSet<(Reverse(prio), id)> ready queue and BTreeSet<(t, id)> backoff queue, early returns
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::BTreeSet;

/// Jobs are numbered 0, 1, 2, ... in submission order.
pub type JobId = u64;

/// A job as handed to a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: JobId,
    pub name: String,
    /// Larger runs first.
    pub priority: u32,
    /// How many times the job has been handed out, this time included.
    pub attempts: u32,
}

/// What `fail` did with a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    /// Re-queued; it will not be handed out before this time.
    Retry { not_before: u64 },
    /// Out of attempts: moved to the dead-letter queue.
    DeadLettered,
}


fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Gone,
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    all: Vec<Job>,
    state: Vec<State>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    later: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let max_attempts = if max_attempts == 0 { 1 } else { max_attempts };
        Scheduler {
            max_attempts,
            base: base_backoff,
            all: Vec::new(),
            state: Vec::new(),
            ready: BTreeSet::new(),
            later: BTreeSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.all.len() as JobId;
        self.all.push(Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.state.push(State::Queued);
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            let first = match self.later.first() {
                Some(&x) => x,
                None => break,
            };
            if first.0 > now {
                break;
            }
            self.later.pop_first();
            let id = first.1;
            self.ready.insert((Reverse(self.all[id as usize].priority), id));
        }
        let (_, id) = self.ready.pop_first()?;
        let k = id as usize;
        self.state[k] = State::Running;
        self.all[k].attempts += 1;
        Some(self.all[k].clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        (id as usize) < self.state.len() && self.state[id as usize] == State::Running
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.state[id as usize] = State::Gone;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let k = id as usize;
        let tries = self.all[k].attempts;
        if tries >= self.max_attempts {
            self.state[k] = State::Gone;
            self.dead.push(self.all[k].clone());
            return Some(FailOutcome::DeadLettered);
        }
        self.state[k] = State::Queued;
        let t = now.saturating_add(backoff(self.base, tries));
        self.later.insert((t, id));
        Some(FailOutcome::Retry { not_before: t })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.later.len()
    }
}
