// learner: optimal
// idiom: Solidity smart-contract developer: explicit struct "types" with hand-written Ord (like a custom comparator in a sorted list library), jobs in a slot array with an in-flight flag, dead jobs moved out with mem::replace like delete
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.
use std::cmp::Ordering;
use std::collections::BinaryHeap;

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

/// struct ReadyItem { uint32 priority; uint64 id; }  -- max-heap: higher priority, then lower id
#[derive(PartialEq, Eq)]
struct ReadyItem {
    priority: u32,
    id: JobId,
}

impl Ord for ReadyItem {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for ReadyItem {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// struct DelayedItem { uint64 notBefore; uint64 id; }  -- max-heap reversed: earliest first
#[derive(PartialEq, Eq)]
struct DelayedItem {
    not_before: u64,
    id: JobId,
}

impl Ord for DelayedItem {
    fn cmp(&self, other: &Self) -> Ordering {
        other.not_before.cmp(&self.not_before).then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for DelayedItem {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Slot {
    job: Option<Job>,
    in_flight: bool,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    slots: Vec<Slot>,
    ready: BinaryHeap<ReadyItem>,
    delayed: BinaryHeap<DelayedItem>,
    dead_letter_queue: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            base_backoff,
            slots: Vec::new(),
            ready: BinaryHeap::new(),
            delayed: BinaryHeap::new(),
            dead_letter_queue: Vec::new(),
        }
    }

    fn _slot_in_flight(&mut self, id: JobId) -> Option<&mut Slot> {
        let slot = self.slots.get_mut(usize::try_from(id).ok()?)?;
        if slot.in_flight {
            Some(slot)
        } else {
            None
        }
    }

    fn _backoff(&self, k: u32) -> u64 {
        let mut delay = self.base_backoff;
        let mut i = 1;
        while i < k && delay != u64::MAX && delay != 0 {
            delay = delay.saturating_mul(2);
            i += 1;
        }
        delay
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.slots.len() as JobId;
        self.slots.push(Slot {
            job: Some(Job { id, name: name.to_owned(), priority, attempts: 0 }),
            in_flight: false,
        });
        self.ready.push(ReadyItem { priority, id });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while self.delayed.peek().map_or(false, |d| d.not_before <= now) {
            let item = self.delayed.pop().unwrap();
            let priority = self.slots[item.id as usize].job.as_ref().unwrap().priority;
            self.ready.push(ReadyItem { priority, id: item.id });
        }
        let top = self.ready.pop()?;
        let slot = &mut self.slots[top.id as usize];
        slot.in_flight = true;
        let job = slot.job.as_mut().unwrap();
        job.attempts += 1;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self._slot_in_flight(id) {
            Some(slot) => {
                slot.in_flight = false;
                slot.job = None; // delete jobs[id]
                true
            }
            None => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let max_attempts = self.max_attempts;
        let slot = self._slot_in_flight(id)?;
        slot.in_flight = false;
        let attempts = slot.job.as_ref().unwrap().attempts;
        if attempts >= max_attempts {
            let job = std::mem::replace(&mut slot.job, None).unwrap();
            self.dead_letter_queue.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self._backoff(attempts));
        self.delayed.push(DelayedItem { not_before, id });
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead_letter_queue
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
