// learner: optimal
// idiom: security-minded: std BinaryHeap with Reverse keys, HashMap of job records with explicit status enum, checked shifts/saturating adds, let-else early returns, no unwrap
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Queued,
    Running,
}

#[derive(Debug)]
struct Record {
    name: String,
    priority: u32,
    attempts: u32,
    status: Status,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    next_id: JobId,
    records: HashMap<JobId, Record>,
    ready: BinaryHeap<(u32, Reverse<JobId>)>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            next_id: 0,
            records: HashMap::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    fn backoff(&self, attempt: u32) -> u64 {
        let Some(exp) = attempt.checked_sub(1) else {
            return self.base_backoff;
        };
        match 1u64.checked_shl(exp) {
            Some(factor) => self.base_backoff.saturating_mul(factor),
            None if self.base_backoff == 0 => 0,
            None => u64::MAX,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        self.records.insert(
            id,
            Record { name: name.to_owned(), priority, attempts: 0, status: Status::Queued },
        );
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(Reverse((not_before, id))) = self.delayed.peek().copied() {
            if not_before > now {
                break;
            }
            self.delayed.pop();
            let Some(rec) = self.records.get(&id) else {
                continue;
            };
            self.ready.push((rec.priority, Reverse(id)));
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        let rec = self.records.get_mut(&id)?;
        rec.attempts = rec.attempts.saturating_add(1);
        rec.status = Status::Running;
        Some(Job { id, name: rec.name.clone(), priority: rec.priority, attempts: rec.attempts })
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.records.get(&id) {
            Some(rec) if rec.status == Status::Running => {}
            _ => return false,
        }
        self.records.remove(&id);
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = match self.records.get(&id) {
            Some(rec) if rec.status == Status::Running => rec.attempts,
            _ => return None,
        };
        if attempts >= self.max_attempts {
            let rec = self.records.remove(&id)?;
            self.dead.push(Job { id, name: rec.name, priority: rec.priority, attempts: rec.attempts });
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.backoff(attempts));
        let rec = self.records.get_mut(&id)?;
        rec.status = Status::Queued;
        self.delayed.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len().saturating_add(self.delayed.len())
    }
}
