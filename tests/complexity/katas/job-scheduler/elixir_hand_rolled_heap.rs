// learner: optimal
// idiom: elixir: a hand-rolled binary heap (like writing my own :gb_trees-ish queue) used for both the ready and the backoff queue; statuses pattern-matched from a HashMap
// why: push = sift-up, pop = sift-down, both O(log n); due retries move once each, so next is amortised O(log n); complete is one HashMap lookup and status change, O(1) expected
//! A priority job queue with retries, exponential backoff and a dead-letter
//! queue. Time is passed in (`now`), never read from the system clock.

use std::cmp::Reverse;
use std::collections::HashMap;

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

/// `base * 2^(attempts - 1)`, saturating at u64::MAX.
fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

/// A max-heap on `K`.
struct Heap<K: Ord> {
    data: Vec<K>,
}

impl<K: Ord> Heap<K> {
    fn new() -> Self {
        Heap { data: Vec::new() }
    }

    fn len(&self) -> usize {
        self.data.len()
    }

    fn peek(&self) -> Option<&K> {
        self.data.first()
    }

    fn push(&mut self, key: K) {
        self.data.push(key);
        let mut child = self.data.len() - 1;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.data[child] <= self.data[parent] {
                break;
            }
            self.data.swap(child, parent);
            child = parent;
        }
    }

    fn pop(&mut self) -> Option<K> {
        if self.data.is_empty() {
            return None;
        }
        let top = self.data.swap_remove(0);
        let n = self.data.len();
        let mut at = 0;
        loop {
            let (l, r) = (2 * at + 1, 2 * at + 2);
            let mut biggest = at;
            if l < n && self.data[l] > self.data[biggest] {
                biggest = l;
            }
            if r < n && self.data[r] > self.data[biggest] {
                biggest = r;
            }
            if biggest == at {
                break;
            }
            self.data.swap(at, biggest);
            at = biggest;
        }
        Some(top)
    }
}

enum Status {
    Waiting,
    Running,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    counter: JobId,
    table: HashMap<JobId, (Job, Status)>,
    ready: Heap<(u32, Reverse<JobId>)>,
    sleeping: Heap<Reverse<(u64, JobId)>>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            counter: 0,
            table: HashMap::new(),
            ready: Heap::new(),
            sleeping: Heap::new(),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        let job = Job { id, name: name.into(), priority, attempts: 0 };
        self.table.insert(id, (job, Status::Waiting));
        self.ready.push((priority, Reverse(id)));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        loop {
            match self.sleeping.peek() {
                Some(Reverse((due, _))) if *due <= now => {
                    if let Some(Reverse((_, id))) = self.sleeping.pop() {
                        if let Some((job, _)) = self.table.get(&id) {
                            self.ready.push((job.priority, Reverse(id)));
                        }
                    }
                }
                _ => break,
            }
        }
        let (_, Reverse(id)) = self.ready.pop()?;
        match self.table.get_mut(&id) {
            Some((job, status)) => {
                job.attempts += 1;
                *status = Status::Running;
                Some(job.clone())
            }
            None => None,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.table.get(&id) {
            Some((_, Status::Running)) => {
                self.table.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = match self.table.get(&id) {
            Some((job, Status::Running)) => job.attempts,
            _ => return None,
        };
        if attempts >= self.max_attempts {
            let (job, _) = self.table.remove(&id)?;
            self.graveyard.push(job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, attempts));
        if let Some(entry) = self.table.get_mut(&id) {
            entry.1 = Status::Waiting;
        }
        self.sleeping.push(Reverse((not_before, id)));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
