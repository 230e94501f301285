// learner: optimal
// idiom: GLSL: hand-rolled array heaps with index arithmetic (parent = (i-1)>>1) on bit-packed u128 keys; jobs in a dense Vec indexed by id with a state byte
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

/// base * 2^(k-1), saturating, for the k-th failure (k >= 1)
fn backoff(base: u64, k: u32) -> u64 {
    let pow = 1u64.checked_shl(k - 1).unwrap_or(u64::MAX);
    base.saturating_mul(pow)
}

/// Max-heap of packed u128 keys in a flat array.
struct PackedHeap {
    keys: Vec<u128>,
}

impl PackedHeap {
    fn new() -> Self {
        PackedHeap { keys: Vec::new() }
    }
    fn len(&self) -> usize {
        self.keys.len()
    }
    fn top(&self) -> Option<u128> {
        self.keys.first().copied()
    }
    fn push(&mut self, key: u128) {
        self.keys.push(key);
        let mut i = self.keys.len() - 1;
        while i > 0 {
            let parent = (i - 1) >> 1;
            if self.keys[parent] >= self.keys[i] {
                break;
            }
            self.keys.swap(parent, i);
            i = parent;
        }
    }
    fn pop(&mut self) -> Option<u128> {
        let n = self.keys.len();
        if n == 0 {
            return None;
        }
        self.keys.swap(0, n - 1);
        let out = self.keys.pop();
        let n = self.keys.len();
        let mut i = 0;
        loop {
            let l = 2 * i + 1;
            if l >= n {
                break;
            }
            let r = l + 1;
            let c = if r < n && self.keys[r] > self.keys[l] { r } else { l };
            if self.keys[i] >= self.keys[c] {
                break;
            }
            self.keys.swap(i, c);
            i = c;
        }
        out
    }
}

// ready key: priority in the high 64 bits, !id in the low 64 (smaller id = bigger key = FIFO)
#[inline]
fn ready_key(priority: u32, id: JobId) -> u128 {
    ((priority as u128) << 64) | (!id) as u128
}
#[inline]
fn ready_id(key: u128) -> JobId {
    !(key as u64)
}
// delayed key, max-heap used as min-heap: invert both halves
#[inline]
fn delay_key(not_before: u64, id: JobId) -> u128 {
    (((!not_before) as u128) << 64) | (!id) as u128
}
#[inline]
fn delay_unpack(key: u128) -> (u64, JobId) {
    (!((key >> 64) as u64), !(key as u64))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Queued,
    Running,
    Gone,
}

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    jobs: Vec<Job>,
    state: Vec<State>,
    ready: PackedHeap,
    delayed: PackedHeap,
    dead: Vec<Job>,
}

impl Scheduler {
    /// A job may be handed out at most `max_attempts` times (treat 0 as 1).
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        Scheduler {
            max_attempts: max_attempts.max(1),
            base_backoff,
            jobs: Vec::new(),
            state: Vec::new(),
            ready: PackedHeap::new(),
            delayed: PackedHeap::new(),
            dead: Vec::new(),
        }
    }

    /// Queues a new job, ready at once, and returns its id.
    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let id = self.jobs.len() as JobId;
        self.jobs.push(Job { id, name: name.to_string(), priority, attempts: 0 });
        self.state.push(State::Queued);
        self.ready.push(ready_key(priority, id));
        id
    }

    /// Hands out the best job that may run at `now`.
    pub fn next(&mut self, now: u64) -> Option<Job> {
        while let Some(top) = self.delayed.top() {
            let (t, id) = delay_unpack(top);
            if t > now {
                break;
            }
            self.delayed.pop();
            self.ready.push(ready_key(self.jobs[id as usize].priority, id));
        }
        let id = ready_id(self.ready.pop()?);
        let slot = id as usize;
        self.state[slot] = State::Running;
        self.jobs[slot].attempts += 1;
        Some(self.jobs[slot].clone())
    }

    fn running(&self, id: JobId) -> bool {
        (id as usize) < self.state.len() && self.state[id as usize] == State::Running
    }

    /// Marks a running job as done. Returns false if `id` is not running.
    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.running(id) {
            return false;
        }
        self.state[id as usize] = State::Gone;
        true
    }

    /// Reports that a running job failed at `now`.
    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.running(id) {
            return None;
        }
        let slot = id as usize;
        let k = self.jobs[slot].attempts;
        if k >= self.max_attempts {
            self.state[slot] = State::Gone;
            self.dead.push(self.jobs[slot].clone());
            return Some(FailOutcome::DeadLettered);
        }
        let not_before = now.saturating_add(backoff(self.base_backoff, k));
        self.state[slot] = State::Queued;
        self.delayed.push(delay_key(not_before, id));
        Some(FailOutcome::Retry { not_before })
    }

    /// Jobs that ran out of attempts, in the order they died.
    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    /// Jobs waiting to run (ready or backing off); running jobs not counted.
    pub fn pending(&self) -> usize {
        self.ready.len() + self.delayed.len()
    }
}
