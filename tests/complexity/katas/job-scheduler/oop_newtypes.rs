// learner: optimal
// idiom: OOP: ReadyQueue and BackoffQueue newtypes with their own methods, a Vec<Slot> arena with a Slot enum (Queued/Running/Done), Backoff policy struct with a delay_after method
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
use std::collections::BinaryHeap;

#[derive(Default)]
struct ReadyQueue(BinaryHeap<(u32, Reverse<JobId>)>);

impl ReadyQueue {
    fn add(&mut self, job: &Job) {
        self.0.push((job.priority, Reverse(job.id)));
    }
    fn take_best(&mut self) -> Option<JobId> {
        self.0.pop().map(|(_, Reverse(id))| id)
    }
}

#[derive(Default)]
struct BackoffQueue(BinaryHeap<Reverse<(u64, JobId)>>);

impl BackoffQueue {
    fn park(&mut self, id: JobId, until: u64) {
        self.0.push(Reverse((until, id)));
    }
    fn release_due(&mut self, now: u64) -> Option<JobId> {
        match self.0.peek() {
            Some(Reverse((until, _))) if *until <= now => self.0.pop().map(|Reverse((_, id))| id),
            _ => None,
        }
    }
}

struct Backoff {
    base: u64,
}

impl Backoff {
    fn delay_after(&self, attempt: u32) -> u64 {
        match 1u64.checked_shl(attempt.saturating_sub(1)) {
            Some(factor) => self.base.saturating_mul(factor),
            None if self.base == 0 => 0,
            None => u64::MAX,
        }
    }
}

enum Slot {
    Queued(Job),
    Running(Job),
    Done,
}

pub struct Scheduler {
    max_attempts: u32,
    policy: Backoff,
    slots: Vec<Slot>,
    ready: ReadyQueue,
    parked: BackoffQueue,
    waiting: usize,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            policy: Backoff { base: base_backoff },
            slots: Vec::new(),
            ready: ReadyQueue::default(),
            parked: BackoffQueue::default(),
            waiting: 0,
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let job = Job { id: self.slots.len() as JobId, name: name.to_owned(), priority, attempts: 0 };
        self.ready.add(&job);
        let id = job.id;
        self.slots.push(Slot::Queued(job));
        self.waiting += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(id) = self.parked.release_due(now) {
            if let Slot::Queued(job) = &self.slots[id as usize] {
                self.ready.add(job);
            }
        }
        let id = self.ready.take_best()?;
        let slot = &mut self.slots[id as usize];
        let Slot::Queued(mut job) = std::mem::replace(slot, Slot::Done) else {
            unreachable!("only queued jobs are in the ready queue")
        };
        job.attempts += 1;
        *slot = Slot::Running(job.clone());
        self.waiting -= 1;
        Some(job)
    }

    fn take_running(&mut self, id: JobId) -> Option<Job> {
        let slot = self.slots.get_mut(usize::try_from(id).ok()?)?;
        match std::mem::replace(slot, Slot::Done) {
            Slot::Running(job) => Some(job),
            other => {
                *slot = other;
                None
            }
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        self.take_running(id).is_some()
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let job = self.take_running(id)?;
        if job.attempts >= self.max_attempts {
            self.dead.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.policy.delay_after(job.attempts));
        self.parked.park(id, not_before);
        self.slots[id as usize] = Slot::Queued(job);
        self.waiting += 1;
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.waiting
    }
}
