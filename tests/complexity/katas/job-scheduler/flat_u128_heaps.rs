// learner: optimal
// idiom: Julia-HPC style: hand-rolled u128-keyed binary min-heaps in flat Vecs (0-based parent/child arithmetic), dense id-indexed job and status arrays
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

/// Flat binary min-heap of packed keys. In Julia's 1-based layout parent(i) = i >> 1 and
/// children 2i, 2i+1; shifted to 0-based: parent(i) = (i - 1) / 2, children 2i + 1, 2i + 2.
struct MinHeap {
    a: Vec<u128>,
}

impl MinHeap {
    fn new() -> Self {
        MinHeap { a: Vec::with_capacity(1024) }
    }

    fn len(&self) -> usize {
        self.a.len()
    }

    fn top(&self) -> Option<u128> {
        self.a.first().copied()
    }

    fn push(&mut self, key: u128) {
        self.a.push(key);
        let mut i = self.a.len() - 1;
        while i > 0 {
            let p = (i - 1) / 2;
            if self.a[p] <= self.a[i] {
                break;
            }
            self.a.swap(p, i);
            i = p;
        }
    }

    fn pop(&mut self) -> Option<u128> {
        let n = self.a.len();
        if n == 0 {
            return None;
        }
        self.a.swap(0, n - 1);
        let out = self.a.pop();
        let n = n - 1;
        let mut i = 0usize;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let c = if r < n && self.a[r] < self.a[l] { r } else { l };
            if self.a[i] <= self.a[c] {
                break;
            }
            self.a.swap(i, c);
            i = c;
        }
        out
    }
}

// status codes per job id
const QUEUED: u8 = 0;
const RUNNING: u8 = 1;
const DONE: u8 = 2;

#[inline]
fn ready_key(priority: u32, id: JobId) -> u128 {
    // min-heap: invert priority so larger priority sorts first, then smaller id
    (((u32::MAX - priority) as u128) << 64) | id as u128
}

#[inline]
fn delay_key(not_before: u64, id: JobId) -> u128 {
    ((not_before as u128) << 64) | id as u128
}

#[inline]
fn low_id(key: u128) -> JobId {
    key as u64
}

pub struct Scheduler {
    max_attempts: u32,
    base: u64,
    jobs: Vec<Job>,
    status: Vec<u8>,
    ready: MinHeap,
    delayed: MinHeap,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: if max_attempts == 0 { 1 } else { max_attempts },
            base: base_backoff,
            jobs: Vec::with_capacity(1024),
            status: Vec::with_capacity(1024),
            ready: MinHeap::new(),
            delayed: MinHeap::new(),
            dead: Vec::new(),
        }
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_owned(), priority, attempts: 0 });
        self.status.push(QUEUED);
        self.ready.push(ready_key(priority, id));
        id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(k) = self.delayed.top() {
            if (k >> 64) as u64 > now {
                break;
            }
            self.delayed.pop();
            let id = low_id(k);
            self.ready.push(ready_key(self.jobs[id as usize].priority, id));
        }
        let id = low_id(self.ready.pop()?) as usize;
        self.status[id] = RUNNING;
        let job = &mut self.jobs[id];
        job.attempts += 1;
        Some(job.clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        (id as usize) < self.status.len() && self.status[id as usize] == RUNNING
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.status[id as usize] = DONE;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let ix = id as usize;
        let k = self.jobs[ix].attempts;
        if k >= self.max_attempts {
            self.status[ix] = DONE;
            self.dead.push(self.jobs[ix].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let pow = if k - 1 >= 64 { u64::MAX } else { 1u64 << (k - 1) };
        let not_before = now.saturating_add(self.base.saturating_mul(pow));
        self.status[ix] = QUEUED;
        self.delayed.push(delay_key(not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
