// learner: optimal
// idiom: Julia-style ordered sets: BTreeSet of (Reverse(priority), id) popped with pop_first, BTreeSet of (not_before, id) timers, Vec<Option<Job>> slots indexed by id
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
use std::collections::BTreeSet;

pub struct Scheduler {
    max_tries: u32,
    base: u64,
    /// slot[id] = Some(job) while the job exists (queued or running); None once finished
    slot: Vec<Option<Job>>,
    /// running[id] = true while handed out
    running: Vec<bool>,
    ready: BTreeSet<(Reverse<u32>, JobId)>,
    timers: BTreeSet<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_tries: max_attempts.max(1),
            base: base_backoff,
            slot: Vec::new(),
            running: Vec::new(),
            ready: BTreeSet::new(),
            timers: BTreeSet::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.slot.len() as JobId;
        self.slot.push(Some(Job { id, name: String::from(name), priority, attempts: 0 }));
        self.running.push(false);
        self.ready.insert((Reverse(priority), id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.timers.first() {
                Some(&(t, id)) if t <= now => {
                    self.timers.pop_first();
                    let p = self.slot[id as usize].as_ref().map_or(0, |j| j.priority);
                    self.ready.insert((Reverse(p), id));
                }
                _ => break,
            }
        }
        let (_, id) = self.ready.pop_first()?;
        let i = id as usize;
        self.running[i] = true;
        let job = self.slot[i].as_mut()?;
        job.attempts += 1;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let i = id as usize;
        match self.running.get(i) {
            Some(true) => {
                self.running[i] = false;
                self.slot[i] = None;
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let i = id as usize;
        if !*self.running.get(i)? {
            return None;
        }
        self.running[i] = false;
        let tries = self.slot[i].as_ref()?.attempts;
        if tries >= self.max_tries {
            let job = self.slot[i].take()?;
            self.graveyard.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let shift = tries - 1; // k-th failure waits base * 2^(k-1)
        let mult = if shift < 64 { 1u64 << shift } else { u64::MAX };
        let not_before = now.saturating_add(self.base.saturating_mul(mult));
        self.timers.insert((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.timers.len()
    }
}
