// learner: optimal
// idiom: generic hand-written Vec binary min-heap (sift up/down), inverted priority key, HashMap<JobId, Entry>
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


use std::collections::HashMap;

/// A hand-written binary min-heap over a Vec.
struct MinHeap<T: Ord> {
    items: Vec<T>,
}

impl<T: Ord> MinHeap<T> {
    fn new() -> Self {
        MinHeap { items: Vec::new() }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn top(&self) -> Option<&T> {
        self.items.first()
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
        let mut child = self.items.len() - 1;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.items[child] < self.items[parent] {
                self.items.swap(child, parent);
                child = parent;
            } else {
                break;
            }
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.items.is_empty() {
            return None;
        }
        let last = self.items.len() - 1;
        self.items.swap(0, last);
        let out = self.items.pop();
        let n = self.items.len();
        let mut at = 0;
        loop {
            let left = 2 * at + 1;
            let right = left + 1;
            let mut smallest = at;
            if left < n && self.items[left] < self.items[smallest] {
                smallest = left;
            }
            if right < n && self.items[right] < self.items[smallest] {
                smallest = right;
            }
            if smallest == at {
                break;
            }
            self.items.swap(at, smallest);
            at = smallest;
        }
        out
    }
}

struct Entry {
    job: Job,
    running: bool,
}

pub struct Scheduler {
    limit: u32,
    base: u64,
    counter: u64,
    table: HashMap<JobId, Entry>,
    // (u32::MAX - priority, id): smallest = highest priority, then oldest
    ready: MinHeap<(u32, JobId)>,
    sleeping: MinHeap<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            limit: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            counter: 0,
            table: HashMap::new(),
            ready: MinHeap::new(),
            sleeping: MinHeap::new(),
            graveyard: Vec::new(),
        }
    }

    fn delay_after(&self, attempt: u32) -> u64 {
        let exp = attempt - 1;
        if self.base == 0 {
            0
        } else if exp >= 64 {
            u64::MAX
        } else {
            self.base.checked_mul(1u64 << exp).unwrap_or(u64::MAX)
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.counter;
        self.counter += 1;
        let job = Job { id, name: name.to_string(), priority, attempts: 0 };
        self.table.insert(id, Entry { job, running: false });
        self.ready.push((u32::MAX - priority, id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(&(when, id)) = self.sleeping.top() {
            if when > now {
                break;
            }
            self.sleeping.pop();
            let prio = self.table[&id].job.priority;
            self.ready.push((u32::MAX - prio, id));
        }
        let (_, id) = self.ready.pop()?;
        let entry = self.table.get_mut(&id).unwrap();
        entry.job.attempts += 1;
        entry.running = true;
        Some(entry.job.clone())
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        match self.table.get(&id) {
            Some(e) if e.running => {
                self.table.remove(&id);
                true
            }
            _ => false,
        }
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        let attempts = match self.table.get(&id) {
            Some(e) if e.running => e.job.attempts,
            _ => return None,
        };
        if attempts >= self.limit {
            let entry = self.table.remove(&id).unwrap();
            self.graveyard.push(entry.job);
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(self.delay_after(attempts));
        self.table.get_mut(&id).unwrap().running = false;
        self.sleeping.push((not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
