// learner: optimal
// idiom: hand-rolled binary max-heap (Vec + sift_up/sift_down) of (priority, id) keys, jobs in a Vec arena, Vec<bool> running flags
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

#[derive(Clone, Copy)]
struct Key {
    priority: u32,
    id: JobId,
}

impl Key {
    /// true if self should come out before other
    fn before(&self, other: &Key) -> bool {
        self.priority > other.priority || (self.priority == other.priority && self.id < other.id)
    }
}

struct ReadyHeap {
    data: Vec<Key>,
}

impl ReadyHeap {
    fn push(&mut self, key: Key) {
        self.data.push(key);
        let mut i = self.data.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if !self.data[i].before(&self.data[parent]) {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    fn pop(&mut self) -> Option<Key> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        let len = self.data.len();
        let mut i = 0;
        loop {
            let left = 2 * i + 1;
            let right = left + 1;
            let mut best = i;
            if left < len && self.data[left].before(&self.data[best]) {
                best = left;
            }
            if right < len && self.data[right].before(&self.data[best]) {
                best = right;
            }
            if best == i {
                break;
            }
            self.data.swap(i, best);
            i = best;
        }
        Some(top)
    }

    fn len(&self) -> usize {
        self.data.len()
    }
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    jobs: Vec<Job>,
    running: Vec<bool>,
    ready: ReadyHeap,
    sleeping: BinaryHeap<Reverse<(u64, JobId)>>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            jobs: Vec::new(),
            running: Vec::new(),
            ready: ReadyHeap { data: Vec::new() },
            sleeping: BinaryHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.running.push(false);
        self.ready.push(Key { priority, id });
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.sleeping.peek() {
                Some(Reverse((t, _))) if *t <= now => {
                    let Reverse((_, id)) = self.sleeping.pop().unwrap();
                    let priority = self.jobs[id as usize].priority;
                    self.ready.push(Key { priority, id });
                }
                _ => break,
            }
        }
        let key = self.ready.pop()?;
        let job = &mut self.jobs[key.id as usize];
        job.attempts += 1;
        self.running[key.id as usize] = true;
        Some(job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.running.get_mut(id as usize) {
            Some(flag) if *flag => {
                *flag = false;
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let idx = id as usize;
        if !self.running.get(idx).copied().unwrap_or(false) {
            return None;
        }
        self.running[idx] = false;
        let attempts = self.jobs[idx].attempts;
        if attempts >= self.max_attempts {
            self.dead.push(self.jobs[idx].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let wait = match 1u64.checked_shl(attempts - 1) {
            Some(mult) if attempts - 1 < 64 => self.base.saturating_mul(mult),
            _ => if self.base == 0 { 0 } else { u64::MAX },
        };
        let not_before = now.saturating_add(wait);
        self.sleeping.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
