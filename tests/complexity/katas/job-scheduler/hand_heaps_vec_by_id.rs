// learner: optimal
// idiom: VBA-style: hand-rolled binary heaps in plain Vecs with while-loop sift up/down, jobs in a Vec indexed by id, status codes as numbers
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

const STATUS_WAITING: u8 = 0;
const STATUS_RUNNING: u8 = 1;
const STATUS_FINISHED: u8 = 2;

pub struct Scheduler {
    max_attempts: u32,
    base_backoff: u64,
    all_jobs: Vec<Job>,
    status: Vec<u8>,
    /// heap of job ids, best job at index 0
    ready_heap: Vec<u64>,
    /// heap of (not_before, id), earliest at index 0
    waiting_heap: Vec<(u64, u64)>,
    dead: Vec<Job>,
}

impl Scheduler {
    pub fn new(max_attempts: u32, base_backoff: u64) -> Self {
        let mut m = max_attempts;
        if m == 0 {
            m = 1;
        }
        Scheduler {
            max_attempts: m,
            base_backoff: base_backoff,
            all_jobs: Vec::new(),
            status: Vec::new(),
            ready_heap: Vec::new(),
            waiting_heap: Vec::new(),
            dead: Vec::new(),
        }
    }

    /// true when job a should run before job b
    fn goes_first(&self, a: u64, b: u64) -> bool {
        let pa = self.all_jobs[a as usize].priority;
        let pb = self.all_jobs[b as usize].priority;
        if pa != pb {
            return pa > pb;
        }
        a < b
    }

    fn ready_push(&mut self, id: u64) {
        self.ready_heap.push(id);
        let mut child = self.ready_heap.len() - 1;
        while child > 0 {
            let parent = (child - 1) / 2;
            let child_id = self.ready_heap[child];
            let parent_id = self.ready_heap[parent];
            if self.goes_first(child_id, parent_id) {
                self.ready_heap.swap(child, parent);
                child = parent;
            } else {
                break;
            }
        }
    }

    fn ready_pop(&mut self) -> Option<u64> {
        if self.ready_heap.len() == 0 {
            return None;
        }
        let last_index = self.ready_heap.len() - 1;
        self.ready_heap.swap(0, last_index);
        let top = self.ready_heap.pop().unwrap();
        let size = self.ready_heap.len();
        let mut parent = 0;
        while 2 * parent + 1 < size {
            let left = 2 * parent + 1;
            let right = left + 1;
            let mut best = left;
            if right < size {
                if self.goes_first(self.ready_heap[right], self.ready_heap[left]) {
                    best = right;
                }
            }
            if self.goes_first(self.ready_heap[best], self.ready_heap[parent]) {
                self.ready_heap.swap(best, parent);
                parent = best;
            } else {
                break;
            }
        }
        Some(top)
    }

    fn waiting_push(&mut self, not_before: u64, id: u64) {
        self.waiting_heap.push((not_before, id));
        let mut child = self.waiting_heap.len() - 1;
        while child > 0 {
            let parent = (child - 1) / 2;
            if self.waiting_heap[child] < self.waiting_heap[parent] {
                self.waiting_heap.swap(child, parent);
                child = parent;
            } else {
                break;
            }
        }
    }

    fn waiting_pop(&mut self) -> (u64, u64) {
        let last_index = self.waiting_heap.len() - 1;
        self.waiting_heap.swap(0, last_index);
        let top = self.waiting_heap.pop().unwrap();
        let size = self.waiting_heap.len();
        let mut parent = 0;
        while 2 * parent + 1 < size {
            let left = 2 * parent + 1;
            let right = left + 1;
            let mut smallest = left;
            if right < size && self.waiting_heap[right] < self.waiting_heap[left] {
                smallest = right;
            }
            if self.waiting_heap[smallest] < self.waiting_heap[parent] {
                self.waiting_heap.swap(smallest, parent);
                parent = smallest;
            } else {
                break;
            }
        }
        top
    }

    pub fn submit(&mut self, name: &str, priority: u32) -> JobId {
        let new_id = self.all_jobs.len() as u64;
        let new_job = Job { id: new_id, name: name.to_string(), priority: priority, attempts: 0 };
        self.all_jobs.push(new_job);
        self.status.push(STATUS_WAITING);
        self.ready_push(new_id);
        new_id
    }

    pub fn next(&mut self, now: u64) -> Option<Job> {
        // move every job whose wait is over into the ready heap
        while self.waiting_heap.len() > 0 && self.waiting_heap[0].0 <= now {
            let (_when, id) = self.waiting_pop();
            self.ready_push(id);
        }
        let picked = self.ready_pop();
        if picked.is_none() {
            return None;
        }
        let id = picked.unwrap();
        let index = id as usize;
        self.status[index] = STATUS_RUNNING;
        self.all_jobs[index].attempts = self.all_jobs[index].attempts + 1;
        Some(self.all_jobs[index].clone())
    }

    fn is_running(&self, id: JobId) -> bool {
        let index = id as usize;
        index < self.status.len() && self.status[index] == STATUS_RUNNING
    }

    pub fn complete(&mut self, id: JobId) -> bool {
        if !self.is_running(id) {
            return false;
        }
        self.status[id as usize] = STATUS_FINISHED;
        true
    }

    pub fn fail(&mut self, id: JobId, now: u64) -> Option<FailOutcome> {
        if !self.is_running(id) {
            return None;
        }
        let index = id as usize;
        let tries = self.all_jobs[index].attempts;
        if tries >= self.max_attempts {
            self.status[index] = STATUS_FINISHED;
            let copy = self.all_jobs[index].clone();
            self.dead.push(copy);
            return Some(FailOutcome::DeadLettered);
        }
        // base * 2^(tries-1), careful with overflow
        let mut multiplier: u64 = 1;
        let mut k = 1;
        let mut overflowed = false;
        while k < tries {
            if multiplier > u64::MAX / 2 {
                overflowed = true;
                break;
            }
            multiplier = multiplier * 2;
            k = k + 1;
        }
        let wait_time: u64;
        if overflowed {
            if self.base_backoff == 0 { wait_time = 0; } else { wait_time = u64::MAX; }
        } else {
            wait_time = self.base_backoff.saturating_mul(multiplier);
        }
        let not_before = now.saturating_add(wait_time);
        self.status[index] = STATUS_WAITING;
        self.waiting_push(not_before, id);
        Some(FailOutcome::Retry { not_before: not_before })
    }

    pub fn dead_letters(&self) -> &[Job] {
        &self.dead
    }

    pub fn pending(&self) -> usize {
        self.ready_heap.len() + self.waiting_heap.len()
    }
}
