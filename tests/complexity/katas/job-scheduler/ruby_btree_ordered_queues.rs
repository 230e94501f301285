// learner: optimal
// idiom: Ruby-ish sorted-collection approach: BTreeSet<(Reverse(prio), id)> with pop_first, BTreeSet of (not_before, id), a state enum per job, match-heavy
//! A priority job queue with retries, exponential backoff and a dead-letter queue.

use std::cmp::Reverse;
use std::collections::{BTreeSet, HashMap};

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

#[derive(Debug, PartialEq)]
enum State {
    Queued,
    Running,
}

pub struct Scheduler {
    limit: u32,
    backoff: u64,
    seq: JobId,
    book: HashMap<JobId, (Job, State)>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    sleeping: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: max_attempts.max(1),
            backoff: base_backoff,
            seq: 0,
            book: HashMap::new(),
            ready: BTreeSet::new(),
            sleeping: BTreeSet::new(),
            graveyard: vec![],
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.seq;
        self.seq += 1;
        let job = Job { id, name: name.into(), priority, attempts: 0 };
        self.book.insert(id, (job, State::Queued));
        self.ready.insert((Reverse(priority), id));
        id
    }

    fn wake_up(&mut self, now: u64) {
        while let Some(&(at, id)) = self.sleeping.first() {
            match at <= now {
                true => {
                    self.sleeping.pop_first();
                    if let Some((job, _)) = self.book.get(&id) {
                        self.ready.insert((Reverse(job.priority), id));
                    }
                }
                false => break,
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_up(now);
        let (_, id) = self.ready.pop_first()?;
        match self.book.get_mut(&id) {
            Some((job, state)) => {
                *state = State::Running;
                job.attempts += 1;
                Some(job.clone())
            }
            None => None,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.book.get(&id) {
            Some((_, State::Running)) => {
                self.book.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let (job, state) = match self.book.get_mut(&id) {
            Some(entry) if entry.1 == State::Running => entry,
            _ => return None,
        };
        match job.attempts {
            k if k >= self.limit => {
                let (job, _) = self.book.remove(&id)?;
                self.graveyard.push(job);
                Some(FailOutcome::DeadLettered)
            }
            k => {
                *state = State::Queued;
                let wait = match 1u64.checked_shl(k - 1) {
                    Some(m) => self.backoff.saturating_mul(m),
                    None => u64::MAX,
                };
                let not_before = now.saturating_add(wait);
                self.sleeping.insert((not_before, id));
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
