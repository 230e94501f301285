// learner: optimal
// idiom: Lisp-ish generic hand-rolled binary heap (Vec + sift up/down, ordering via a before() fn), u128-packed keys, Option slots per job
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


fn backoff(base: u64, attempts: u32) -> u64 {
    let factor = 1u64.checked_shl(attempts.saturating_sub(1)).unwrap_or(u64::MAX);
    base.saturating_mul(factor)
}

/// A binary heap where `before(a, b)` means a comes out first.
struct Heap<T: Copy> {
    items: Vec<T>,
    before: fn(T, T) -> bool,
}

impl<T: Copy> Heap<T> {
    fn new(before: fn(T, T) -> bool) -> Self {
        Heap { items: Vec::new(), before }
    }

    fn len(&self) -> usize {
        self.items.len()
    }

    fn peek(&self) -> Option<T> {
        self.items.first().copied()
    }

    fn push(&mut self, x: T) {
        self.items.push(x);
        let mut i = self.items.len() - 1;
        while i > 0 {
            let parent = (i - 1) / 2;
            if !(self.before)(self.items[i], self.items[parent]) {
                break;
            }
            self.items.swap(i, parent);
            i = parent;
        }
    }

    fn pop(&mut self) -> Option<T> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let top = std::mem::replace(&mut self.items[0], last);
        let n = self.items.len();
        let mut i = 0;
        loop {
            let (l, r) = (2 * i + 1, 2 * i + 2);
            let mut best = i;
            if l < n && (self.before)(self.items[l], self.items[best]) {
                best = l;
            }
            if r < n && (self.before)(self.items[r], self.items[best]) {
                best = r;
            }
            if best == i {
                break;
            }
            self.items.swap(i, best);
            i = best;
        }
        Some(top)
    }
}

/// ready key: priority high bits, !id low bits -> bigger key first
fn ready_key(priority: u32, id: JobId) -> u128 {
    ((priority as u128) << 64) | (!id) as u128
}

fn id_of(key: u128) -> JobId {
    !(key as u64)
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    slots: Vec<Option<Job>>,
    running: Vec<bool>,
    ready: Heap<u128>,
    sleeping: Heap<(u64, JobId)>,
    graveyard: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base: base_backoff,
            slots: Vec::new(),
            running: Vec::new(),
            ready: Heap::new(|a, b| a > b),
            sleeping: Heap::new(|a, b| a < b),
            graveyard: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.slots.len() as JobId;
        self.slots.push(Some(Job { id, name: name.into(), priority, attempts: 0 }));
        self.running.push(false);
        self.ready.push(ready_key(priority, id));
        id
    }

    fn wake(&mut self, now: u64) {
        while let Some((t, id)) = self.sleeping.peek() {
            if t > now {
                return;
            }
            self.sleeping.pop();
            let prio = self.slots[id as usize].as_ref().map_or(0, |j| j.priority);
            self.ready.push(ready_key(prio, id));
        }
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        self.wake(now);
        let id = id_of(self.ready.pop()?);
        self.running[id as usize] = true;
        let job = self.slots[id as usize].as_mut()?;
        job.attempts += 1;
        Some(job.clone())
    }

    fn take_running(&mut self, id: JobId) -> bool {
        match self.running.get_mut(id as usize) {
            Some(flag) if *flag => {
                *flag = false;
                true
            }
            _ => false,
        }
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        let was = self.take_running(id);
        if was {
            self.slots[id as usize] = None;
        }
        was
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.take_running(id) {
            return None;
        }
        let attempts = self.slots[id as usize].as_ref()?.attempts;
        if attempts >= self.max_attempts {
            let job = self.slots[id as usize].take()?;
            self.graveyard.push(job);
            Some(FailOutcome::DeadLettered)
        } else {
            let not_before = now.saturating_add(backoff(self.base, attempts));
            self.sleeping.push((not_before, id));
            Some(FailOutcome::Retry { not_before })
        }
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.graveyard
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.sleeping.len()
    }
}
