// learner: optimal
// idiom: BTreeSet as ordered queues with pop_first (key (Reverse(priority), id) / (not_before, id)), jobs in a Vec indexed by id with a state enum
use std::cmp::Reverse;
use std::collections::BTreeSet;

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Done,
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    all: Vec<(Job, State)>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    waiting: BTreeSet<(u64, JobId)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            all: Vec::new(),
            ready: BTreeSet::new(),
            waiting: BTreeSet::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.all.len() as JobId;
        self.all.push((Job { id, name: name.to_owned(), priority, attempts: 0 }, State::Queued));
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.waiting.first() {
                Some(&(t, id)) if t <= now => {
                    self.waiting.pop_first();
                    let p = self.all[id as usize].0.priority;
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        let (_, id) = self.ready.pop_first()?;
        let entry = &mut self.all[id as usize];
        entry.0.attempts += 1;
        entry.1 = State::Running;
        Some(entry.0.clone())
    }

    fn running(&self, id: JobId) -> bool {
        matches!(self.all.get(id as usize), Some((_, State::Running)))
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running(id) {
            return false;
        }
        self.all[id as usize].1 = State::Done;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running(id) {
            return None;
        }
        let attempts = self.all[id as usize].0.attempts;
        if attempts >= self.max_attempts {
            self.all[id as usize].1 = State::Done;
            self.dead.push(self.all[id as usize].0.clone());
            Some(FailOutcome::DeadLettered)
        } else {
            self.all[id as usize].1 = State::Queued;
            let not_before = now.saturating_add(backoff(self.base, attempts));
            self.waiting.insert((not_before, id));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        self.dead.as_slice()
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.waiting.len()
    }
}
