// learner: optimal
// idiom: C++-style arena: Vec of job slots indexed by id with a state byte, ready heap of packed u128 keys (priority << 64 | !id), manual saturating backoff
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

const QUEUED: u8 = 0;
const DELAYED: u8 = 1;
const RUNNING: u8 = 2;
const DONE: u8 = 3;
const DEAD: u8 = 4;

struct Slot {
    name: String,
    priority: u32,
    attempts: u32,
    state: u8,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    slots: Vec<Slot>,
    ready: BinaryHeap<u128>,
    delayed: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
    waiting: usize,
}

#[inline]
fn pack(priority: u32, id: JobId) -> u128 {
    // max-heap: higher priority first; among equals the smaller id has the larger !id
    ((priority as u128) << 64) | (!id) as u128
}

#[inline]
fn unpack_id(key: u128) -> JobId {
    !(key as u64)
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            slots: Vec::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead: Vec::new(),
            waiting: 0,
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.slots.len() as JobId;
        self.slots.push(Slot { name: name.to_string(), priority, attempts: 0, state: QUEUED });
        self.ready.push(pack(priority, id));
        self.waiting += 1;
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&Reverse((t, id))) = self.delayed.peek() {
            if t > now {
                break;
            }
            self.delayed.pop();
            let s = &mut self.slots[id as usize];
            s.state = QUEUED;
            self.ready.push(pack(s.priority, id));
        }
        let id = unpack_id(self.ready.pop()?);
        let s = &mut self.slots[id as usize];
        s.state = RUNNING;
        s.attempts += 1;
        self.waiting -= 1;
        Some(Job { id, name: s.name.clone(), priority: s.priority, attempts: s.attempts })
    }

    fn running(&self, id: JobId) -> bool {
        (id as usize) < self.slots.len() && self.slots[id as usize].state == RUNNING
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running(id) {
            return false;
        }
        self.slots[id as usize].state = DONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running(id) {
            return None;
        }
        let max = self.max_attempts;
        let base = self.base_backoff;
        let s = &mut self.slots[id as usize];
        if s.attempts >= max {
            s.state = DEAD;
            let name = std::mem::take(&mut s.name);
            self.dead.push(Job { id, name, priority: s.priority, attempts: s.attempts });
            return Some(FailOutcome::DeadLettered);
        }
        let shift = s.attempts - 1;
        // base * 2^shift, saturating: overflow iff base has a set bit in its top 'shift' bits
        let wait = if base == 0 {
            0
        } else if shift >= 64 || base.leading_zeros() < shift {
            u64::MAX
        } else {
            base << shift
        };
        let not_before = now.saturating_add(wait);
        s.state = DELAYED;
        self.delayed.push(Reverse((not_before, id)));
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
