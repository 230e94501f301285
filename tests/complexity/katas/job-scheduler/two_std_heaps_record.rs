// learner: optimal
// idiom: Erlang veteran: scheduler state record with two std BinaryHeaps (ready by {prio, Reverse(id)}, delayed by Reverse({not_before, id})), job lifecycle as an enum, match-heavy
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

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

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

enum Phase {
    Queued,
    Running,
}

struct Record {
    job: Job,
    phase: Phase,
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

fn backoff(base: u64, attempt: u32) -> u64 {
    let factor = 1u64.checked_shl(attempt.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
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

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.next_id;
        self.next_id += 1;
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.records.insert(id, Record { job, phase: Phase::Queued });
        self.ready.push((priority, Reverse(id)));
        id
    }

    fn wake_due(&mut self, now: u64) {
        while let Some(&Reverse((at, id))) = self.delayed.peek() {
            if at > now {
                break;
            }
            self.delayed.pop();
            if let Some(r) = self.records.get(&id) {
                self.ready.push((r.job.priority, Reverse(id)));
            }
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake_due(now);
        let (_, Reverse(id)) = self.ready.pop()?;
        match self.records.get_mut(&id) {
            Some(r) => {
                r.phase = Phase::Running;
                r.job.attempts += 1;
                Some(r.job.clone())
            }
            None => None,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.records.get(&id) {
            Some(Record { phase: Phase::Running, .. }) => {
                self.records.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = match self.records.get(&id) {
            Some(Record { phase: Phase::Running, job }) => job.attempts,
            _ => return None,
        };
        match attempts >= self.max_attempts {
            true => {
                let rec = self.records.remove(&id)?;
                self.dead.push(rec.job);
                Some(FailOutcome::DeadLettered)
            }
            false => {
                let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
                if let Some(r) = self.records.get_mut(&id) {
                    r.phase = Phase::Queued;
                }
                self.delayed.push(Reverse((not_before, id)));
                Some(FailOutcome::Retry { not_before })
            }
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
