// learner: optimal
// idiom: PowerShell sysadmin: ordered sets like sorted hashtables (BTreeSet pop_last / pop_first), jobs kept in a plain list indexed by id with a State column, Get-/Set- style small helpers
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Done,
}

struct Record {
    job: Job,
    state: State,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    records: Vec<Record>,
    /// (priority, !id): the last element is the best job
    ready: BTreeSet<(u32, u64)>,
    /// (not_before, id): the first element wakes up first
    sleeping: BTreeSet<(u64, u64)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base_backoff,
            records: Vec::new(),
            ready: BTreeSet::new(),
            sleeping: BTreeSet::new(),
            dead: Vec::new(),
        }
    }

    /// Get-Backoff: base * 2^(k-1), capped at u64::MAX
    fn get_backoff(&self, attempt: u32) -> u64 {
        let exponent = attempt.saturating_sub(1);
        if exponent >= 64 {
            return if self.base_backoff == 0 { 0 } else { u64::MAX };
        }
        self.base_backoff.saturating_mul(1u64 << exponent)
    }

    fn add_ready(&mut self, id: JobId) {
        let priority = self.records[id as usize].job.priority;
        self.ready.insert((priority, !id));
    }

    fn is_running(&self, id: JobId) -> bool {
        self.records.get(id as usize).map(|r| r.state == State::Running).unwrap_or(false)
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.records.len() as JobId;
        self.records.push(Record {
            job: Job { id, name: name.to_string(), priority, attempts: 0 },
            state: State::Queued,
        });
        self.add_ready(id);
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&(wake, id)) = self.sleeping.first() {
            if wake > now {
                break;
            }
            self.sleeping.pop_first();
            self.add_ready(id);
        }
        let (_, not_id) = self.ready.pop_last()?;
        let record = &mut self.records[!not_id as usize];
        record.state = State::Running;
        record.job.attempts += 1;
        Some(record.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.records[id as usize].state = State::Done;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let attempts = self.records[id as usize].job.attempts;
        if attempts >= self.max_attempts {
            self.records[id as usize].state = State::Done;
            let copy = self.records[id as usize].job.clone();
            self.dead.push(copy);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.get_backoff(attempts));
        self.records[id as usize].state = State::Queued;
        self.sleeping.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
